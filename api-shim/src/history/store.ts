// SPDX-License-Identifier: AGPL-3.0-or-later
// Usage history per (container, GPU) and per GPU, consolidated like PVE's RRD charts (hour/day/week,
// AVERAGE/MAX). Minute aggregates live in memory (series.ts) and are saved to
// <stateDir>/usage-history.json every few minutes and on stop, atomically (temp file + rename).
// A corrupt file is logged, moved aside and replaced — never fatal.
// Memory bound: at most MAX_SERIES series (least recently updated evicted), each ≤ 2 × (engines + 1)
// columns of 52 KB; series idle for the whole retention are dropped.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type {
  ConsolidationFn,
  ContainerHistory,
  EnginePercents,
  HistoryPoint,
  NodeHistory,
  Timeframe,
} from '../api/types.ts';
import { type MinutePoint, Series } from './series.ts';
import { RETENTION_MINUTES, TIMEFRAMES } from './timeframes.ts';

export const MAX_SERIES = 128;
const WHOLE = '*';
const FILE = 'usage-history.json';
const FORMAT = 'pve-gpu-tab usage history v1';

type Logger = (
  level: 'debug' | 'info' | 'warn' | 'error',
  msg: string,
  fields?: Record<string, unknown>,
) => void;

export interface HistoryOptions {
  stateDir?: string;
  logger?: Logger;
  /** minutes kept; default RETENTION_MINUTES (9 days) */
  retentionMinutes?: number;
}

export class HistoryStore {
  private readonly series = new Map<string, Series>();
  private readonly retention: number;

  constructor(private readonly opts: HistoryOptions = {}) {
    this.retention = opts.retentionMinutes ?? RETENTION_MINUTES;
  }

  /** Records one sample: each owner's use of each GPU, and each GPU's whole engines. */
  record(
    timeMs: number,
    owners: ReadonlyArray<{ owner: string; gpu: string; engines: EnginePercents; memoryBytes: number }>,
    gpus: ReadonlyArray<{ gpu: string; engines: EnginePercents; memoryBytes?: number }>,
  ): void {
    for (const o of owners) this.get(o.owner, o.gpu, timeMs).add(timeMs, o.engines, o.memoryBytes);
    for (const g of gpus) this.get(WHOLE, g.gpu, timeMs).add(timeMs, g.engines, g.memoryBytes);
  }

  get size(): number {
    return this.series.size;
  }

  /** Stores one finished minute directly (imports, the demo's back-filled week). */
  putMinute(owner: string, gpu: string, point: MinutePoint): void {
    const s = this.get(owner, gpu, point.minute * 60_000);
    s.put(point);
    s.lastUpdateMs = Math.max(s.lastUpdateMs, point.minute * 60_000);
  }

  /** The owner key of whole-GPU series. */
  static readonly WHOLE_GPU = WHOLE;

  private get(owner: string, gpu: string, nowMs: number): Series {
    const key = `${owner}\t${gpu}`;
    let s = this.series.get(key);
    if (!s) {
      this.evict(nowMs);
      s = new Series(this.retention);
      this.series.set(key, s);
    }
    return s;
  }

  private evict(nowMs: number): void {
    for (const [k, s] of this.series) {
      if (nowMs - s.lastUpdateMs > this.retention * 60_000 && s.lastUpdateMs > 0) this.series.delete(k);
    }
    while (this.series.size >= MAX_SERIES) {
      let oldest: string | undefined;
      let at = Number.POSITIVE_INFINITY;
      for (const [k, s] of this.series) {
        if (s.lastUpdateMs < at) {
          at = s.lastUpdateMs;
          oldest = k;
        }
      }
      if (oldest === undefined) break;
      this.series.delete(oldest);
    }
  }

  /** Start minute of the first step and the step in minutes of a time frame ending now. */
  private window(timeframe: Timeframe, nowMs: number) {
    const { stepS, points } = TIMEFRAMES[timeframe];
    const stepMin = stepS / 60;
    const nowMin = Math.floor(nowMs / 60_000);
    const lastStart = Math.floor(nowMin / stepMin) * stepMin;
    return { stepS, stepMin, points, firstStart: lastStart - (points - 1) * stepMin };
  }

