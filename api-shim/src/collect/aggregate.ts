// SPDX-License-Identifier: AGPL-3.0-or-later
// Sums per-client utilisation into per-process, per-owner (container or "host") and per-GPU figures.
// Clients of one engine share its capacity, so sums are clamped at 100 %.
import type { EnginePercents, OwnerUsage, ProcessUsage } from '../api/types.ts';
import { clampPercent } from './usage-math.ts';

/** Sums raw; `finish()` clamps and rounds once at the end. */
export function addEngines(into: EnginePercents, add: EnginePercents): void {
  for (const k in add) into[k] = (into[k] ?? 0) + add[k];
}

function finish(e: EnginePercents): EnginePercents {
  for (const k in e) e[k] = clampPercent(e[k]);
  return e;
}

export class UsageAggregator {
  readonly processes = new Map<string, ProcessUsage>();
  readonly owners = new Map<string, OwnerUsage & { pids: Set<number> }>();
  readonly gpus = new Map<string, { engines: EnginePercents; memoryBytes: number }>();

  add(p: Omit<ProcessUsage, 'engines' | 'memoryBytes'>, engines: EnginePercents, memoryBytes: number): void {
    const pk = `${p.pid}\t${p.gpu}`;
    let proc = this.processes.get(pk);
    if (!proc) {
      proc = { ...p, engines: {}, memoryBytes: 0 };
      this.processes.set(pk, proc);
    }
    addEngines(proc.engines, engines);
    proc.memoryBytes += memoryBytes;
    const ok = `${p.owner}\t${p.gpu}`;
    let o = this.owners.get(ok);
    if (!o) {
      o = { owner: p.owner, gpu: p.gpu, engines: {}, memoryBytes: 0, processes: 0, pids: new Set() };
      this.owners.set(ok, o);
    }
    addEngines(o.engines, engines);
    o.memoryBytes += memoryBytes;
    o.pids.add(p.pid);
    o.processes = o.pids.size;
    let g = this.gpus.get(p.gpu);
    if (!g) {
      g = { engines: {}, memoryBytes: 0 };
      this.gpus.set(p.gpu, g);
    }
    addEngines(g.engines, engines);
    g.memoryBytes += memoryBytes;
  }

  ownerList(): OwnerUsage[] {
    return [...this.owners.values()]
      .map(({ pids: _pids, ...o }) => ({ ...o, engines: finish(o.engines) }))
      .sort((a, b) => a.gpu.localeCompare(b.gpu) || ownerOrder(a.owner, b.owner));
  }

  /** Whole-GPU sums of all clients, clamped. */
  gpuEngines(gpu: string): EnginePercents | undefined {
    const g = this.gpus.get(gpu);
    return g ? finish({ ...g.engines }) : undefined;
  }

  processList(): ProcessUsage[] {
    for (const p of this.processes.values()) finish(p.engines);
    return [...this.processes.values()].sort((a, b) => ownerOrder(a.owner, b.owner) || a.pid - b.pid);
  }
}

/** Containers by vmid, "host" last. */
export function ownerOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'host') return 1;
  if (b === 'host') return -1;
  return Number(a) - Number(b);
}
