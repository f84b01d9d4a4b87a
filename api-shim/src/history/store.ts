// SPDX-License-Identifier: AGPL-3.0-or-later
// Usage history per (container, GPU) and per GPU, consolidated like PVE's RRD charts (hour/day/week,
// AVERAGE/MAX). Minute aggregates live in memory (series.ts) and are saved under <stateDir> every
// few minutes and on stop: the minutes written since the last save appended to a journal, the whole
// history rewritten atomically (temp file + rename) only when the journal has grown (see
// "persistence" below). A corrupt file is logged, moved aside and replaced — never fatal.
// Memory bound: at most MAX_SERIES series (least recently updated evicted), each ≤ 2 × (engines + 1)
// columns of 52 KB; series idle for the whole retention are dropped.
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fsp } from 'node:fs';
import path from 'node:path';
import type {
  ConsolidationFn,
  ContainerHistory,
  EnginePercents,
  HistoryPoint,
  NodeHistory,
  Timeframe,
} from '../api/types.ts';
import { JOURNAL_FORMAT, journalLine, parseJournal } from './journal.ts';
import { type MinutePoint, Series } from './series.ts';
import { RETENTION_MINUTES, TIMEFRAMES } from './timeframes.ts';

export const MAX_SERIES = 128;
const WHOLE = '*';
const FILE = 'usage-history.json';
const JOURNAL = 'usage-history.journal';
const FORMAT = 'pve-gpu-tab usage history v1';
const MIN_COMPACT_BYTES = 256 * 1024;

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

  /**
   * The oldest minute kept at `nowMs`: `retention` minutes, the open one included. A ring has
   * `retention` slots, so the minute one retention before the open one is in the open one's slot:
   * saved beside it, it was overwritten by it at the next load (and at the minute's close).
   */
  private oldestKept(nowMs: number): number {
    return Math.floor(nowMs / 60_000) - this.retention + 1;
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
      if (nowMs - s.lastUpdateMs > this.retention * 60_000 && s.lastUpdateMs > 0) this.drop(k);
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
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    this.series.delete(key);
    if (!this.opts.stateDir) return;
    const [owner, gpu] = key.split('\t');
    if (this.dropped.length < MAX_SERIES) this.dropped.push([owner, gpu]);
    else this.compactDue = true;
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
  //
  // Two files: the snapshot (usage-history.json, the whole history, the format every release wrote)
  // and a journal beside it (usage-history.journal, journal.ts) to which each save appends only the
  // minutes written since the last one, in one fsynced write. The snapshot is rewritten (compaction)
  // only when the journal has grown past a quarter of it, so a save costs in proportion to what
  // changed, and the two files together stay under 1.25 × the snapshot. The snapshot names its
  // journal by a token the journal's first line repeats: a journal whose token differs is one a
  // compaction already folded into the snapshot (a crash between the two renames), and is removed.

  private files(): { snapshot: string; journal: string } | undefined {
    const dir = this.opts.stateDir;
    return dir ? { snapshot: path.join(dir, FILE), journal: path.join(dir, JOURNAL) } : undefined;
  }

  /** Token of the snapshot on disk whose journal appends go to; undefined: compact first. */
  private snapshotToken: string | undefined;
  private snapshotBytes = 0;
  private journalBytes = 0;
  private compactDue = true;
  /** Series evicted since the last save, journalled as drops so they do not come back at load. */
  private dropped: Array<[string, string]> = [];
  private saving: Promise<void> = Promise.resolve();
  /** What the last save did (tests, the bench). */
  lastSave: { kind: 'append' | 'compact'; bytes: number } | undefined;

  async load(nowMs = Date.now()): Promise<void> {
    const files = this.files();
    if (!files) return;
    this.compactDue = false;
    await this.removeStaleTemps(files.snapshot);
    await this.removeStaleTemps(files.journal);
    const snapshot = await this.loadSnapshot(files.snapshot, nowMs);
    await this.loadJournal(files.journal, snapshot, nowMs);
    for (const s of this.series.values()) s.clearChanged();
    this.dropped = [];
    // An old release's file (no token), none at all, or a damaged journal: the next save rewrites both.
    this.compactDue ||= snapshot.token === undefined;
  }

  private async loadSnapshot(
    file: string,
    nowMs: number,
  ): Promise<{ state: 'none' | 'loaded' | 'corrupt'; token?: string }> {
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.opts.logger?.('warn', 'cannot read usage history; starting empty', { file, error: String(err) });
      }
      return { state: 'none' };
    }
    const from = this.oldestKept(nowMs);
    try {
      const doc = parseSnapshot(text, (s) => this.applySeries(s, from, nowMs));
      this.snapshotBytes = Buffer.byteLength(text);
      this.snapshotToken = typeof doc.journal === 'string' ? doc.journal : undefined;
      return { state: 'loaded', token: this.snapshotToken };
    } catch (err) {
      this.series.clear();
      const aside = `${file}.corrupt-${Math.floor(nowMs / 1000)}`;
      this.opts.logger?.('error', 'usage history file is corrupt; moved aside, starting empty', {
        file,
        movedTo: aside,
        error: err instanceof Error ? err.message : String(err),
      });
      await fsp.rename(file, aside).catch(() => {});
      return { state: 'corrupt' };
    }
  }

  /**
   * Replays the journal over the snapshot. A journal of another snapshot is stale (already in it)
   * where the snapshot loaded, and still the newest history there is where the snapshot is missing
   * or corrupt. A torn last line (a crash during an append) is dropped; damaged lines are skipped,
   * the file moved aside (`.corrupt-<unix time>`), logged at `error`; never fatal.
   */
  private async loadJournal(
    file: string,
    snapshot: { state: 'none' | 'loaded' | 'corrupt'; token?: string },
    nowMs: number,
  ): Promise<void> {
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.opts.logger?.('warn', 'cannot read the usage history journal; its minutes are lost', {
          file,
          error: String(err),
        });
        this.compactDue = true;
      }
      return;
    }
    const j = parseJournal(text);
    // A snapshot without a token was written by an older release, which reads no journal (a
    // downgrade after a crash, then this release again): a compaction always writes a token, so
    // the journal's minutes cannot be in it, and are replayed over it. Its evictions are not: the
    // older release may have written to a series this release had dropped.
    const olderRelease = snapshot.state === 'loaded' && snapshot.token === undefined;
    if (
      snapshot.state === 'loaded' &&
      !olderRelease &&
      j.snapshot !== undefined &&
      j.snapshot !== snapshot.token
    ) {
      this.opts.logger?.('info', 'usage history journal already in the snapshot; removed', { file });
      await fsp.rm(file, { force: true }).catch(() => {});
      this.compactDue = true;
      return;
    }
    if (olderRelease && j.records.length > 0)
      this.opts.logger?.('info', "usage history journal replayed over an older release's file", { file });
    const from = this.oldestKept(nowMs);
    let damaged = j.damaged;
    for (const r of j.records) {
      try {
        const drop = (r as { drop?: { owner?: unknown; gpu?: unknown } }).drop;
        if (drop !== undefined && olderRelease) continue;
        if (drop !== undefined) {
          if (typeof drop?.owner !== 'string' || typeof drop.gpu !== 'string') throw new Error('bad drop');
          this.series.delete(`${drop.owner}\t${drop.gpu}`);
        } else this.applySeries(r as PersistedSeries, from, nowMs);
      } catch {
        damaged += 1;
      }
    }
    this.journalBytes = Buffer.byteLength(text);
    if (damaged > 0) {
      const aside = `${file}.corrupt-${Math.floor(nowMs / 1000)}`;
      this.opts.logger?.(
        'error',
        'usage history journal is damaged; its good lines kept, the file moved aside',
        {
          file,
          movedTo: aside,
          damagedLines: damaged,
        },
      );
      await fsp.rename(file, aside).catch(() => {});
      this.compactDue = true;
    } else if (j.tornTailBytes > 0) {
      this.opts.logger?.('warn', 'usage history journal ends in an interrupted write; that save is lost', {
        file,
        bytes: j.tornTailBytes,
      });
      this.compactDue = true;
    }
    if (snapshot.state !== 'loaded') this.compactDue = true;
  }

  /** One series entry of the snapshot or a journal record, rows in minute order. Throws when malformed. */
  private applySeries(s: PersistedSeries, from: number, nowMs: number): void {
    if (
      typeof s?.owner !== 'string' ||
      typeof s.gpu !== 'string' ||
      !Array.isArray(s.columns) ||
      !Array.isArray(s.points)
    ) {
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

  /**
   * Persists what changed since the last save (closed minutes and the open one's partial average):
   * appended to the journal, or everything rewritten when a compaction is due. Saves run one at a
   * time, in call order.
   */
  save(nowMs = Date.now(), opts: { final?: boolean } = {}): Promise<void> {
    const run = this.saving.then(async () => {
      if (opts.final) await this.saveFinal(nowMs);
      else await this.saveNow(nowMs);
    });
    this.saving = run.catch(() => {});
    return run;
  }

  /**
   * The save of a clean stop (SIGTERM: `systemctl stop`, an upgrade or a downgrade): the journal
   * is folded into the snapshot too, so that the snapshot alone holds every minute — a release
   * before the journal, installed after the stop, reads only that file. The minutes are appended
   * first, so that a compaction which fails (a full disk, a stop cut short) still loses nothing to
   * this release. After a crash the journal's minutes stay in the journal until the next stop or
   * compaction; docs/collectors.md "Downgrades" says what a downgrade then loses.
   */
  private async saveFinal(nowMs: number): Promise<void> {
    const files = this.files();
    if (!files) return;
    let appendError: unknown;
    try {
      if ((await this.saveNow(nowMs)) === 'compact') return;
    } catch (err) {
      appendError = err;
    }
    try {
      await this.compact(files, nowMs);
    } catch (err) {
      throw appendError ?? err;
    }
  }

  private async saveNow(nowMs: number): Promise<'append' | 'compact' | 'nothing'> {
    const files = this.files();
    if (!files) return 'nothing';
    if (this.compactDue || this.snapshotToken === undefined || this.journalBytes > this.compactAfterBytes()) {
      await this.compact(files, nowMs);
      return 'compact';
    }
    const from = this.oldestKept(nowMs);
    const taken: Array<[Series, number[]]> = [];
    const drops = this.dropped;
    this.dropped = [];
    let text = '';
    for (const [owner, gpu] of drops) text += journalLine(`{"drop":${JSON.stringify({ owner, gpu })}}`);
    let overflow = false;
    for (const [key, s] of this.series) {
      const changed = s.takeChanged(from);
      if (!changed) {
        overflow = true; // more minutes changed than a journal line should carry: rewrite all
        continue;
      }
      taken.push([s, changed.minutes]);
      if (changed.rows.length === 0) continue;
      const [owner, gpu] = key.split('\t');
      text += journalLine(
        `{"owner":${JSON.stringify(owner)},"gpu":${JSON.stringify(gpu)},"columns":${JSON.stringify(changed.columns)},"points":[${changed.rows.join(',')}]}`,
      );
      s.dirty = false;
    }
    if (overflow) {
      await this.compact(files, nowMs);
      return 'compact';
    }
    if (text === '') return 'nothing';
    let handle: fsp.FileHandle | undefined;
    let before: number | undefined;
    try {
      // No O_CREAT: a journal that vanished means the snapshot's pair is gone, so rewrite both.
      handle = await fsp.open(files.journal, fsConstants.O_WRONLY | fsConstants.O_APPEND);
      before = (await handle.stat()).size;
      await handle.write(text);
      await handle.datasync();
      this.journalBytes = before + Buffer.byteLength(text);
      this.lastSave = { kind: 'append', bytes: Buffer.byteLength(text) };
    } catch (err) {
      // Give the minutes back for the next save, and cut off what part of them reached the file
      // (a full disk): the next append must not follow a torn line.
      for (const [s, minutes] of taken) s.restoreChanged(minutes);
      this.dropped.unshift(...drops);
      const cut = before;
      if (handle && cut !== undefined) await handle.truncate(cut).catch(() => (this.compactDue = true));
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        await handle?.close().catch(() => {});
        handle = undefined;
        await this.compact(files, nowMs);
        return 'compact';
      }
      throw err;
    } finally {
      await handle?.close().catch(() => {});
    }
    return 'append';
  }

  /**
   * The snapshot's `series` array as JSON text, series by series straight from the rings (see
   * Series.persisted for what building it as objects cost); tests compare stores by it.
   */
  persistedSeries(nowMs = Date.now()): string {
    const from = this.oldestKept(nowMs);
    const parts: string[] = [];
    for (const [key, s] of this.series) parts.push(seriesJson(key, s, from));
    return `[${parts.join(',')}]`;
  }

  /** The journal may grow to a quarter of the snapshot (256 KiB at least) before both are rewritten. */
  private compactAfterBytes(): number {
    return Math.max(MIN_COMPACT_BYTES, this.snapshotBytes / 4);
  }

  /**
   * Rewrites the snapshot (every series, atomically: temp file, fsync, rename) with a new token,
   * then starts an empty journal for it the same way. A crash between the two leaves the old
   * journal, whose token no longer matches: at load it is known to be in the snapshot already.
   */
  private async compact(files: { snapshot: string; journal: string }, nowMs: number): Promise<void> {
    const from = this.oldestKept(nowMs);
    const token = `${nowMs.toString(36)}-${randomBytes(6).toString('hex')}`;
    // What changes from here on goes to the new journal (a minute written both there and in the
    // snapshot loads the same twice); the series are encoded one at a time below, while sampling goes on.
    const entries = [...this.series];
    for (const [, s] of entries) {
      s.dirty = false;
      s.clearChanged();
    }
    this.dropped = [];
    const header = journalLine(JSON.stringify({ format: JOURNAL_FORMAT, snapshot: token }));
    this.snapshotToken = undefined;
    this.compactDue = true; // until both files are written
    await fsp.mkdir(path.dirname(files.snapshot), { recursive: true });
    // One series per line, written 1 024 rows at a time as they are encoded: the whole 9-day text
    // (8.7 MB for 9 series) built as one string raised the collector's RSS by ≈ 70 MB.
    // Still one JSON document (a newline is whitespace), so older releases read it as before.
    const bytes = await writeAtomically(files.snapshot, async (write) => {
      await write(
        `{"format":${JSON.stringify(FORMAT)},"savedAt":${JSON.stringify(nowMs)},"journal":${JSON.stringify(token)},"series":[\n`,
      );
      let first = true;
      for (const [key, s] of entries) {
        const [owner, gpu] = key.split('\t');
        const { columns, pieces } = s.persistedPieces(from, 1024);
        await write(
          `${first ? '' : ','}{"owner":${JSON.stringify(owner)},"gpu":${JSON.stringify(gpu)},"columns":${JSON.stringify(columns)},"points":[`,
        );
        let firstPiece = true;
        for (const piece of pieces) {
          await write(firstPiece ? piece : `,${piece}`);
          firstPiece = false;
        }
        await write(']}\n');
        first = false;
      }
      await write(']}\n');
    });
    await writeAtomically(files.journal, (write) => write(header));
    await syncDirectory(path.dirname(files.snapshot));
    this.snapshotToken = token;
    this.snapshotBytes = bytes;
    this.journalBytes = Buffer.byteLength(header);
    this.compactDue = false;
    this.lastSave = { kind: 'compact', bytes };
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

/** One series as the snapshot holds it (PersistedSeries), written straight from the rings. */
function seriesJson(key: string, s: Series, from: number): string {
  const [owner, gpu] = key.split('\t');
  const { columns, rows } = s.persisted(from);
  return `{"owner":${JSON.stringify(owner)},"gpu":${JSON.stringify(gpu)},"columns":${JSON.stringify(columns)},"points":[${rows.join(',')}]}`;
}

/**
 * Writes a whole file under its name or not at all: temp file, fsync, rename; no temp left on
 * failure. `produce` writes the text in pieces; returns the bytes written.
 */
async function writeAtomically(
  file: string,
  produce: (write: (text: string) => Promise<void>) => Promise<void>,
): Promise<number> {
  const tmp = `${file}.tmp-${process.pid}`;
  let bytes = 0;
  try {
    const handle = await fsp.open(tmp, 'w', 0o640);
    try {
      await produce(async (text) => {
        const buf = Buffer.from(text);
        let off = 0;
        while (off < buf.length) off += (await handle.write(buf, off, buf.length - off)).bytesWritten;
        bytes += buf.length;
      });
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(tmp, file);
    return bytes;
  } catch (err) {
    // A full disk or a write error: the last good file stays, the half-written one goes.
    await fsp.rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
}

/** Makes the renames durable (rename(2) is atomic, but reaches the disk with the directory). */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fsp.open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => {});
  await handle.close().catch(() => {});
}

/**
 * The snapshot document, each series handed to `each` as it is parsed. Written one series per line
 * (compact()), it is parsed line by line: one series' arrays at a time instead of the whole 9 days'
 * (≈ 1.3 million numbers). Any other layout (files of older releases: one line) goes through one
 * JSON.parse, as before. Throws when the document is not a usage history.
 */
function parseSnapshot(text: string, each: (s: PersistedSeries) => void): PersistedDoc {
  const lines = text.split('\n');
  const head = lines[0];
  const byLine =
    lines.length >= 3 && head.endsWith('"series":[') && lines.at(-1) === '' && lines.at(-2) === ']}';
  const doc = JSON.parse(byLine ? `${head}]}` : text) as PersistedDoc;
  if (doc?.format !== FORMAT || !Array.isArray(doc.series)) throw new Error('not a usage history file');
  if (!byLine) {
    for (const s of doc.series) each(s);
    return doc;
  }
  for (let i = 1; i < lines.length - 2; i++) {
    if (i > 1 && !lines[i].startsWith(',')) throw new Error(`line ${i + 1}: no comma before the series`);
    each(JSON.parse(i > 1 ? lines[i].slice(1) : lines[i]) as PersistedSeries);
  }
  return doc;
}

interface PersistedSeries {
  owner: string;
  gpu: string;
  columns: string[];
  points: Array<Array<number | null>>;
}

interface PersistedDoc {
  format: string;
  savedAt: number;
  /** The token of the journal that continues this snapshot; absent in files of older releases. */
  journal?: string;
  series: PersistedSeries[];
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
