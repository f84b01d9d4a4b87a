// SPDX-License-Identifier: AGPL-3.0-or-later
// Pure views of one UsageSnapshot for the HTTP service.
//
// containerUsage lists the GPUs the container can use: those its config passes through (an idle
// container still sees its GPU, with its own figures at zero, so the tab can say "the GPU is busy,
// but not because of you") and those it uses right now. When the passthrough is unknown (no health
// answer yet) it lists every GPU rather than hide one.
import type {
  ContainerUsage,
  DevicePath,
  GpuInfo,
  GpuSample,
  NodeUsage,
  UsageSnapshot,
} from '../api/types.ts';
import { collectorStatus } from './collector-messages.ts';

/** NVIDIA's character major: /dev/nvidia<N> is 195:N (254 nvidia-modeset, 255 nvidiactl). */
const NVIDIA_MAJOR = 195;

/**
 * GPU ids whose device nodes the container's passthrough reaches (by major:minor on the host).
 * /dev/nvidiaN is matched by the driver's own Device Minor (GpuInfo.nvidiaMinor, the inventory's
 * reading of /proc/driver/nvidia/gpus/<bdf>/information), the same number the sampler attributes
 * holders of 195:N by — never by guessing from PCI order.
 */
export function gpusPassedThrough(devices: DevicePath[], gpus: GpuInfo[]): Set<string> {
  const out = new Set<string>();
  for (const d of devices) {
    const devt = d.host.devt;
    if (!devt) continue;
    for (const g of gpus) if (g.cardDevt === devt || g.renderDevt === devt) out.add(g.id);
    const [major, minor] = devt.split(':').map(Number);
    if (major !== NVIDIA_MAJOR || minor >= 254) continue;
    for (const g of gpus) if (g.nvidiaMinor === minor) out.add(g.id);
  }
  return out;
}

export function containerUsage(
  snapshot: UsageSnapshot,
  vmid: string,
  passedThrough?: ReadonlySet<string>,
): ContainerUsage {
  const gpus: ContainerUsage['gpus'] = [];
  for (const info of snapshot.gpus) {
    const used = snapshot.owners.some((o) => o.owner === vmid && o.gpu === info.id);
    if (passedThrough && !passedThrough.has(info.id) && !used) continue;
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
    status: collectorStatus('gone', 'collector.msg.no_sample'),
    engines: {},
    engineClasses: {},
  };
}

/**
 * The snapshot as it may be served at `now`: unchanged while fresh; older than three intervals
 * (at least 5 s) — sampling keeps failing, or the collector process stopped answering — the same
 * figures with `collectors.sampler` = stale and the age of that last good sample, so that nothing
 * serves old numbers as live (the panel, `top` and /metrics show the state).
 */
export function servedSnapshot(snap: UsageSnapshot, now: number, why?: string): UsageSnapshot {
  const ageMs = now - snap.time;
  if (ageMs <= Math.max(5000, (snap.intervalMs ?? 1000) * 3)) return snap;
  return {
    ...snap,
    collectors: {
      ...snap.collectors,
      sampler: why
        ? collectorStatus(
            'stale',
            'collector.msg.stale_why',
            { seconds: Math.round(ageMs / 1000), why },
            { ageMs },
          )
        : collectorStatus('stale', 'collector.msg.stale', { seconds: Math.round(ageMs / 1000) }, { ageMs }),
    },
  };
}
