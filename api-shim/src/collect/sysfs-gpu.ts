// SPDX-License-Identifier: AGPL-3.0-or-later
// Whole-GPU counters from sysfs/hwmon (research/gpu-counters.md §2): frequencies and idle
// residency (i915, xe), busy % and VRAM/GTT (amdgpu), power and temperature (hwmon, RAPL uncore).
// A runtime-suspended GPU is reported as suspended and not read: those reads would wake it.
import { readdirSync, readFileSync } from 'node:fs';
import type { GpuInfo, GpuSample } from '../api/types.ts';
import type { HostRoot } from '../host/host-root.ts';
import { parseIntFile, wrapDelta } from './parse-util.ts';

type Whole = Omit<GpuSample, 'gpu' | 'engines' | 'engineClasses'>;

interface Prev {
  atMs: number;
  idleMs?: number;
  energyUj?: number;
  raplUj?: number;
}

export class SysfsGpuReader {
  private readonly prev = new Map<string, Prev>();
  private raplZone: string | null | undefined;
  /** Attributes this GPU does not have: not tried again until forgetAbsent() (inventory refresh). */
  private absent = new Set<string>();
  /** host path → path under the root, for the few files read every sample */
  private resolved = new Map<string, string>();
  private fixedValues = new Map<string, number | undefined>();

  constructor(private readonly host: HostRoot) {}

  // Sync reads: a handful of tiny sysfs files per GPU cost microseconds; libuv round trips cost 10×.
  private async num(p: string): Promise<number | undefined> {
    // Root-only files (RAPL) and absent attributes read as unknown, never as an error.
    return parseIntFile(this.readSync(p));
  }

  /** Limits and totals that only change with the driver: read once per inventory period. */
  private async fixed(p: string): Promise<number | undefined> {
    if (this.fixedValues.has(p)) return this.fixedValues.get(p);
    const v = parseIntFile(this.readSync(p));
    this.fixedValues.set(p, v);
    return v;
  }

  private async text(p: string): Promise<string | undefined> {
    return this.readSync(p)?.trim();
  }

  private readSync(p: string): string | undefined {
    if (this.absent.has(p)) return undefined;
    let real = this.resolved.get(p);
    if (real === undefined) {
      real = this.host.resolve(p);
      this.resolved.set(p, real);
    }
    try {
      return readFileSync(real, 'utf8');
    } catch (err) {
      // ENOENT, EACCES (RAPL), EIO/ENODATA (attributes a GPU does not support): they stay so
      // until a driver reload, and a failed read costs an exception per sample.
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') this.absent.add(p);
      return undefined;
    }
  }

  /** Called on inventory refresh: drivers may have been reloaded, files appeared. */
  forgetAbsent(): void {
    this.absent = new Set();
    this.resolved = new Map();
    this.fixedValues = new Map();
    this.raplZone = undefined;
  }

  /** True when the GPU is runtime-suspended: nothing of it (sysfs, its clients' fdinfo) may be read. */
  suspended(gpu: GpuInfo, card: string | undefined): boolean {
    const dev = deviceDir(gpu, card);
    return dev !== undefined && this.readSync(`${dev}/power/runtime_status`)?.trim() === 'suspended';
  }

