// SPDX-License-Identifier: AGPL-3.0-or-later
// Any other DRM driver that prints the standard keys of the kernel's
// Documentation/gpu/drm-usage-stats.rst (drm-engine-*, drm-cycles-*, drm-total-*, drm-resident-*):
// panfrost, panthor, msm, v3d, etnaviv, lima, amdxdna, nouveau on kernels that add them …
// Engine names below are those the drivers print (panfrost_drv.c, panthor_drv.c, msm_gpu.c,
// v3d_drv.c, etnaviv_drv.c, lima_drv.c, amdxdna); an unknown name is kept as class "other".
import type { GpuDriver } from './driver.ts';

export const drmGeneric: GpuDriver = {
  name: 'drm-generic',
  kernelDrivers: [],
  usage: 'drm-fdinfo',
  engines: {
    // panfrost
    fragment: 'render',
    'vertex-tiler': 'render',
    // panthor
    panthor: 'render',
    // msm, lima (gp = geometry, pp = pixel)
    gpu: 'render',
    gp: 'render',
    pp: 'render',
    // v3d
    bin: 'render',
    tfu: 'copy',
    csd: 'compute',
    cache_clean: 'other',
    // etnaviv (one engine per core type)
    '3d': 'render',
    '2d': 'copy',
    vg: 'render',
    // amdxdna NPU
    'npu-amdxdna': 'compute',
  },
  // No sysfs memory counter: Σ clients' resident GPU buffers is the GPU's memory figure.
  memoryFromClients: true,
};
