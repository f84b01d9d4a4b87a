// SPDX-License-Identifier: AGPL-3.0-or-later
// Intel i915: integrated GPUs (Gen8+) and Arc Alchemist (DG2) on kernels that bind it to i915.
// Engines: uabi_class_names[] of drivers/gpu/drm/i915/i915_drm_client.c. Whole-GPU: gt_act_freq_mhz,
// rc6 residency (a u32 that wraps after ~49.7 days), hwmon energy for DG2 (i915_hwmon.c), and the
// local-memory size where Intel's out-of-tree (DKMS/backport) i915 publishes cardN/lmem_total_bytes
// (mainline i915 has no such attribute: the size then stays unknown).
import { parseIntFile, wrapDelta } from '../parse-util.ts';
import { type GpuDriver, ratio } from './driver.ts';

export const i915: GpuDriver = {
  name: 'i915',
  kernelDrivers: ['i915'],
  usage: 'drm-fdinfo',
  engines: {
    render: 'render',
    copy: 'copy',
    video: 'video',
    'video-enhance': 'video-enhance',
    compute: 'compute',
  },
  raplUncore: true,
  async inventory(host, gpu, cardDir) {
    // Discrete i915 (DG1/DG2 Arc): local memory size; absent on iGPUs.
    if (!cardDir) return;
    const total = parseIntFile(await host.readText(`${cardDir}/lmem_total_bytes`, 64).catch(() => undefined));
    if (total !== undefined && total > 0) gpu.memoryTotalBytes = total;
  },
  readWhole({ cardDir, prev, next, dtMs, out, sysfs }) {
    if (!cardDir) return;
    out.freqMHz = sysfs.num(`${cardDir}/gt_act_freq_mhz`);
    // a limit (changed by hand, if ever): read once per inventory refresh, as xe's (docs/collectors.md)
    out.freqMaxMHz = sysfs.fixed(`${cardDir}/gt_max_freq_mhz`) ?? sysfs.fixed(`${cardDir}/gt_RP0_freq_mhz`);
    const rc6 =
      sysfs.num(`${cardDir}/gt/gt0/rc6_residency_ms`) ?? sysfs.num(`${cardDir}/power/rc6_residency_ms`);
    if (rc6 !== undefined) {
      next.idleMs = rc6;
      if (prev?.idleMs !== undefined && dtMs > 0)
        out.idlePercent = ratio(wrapDelta(rc6, prev.idleMs, 32), dtMs);
    }
  },
};
