// SPDX-License-Identifier: AGPL-3.0-or-later
// NVIDIA's proprietary driver: no DRM fdinfo (nvidia-drm prints no drm-* keys), so usage comes
// from long-running nvidia-smi children (../nvidia-smi.ts). Engine names are pmon's columns and
// --query-gpu's utilisation fields, renamed.
import type { GpuDriver } from './driver.ts';

export const nvidia: GpuDriver = {
  name: 'nvidia',
  kernelDrivers: ['nvidia'],
  usage: 'nvidia-smi',
  engines: { sm: 'compute', nvenc: 'video', nvdec: 'video', nvjpg: 'video', ofa: 'video-enhance' },
};
