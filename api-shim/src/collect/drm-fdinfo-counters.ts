// SPDX-License-Identifier: AGPL-3.0-or-later
// A busy GPU client's fdinfo changes every second, but only in its counters' digits: the keys, their
// order, the units and every other byte stay (Documentation/gpu/drm-usage-stats.rst: one
// "drm-<key>: <value>" line per counter, printed afresh by the driver's show_fdinfo() at each read).
// Parsing such a file whole every second made ≈ 3 KB of records per client per second
// (docs/collectors.md "Where the daemon's CPU goes"). Here the record parsed from one read is
// brought up to date from the next read's bytes where it stands, when — and only when — the two
// reads differ in nothing but the digit runs that parseDrmFdinfo() turned into counters or sizes.
//
// Why that gives exactly what parseDrmFdinfo() would: every byte outside those runs is the same, so
// the lines, colons, keys, whitespace and units it decides on are the same; each run is digits
// (at least one, nothing else), and the byte after it the same non-digit (or the end) as before, so
// each value still parses (parseUintBig(), parseSize()) and to those digits times the same unit. The
// text must be ASCII (a UTF-16 index is then a byte offset, and no multi-byte sequence can straddle
// a run). Anything else — a key added, removed or renamed, an engine or region more, a line moved, a
// unit changed, a run emptied or turned into something else, a file shorter or longer in any other
// way, a capacity, client id or pdev changed (their digits are not counters) — says "no", and the
// caller parses the text anew.

import {
  type CounterSpanSink,
  type DrmEngineCounters,
  type DrmMemoryRegion,
  type ParsedFdinfo,
  parseDrmFdinfo,
} from './drm-fdinfo.ts';
import type { InPlaceUpdater } from './reread.ts';

type Target = DrmEngineCounters | DrmMemoryRegion;

/** The counter digit runs of one read of one fdinfo file, and the record fields they became. */
class CounterSpans implements CounterSpanSink, InPlaceUpdater {
  /** start, end (exclusive) of each run in the last read's bytes, in text order */
  private starts: number[] = [];
  private ends: number[] = [];
  private readonly targets: Target[] = [];
  private readonly fields: string[] = [];
  private readonly units: bigint[] = [];

  engine(start: number, end: number, target: DrmEngineCounters, field: string): void {
    this.add(start, end, target, field, 1n);
  }

  memory(start: number, end: number, target: DrmMemoryRegion, field: string, unit: bigint): void {
    this.add(start, end, target, field, unit);
  }

  private add(start: number, end: number, target: Target, field: string, unit: bigint): void {
    // A key printed twice counts with its last value: the earlier run no longer feeds the record,
    // so it is dropped and its digits become part of what must stay the same (a change → parse).
    for (let i = 0; i < this.targets.length; i++) {
      if (this.targets[i] === target && this.fields[i] === field) {
        this.starts.splice(i, 1);
        this.ends.splice(i, 1);
        this.targets.splice(i, 1);
        this.fields.splice(i, 1);
        this.units.splice(i, 1);
        break;
      }
    }
    this.starts.push(start);
    this.ends.push(end);
    this.targets.push(target);
    this.fields.push(field);
    this.units.push(unit);
  }

  /**
   * `next[0, n)` against `last` (the bytes these runs were found in): true with every counter of
   * the record set from `next` and the runs moved to where they stand in it; false, nothing
   * changed, when the two differ anywhere but in the runs' digits.
   */
  update(last: Buffer, next: Buffer, n: number): boolean {
    const count = this.starts.length;
    if (count === 0) return false;
    // First check everything, then change anything: a "no" must leave the record as it was.
    const newStarts = scratchStarts;
    const newEnds = scratchEnds;
    let oldPos = 0;
    let shift = 0;
    for (let i = 0; i < count; i++) {
      const s = this.starts[i];
      const e = this.ends[i];
      if (!sameBytes(last, oldPos, s, next, oldPos + shift, n)) return false;
      const ns = s + shift;
      let ne = ns;
      while (ne < n && isDigit(next[ne])) ne++;
      if (ne === ns) return false;
      newStarts[i] = ns;
      newEnds[i] = ne;
      shift = ne - e;
      oldPos = e;
    }
    const tail = last.length - oldPos;
    if (n - (oldPos + shift) !== tail || !sameBytes(last, oldPos, last.length, next, oldPos + shift, n))
      return false;
    for (let i = 0; i < count; i++) {
      const ns = newStarts[i];
      const ne = newEnds[i];
      const s = this.starts[i];
      const e = this.ends[i];
      // digits as they were: the value as it was (no new BigInt for an engine that did not move);
      // compared as the gaps are (a run is at most 20 digits: by hand, no native call per counter)
      if (ne - ns !== e - s || !sameBytes(last, s, e, next, ns, n)) {
        const unit = this.units[i];
        const digits = digitsValue(next, ns, ne);
        (this.targets[i] as Record<string, bigint>)[this.fields[i]] = unit === 1n ? digits : digits * unit;
      }
      this.starts[i] = ns;
      this.ends[i] = ne;
    }
    return true;
  }
}

/** Scratch for update()'s first pass (reads are synchronous: one update at a time). */
const scratchStarts: number[] = [];
const scratchEnds: number[] = [];

const isDigit = (c: number) => c >= 48 && c <= 57;

/** a[from, to) equals b[bFrom, bFrom + (to − from)) within b's first n bytes */
function sameBytes(a: Buffer, from: number, to: number, b: Buffer, bFrom: number, n: number): boolean {
  const len = to - from;
  if (bFrom + len > n) return false;
  // short gaps (": ", " ns\n") compared by hand: Buffer.compare's call costs more than they do
  if (len <= 16) {
    for (let k = 0; k < len; k++) if (a[from + k] !== b[bFrom + k]) return false;
    return true;
  }
  return a.compare(b, bFrom, bFrom + len, from, to) === 0;
}

/** The decimal digits buf[start, end) as a BigInt: through a Number below 2^53 (15 digits), no string. */
function digitsValue(buf: Buffer, start: number, end: number): bigint {
  if (end - start <= 15) {
    let v = 0;
    for (let k = start; k < end; k++) v = v * 10 + (buf[k] - 48);
    return BigInt(v);
  }
  return BigInt(buf.toString('latin1', start, end));
}

/** Every UTF-16 unit of `text` is ASCII (so its indexes are its bytes' offsets). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * parseDrmFdinfo(text), and for a DRM client's ASCII text with at least one counter what brings
 * that same record up to date from the file's next bytes (reread.ts RereadFiles.readUpdated()).
 */
export function parseDrmFdinfoUpdatable(text: string): { value: ParsedFdinfo; updater?: InPlaceUpdater } {
  const spans = new CounterSpans();
  const value = parseDrmFdinfo(text, spans);
  if (value.kind !== 'drm' || !isAscii(text)) return { value };
  return { value, updater: spans };
}
