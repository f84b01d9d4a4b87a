// SPDX-License-Identifier: AGPL-3.0-or-later
// Whole-GPU counters from sysfs/hwmon: what is common to every GPU (runtime PM, hwmon power and
// temperature, RAPL uncore) here; each driver's own counters in its module (drivers/*.ts).
// A runtime-suspended GPU is reported as suspended and not read: those reads would wake it.
import { readdirSync } from 'node:fs';
import { collectorStatus } from '../api/collector-messages.ts';
import type { GpuInfo } from '../api/types.ts';
import type { HostRoot } from '../host/host-root.ts';
import type { SysfsReads, WholeGpu, WholeMarks } from './drivers/driver.ts';
import { round2 } from './drivers/driver.ts';
import { driverFor } from './drivers/registry.ts';
import { parseIntFile } from './parse-util.ts';
import { RereadFiles } from './reread.ts';

type Whole = WholeGpu;

/** A sysfs attribute holds at most a page (sysfs_emit()); a host tree's file is cut there too. */
const ATTRIBUTE_MAX = 64 * 1024;
type Prev = WholeMarks;

export class SysfsGpuReader {
  private readonly prev = new Map<string, Prev>();
  private raplZone: string | null | undefined;
  /** Attributes this GPU does not have: not tried again until forgetAbsent() (inventory refresh). */
  private absent = new Set<string>();
  /** host path → path under the root, for the few files read every sample */
  private resolved = new Map<string, string>();
  private fixedValues = new Map<string, number | undefined>();
  /**
   * device dir → its hwmon dir (null: none), listed once per inventory refresh: the hwmonN name
   * changes only when a driver (re)registers it, which the refresh (forgetAbsent()) is for; it was
   * listed every second on every GPU with one (a readdir, a filter and a sort per sample).
   */
  private hwmon = new Map<string, string | null>();
  /** the files read every sample, held open and re-read from offset 0 (reread.ts) */
  private readonly files: RereadFiles;

  /** What driver modules read through: sync, misses remembered, never throwing. */
  private readonly reads: SysfsReads = {
    num: (p) => parseIntFile(this.readSync(p)),
    fixed: (p) => {
      if (this.fixedValues.has(p)) return this.fixedValues.get(p);
      const v = parseIntFile(this.readSync(p));
      this.fixedValues.set(p, v);
      return v;
    },
    text: (p) => this.readSync(p)?.trim(),
  };

  constructor(private readonly host: HostRoot) {
    this.files = new RereadFiles(host.root !== '/');
  }

  // Sync reads: a handful of tiny sysfs files per GPU cost microseconds; libuv round trips cost 10×.
  // Not async either: read() runs every second, and each await of an async helper was a promise and
  // a microtask turn more of the tick.
  private num(p: string): number | undefined {
    // Root-only files (RAPL) and absent attributes read as unknown, never as an error.
    return parseIntFile(this.readSync(p));
  }

