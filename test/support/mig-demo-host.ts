// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo host with its NVIDIA GPU in MIG mode (`pve-gpu-tab demo --nvidia-mode mig`:
// api-shim/src/demo/workload/nvidia-modes.ts, one A100-SXM4-80GB split into three 2g.20gb GPU
// instances as GPU 1 of XuehaiPan/nvitop#8; CT 102's ollama runner on GI 3, a host job on GI 5,
// GI 6 idle), sampled by the real Sampler through the demo's stand-in nvidia-smi, whose `mig -lgi`
// and plain-table texts are those of api-shim/src/demo/workload/nvidia-smi-mig-text.ts (recorded
// layouts cited there). For the tests of what /metrics and the metric servers get of MIG.
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { UsageSnapshot } from '../../api-shim/src/api/types.ts';
import { Sampler } from '../../api-shim/src/collect/sampler.ts';
import { writeDemoUsageTree } from '../../api-shim/src/demo/workload/index.ts';
import { demoNvidiaSetup } from '../../api-shim/src/demo/workload/nvidia-modes.ts';
import { HostRoot } from '../../api-shim/src/host/host-root.ts';
import { sampleUntil } from './until.ts';

/** What the demo's `mig` mode sets up: the instances, and the GI of each process on them. */
export const MIG_DEMO = demoNvidiaSetup('mig');

export interface MigDemoHost {
  /** the host snapshot's root (etc/pve/… may be added by the test) */
  dir: string;
  sampler: Sampler;
  /** samples until every instance and every process on an instance is there; returns that sample */
  migSample(): Promise<UsageSnapshot>;
  stop(): Promise<void>;
}

/** Starts the sampler (its loop too, unless `timer` is false) on a fresh MIG demo host. */
export async function startMigDemoHost(
  node: string,
  opts: { intervalMs?: number; timer?: boolean } = {},
): Promise<MigDemoHost> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pgt-mig-demo-'));
  const workload = await writeDemoUsageTree(dir, { nvidiaMode: 'mig' });
  await workload.tick(Date.now());
  const sampler = new Sampler({
    host: new HostRoot(dir),
    node,
    intervalMs: opts.intervalMs ?? 500,
    nvidiaSmi: workload.nvidiaSmi,
  });
  await sampler.start({ timer: opts.timer });
  const instances = MIG_DEMO.mig?.instances.length ?? 0;
  // the ollama runner and the mode's extra processes: each on a GI
  const onInstances = 1 + MIG_DEMO.extra.filter((p) => p.gi !== undefined).length;
  return {
    dir,
    sampler,
    migSample: () =>
      sampleUntil(
        sampler,
        (s) =>
          s.samples.some((g) => g.migInstances?.length === instances) &&
          s.processes.filter((p) => p.gpuInstance !== undefined).length === onInstances,
        `the ${instances} MIG instances of the demo host and the ${onInstances} processes on them`,
      ),
    async stop() {
      workload.stop();
      await sampler.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