  query(vmid: string, timeframe: Timeframe, cf: ConsolidationFn, nowMs = Date.now()): ContainerHistory {
    const { stepS, stepMin, points, firstStart } = this.window(timeframe, nowMs);
    const gpus = new Set<string>();
    for (const key of this.series.keys()) {
      const [owner, gpu] = key.split('\t');
      if (owner === vmid || owner === WHOLE) gpus.add(gpu);
    }
    const series: ContainerHistory['series'] = [];
    for (const gpu of [...gpus].sort()) {
      const mine = this.series.get(`${vmid}\t${gpu}`);
      const whole = this.series.get(`${WHOLE}\t${gpu}`);
      const out: HistoryPoint[] = [];
      for (let i = 0; i < points; i++) {
        const start = firstStart + i * stepMin;
        const p: HistoryPoint = { t: start * 60 };
        const ct = consolidate(mine, start, stepMin, cf);
        if (ct) {
          p.engines = ct.engines;
          if (ct.memory !== undefined) p.memoryBytes = ct.memory;
        } else if (whole && consolidate(whole, start, stepMin, cf)) {
          // The GPU was sampled but this container used none of it: that is 0, not "no data".
          p.engines = {};
          p.memoryBytes = 0;
        }
        const g = consolidate(whole, start, stepMin, cf);
        if (g) p.gpuEngines = g.engines;
        out.push(p);
      }
      series.push({ gpu, points: out });
    }
    return { vmid, timeframe, cf, step: stepS, series };
  }

  /** Every GPU as a whole: engines and memory of the GPU itself, for the node view. */
  queryNode(timeframe: Timeframe, cf: ConsolidationFn, nowMs = Date.now()): NodeHistory {
    const { stepS, stepMin, points, firstStart } = this.window(timeframe, nowMs);
    const series: NodeHistory['series'] = [];
    const gpus = [...this.series.keys()]
      .map((k) => k.split('\t'))
      .filter(([owner]) => owner === WHOLE)
      .map(([, gpu]) => gpu)
      .sort();
    for (const gpu of gpus) {
      const whole = this.series.get(`${WHOLE}\t${gpu}`);
      const out: HistoryPoint[] = [];
      for (let i = 0; i < points; i++) {
        const start = firstStart + i * stepMin;
        const p: HistoryPoint = { t: start * 60 };
        const g = consolidate(whole, start, stepMin, cf);
        if (g) {
          p.engines = g.engines;
          if (g.memory !== undefined) p.memoryBytes = g.memory;
        }
        out.push(p);
      }
      series.push({ gpu, points: out });
    }
    return { timeframe, cf, step: stepS, series };
  }

  // ------------------------------------------------------------------ persistence

  private file(): string | undefined {
    return this.opts.stateDir ? path.join(this.opts.stateDir, FILE) : undefined;
  }

