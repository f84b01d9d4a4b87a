// SPDX-License-Identifier: AGPL-3.0-or-later
// The /metrics series of NVIDIA MIG: one set per GPU instance of a MIG GPU, and each container's
// share of an instance, labelled as mig-shares.ts says (gpu_i_id, gpu_i_profile as dcgm-exporter's
// GPU_I_ID, GPU_I_PROFILE; gpu_ci_id). The instance's compute instances, profile id and memory
// placement are labels of its info series only: a GI's compute instances can be created and
// destroyed while it lives (`nvidia-smi mig -cci` / `-dci`), and a label that changes would start a
// new series of its memory. A stale GPU (stale-figures.ts) has none of these series: its layout
// is an old reading too (instances come and go with `nvidia-smi mig -cgi` / `-dgi`).
import type { UsageSnapshot } from '../api/types.ts';
import { computeInstancesLabel, migInstanceLabels, migShares } from './mig-shares.ts';
import { Family } from './prom-family.ts';

export function migFamilies() {
  return {
    migInfo: new Family(
      'pve_gpu_mig_info',
      'gauge',
      'NVIDIA MIG GPU instance: profile, profile id, memory placement (start:size) and compute instances; always 1.',
    ),
    migMemUsed: new Family(
      'pve_gpu_mig_memory_used_bytes',
      'gauge',
      'GPU memory in use in a MIG GPU instance.',
    ),
    migMemTotal: new Family(
      'pve_gpu_mig_memory_total_bytes',
      'gauge',
      'GPU memory size of a MIG GPU instance.',
    ),
    migSm: new Family(
      'pve_gpu_mig_multiprocessors',
      'gauge',
      'Streaming multiprocessors of the compute instances of a MIG GPU instance.',
    ),
    migCtMem: new Family(
      'pve_gpu_mig_container_memory_bytes',
      'gauge',
      "GPU memory held by a container's processes on a MIG GPU instance and compute instance.",
    ),
    migCtProcs: new Family(
      'pve_gpu_mig_container_processes',
      'gauge',
      'Processes of a container on a MIG GPU instance and compute instance.',
    ),
  };
}

export function addMigSeries(
  f: ReturnType<typeof migFamilies>,
  snapshot: UsageSnapshot,
  node: string,
  old: ReadonlySet<string>,
  mayShow: (vmid: string) => boolean,
): void {
  const instanceLabels = new Map<string, Record<string, string>>();
  for (const s of snapshot.samples) {
    if (old.has(s.gpu)) continue;
    for (const i of s.migInstances ?? []) {
      const base = { node, gpu: s.gpu, ...migInstanceLabels(i) };
      instanceLabels.set(`${s.gpu}\0${i.gpuInstance}`, base);
      f.migInfo.add(
        {
          ...base,
          ...(i.profileId !== undefined ? { gpu_i_profile_id: String(i.profileId) } : {}),
          ...(i.placement ? { placement: i.placement } : {}),
          gpu_ci_ids: computeInstancesLabel(i),
        },
        1,
      );
      f.migMemUsed.add(base, i.memoryUsedBytes);
      f.migMemTotal.add(base, i.memoryTotalBytes);
      f.migSm.add(base, i.multiprocessors);
    }
  }
  for (const m of migShares(snapshot)) {
    if (old.has(m.gpu) || (m.owner !== 'host' && !mayShow(m.owner))) continue;
    const base = instanceLabels.get(`${m.gpu}\0${m.gpuInstance}`) ?? {
      node,
      gpu: m.gpu,
      gpu_i_id: String(m.gpuInstance),
    };
    const l = {
      ...base,
      ...(m.computeInstance !== undefined ? { gpu_ci_id: String(m.computeInstance) } : {}),
      vmid: m.owner,
    };
    f.migCtMem.add(l, m.memoryBytes);
    f.migCtProcs.add(l, m.processes);
  }
}
