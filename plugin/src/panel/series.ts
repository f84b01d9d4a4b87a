// SPDX-License-Identifier: AGPL-3.0-or-later
// Time series behind the charts: history points from the shim plus the live 1 s samples,
// bucketed to the chart's width with the chosen consolidation (like PVE's RRD views).
import type { ConsolidationFn, Timeframe } from '../../../api-shim/src/api/types.ts';

export interface Point {
  /** ms since epoch */
  t: number;
  v: number;
}

export const TIMEFRAME_MS: Record<Timeframe, number> = {
  hour: 3600_000,
  day: 86400_000,
  week: 7 * 86400_000,
};

/** A fixed-size ring of live points: memory stays flat however long the tab is open. */
export class LiveRing {
  private readonly t: Float64Array;
  private readonly v: Float64Array;
  private start = 0;
  private size = 0;

  constructor(readonly capacity: number) {
    this.t = new Float64Array(capacity);
    this.v = new Float64Array(capacity);
  }

  push(t: number, v: number): void {
    const i = (this.start + this.size) % this.capacity;
    this.t[i] = t;
    this.v[i] = v;
    if (this.size < this.capacity) this.size += 1;
    else this.start = (this.start + 1) % this.capacity;
  }

  get length(): number {
    return this.size;
  }

  points(since = Number.NEGATIVE_INFINITY): Point[] {
    const out: Point[] = [];
    for (let k = 0; k < this.size; k++) {
      const i = (this.start + k) % this.capacity;
      if (this.t[i] >= since) out.push({ t: this.t[i], v: this.v[i] });
    }
    return out;
  }

  clear(): void {
    this.start = 0;
    this.size = 0;
  }
}

/**
 * Buckets points (sorted or not) into `buckets` equal slots over [end - span, end]. Empty
 * slots are NaN so the chart shows a gap rather than a made-up zero (a single one is bridged).
 */
export function bucketize(
  points: Point[],
  end: number,
  span: number,
  buckets: number,
  cf: ConsolidationFn,
): number[] {
  const sum = new Float64Array(buckets);
  const cnt = new Uint32Array(buckets);
  const max = new Float64Array(buckets).fill(Number.NEGATIVE_INFINITY);
  const begin = end - span;
  const width = span / buckets;
  for (const p of points) {
    if (p.t < begin || p.t > end || !Number.isFinite(p.v)) continue;
    const i = Math.min(buckets - 1, Math.floor((p.t - begin) / width));
    sum[i] += p.v;
    cnt[i] += 1;
    if (p.v > max[i]) max[i] = p.v;
  }
  const out = new Array<number>(buckets);
  for (let i = 0; i < buckets; i++) {
    out[i] = cnt[i] === 0 ? Number.NaN : cf === 'MAX' ? max[i] : sum[i] / cnt[i];
  }
  // A lone empty bucket between two full ones is timer jitter (two 1 s samples landed in one
  // bucket), not an outage: bridge it instead of drawing a gap.
  for (let i = 1; i < buckets - 1; i++) {
    if (cnt[i] === 0 && cnt[i - 1] > 0 && cnt[i + 1] > 0) out[i] = (out[i - 1] + out[i + 1]) / 2;
  }
  return out;
}

/** History points first, then the live ones newer than the last history point. */
export function mergeSeries(history: Point[], live: Point[]): Point[] {
  const last = history.length ? history[history.length - 1].t : Number.NEGATIVE_INFINITY;
  return history.concat(live.filter((p) => p.t > last));
}