  async load(nowMs = Date.now()): Promise<void> {
    const file = this.file();
    if (!file) return;
    await this.removeStaleTemps(file);
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.opts.logger?.('warn', 'cannot read usage history; starting empty', { file, error: String(err) });
      }
      return;
    }
    const from = Math.floor(nowMs / 60_000) - this.retention;
    try {
      const doc = JSON.parse(text) as PersistedDoc;
      if (doc?.format !== FORMAT || !Array.isArray(doc.series)) throw new Error('not a usage history file');
      for (const s of doc.series) {
        if (typeof s.owner !== 'string' || typeof s.gpu !== 'string' || !Array.isArray(s.columns)) {
          throw new Error('bad series entry');
        }
        const series = this.get(s.owner, s.gpu, nowMs);
        for (const row of s.points) {
          if (!Array.isArray(row) || typeof row[0] !== 'number') throw new Error('bad point');
          if (row[0] < from) continue;
          const p: MinutePoint = { minute: row[0], avg: {}, max: {} };
          s.columns.forEach((c, i) => {
            const a = row[1 + 2 * i];
            const m = row[2 + 2 * i];
            if (typeof a === 'number') p.avg[c] = a;
            if (typeof m === 'number') p.max[c] = m;
          });
          series.put(p);
          series.lastUpdateMs = Math.max(series.lastUpdateMs, row[0] * 60_000);
        }
        series.dirty = false;
      }
    } catch (err) {
      this.series.clear();
      const aside = `${file}.corrupt-${Math.floor(nowMs / 1000)}`;
      this.opts.logger?.('error', 'usage history file is corrupt; moved aside, starting empty', {
        file,
        movedTo: aside,
        error: err instanceof Error ? err.message : String(err),
      });
      await fsp.rename(file, aside).catch(() => {});
    }
  }

  /** Saves every series (closed minutes and the open one's partial average), atomically. */
  async save(nowMs = Date.now()): Promise<void> {
    const file = this.file();
    if (!file) return;
    const from = Math.floor(nowMs / 60_000) - this.retention;
    // The document (PersistedDoc) written as text series by series, straight from the rings: see
    // Series.persisted for what building it as objects cost.
    const parts: string[] = [];
    for (const [key, s] of this.series) {
      const [owner, gpu] = key.split('\t');
      const { columns, rows } = s.persisted(from);
      parts.push(
        `{"owner":${JSON.stringify(owner)},"gpu":${JSON.stringify(gpu)},"columns":${JSON.stringify(columns)},"points":[${rows.join(',')}]}`,
      );
      s.dirty = false;
    }
    const text = `{"format":${JSON.stringify(FORMAT)},"savedAt":${JSON.stringify(nowMs)},"series":[${parts.join(',')}]}`;
    await fsp.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      const handle = await fsp.open(tmp, 'w', 0o640);
      try {
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsp.rename(tmp, file);
    } catch (err) {
      // A full disk or a write error: the last good file stays, the half-written one goes.
      await fsp.rm(tmp, { force: true }).catch(() => {});
      throw err;
    }
  }

  /**
   * Temp files of earlier runs (killed between write and rename: `<file>.tmp-<pid>`) are
   * removed at start; each would otherwise stay on disk for good, one per crash.
   */
  private async removeStaleTemps(file: string): Promise<void> {
    const dir = path.dirname(file);
    const prefix = `${path.basename(file)}.tmp-`;
    let names: string[];
    try {
      names = await fsp.readdir(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) continue;
      await fsp.rm(path.join(dir, name), { force: true }).catch((err) => {
        this.opts.logger?.('warn', 'cannot remove a stale history temp file', {
          file: path.join(dir, name),
          error: String(err),
        });
      });
    }
  }
}

interface PersistedDoc {
  format: string;
  savedAt: number;
  series: Array<{ owner: string; gpu: string; columns: string[]; points: Array<Array<number | null>> }>;
}

function consolidate(
  s: Series | undefined,
  startMin: number,
  stepMin: number,
  cf: ConsolidationFn,
): { engines: EnginePercents; memory?: number } | undefined {
  if (!s) return undefined;
  const sums = new Map<string, number>();
  const counts = new Map<string, number>();
  let n = 0;
  for (let m = startMin; m < startMin + stepMin; m++) {
    const p = s.get(m);
    if (!p) continue;
    n += 1;
    const src = cf === 'MAX' ? p.max : p.avg;
    for (const [k, v] of Object.entries(src)) {
      if (cf === 'MAX') sums.set(k, Math.max(sums.get(k) ?? 0, v));
      else {
        sums.set(k, (sums.get(k) ?? 0) + v);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
  }
  if (n === 0) return undefined;
  const engines: EnginePercents = Object.create(null);
  let memory: number | undefined;
  for (const [k, v] of sums) {
    // Minutes without a column count as 0 for engines (idle), but memory averages what exists.
    const value = cf === 'MAX' ? v : k === Series.MEMORY_COLUMN ? v / (counts.get(k) ?? 1) : v / n;
    const r = Math.round(value * 100) / 100;
    if (k === Series.MEMORY_COLUMN) memory = Math.round(value);
    else engines[k] = r;
  }
  return { engines, memory };
}