  async read(gpu: GpuInfo, card: string | undefined, nowMs: number, suspended?: boolean): Promise<Whole> {
    const dev = deviceDir(gpu, card);
    if (!dev) return { status: { state: 'ok' } };
    const runtime =
      suspended === undefined
        ? await this.text(`${dev}/power/runtime_status`)
        : suspended
          ? 'suspended'
          : 'active';
    if (runtime === 'suspended') {
      this.prev.delete(gpu.id); // the next awake sample starts a fresh interval
      return {
        status: {
          state: 'suspended',
          message: 'The GPU is runtime-suspended (idle); it is not woken up to be read.',
        },
        idlePercent: 100,
      };
    }
    const prev = this.prev.get(gpu.id);
    const next: Prev = { atMs: nowMs };
    const out: Whole = { status: { state: 'ok' } };
    const dtMs = prev ? nowMs - prev.atMs : 0;
    const cardDir = card ? `/sys/class/drm/${card}` : undefined;

    if (gpu.driver === 'i915' && cardDir) {
      out.freqMHz = await this.num(`${cardDir}/gt_act_freq_mhz`);
      out.freqMaxMHz =
        (await this.num(`${cardDir}/gt_max_freq_mhz`)) ?? (await this.num(`${cardDir}/gt_RP0_freq_mhz`));
      const rc6 =
        (await this.num(`${cardDir}/gt/gt0/rc6_residency_ms`)) ??
        (await this.num(`${cardDir}/power/rc6_residency_ms`));
      if (rc6 !== undefined) {
        next.idleMs = rc6;
        // rc6_residency_ms comes from a u32 in i915: it wraps after ~49.7 days.
        if (prev?.idleMs !== undefined && dtMs > 0)
          out.idlePercent = ratio(wrapDelta(rc6, prev.idleMs, 32), dtMs);
      }
    } else if (gpu.driver === 'xe') {
      const gt = `${dev}/tile0/gt0`;
      out.freqMHz = await this.num(`${gt}/freq0/act_freq`);
      out.freqMaxMHz = await this.fixed(`${gt}/freq0/max_freq`);
      const idle = await this.num(`${gt}/gtidle/idle_residency_ms`);
      if (idle !== undefined) {
        next.idleMs = idle;
        if (prev?.idleMs !== undefined && dtMs > 0)
          out.idlePercent = ratio(Math.max(0, idle - prev.idleMs), dtMs);
      }
    } else if (gpu.driver === 'amdgpu') {
      out.busyPercent = await this.num(`${dev}/gpu_busy_percent`);
      out.memoryUsedBytes = await this.num(`${dev}/mem_info_vram_used`);
      out.memoryTotalBytes = await this.fixed(`${dev}/mem_info_vram_total`);
      out.gttUsedBytes = await this.num(`${dev}/mem_info_gtt_used`);
      out.gttTotalBytes = await this.fixed(`${dev}/mem_info_gtt_total`);
      const sclk = await this.text(`${dev}/pp_dpm_sclk`);
      if (sclk) Object.assign(out, parseDpm(sclk));
    }

    const hwmon = await this.hwmonDir(dev);
    if (hwmon) {
      const temp = (await this.num(`${hwmon}/temp1_input`)) ?? (await this.num(`${hwmon}/temp2_input`));
      if (temp !== undefined) out.temperatureC = temp / 1000;
      if (out.freqMHz === undefined) {
        const hz = await this.num(`${hwmon}/freq1_input`);
        if (hz !== undefined) out.freqMHz = Math.round(hz / 1e6);
      }
      const energy = await this.num(`${hwmon}/energy1_input`);
      if (energy !== undefined) {
        next.energyUj = energy;
        if (prev?.energyUj !== undefined && dtMs > 0 && energy >= prev.energyUj) {
          out.powerWatts = round2((energy - prev.energyUj) / (dtMs * 1000));
          out.powerSource = 'hwmon energy';
        }
      } else {
        const uw = (await this.num(`${hwmon}/power1_average`)) ?? (await this.num(`${hwmon}/power1_input`));
        if (uw !== undefined) {
          out.powerWatts = round2(uw / 1e6);
          // amdgpu's power1_* is the SoC: on an APU that includes the CPU cores.
          out.powerSource =
            gpu.driver === 'amdgpu' && !out.memoryTotalBytes ? 'SoC (incl. CPU)' : 'hwmon power';
        }
      }
    }
    // Intel iGPU without hwmon energy: RAPL "uncore" is the graphics plane (root-only since 5.10).
    if (
      out.powerWatts === undefined &&
      next.energyUj === undefined &&
      gpu.vendor === 'intel' &&
      gpu.pci === '0000:00:02.0'
    ) {
      const zone = await this.findRaplUncore();
      if (zone) {
        const uj = await this.num(`${zone}/energy_uj`);
        if (uj !== undefined) {
          next.raplUj = uj;
          if (prev?.raplUj !== undefined && dtMs > 0) {
            const range = (await this.num(`${zone}/max_energy_range_uj`)) ?? 2 ** 32;
            const d = uj >= prev.raplUj ? uj - prev.raplUj : uj + range - prev.raplUj;
            out.powerWatts = round2(d / (dtMs * 1000));
            out.powerSource = 'RAPL uncore';
          }
        }
      }
    }
    this.prev.set(gpu.id, next);
    for (const k of Object.keys(out) as Array<keyof Whole>) if (out[k] === undefined) delete out[k];
    return out;
  }

  private async hwmonDir(dev: string): Promise<string | undefined> {
    const key = `${dev}/hwmon`;
    if (this.absent.has(key)) return undefined;
    let names: string[] = [];
    try {
      names = readdirSync(this.host.resolve(key))
        .filter((n) => /^hwmon\d+$/.test(n))
        .sort();
    } catch {
      this.absent.add(key); // no hwmon (iGPUs)
    }
    return names.length ? `${dev}/hwmon/${names[0]}` : undefined;
  }

  private async findRaplUncore(): Promise<string | undefined> {
    if (this.raplZone !== undefined) return this.raplZone ?? undefined;
    this.raplZone = null;
    for (const z of await this.host.readdir('/sys/class/powercap')) {
      if (!/^intel-rapl:\d+:\d+$/.test(z)) continue;
      if ((await this.text(`/sys/class/powercap/${z}/name`)) === 'uncore')
        this.raplZone = `/sys/class/powercap/${z}`;
    }
    return this.raplZone ?? undefined;
  }
}

function deviceDir(gpu: GpuInfo, card: string | undefined): string | undefined {
  if (gpu.pci) return `/sys/bus/pci/devices/${gpu.pci}`;
  return card ? `/sys/class/drm/${card}/device` : undefined;
}

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

function ratio(part: number, whole: number): number {
  return Math.max(0, Math.min(100, round2((part / whole) * 100)));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
