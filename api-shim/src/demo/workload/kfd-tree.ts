// SPDX-License-Identifier: AGPL-3.0-or-later
// A KFD tree (AMD ROCm's /sys/class/kfd/kfd) in the kernel's layout, for the demo host and the
// tests: drivers/gpu/drm/amd/amdkfd/kfd_topology.c writes topology/nodes/<n>/{gpu_id,properties};
// kfd_process.c writes proc/<pid>/{pasid,vram_<gpuid>,sdma_<gpuid>,stats_<gpuid>/{evicted_ms,
// cu_occupancy}}. Node 0 is the CPU (gpu_id 0); each GPU node here is an RX 7900 XTX (96 CUs:
// simd_count 192, simd_per_cu 2). Not a capture: the keys are kfd_topology.c's; a 7900 XTX's full
// list with the same simd/array figures is in tinygrad's mock driver (tinygrad/tinygrad
// test/mockgpu/amd/amddriver.py), a test double as well. Only location_id (bus << 8 | devfn) and
// drm_render_minor differ per GPU; the per-process values are the caller's.
import type { HostTree } from './host-tree.ts';

const KFD = '/sys/class/kfd/kfd';

export interface KfdGpuNode {
  /** the topology's gpu_id (kfd_topology.c derives it from a hash of the GPU's properties) */
  gpuId: string;
  /** PCI bus << 8 | devfn */
  locationId: number;
  /** N of the GPU's /dev/dri/renderDN */
  renderMinor: number;
}

/** Writes the CPU node and one RX 7900 XTX node per GPU. */
export function writeKfdTopology(t: HostTree, gpus: KfdGpuNode[]): void {
  const nodes = `${KFD}/topology/nodes`;
  t.file(`${nodes}/0/gpu_id`, '0\n');
  t.file(
    `${nodes}/0/properties`,
    'cpu_cores_count 16\nsimd_count 0\nmem_banks_count 1\nlocation_id 0\ndomain 0\n',
  );
  gpus.forEach((g, i) => {
    t.file(`${nodes}/${i + 1}/gpu_id`, `${g.gpuId}\n`);
    t.file(
      `${nodes}/${i + 1}/properties`,
      'cpu_cores_count 0\nsimd_count 192\nmem_banks_count 1\ncaches_count 206\nio_links_count 1\n' +
        'simd_id_base 2147487744\nmax_waves_per_simd 16\nlds_size_in_kb 64\ngds_size_in_kb 0\nnum_gws 64\n' +
        'wave_front_size 32\narray_count 12\nsimd_arrays_per_engine 2\ncu_per_simd_array 8\nsimd_per_cu 2\n' +
        'max_slots_scratch_cu 32\ngfx_target_version 110000\nvendor_id 4098\ndevice_id 29772\n' +
        `location_id ${g.locationId}\ndomain 0\ndrm_render_minor ${g.renderMinor}\nhive_id 0\nnum_sdma_engines 2\n`,
    );
  });
}

export interface KfdProcessFigures {
  /** bytes of VRAM (vram_<gpuid>) */
  vram: number;
  /** SDMA activity counter in µs (sdma_<gpuid>) */
  sdmaUs: number;
  /** compute units its waves occupy now (stats_<gpuid>/cu_occupancy) */
  cu: number;
  /** the process's PASID, the same number its render node's fdinfo prints */
  pasid?: number;
}

/** Writes (or rewrites) proc/<pid>/ of a ROCm process using GPU `gpuId`. */
export function writeKfdProcess(t: HostTree, pid: number, gpuId: string, o: KfdProcessFigures): void {
  const dir = `${KFD}/proc/${pid}`;
  t.file(`${dir}/pasid`, `${o.pasid ?? 32770}\n`);
  t.file(`${dir}/vram_${gpuId}`, `${o.vram}\n`);
  t.file(`${dir}/sdma_${gpuId}`, `${o.sdmaUs}\n`);
  t.file(`${dir}/stats_${gpuId}/evicted_ms`, '0\n');
  t.file(`${dir}/stats_${gpuId}/cu_occupancy`, `${o.cu}\n`);
}
