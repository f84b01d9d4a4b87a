// SPDX-License-Identifier: AGPL-3.0-or-later
// One history series (a container's use of one GPU, or one GPU as a whole): minute aggregates
// (average and maximum per engine and for memory) in fixed-size rings of Float32, plus the open
// minute's accumulator. Memory: 4 bytes × RETENTION_MINUTES (12 960) per column ≈ 52 KB;
// columns = 2 × (engines + 1). A typical series (5 engines) is ≈ 620 KB.
import { RETENTION_MINUTES } from './timeframes.ts';

export interface MinutePoint {
  minute: number;
  avg: Record<string, number>;
  max: Record<string, number>;
}

const MEM = '#mem';
/** A day of minutes: five minutes between saves is the usual case. */
const MAX_CHANGED = 1440;

export class Series {
  readonly capacity: number;
  private readonly minutes: Int32Array;
  private readonly avg = new Map<string, Float32Array>();
  private readonly max = new Map<string, Float32Array>();
  private acc: { minute: number; n: number; sum: Map<string, number>; max: Map<string, number> } | undefined;
  lastUpdateMs = 0;
  dirty = false;
  /**
   * Minutes written into the rings since the store last took them (its journal appends only
   * those); `undefined` once more than MAX_CHANGED piled up (a back-fill, a store never saved):
   * then only a whole rewrite persists them, and nothing grows without bound.
   */
  private changed: number[] | undefined = [];

  constructor(capacity = RETENTION_MINUTES) {
    this.capacity = capacity;
    this.minutes = new Int32Array(capacity).fill(-1);
  }

  get columns(): string[] {
    return [...this.avg.keys()];
  }

  /** Adds one sample (engines in %, memory in bytes); closes the previous minute when it changes. */
  add(timeMs: number, engines: Record<string, number>, memoryBytes?: number): void {
    const minute = Math.floor(timeMs / 60_000);
    if (this.acc && this.acc.minute !== minute) this.close();
    this.acc ??= { minute, n: 0, sum: new Map(), max: new Map() };
    const a = this.acc;
    a.n += 1;
    // every second for every series: no entries array, no pairs
    for (const k of Object.keys(engines)) accumulate(a, k, engines[k]);
    if (memoryBytes !== undefined) accumulate(a, MEM, memoryBytes);
    this.lastUpdateMs = timeMs;
  }

  /** Writes the open minute into the rings. */
  close(): void {
    const a = this.acc;
    if (!a) return;
    this.acc = undefined;
    this.put(accumulated(a));
  }

  put(p: MinutePoint): void {
    const slot = p.minute % this.capacity;
    const fresh = this.minutes[slot] !== p.minute;
    this.minutes[slot] = p.minute;
    if (this.changed) {
      if (this.changed.length < MAX_CHANGED) this.changed.push(p.minute);
      else this.changed = undefined;
    }
    for (const col of new Set([...this.avg.keys(), ...Object.keys(p.avg)])) {
      const a = this.column(this.avg, col);
      const m = this.column(this.max, col);
      // A column missing from this minute is 0 (an engine idle or not yet seen), except memory.
      a[slot] = p.avg[col] ?? (fresh ? (col === MEM ? Number.NaN : 0) : a[slot]);
      m[slot] = p.max[col] ?? (fresh ? (col === MEM ? Number.NaN : 0) : m[slot]);
    }
    this.dirty = true;
  }

  private column(map: Map<string, Float32Array>, col: string): Float32Array {
    let c = map.get(col);
    if (!c) {
      c = new Float32Array(this.capacity).fill(Number.NaN);
      map.set(col, c);
    }
    return c;
  }

