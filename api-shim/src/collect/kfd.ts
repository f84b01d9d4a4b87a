// SPDX-License-Identifier: AGPL-3.0-or-later
// AMD ROCm compute (Ollama on AMD, PyTorch …) never shows in DRM fdinfo: its processes open
// /dev/kfd, and the kernel lists each of them under /sys/class/kfd/kfd/proc/<pid>/ (host PIDs) with,
// per GPU (drivers/gpu/drm/amd/amdkfd/kfd_process.c, kfd_procfs_add_sysfs_files and
// kfd_procfs_add_sysfs_stats):
//   vram_<gpuid>               bytes of VRAM the process holds
//   sdma_<gpuid>               SDMA (copy engine) activity, a counter in µs (÷ SDMA_ACTIVITY_DIVISOR)
//   stats_<gpuid>/cu_occupancy compute units its waves occupy now (wave count ÷ waves per CU)
// <gpuid> is the KFD topology's id: /sys/class/kfd/kfd/topology/nodes/<n>/gpu_id, whose node
// `properties` give the PCI location (domain, location_id = bus << 8 | devfn) and the CU count
// (simd_count ÷ simd_per_cu). Only this directory is read: no fd walk is needed to find ROCm users.
import { readdirSync } from 'node:fs';
import { type HostRoot, isGone } from '../host/host-root.ts';
import { parseIntFile } from './parse-util.ts';

const KFD = '/sys/class/kfd/kfd';

export interface KfdGpu {
  /** PCI address of the GPU */
  pci: string;
  /** compute units of the GPU (0 when unknown) */
  cus: number;
}

export interface KfdProcessReading {
  pid: number;
  pci: string;
  vramBytes: number;
  /** percent of the interval the process kept an SDMA engine busy (undefined on the first reading) */
  sdmaPercent?: number;
  /** percent of the GPU's compute units its waves occupy now */
  cuPercent?: number;
}

/** `properties` of a KFD topology node: "key value" lines. */
export function parseKfdProperties(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^([a-z_0-9]+)\s+(\d+)$/.exec(line.trim());
    if (m) out.set(m[1], Number(m[2]));
  }
  return out;
}

/** location_id (bus << 8 | devfn) and domain → "0000:03:00.0". */
export function kfdPci(domain: number, locationId: number): string {
  const bus = (locationId >> 8) & 0xff;
  const devfn = locationId & 0xff;
  const hex = (n: number, w: number) => n.toString(16).padStart(w, '0');
  return `${hex(domain, 4)}:${hex(bus, 2)}:${hex(devfn >> 3, 2)}.${devfn & 7}`;
}

export class KfdReader {
  private topology?: Map<string, KfdGpu>;
  /** No KFD on this host (amdgpu's KFD not loaded): not looked for again until forgetTopology(). */
  private absent = false;
  private readonly sdma = new Map<string, { us: number; atMs: number }>();

  constructor(private readonly host: HostRoot) {}

  /** Re-read the topology at the next sample (the sampler's inventory refresh). */
  forgetTopology(): void {
    this.topology = undefined;
    this.absent = false;
  }

  private async readTopology(): Promise<Map<string, KfdGpu>> {
    const out = new Map<string, KfdGpu>();
    for (const n of await this.host.readdir(`${KFD}/topology/nodes`)) {
      const base = `${KFD}/topology/nodes/${n}`;
      const id = (await this.host.readText(`${base}/gpu_id`, 64))?.trim();
      if (!id || id === '0') continue; // CPU nodes have gpu_id 0
      const p = parseKfdProperties((await this.host.readText(`${base}/properties`, 16384)) ?? '');
      const location = p.get('location_id');
      if (location === undefined) continue;
      const simdPerCu = p.get('simd_per_cu') ?? 0;
      out.set(id, {
        pci: kfdPci(p.get('domain') ?? 0, location),
        cus: simdPerCu > 0 ? Math.floor((p.get('simd_count') ?? 0) / simdPerCu) : 0,
      });
    }
    return out;
  }

  /**
   * The KFD's process list, read synchronously: a sysfs directory the kernel generates, looked at
   * every sample — on most hosts to find it absent. An async readdir is a trip through libuv's
   * thread pool that costs the 1 Hz tick more wall time than every fdinfo read together. Where it
   * is absent, that is remembered until the next inventory refresh (forgetTopology): a missing
   * directory is an exception with a stack trace, and a KFD that appears (amdgpu loaded) brings a
   * GPU the sampler only lists from that refresh on anyway.
   */
  private processDirs(): string[] {
    if (this.absent) return [];
    try {
      return readdirSync(this.host.resolve(`${KFD}/proc`));
    } catch (err) {
      if (!isGone(err)) throw err;
      this.absent = true;
      return [];
    }
  }

  /**
   * Every ROCm process's per-GPU figures; SDMA % from the previous reading of the same process.
   * Without one (most hosts: no KFD, or nobody computing) the empty list itself, not a promise of
   * it: the sampler's tick then goes on without a microtask turn.
   */
  read(nowMs: number): readonly KfdProcessReading[] | Promise<readonly KfdProcessReading[]> {
    const pids = this.processDirs().filter((p) => /^\d+$/.test(p));
    if (pids.length === 0) {
      if (this.sdma.size > 0) this.sdma.clear();
      return NO_READINGS;
    }
    return this.readProcesses(pids, nowMs);
  }

  private async readProcesses(pids: string[], nowMs: number): Promise<KfdProcessReading[]> {
    this.topology ??= await this.readTopology();
    const out: KfdProcessReading[] = [];
    const seen = new Set<string>();
    for (const pid of pids) {
      const dir = `${KFD}/proc/${pid}`;
      for (const name of await this.host.readdir(dir)) {
        const m = /^vram_(\d+)$/.exec(name);
        if (!m) continue;
        const gpu = this.topology.get(m[1]);
        if (!gpu) continue;
        const num = async (p: string) =>
          parseIntFile(await this.host.readText(`${dir}/${p}`, 64).catch(() => undefined));
        const r: KfdProcessReading = {
          pid: Number(pid),
          pci: gpu.pci,
          vramBytes: (await num(name)) ?? 0,
        };
        const sdmaUs = await num(`sdma_${m[1]}`);
        const key = `${pid}/${m[1]}`;
        seen.add(key);
        if (sdmaUs !== undefined) {
          const prev = this.sdma.get(key);
          if (prev && nowMs > prev.atMs)
            r.sdmaPercent = clamp((Math.max(0, sdmaUs - prev.us) / ((nowMs - prev.atMs) * 1000)) * 100);
          this.sdma.set(key, { us: sdmaUs, atMs: nowMs });
        }
        const cu = await num(`stats_${m[1]}/cu_occupancy`);
        if (cu !== undefined && gpu.cus > 0) r.cuPercent = clamp((cu / gpu.cus) * 100);
        out.push(r);
      }
    }
    for (const k of this.sdma.keys()) if (!seen.has(k)) this.sdma.delete(k);
    return out;
  }
}

const NO_READINGS: readonly KfdProcessReading[] = Object.freeze([]);

function clamp(p: number): number {
  return Math.max(0, Math.min(100, Math.round(p * 100) / 100));
}
