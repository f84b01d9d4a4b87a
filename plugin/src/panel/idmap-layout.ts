// SPDX-License-Identifier: AGPL-3.0-or-later
// Lays out an idmap for drawing. A linear 0…65535 axis hides what matters (a one-id
// passthrough range, a one-id gap), so every range and gap gets a minimum width and the rest
// of the width is shared in proportion to the ids it covers. Pure, so it is tested alone.
import type { IdmapDiagram } from '../../../api-shim/src/api/types.ts';

export const ID_SPAN = 65536;

export interface IdSegment {
  /** first container id, and one past the last */
  start: number;
  end: number;
  kind: 'range' | 'passthrough' | 'gap';
  /** first host id, for mapped segments */
  host?: number;
  x: number;
  w: number;
}

export function layoutIdmap(d: IdmapDiagram, width: number, minWidth: number): IdSegment[] {
  const parts: Array<Omit<IdSegment, 'x' | 'w'>> = [];
  for (const r of d.ranges) {
    parts.push({
      start: r.ct,
      end: r.ct + r.count,
      kind: r.host === r.ct ? 'passthrough' : 'range',
      host: r.host,
    });
  }
  for (const g of d.gaps) parts.push({ start: g.start, end: g.start + g.count, kind: 'gap' });
  parts.sort((a, b) => a.start - b.start || a.end - b.end);
  // Whatever neither a range nor a reported gap covers is still unmapped: show it as a gap.
  const filled: Array<Omit<IdSegment, 'x' | 'w'>> = [];
  let at = 0;
  for (const p of parts) {
    if (p.start > at) filled.push({ start: at, end: p.start, kind: 'gap' });
    const start = Math.max(p.start, at);
    if (p.end > start)
      filled.push({ ...p, host: p.host !== undefined ? p.host + (start - p.start) : undefined, start });
    at = Math.max(at, p.end);
  }
  if (at < ID_SPAN) filled.push({ start: at, end: ID_SPAN, kind: 'gap' });
  const spare = Math.max(0, width - minWidth * filled.length);
  const out: IdSegment[] = [];
  let x = 0;
  for (const p of filled) {
    const w = minWidth + (spare * (p.end - p.start)) / ID_SPAN;
    out.push({ ...p, x, w });
    x += w;
  }
  // Rounding (or too many segments for the width): scale to fit exactly.
  const k = x > 0 ? width / x : 1;
  for (const s of out) {
    s.x *= k;
    s.w *= k;
  }
  return out;
}

/** x position of a container id in a layout. */
export function xOfId(segments: IdSegment[], id: number): number {
  for (const s of segments) {
    if (id >= s.start && id < s.end) return s.x + (s.w * (id - s.start)) / (s.end - s.start);
  }
  const last = segments[segments.length - 1];
  return last ? last.x + last.w : 0;
}
