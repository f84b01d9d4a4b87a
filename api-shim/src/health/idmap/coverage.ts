// SPDX-License-Identifier: AGPL-3.0-or-later
// IdmapCoverage: gaps in container ids 0…65535 and overlaps on either side of one id type
// (docs/health-checks.md). The kernel rejects overlaps; gaps leave ids as nobody.

import { CT_ID_SPACE, type IdKind, type IdmapEntry } from './idmap.ts';

export interface Span {
  start: number;
  count: number;
}

export interface Overlap extends Span {
  side: 'container' | 'host';
  /** the entry that collides, and the earlier one it collides with (PVE's wording) */
  entry: IdmapEntry;
  previous: IdmapEntry;
}

export interface Coverage {
  kind: IdKind;
  gaps: Span[];
  overlaps: Overlap[];
}

export function idmapCoverage(entries: IdmapEntry[], kind: IdKind, space = CT_ID_SPACE): Coverage {
  const mine = entries.filter((e) => e.kind === kind);
  const gaps: Span[] = [];
  const byCt = [...mine].sort((a, b) => a.ct - b.ct || a.count - b.count);
  let cursor = 0;
  for (const e of byCt) {
    if (e.ct > cursor && cursor < space) gaps.push({ start: cursor, count: Math.min(e.ct, space) - cursor });
    cursor = Math.max(cursor, e.ct + e.count);
  }
  if (cursor < space) gaps.push({ start: cursor, count: space - cursor });
  const overlaps = [...sideOverlaps(mine, 'container'), ...sideOverlaps(mine, 'host')];
  return { kind, gaps, overlaps };
}

/** Every id mapped by two or more entries, merged into spans; `previous` is the entry that reached furthest. */
function sideOverlaps(entries: IdmapEntry[], side: 'container' | 'host'): Overlap[] {
  const startOf = (e: IdmapEntry) => (side === 'container' ? e.ct : e.host);
  const sorted = [...entries].sort((a, b) => startOf(a) - startOf(b) || a.count - b.count);
  const out: Overlap[] = [];
  let reach = -1;
  let reacher: IdmapEntry | undefined;
  for (const e of sorted) {
    const s = startOf(e);
    const end = s + e.count;
    if (reacher && s < reach) {
      const ovEnd = Math.min(reach, end);
      const last = out[out.length - 1];
      if (last && last.side === side && last.start + last.count >= s) {
        last.count = Math.max(last.start + last.count, ovEnd) - last.start;
      } else {
        out.push({ side, start: s, count: ovEnd - s, entry: e, previous: reacher });
      }
    }
    if (end > reach) {
      reach = end;
      reacher = e;
    }
  }
  return out;
}
