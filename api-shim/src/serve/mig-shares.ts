// SPDX-License-Identifier: AGPL-3.0-or-later
// What /metrics and the metric-server export say about NVIDIA MIG: each GPU instance of a MIG GPU
// (GpuSample.migInstances), and each container's share of an instance, summed from the process
// rows that carry their GPU instance (GI) and compute instance (CI) (ProcessUsage.gpuInstance,
// computeInstance; nvidia-smi's process table, collect/nvidia-smi.ts). Labels as NVIDIA's
// dcgm-exporter names a MIG entity (internal/pkg/rendermetrics/render_metrics.go: GPU_I_ID, and
// GPU_I_PROFILE only on MIG entities), lower-cased as every other label here; the compute
// instance as DCGM's entity group for it (DCGM_FE_GPU_CI).
import type { MigInstance, UsageSnapshot } from '../api/types.ts';

/**
 * The profile as dcgm-exporter's GPU_I_PROFILE carries it: "2g.20gb", without nvidia-smi's
 * "MIG " prefix (an A100-SXM4-80GB's GPU_I_PROFILE="2g.20gb",GPU_I_ID="5" in
 * NVIDIA/dcgm-exporter#369; the same instance is "MIG 2g.20gb" in `nvidia-smi mig -lgi`), so a
 * dashboard written for one matches the other.
 */
export function migProfileLabel(profile: string | undefined): string | undefined {
  const p = profile?.replace(/^MIG\s+/, '').trim();
  return p ? p : undefined;
}

/** gpu_i_id, and gpu_i_profile where nvidia-smi named it: the labels of every series of one instance. */
export function migInstanceLabels(i: MigInstance): Record<string, string> {
  const profile = migProfileLabel(i.profile);
  return { gpu_i_id: String(i.gpuInstance), ...(profile ? { gpu_i_profile: profile } : {}) };
}

/** The compute instances of a GPU instance as one label value: "0", "0,1". */
export function computeInstancesLabel(i: MigInstance): string {
  return [...i.computeInstances].sort((a, b) => a - b).join(',');
}

export interface MigShare {
  owner: string;
  gpu: string;
  gpuInstance: number;
  /** undefined when the row names the GI but not the CI */
  computeInstance?: number;
  memoryBytes: number;
  processes: number;
}

/** Per (owner, GPU, GI, CI): the memory and number of processes whose rows name that instance. */
export function migShares(snap: UsageSnapshot): MigShare[] {
  const out = new Map<string, MigShare>();
  for (const p of snap.processes) {
    if (p.gpuInstance === undefined) continue;
    const key = `${p.owner}\0${p.gpu}\0${p.gpuInstance}\0${p.computeInstance ?? ''}`;
    let s = out.get(key);
    if (!s) {
      s = {
        owner: p.owner,
        gpu: p.gpu,
        gpuInstance: p.gpuInstance,
        computeInstance: p.computeInstance,
        memoryBytes: 0,
        processes: 0,
      };
      out.set(key, s);
    }
    s.memoryBytes += p.memoryBytes;
    s.processes += 1;
  }
  return [...out.values()];
}
