// SPDX-License-Identifier: AGPL-3.0-or-later
// Utilisation from two readings of one DRM client (docs/collectors.md):
//   ns engines:     Δbusy / (Δwall × capacity)
//   cycles engines: Δcycles / (Δtotal_cycles × capacity)   (xe: GPU timestamps, no CPU jitter)
// Counters that go backwards keep the larger previous value and give 0 for that interval (spec);
// a client seen for the first time has no utilisation yet.
import type { DrmEngineCounters, DrmFdinfo } from './drm-fdinfo.ts';
import { nullDict } from './parse-util.ts';

interface EngineMark {
  busyNs?: bigint;
  cycles?: bigint;
  totalCycles?: bigint;
}

interface ClientMark {
  atNs: bigint;
  engines: Record<string, EngineMark>;
  /** the keys of `engines` in the order they came: listing a null-prototype record's keys sorts and allocates */
  names: string[];
  seen: number;
}

export class UsageTracker {
  private marks = new Map<string, ClientMark>();
  private generation = 0;

  /** Starts a sample: clients not updated until `endSample()` are forgotten then. */
  beginSample(): void {
    this.generation += 1;
  }

  endSample(): void {
    for (const [k, m] of this.marks) if (m.seen !== this.generation) this.marks.delete(k);
  }

  get size(): number {
    return this.marks.size;
  }

  /**
   * Engine → percent (0…100) since the previous reading of this client; undefined the first time.
   * A known client's marks are updated in place: the tracker runs every second for every client,
   * and fresh marks each time would be garbage that outlives a tick (and a young-generation GC).
   */
  update(key: string, info: DrmFdinfo, atNs: bigint): Record<string, number> | undefined {
    const out: Record<string, number> = nullDict();
    return this.updateInto(key, info, atNs, out) ? out : undefined;
  }

  /**
   * update() into the caller's record: each engine's percent set in `out`, nothing else of it
   * touched; false (and `out` untouched) the first time. The sampler empties one record for every
   * client instead of a new null-prototype record (a dictionary in V8, ≈ 0.7 KB) per client per sample.
   */
  updateInto(
    key: string,
    info: DrmFdinfo,
    atNs: bigint,
    out: Record<string, number>,
    /** `Object.keys(info.engines)`, where the caller has them (the sampler lists them once per client) */
    names: readonly string[] = Object.keys(info.engines),
  ): boolean {
    const prev = this.marks.get(key);
    if (!prev) {
      const engines = nullDict<EngineMark>();
      for (const name of names) {
        const e = info.engines[name];
        engines[name] = { busyNs: e.busyNs, cycles: e.cycles, totalCycles: e.totalCycles };
      }
      this.marks.set(key, { atNs, engines, names: [...names], seen: this.generation });
      return false;
    }
    const wallNs = Number(atNs - prev.atNs);
    for (const name of names) {
      const e = info.engines[name];
      const before = prev.engines[name];
      if (!before) {
        prev.engines[name] = { busyNs: e.busyNs, cycles: e.cycles, totalCycles: e.totalCycles };
        prev.names.push(name);
        continue;
      }
      out[name] = percent(before, e, wallNs);
      before.busyNs = maxBig(before.busyNs, e.busyNs);
      before.cycles = maxBig(before.cycles, e.cycles);
      before.totalCycles = maxBig(before.totalCycles, e.totalCycles);
    }
    // amdgpu omits engines with zero usage: their marks stay so a later line diffs correctly. The
    // marks now hold every name of `names`: as many names as `names` means none is missing.
    if (prev.names.length !== names.length)
      for (const name of prev.names) if (info.engines[name] === undefined) out[name] ??= 0;
    prev.atNs = atNs;
    prev.seen = this.generation;
    return true;
  }

  /** Every engine the client's marks know: after updateInto(), the keys it wrote and the client's own. */
  engineNames(key: string): readonly string[] | undefined {
    return this.marks.get(key)?.names;
  }
}

function maxBig(a: bigint | undefined, b: bigint | undefined): bigint | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * now − before as a number (0 when the counter went backwards). Below 2^53 (a counter's first 104
 * days of ns) both convert exactly, so the difference of the numbers is the exact one, and no
 * BigInt is allocated for it: this runs for every engine of every client every second.
 */
function positiveDelta(now: bigint | undefined, before: bigint | undefined): number | undefined {
  if (now === undefined || before === undefined) return undefined;
  if (now <= before) return 0;
  return now <= SAFE ? Number(now) - Number(before) : Number(now - before);
}

export function percent(before: EngineMark, now: DrmEngineCounters, wallNs: number): number {
  const cap = now.capacity > 0 ? now.capacity : 1;
  const dCycles = positiveDelta(now.cycles, before.cycles);
  const dTotal = positiveDelta(now.totalCycles, before.totalCycles);
  let p = 0;
  if (dCycles !== undefined && dTotal !== undefined) {
    p = dTotal === 0 ? 0 : (dCycles / (dTotal * cap)) * 100;
  } else {
    const dBusy = positiveDelta(now.busyNs, before.busyNs);
    if (dBusy === undefined || wallNs <= 0) return 0;
    p = (dBusy / (wallNs * cap)) * 100;
  }
  return clampPercent(p);
}

export function clampPercent(p: number): number {
  if (!Number.isFinite(p) || p < 0) return 0;
  return p > 100 ? 100 : Math.round(p * 100) / 100;
}
