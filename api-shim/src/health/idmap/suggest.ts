// SPDX-License-Identifier: AGPL-3.0-or-later
// Regenerates a complete lxc.idmap block: container ids 0…65535 each mapped exactly once,
// the passed-through ids at their host ids, everything else at base+id (PVE's default shift).

import type { IdKind, IdmapEntry } from './idmap.ts';

export interface Passthrough {
  ct: number;
  host: number;
  count: number;
}

export function suggestIdmap(
  kind: IdKind,
  passthrough: Passthrough[],
  base = 100000,
  space = 65536,
): string[] {
  const sorted = [...passthrough].filter((p) => p.ct < space).sort((a, b) => a.ct - b.ct);
  const out: string[] = [];
  let cursor = 0;
  for (const p of sorted) {
    if (p.ct < cursor) continue; // overlapping exceptions: keep the first
    if (p.ct > cursor) out.push(`${kind} ${cursor} ${base + cursor} ${p.ct - cursor}`);
    const count = Math.min(p.count, space - p.ct);
    out.push(`${kind} ${p.ct} ${p.host} ${count}`);
    cursor = p.ct + count;
  }
  if (cursor < space) out.push(`${kind} ${cursor} ${base + cursor} ${space - cursor}`);
  return out;
}

/** Entries that are exceptions to the main shifted block: host ids below the shift base or off its offset. */
export function passthroughEntries(entries: IdmapEntry[], kind: IdKind, base = 100000): IdmapEntry[] {
  return entries.filter((e) => e.kind === kind && e.host - e.ct !== base);
}
