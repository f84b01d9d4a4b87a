// SPDX-License-Identifier: AGPL-3.0-or-later
// lxc.idmap lines and the effective map PVE hands to LXC (pve-container LXC.pm: any custom
// line disables the default for both types; "unprivileged: 1" alone means u/g 0 100000 65536;
// a privileged container has no map).

import type { ConfigLine, ConfigSection } from '../config/pct-config.ts';

export type IdKind = 'u' | 'g';

export interface IdmapEntry {
  kind: IdKind;
  ct: number;
  host: number;
  count: number;
  /** config line; absent for PVE's default */
  line?: number;
  text: string;
}

export interface EffectiveIdmap {
  source: 'custom' | 'default' | 'none';
  entries: IdmapEntry[];
  /** lines PVE cannot parse (idmap.syntax) */
  invalid: ConfigLine[];
  /** lines under the deprecated key lxc.id_map */
  deprecated: ConfigLine[];
}

export const CT_ID_SPACE = 65536;
export const OVERFLOW_ID = 65534;
const LINE_RE = /^\s*([ug])\s+(\d+)\s+(\d+)\s+(\d+)\s*$/;

export function parseIdmapLine(value: string): Omit<IdmapEntry, 'line' | 'text'> | undefined {
  const m = LINE_RE.exec(value);
  if (!m) return undefined;
  const e = { kind: m[1] as IdKind, ct: Number(m[2]), host: Number(m[3]), count: Number(m[4]) };
  return e.count > 0 ? e : undefined;
}

export function defaultIdmap(): IdmapEntry[] {
  return (['u', 'g'] as const).map((kind) => ({
    kind,
    ct: 0,
    host: 100000,
    count: 65536,
    text: `${kind} 0 100000 65536`,
  }));
}

export function effectiveIdmap(section: ConfigSection): EffectiveIdmap {
  const lines = section.lxc.filter((l) => l.key === 'lxc.idmap' || l.key === 'lxc.id_map');
  const unprivileged = section.options.get('unprivileged')?.value === '1';
  if (lines.length === 0) {
    return {
      source: unprivileged ? 'default' : 'none',
      entries: unprivileged ? defaultIdmap() : [],
      invalid: [],
      deprecated: [],
    };
  }
  const entries: IdmapEntry[] = [];
  const invalid: ConfigLine[] = [];
  for (const l of lines) {
    const e = parseIdmapLine(l.value);
    if (e) entries.push({ ...e, line: l.line, text: l.value.trim().replace(/\s+/g, ' ') });
    else invalid.push(l);
  }
  return { source: 'custom', entries, invalid, deprecated: lines.filter((l) => l.key === 'lxc.id_map') };
}

/** PVE's map_ct_id_to_host: first entry containing the id; the id unchanged when none does. */
export function ctToHost(entries: IdmapEntry[], kind: IdKind, id: number): { id: number; mapped: boolean } {
  for (const e of entries) {
    if (e.kind === kind && id >= e.ct && id < e.ct + e.count)
      return { id: e.host + (id - e.ct), mapped: true };
  }
  return { id, mapped: false };
}

/** Host id as seen inside the container; the overflow id 65534 when unmapped (kernel). */
export function hostToCt(entries: IdmapEntry[], kind: IdKind, id: number): { id: number; mapped: boolean } {
  for (const e of entries) {
    if (e.kind === kind && id >= e.host && id < e.host + e.count)
      return { id: e.ct + (id - e.host), mapped: true };
  }
  return { id: OVERFLOW_ID, mapped: false };
}
