// SPDX-License-Identifier: AGPL-3.0-or-later
// /etc/subuid and /etc/subgid ("owner:start:count"), checked the way shadow's newuidmap does
// (lib/subordinateio.c have_range): a requested host range may be covered by several
// contiguous or overlapping entries of the same owner, matched by name or by uid.

export interface SubidEntry {
  owner: string;
  start: number;
  count: number;
  line: number;
}

export function parseSubid(text: string): SubidEntry[] {
  const out: SubidEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = /^\s*([^:#\s][^:]*):(\d+):(\d+)\s*$/.exec(raw);
    if (m) out.push({ owner: m[1], start: Number(m[2]), count: Number(m[3]), line: i + 1 });
  });
  return out;
}

/** true when `owner` (name or numeric uid) may map host ids [start, start+count). */
export function haveRange(entries: SubidEntry[], owners: string[], start: number, count: number): boolean {
  if (count <= 0) return true;
  const mine = entries.filter((e) => owners.includes(e.owner) && e.count > 0);
  const last = start + count - 1;
  let next = start;
  // Walk forward: find an entry containing `next`, continue after its end, until `last` is covered.
  for (let guard = 0; guard <= mine.length; guard++) {
    let best = -1;
    for (const e of mine) {
      if (next >= e.start && next < e.start + e.count) best = Math.max(best, e.start + e.count - 1);
    }
    if (best < 0) return false;
    if (best >= last) return true;
    next = best + 1;
  }
  return false;
}

/** The parts of [start, start+count) the owner may not map, for a precise fix. */
export function missingRanges(
  entries: SubidEntry[],
  owners: string[],
  start: number,
  count: number,
): Array<{ start: number; count: number }> {
  const mine = entries.filter((e) => owners.includes(e.owner)).sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; count: number }> = [];
  let cursor = start;
  const end = start + count;
  for (const e of mine) {
    if (e.start + e.count <= cursor) continue;
    if (e.start >= end) break;
    if (e.start > cursor) out.push({ start: cursor, count: e.start - cursor });
    cursor = Math.max(cursor, e.start + e.count);
    if (cursor >= end) break;
  }
  if (cursor < end) out.push({ start: cursor, count: end - cursor });
  return out;
}
