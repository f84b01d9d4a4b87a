// SPDX-License-Identifier: AGPL-3.0-or-later
// AMD amdgpu (graphics, VA-API, Vulkan clients through DRM fdinfo; ROCm compute is kfd.ts).
// Engines: amdgpu_ip_name[] of drivers/gpu/drm/amd/amdgpu/amdgpu_fdinfo.c. Whole-GPU:
// gpu_busy_percent, mem_info_{vram,gtt}_{used,total}, pp_dpm_sclk (amdgpu_pm.c).
import { parseIntFile } from '../parse-util.ts';
import type { GpuDriver, WholeGpu } from './driver.ts';

export const amdgpu: GpuDriver = {
  name: 'amdgpu',
  kernelDrivers: ['amdgpu'],
  usage: 'drm-fdinfo',
  compute: 'kfd',
  // Where mem_info_vram_used is missing, Σ clients' VRAM stands in.
  memoryFromClients: true,
  engines: {
    gfx: 'render',
    compute: 'compute',
    dma: 'copy',
    dec: 'video',
    enc: 'video',
    enc_1: 'video',
    jpeg: 'video',
    vpe: 'video-enhance',
    // ROCm compute processes (../kfd.ts): CUs their waves occupy, and their SDMA copy activity
    cu: 'compute',
    sdma: 'copy',
  },
  async inventory(host, gpu, cardDir) {
    if (!cardDir) return;
    const total = parseIntFile(await host.readText(`${cardDir}/device/mem_info_vram_total`, 64));
    if (total !== undefined) gpu.memoryTotalBytes = total;
  },
  readWhole({ deviceDir: dev, out, sysfs }) {
    out.busyPercent = sysfs.num(`${dev}/gpu_busy_percent`);
    out.memoryUsedBytes = sysfs.num(`${dev}/mem_info_vram_used`);
    out.memoryTotalBytes = sysfs.fixed(`${dev}/mem_info_vram_total`);
    out.gttUsedBytes = sysfs.num(`${dev}/mem_info_gtt_used`);
    out.gttTotalBytes = sysfs.fixed(`${dev}/mem_info_gtt_total`);
    const sclk = sysfs.text(`${dev}/pp_dpm_sclk`);
    if (sclk) Object.assign(out, parseDpm(sclk));
  },
  // amdgpu's power1_* is the SoC: on an APU (no dedicated VRAM) that includes the CPU cores.
  powerLabel: (out: WholeGpu) => (out.memoryTotalBytes ? undefined : 'SoC (incl. CPU)'),
};

/** pp_dpm_sclk: "1: 1800Mhz *" marks the active level; "0Mhz *" during GFXOFF means idle. */
export function parseDpm(text: string): { freqMHz?: number; freqMaxMHz?: number } {
  let cur: number | undefined;
  let max: number | undefined;
  for (const line of text.split('\n')) {
    const m = /^\s*\d+:\s*(\d+)\s*Mhz\s*(\*)?/i.exec(line);
    if (!m) continue;
    const f = Number(m[1]);
    max = max === undefined ? f : Math.max(max, f);
    if (m[2]) cur = f;
  }
  return { freqMHz: cur, freqMaxMHz: max };
}
