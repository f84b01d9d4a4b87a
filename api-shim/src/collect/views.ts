// SPDX-License-Identifier: AGPL-3.0-or-later
// Pure views of one UsageSnapshot for the HTTP service.
//
// containerUsage lists EVERY GPU that has whole-GPU data, not only those the container uses: a
// container that has a GPU passed through but is idle must still see that GPU (with its own figures
// at zero), and the tab can show "the GPU is busy, but not because of you". GPUs the container
// uses but that lack whole-GPU data (cannot happen today) are listed too.
import type { ContainerUsage, GpuSample, NodeUsage, UsageSnapshot } from '../api/types.ts';

export function containerUsage(snapshot: UsageSnapshot, vmid: string): ContainerUsage {
  const gpus: ContainerUsage['gpus'] = [];
  for (const info of snapshot.gpus) {
    const whole = snapshot.samples.find((s) => s.gpu === info.id) ?? emptySample(info.id);
    const mine = snapshot.owners.find((o) => o.owner === vmid && o.gpu === info.id);
    gpus.push({
      info,
      whole,
      container: {
        engines: mine ? { ...zeroEngines(whole), ...mine.engines } : zeroEngines(whole),
        memoryBytes: mine?.memoryBytes ?? 0,
        processes: mine?.processes ?? 0,
      },
    });
  }
  return {
    time: snapshot.time,
    node: snapshot.node,
    vmid,
    gpus,
    processes: snapshot.processes.filter((p) => p.owner === vmid),
    collectors: snapshot.collectors,
  };
}

export function nodeUsage(snapshot: UsageSnapshot): NodeUsage {
  return {
    time: snapshot.time,
    node: snapshot.node,
    gpus: snapshot.gpus.map((info) => ({
      info,
      whole: snapshot.samples.find((s) => s.gpu === info.id) ?? emptySample(info.id),
      owners: snapshot.owners.filter((o) => o.gpu === info.id),
    })),
    collectors: snapshot.collectors,
  };
}

function zeroEngines(whole: GpuSample): Record<string, number> {
  return Object.fromEntries(Object.keys(whole.engines).map((e) => [e, 0]));
}

function emptySample(gpu: string): GpuSample {
  return {
    gpu,
    status: { state: 'gone', message: 'No sample for this GPU yet.' },
    engines: {},
    engineClasses: {},
  };
}