  /** The stored minute, the open one included (so a chart's last point is live). */
  get(minute: number): MinutePoint | undefined {
    const slot = ((minute % this.capacity) + this.capacity) % this.capacity;
    if (this.acc?.minute === minute) {
      // As close() will write it (put()): an engine column the minute lacks is 0 (idle), memory none;
      // the open row is saved every 5 minutes and must not differ from the closed one (null vs 0).
      const p = accumulated(this.acc);
      const fresh = this.minutes[slot] !== minute;
      for (const [k, col] of this.avg) {
        if (k in p.avg) continue;
        const v = fresh ? (k === MEM ? Number.NaN : 0) : col[slot];
        const mv = fresh ? v : (this.max.get(k)?.[slot] ?? Number.NaN);
        if (!Number.isNaN(v)) p.avg[k] = v;
        if (!Number.isNaN(mv)) p.max[k] = mv;
      }
      return p;
    }
    if (minute < 0 || this.minutes[slot] !== minute) return undefined;
    const avg: Record<string, number> = Object.create(null);
    const max: Record<string, number> = Object.create(null);
    for (const [k, col] of this.avg) {
      const v = col[slot];
      if (!Number.isNaN(v)) avg[k] = v;
      const mv = this.max.get(k)?.[slot];
      if (mv !== undefined && !Number.isNaN(mv)) max[k] = mv;
    }
    return { minute, avg, max };
  }

  /** The open minute's partial aggregate, if any. */
  current(): MinutePoint | undefined {
    return this.acc ? this.get(this.acc.minute) : undefined;
  }

  /** Every stored minute not older than `fromMinute` (persistence). */
  points(fromMinute: number): MinutePoint[] {
    const out: MinutePoint[] = [];
    for (let slot = 0; slot < this.capacity; slot++) {
      const m = this.minutes[slot];
      if (m >= fromMinute) {
        const p = this.get(m);
        if (p) out.push(p);
      }
    }
    return out.sort((a, b) => a.minute - b.minute);
  }

  /**
   * The persisted rows of every minute not older than `fromMinute`, the open one last, as JSON text:
   * `[minute, avg₁, max₁, avg₂, max₂, …]` per `columns` (the columns with a value in that range,
   * sorted; null where none). The same text as encoding `points()` (and `current()`) would give,
   * written straight from the rings: nine days of a series are 12 960 minutes, and a point object
   * with two records for each made every 5-minute save cost a second of CPU and 100 MB of heap.
   */
  persisted(fromMinute: number): { columns: string[]; rows: string[] } {
    const { columns, minutes, open } = this.persistedLayout(fromMinute);
    return { columns, rows: this.rows(minutes, columns, open) };
  }

  /**
   * The same rows as `persisted`, joined by commas in pieces of at most `perPiece` rows: a
   * compaction writes a series piece by piece, so no more than one piece's text is alive at once.
   */
  persistedPieces(fromMinute: number, perPiece: number): { columns: string[]; pieces: Iterable<string> } {
    const { columns, minutes, open } = this.persistedLayout(fromMinute);
    const self = this;
    function* pieces(): Generator<string> {
      for (let i = 0; i < minutes.length || (i === 0 && open); i += perPiece) {
        const last = i + perPiece >= minutes.length;
        yield self.rows(minutes.slice(i, i + perPiece), columns, last ? open : undefined).join(',');
      }
    }
    return { columns, pieces: pieces() };
  }

  private persistedLayout(fromMinute: number): {
    columns: string[];
    minutes: number[];
    open: MinutePoint | undefined;
  } {
    const minutes: number[] = [];
    for (let slot = 0; slot < this.capacity; slot++) {
      const m = this.minutes[slot];
      if (m >= fromMinute && m !== this.acc?.minute) minutes.push(m);
    }
    minutes.sort((a, b) => a - b);
    const open = this.current();
    const used = new Set<string>();
    for (const [k, col] of this.avg) {
      for (const m of minutes) {
        if (!Number.isNaN(col[m % this.capacity])) {
          used.add(k);
          break;
        }
      }
    }
    if (open) for (const k of Object.keys(open.avg)) used.add(k);
    return { columns: [...used].sort(), minutes, open };
  }

