// SPDX-License-Identifier: AGPL-3.0-or-later
// Intel xe: Arc Battlemage, Lunar Lake and later, and Arc Alchemist (DG2) where force-probed to xe.
// Engines: xe_hw_engine_class_to_str() (drivers/gpu/drm/xe/xe_hw_engine.c), reported as
// drm-cycles-/drm-total-cycles- in fdinfo. Whole-GPU: tile0/gt0/freq0/{act,max}_freq
// (xe_gt_freq.c), gtidle/idle_residency_ms (xe_gt_idle.c), and the VRAM size of each tile,
// tile<N>/physical_vram_size_bytes (xe_tile_sysfs.c; newer kernels: tile<N>/memory/…, igt's
// tests/intel/xe_sysfs_tile.c reads it). It is physical VRAM, reserved pages included. xe has no
// VRAM-used attribute: the GPU's memory is the sum of its clients' resident bytes in the vram<N>
// regions (their gtt and system regions are host RAM, not counted against the VRAM size).
import { parseIntFile } from '../parse-util.ts';
import { type GpuDriver, ratio } from './driver.ts';

export const xe: GpuDriver = {
  name: 'xe',
  kernelDrivers: ['xe'],
  usage: 'drm-fdinfo',
  engines: {
    rcs: 'render',
    bcs: 'copy',
    vcs: 'video',
    vecs: 'video-enhance',
    ccs: 'compute',
    other: 'other',
  },
  memoryFromClients: true,
  memoryRegions: /^vram\d+$/,
  raplUncore: true,
  async inventory(host, gpu) {
    if (!gpu.pci) return;
    let total = 0;
    for (const tile of await host.readdir(`/sys/bus/pci/devices/${gpu.pci}`)) {
      if (!/^tile\d+$/.test(tile)) continue;
      const dir = `/sys/bus/pci/devices/${gpu.pci}/${tile}`;
      const read = (p: string) => host.readText(p, 64).catch(() => undefined);
      const v = parseIntFile(
        (await read(`${dir}/physical_vram_size_bytes`)) ??
          (await read(`${dir}/memory/physical_vram_size_bytes`)),
      );
      if (v !== undefined) total += v;
    }
    if (total > 0) gpu.memoryTotalBytes = total;
  },
  readWhole({ deviceDir, prev, next, dtMs, out, sysfs }) {
    const gt = `${deviceDir}/tile0/gt0`;
    out.freqMHz = sysfs.num(`${gt}/freq0/act_freq`);
    out.freqMaxMHz = sysfs.fixed(`${gt}/freq0/max_freq`);
    const idle = sysfs.num(`${gt}/gtidle/idle_residency_ms`);
    if (idle !== undefined) {
      next.idleMs = idle;
      if (prev?.idleMs !== undefined && dtMs > 0)
        out.idlePercent = ratio(Math.max(0, idle - prev.idleMs), dtMs);
    }
  },
};
