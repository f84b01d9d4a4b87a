// SPDX-License-Identifier: AGPL-3.0-or-later
// Sums per-client utilisation into per-process, per-owner (container or "host") and per-GPU figures.
// Clients of one engine share its capacity, so sums are clamped at 100 %.
import type { EnginePercents, OwnerUsage, ProcessUsage } from '../api/types.ts';
import { nullDict } from './parse-util.ts';
import { clampPercent } from './usage-math.ts';

/**
 * Adds `add`'s engines into its process's, owner's and GPU's records at once, summed raw
 * (`finish()` clamps and rounds once at the end). Its keys are listed once: each for…in over a
 * null-prototype record (a dictionary-mode object) collects and sorts the keys anew.
 */
function addEnginesTo(
  a: EnginePercents,
  b: EnginePercents,
  c: EnginePercents,
  add: EnginePercents,
  keys: readonly string[],
): void {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = add[k];
    a[k] = (a[k] ?? 0) + v;
    b[k] = (b[k] ?? 0) + v;
    c[k] = (c[k] ?? 0) + v;
  }
}

function finish(e: EnginePercents): EnginePercents {
  for (const k in e) e[k] = clampPercent(e[k]);
  return e;
}

type OwnerAcc = OwnerUsage & { pids: Set<number>; instances?: Set<number> };

/** Nested maps (GPU → PID / owner) rather than joined string keys: a sample adds every client. */
export class UsageAggregator {
  private readonly procs = new Map<string, Map<number, ProcessUsage>>();
  private readonly ownerMap = new Map<string, Map<string, OwnerAcc>>();
  readonly gpus = new Map<string, { engines: EnginePercents; memoryBytes: number }>();

  add(
    p: Omit<ProcessUsage, 'engines' | 'memoryBytes'>,
    engines: EnginePercents,
    memoryBytes: number,
    /** `Object.keys(engines)`, where the caller keeps them (the sampler's one record for every client) */
    keys: readonly string[] = Object.keys(engines),
  ): void {
    let byPid = this.procs.get(p.gpu);
    if (!byPid) {
      byPid = new Map();
      this.procs.set(p.gpu, byPid);
    }
    let proc = byPid.get(p.pid);
    if (!proc) {
      proc = {
        pid: p.pid,
        nspid: p.nspid,
        owner: p.owner,
        comm: p.comm,
        gpu: p.gpu,
        engines: nullDict(),
        memoryBytes: 0,
      };
      if (p.nspid === undefined) delete proc.nspid;
      if (p.gpuInstance !== undefined) proc.gpuInstance = p.gpuInstance;
      if (p.computeInstance !== undefined) proc.computeInstance = p.computeInstance;
      if (p.utilisationUnknown) proc.utilisationUnknown = true;
      byPid.set(p.pid, proc);
    }
    proc.memoryBytes += memoryBytes;
    let byOwner = this.ownerMap.get(p.gpu);
    if (!byOwner) {
      byOwner = new Map();
      this.ownerMap.set(p.gpu, byOwner);
    }
    let o = byOwner.get(p.owner);
    if (!o) {
      o = { owner: p.owner, gpu: p.gpu, engines: nullDict(), memoryBytes: 0, processes: 0, pids: new Set() };
      byOwner.set(p.owner, o);
    }
    o.memoryBytes += memoryBytes;
    o.pids.add(p.pid);
    if (p.gpuInstance !== undefined) {
      o.instances ??= new Set();
      o.instances.add(p.gpuInstance);
    }
    let g = this.gpus.get(p.gpu);
    if (!g) {
      g = { engines: nullDict(), memoryBytes: 0 };
      this.gpus.set(p.gpu, g);
    }
    g.memoryBytes += memoryBytes;
    addEnginesTo(proc.engines, o.engines, g.engines, engines, keys);
  }

  /** Bytes added so far for `pid` on `gpu` (0 where none). */
  processMemory(gpu: string, pid: number): number {
    return this.procs.get(gpu)?.get(pid)?.memoryBytes ?? 0;
  }

  ownerList(): OwnerUsage[] {
    const out: OwnerUsage[] = [];
    for (const byOwner of this.ownerMap.values()) {
      for (const o of byOwner.values()) {
        const owner: OwnerUsage = {
          owner: o.owner,
          gpu: o.gpu,
          engines: finish(o.engines),
          memoryBytes: o.memoryBytes,
          processes: o.pids.size,
        };
        if (o.instances) owner.gpuInstances = [...o.instances].sort((a, b) => a - b);
        out.push(owner);
      }
    }
    // equal ids compared first: localeCompare (ICU collation) was 3 % of the collector's main thread
    return out.sort(
      (a, b) => (a.gpu === b.gpu ? 0 : a.gpu.localeCompare(b.gpu)) || ownerOrder(a.owner, b.owner),
    );
  }

  /** Whole-GPU sums of all clients, clamped. */
  gpuEngines(gpu: string): EnginePercents | undefined {
    const g = this.gpus.get(gpu);
    return g ? finish(Object.assign(nullDict<number>(), g.engines)) : undefined;
  }

  processList(): ProcessUsage[] {
    const out: ProcessUsage[] = [];
    for (const byPid of this.procs.values()) {
      for (const p of byPid.values()) {
        finish(p.engines);
        out.push(p);
      }
    }
    return out.sort((a, b) => ownerOrder(a.owner, b.owner) || a.pid - b.pid);
  }
}

/** Containers by vmid, "host" last. */
export function ownerOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'host') return 1;
  if (b === 'host') return -1;
  return Number(a) - Number(b);
}