  private text(p: string): string | undefined {
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
      return this.files.read(real, ATTRIBUTE_MAX);
    } catch (err) {
      // ENOENT, EACCES (RAPL), EIO/ENODATA (attributes a GPU does not support): they stay so
      // until a driver reload, and a failed read costs an exception per sample.
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') this.absent.add(p);
      return undefined;
    }
  }

  /** Called on inventory refresh: drivers may have been reloaded, files appeared. */
  forgetAbsent(): void {
    this.files.closeAll();
    this.absent = new Set();
    this.resolved = new Map();
    this.fixedValues = new Map();
    this.hwmon = new Map();
    this.raplZone = undefined;
  }

  /** Closes the held files (the sampler's stop()). */
  close(): void {
    this.files.closeAll();
  }

  /** True when the GPU is runtime-suspended: nothing of it (sysfs, its clients' fdinfo) may be read. */
  suspended(gpu: GpuInfo, card: string | undefined): boolean {
    const dev = deviceDir(gpu, card);
    return dev !== undefined && this.readSync(`${dev}/power/runtime_status`)?.trim() === 'suspended';
  }

  /** The GPU's whole-device counters now (synchronous: sysfs attributes, see readSync()). */
  read(gpu: GpuInfo, card: string | undefined, nowMs: number, suspended?: boolean): Whole {
    const dev = deviceDir(gpu, card);
    if (!dev) return { status: { state: 'ok' } };
    const runtime =
      suspended === undefined ? this.text(`${dev}/power/runtime_status`) : suspended ? 'suspended' : 'active';
    if (runtime === 'suspended') {
      this.prev.delete(gpu.id); // the next awake sample starts a fresh interval
      return {
        status: collectorStatus('suspended', 'collector.msg.suspended'),
        idlePercent: 100,
      };
    }
    const prev = this.prev.get(gpu.id);
    const next: WholeMarks = { atMs: nowMs };
    const out: WholeGpu = { status: { state: 'ok' } };
    const dtMs = prev ? nowMs - prev.atMs : 0;
    const cardDir = card ? `/sys/class/drm/${card}` : undefined;
    const driver = driverFor(gpu.driver);
    driver.readWhole?.({ gpu, deviceDir: dev, cardDir, prev, next, dtMs, out, sysfs: this.reads });

    const hwmon = this.hwmonDir(dev);
    if (hwmon) {
      const temp = this.num(`${hwmon}/temp1_input`) ?? this.num(`${hwmon}/temp2_input`);
      if (temp !== undefined) out.temperatureC = temp / 1000;
      if (out.freqMHz === undefined) {
        const hz = this.num(`${hwmon}/freq1_input`);
        if (hz !== undefined) out.freqMHz = Math.round(hz / 1e6);
      }
      const energy = this.num(`${hwmon}/energy1_input`);
      if (energy !== undefined) {
        next.energyUj = energy;
        if (prev?.energyUj !== undefined && dtMs > 0 && energy >= prev.energyUj) {
          out.powerWatts = round2((energy - prev.energyUj) / (dtMs * 1000));
          out.powerSource = 'hwmon energy';
        }
      } else {
        const uw = this.num(`${hwmon}/power1_average`) ?? this.num(`${hwmon}/power1_input`);
        if (uw !== undefined) {
          out.powerWatts = round2(uw / 1e6);
          out.powerSource = driver.powerLabel?.(out) ?? 'hwmon power';
        }
      }
    }
    // Intel iGPU without hwmon energy: RAPL "uncore" is the graphics plane (root-only since 5.10).
    if (
      out.powerWatts === undefined &&
      next.energyUj === undefined &&
      driver.raplUncore &&
      gpu.pci === '0000:00:02.0'
    ) {
      const zone = this.findRaplUncore();
      if (zone) {
        const uj = this.num(`${zone}/energy_uj`);
        if (uj !== undefined) {
          next.raplUj = uj;
          if (prev?.raplUj !== undefined && dtMs > 0) {
            const range = this.num(`${zone}/max_energy_range_uj`) ?? 2 ** 32;
            const d = uj >= prev.raplUj ? uj - prev.raplUj : uj + range - prev.raplUj;
            out.powerWatts = round2(d / (dtMs * 1000));
            out.powerSource = 'RAPL uncore';
          }
        }
      }
    }
    this.prev.set(gpu.id, next);
    return definedOnly(out);
  }

  private hwmonDir(dev: string): string | undefined {
    const known = this.hwmon.get(dev);
    if (known !== undefined) return known ?? undefined;
    let names: string[] = [];
    try {
      names = readdirSync(this.host.resolve(`${dev}/hwmon`))
        .filter((n) => /^hwmon\d+$/.test(n))
        .sort();
    } catch {
      // no hwmon (iGPUs)
    }
    const dir = names.length ? `${dev}/hwmon/${names[0]}` : null;
    this.hwmon.set(dev, dir);
    return dir ?? undefined;
  }

  /** The RAPL uncore zone, looked for once per inventory refresh (null: none). */
  private findRaplUncore(): string | undefined {
    if (this.raplZone !== undefined) return this.raplZone ?? undefined;
    this.raplZone = null;
    let zones: string[] = [];
    try {
      zones = readdirSync(this.host.resolve('/sys/class/powercap'));
    } catch {
      // no powercap (no RAPL driver, not Intel) or not listable: no uncore figure, as without a zone
    }
    for (const z of zones) {
      if (!/^intel-rapl:\d+:\d+$/.test(z)) continue;
      if (this.text(`/sys/class/powercap/${z}/name`) === 'uncore') this.raplZone = `/sys/class/powercap/${z}`;
    }
    return this.raplZone ?? undefined;
  }
}

/**
 * `out` without its undefined fields (a driver sets a field to what it read, unknown included), as
 * a new record: deleting them from `out` turned it into a dictionary-mode object every sample.
 */
function definedOnly(out: Whole): Whole {
  const clean: Whole = { status: out.status };
  for (const k of Object.keys(out) as Array<keyof Whole>) {
    const v = out[k];
    if (v !== undefined && k !== 'status') (clean as Record<string, unknown>)[k] = v;
  }
  return clean;
}

function deviceDir(gpu: GpuInfo, card: string | undefined): string | undefined {
  if (gpu.pci) return `/sys/bus/pci/devices/${gpu.pci}`;
  return card ? `/sys/class/drm/${card}/device` : undefined;
}

export { parseDpm } from './drivers/amdgpu.ts';