  /**
   * The minutes written since the last call (the journal's share of a save), as `persisted` rows
   * for every minute still in the rings and not older than `fromMinute`, the open minute's partial
   * last; `undefined` when too many changed to list (the caller rewrites everything instead).
   * The open minute is always included (it changes every second), so its row comes again, closed,
   * in a later call.
   */
  takeChanged(fromMinute: number): { columns: string[]; rows: string[]; minutes: number[] } | undefined {
    const changed = this.changed;
    this.changed = [];
    if (!changed) return undefined;
    const minutes = [...new Set(changed)]
      .filter((m) => m >= fromMinute && m !== this.acc?.minute && this.minutes[m % this.capacity] === m)
      .sort((a, b) => a - b);
    const open = this.current();
    const columns = new Set(this.avg.keys());
    if (open) for (const k of Object.keys(open.avg)) columns.add(k);
    const sorted = [...columns].sort();
    return { columns: sorted, rows: this.rows(minutes, sorted, open), minutes: changed };
  }

  /** Gives back minutes taken by `takeChanged` whose write failed, so the next save retries them. */
  restoreChanged(minutes: readonly number[]): void {
    if (!this.changed) return;
    if (this.changed.length + minutes.length > MAX_CHANGED) this.changed = undefined;
    else this.changed.unshift(...minutes);
  }

  /** Forgets the changes (everything was just rewritten, or just loaded). */
  clearChanged(): void {
    this.changed = [];
  }

  private rows(
    minutes: readonly number[],
    columns: readonly string[],
    open: MinutePoint | undefined,
  ): string[] {
    const avg = columns.map((c) => this.avg.get(c));
    const max = columns.map((c) => this.max.get(c));
    const rows: string[] = [];
    for (const m of minutes) {
      const slot = m % this.capacity;
      let row = `[${m}`;
      for (let i = 0; i < columns.length; i++) {
        row += `,${persistedValue(avg[i]?.[slot])},${persistedValue(max[i]?.[slot])}`;
      }
      rows.push(`${row}]`);
    }
    if (open) {
      let row = `[${open.minute}`;
      for (const c of columns) row += `,${persistedValue(open.avg[c])},${persistedValue(open.max[c])}`;
      rows.push(`${row}]`);
    }
    return rows;
  }

  static readonly MEMORY_COLUMN = MEM;
}

/** A stored value as the history file holds it: two decimals, null for none. */
export function persistedValue(v: number | undefined): string {
  if (v === undefined) return 'null';
  const hundredths = Math.round(v * 100);
  // Percentages (0.00 … 100.00) from a table: a double's shortest text costs hundreds of ns, and a
  // save writes a million of them. Built with the same String(n / 100), so the text is identical.
  if (hundredths >= 0 && hundredths <= 10_000) {
    PERCENT_TEXT ??= Array.from({ length: 10_001 }, (_, i) => String(i / 100));
    return PERCENT_TEXT[hundredths];
  }
  const r = hundredths / 100;
  return Number.isFinite(r) ? String(r) : 'null'; // as JSON.stringify writes NaN and ±Infinity
}

let PERCENT_TEXT: string[] | undefined;

/** The open minute's averages and maxima, as far as its samples go. */
function accumulated(a: {
  minute: number;
  n: number;
  sum: Map<string, number>;
  max: Map<string, number>;
}): MinutePoint {
  const avg: Record<string, number> = Object.create(null);
  const max: Record<string, number> = Object.create(null);
  for (const [k, s] of a.sum) {
    avg[k] = s / a.n;
    max[k] = a.max.get(k) ?? 0;
  }
  return { minute: a.minute, avg, max };
}

function accumulate(a: { sum: Map<string, number>; max: Map<string, number> }, k: string, v: number): void {
  a.sum.set(k, (a.sum.get(k) ?? 0) + v);
  a.max.set(k, Math.max(a.max.get(k) ?? 0, v));
}
