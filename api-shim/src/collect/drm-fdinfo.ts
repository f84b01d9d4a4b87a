// SPDX-License-Identifier: AGPL-3.0-or-later
// Parser for /proc/<pid>/fdinfo/<fd> of DRM clients (Documentation/gpu/drm-usage-stats.rst).
// Pure: text in, record out. Unknown keys are ignored, as the spec asks.
import { digitsAt, isWhiteSpace, nullDict, parseSize, parseUintBig, sizeUnit } from './parse-util.ts';

export interface DrmEngineCounters {
  /** drm-engine-<e>, ns (i915, amdgpu …) */
  busyNs?: bigint;
  /** drm-cycles-<e> (xe) */
  cycles?: bigint;
  /** drm-total-cycles-<e> (xe): GPU timestamp at the same rate as cycles */
  totalCycles?: bigint;
  /** drm-engine-capacity-<e>; absent means 1 */
  capacity: number;
}

export interface DrmMemoryRegion {
  total?: bigint;
  shared?: bigint;
  resident?: bigint;
  purgeable?: bigint;
  active?: bigint;
  /** deprecated drm-memory-<region> (amdgpu): alias of resident */
  legacy?: bigint;
}

export interface DrmFdinfo {
  kind: 'drm';
  driver: string;
  pdev?: string;
  clientId?: string;
  clientName?: string;
  engines: Record<string, DrmEngineCounters>;
  memory: Record<string, DrmMemoryRegion>;
}

/** amdgpu of Linux 5.14–5.18 ("pdev:", "gfx0: 70.59%"): recognised, never mis-parsed. */
export interface LegacyAmdgpuFdinfo {
  kind: 'legacy-amdgpu';
  pdev?: string;
}

export interface NotDrmFdinfo {
  kind: 'none';
}

export type ParsedFdinfo = DrmFdinfo | LegacyAmdgpuFdinfo | NotDrmFdinfo;

const MEMORY_KINDS = ['total', 'shared', 'resident', 'purgeable', 'active'] as const;
type MemoryKind = (typeof MEMORY_KINDS)[number] | 'legacy';
type CounterField = 'busyNs' | 'cycles' | 'totalCycles';

/**
 * Told where each counter's digits stand in the text (UTF-16 index = byte offset for ASCII text)
 * and which field of which record they became, times `unit` (a size's KiB/MiB/GiB, else 1n):
 * what drm-fdinfo-counters.ts needs to bring the record up to date when only digits move.
 */
export interface CounterSpanSink {
  engine(start: number, end: number, target: DrmEngineCounters, field: CounterField): void;
  memory(start: number, end: number, target: DrmMemoryRegion, field: MemoryKind, unit: bigint): void;
}
const MEMORY_PREFIXES = MEMORY_KINDS.map((kind) => [kind, `drm-${kind}-`] as const);

/**
 * One pass over the text, no line array and no key map: the sampler parses every GPU client's file
 * every second, and a split-and-map parse left ten times the file's size in garbage each time.
 * Only `drm-*` lines (and amdgpu's legacy `pdev`/`pasid`) are cut out of the text; `pos`, `flags`,
 * `mnt_id`, `ino` … are skipped where they stand. Keys and values are trimmed on both sides (amdgpu
 * prints "drm-memory-gtt: \t2392 KiB"); a key printed twice counts with its last value.
 */
export function parseDrmFdinfo(text: string, spans?: CounterSpanSink): ParsedFdinfo {
  let driver: string | undefined;
  let pdev: string | undefined;
  let clientId: string | undefined;
  let clientName: string | undefined;
  let legacyPdev: string | undefined;
  let pasid = false;
  // Engine and region names come from the file: keep them in null-prototype records, so that a
  // driver (or a fake one) printing drm-engine-__proto__ adds an engine instead of writing to
  // Object.prototype.
  const engines = nullDict<DrmEngineCounters>();
  const memory = nullDict<DrmMemoryRegion>();
  const engine = (e: string): DrmEngineCounters => {
    engines[e] ??= { capacity: 1 };
    return engines[e];
  };
  const region = (name: string): DrmMemoryRegion => {
    memory[name] ??= {};
    return memory[name];
  };
  // A value that parsed is digits first (parseUintBig, parseSize): their run is what moves.
  const setCounter = (e: DrmEngineCounters, field: CounterField, v: bigint, vs: number, value: string) => {
    e[field] = v;
    spans?.engine(vs, vs + digitsAt(value), e, field);
  };
  const setSize = (r: DrmMemoryRegion, field: MemoryKind, v: bigint, vs: number, value: string) => {
    r[field] = v;
    spans?.memory(vs, vs + digitsAt(value), r, field, sizeUnit(value));
  };
  const n = text.length;
  for (let start = 0; start < n; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    const lineStart = start;
    start = end + 1;
    const colon = text.indexOf(':', lineStart);
    if (colon <= lineStart || colon >= end) continue;
    let ks = lineStart;
    while (ks < colon && isWhiteSpace(text.charCodeAt(ks))) ks++;
    let ke = colon;
    while (ke > ks && isWhiteSpace(text.charCodeAt(ke - 1))) ke--;
    const c0 = text.charCodeAt(ks);
    if (c0 === 112 /* p */) {
      // amdgpu of Linux 5.14–5.18: "pdev:" and "pasid:" instead of drm-* keys
      if (ke - ks === 4 && text.startsWith('pdev', ks)) legacyPdev = text.slice(colon + 1, end).trim();
      else if (ke - ks === 5 && text.startsWith('pasid', ks)) pasid = true;
      continue;
    }
    if (c0 !== 100 /* d */ || !text.startsWith('drm-', ks)) continue;
    const key = text.slice(ks, ke);
    let vs = colon + 1;
    let ve = end;
    while (vs < ve && isWhiteSpace(text.charCodeAt(vs))) vs++;
    while (ve > vs && isWhiteSpace(text.charCodeAt(ve - 1))) ve--;
    const value = text.slice(vs, ve);
    // Order matters: the longer prefixes are tested first (capacity before engine, total-cycles before total).
    if (key.startsWith('drm-engine-capacity-')) {
      const cap = Number.parseInt(value, 10);
      if (cap > 0) engine(key.slice(20)).capacity = cap;
    } else if (key.startsWith('drm-engine-')) {
      const ns = parseUintBig(value, 'ns');
      if (ns !== undefined) setCounter(engine(key.slice(11)), 'busyNs', ns, vs, value);
    } else if (key.startsWith('drm-total-cycles-')) {
      const c = parseUintBig(value);
      if (c !== undefined) setCounter(engine(key.slice(17)), 'totalCycles', c, vs, value);
    } else if (key.startsWith('drm-cycles-')) {
      const c = parseUintBig(value);
      if (c !== undefined) setCounter(engine(key.slice(11)), 'cycles', c, vs, value);
    } else if (key.startsWith('drm-memory-')) {
      const size = parseSize(value);
      if (size !== undefined) setSize(region(key.slice(11)), 'legacy', size, vs, value);
    } else if (key === 'drm-driver') driver = value;
    else if (key === 'drm-pdev') pdev = value;
    else if (key === 'drm-client-id') clientId = value;
    else if (key === 'drm-client-name') clientName = value;
    else {
      for (const [kind, prefix] of MEMORY_PREFIXES) {
        if (key.startsWith(prefix)) {
          const size = parseSize(value);
          if (size !== undefined) setSize(region(key.slice(prefix.length)), kind, size, vs, value);
          break;
        }
      }
    }
  }
  if (!driver) {
    if (legacyPdev !== undefined && pasid) return { kind: 'legacy-amdgpu', pdev: legacyPdev };
    return { kind: 'none' };
  }
  const out: DrmFdinfo = { kind: 'drm', driver, engines, memory };
  if (pdev) out.pdev = pdev;
  if (clientId && /^\d+$/.test(clientId)) out.clientId = clientId;
  if (clientName) out.clientName = clientName;
  // A capacity line alone (class present, no counter yet) is not an engine worth reporting.
  for (const e in engines) {
    const c = engines[e];
    if (c.busyNs === undefined && c.cycles === undefined) delete engines[e];
  }
  return out;
}

/** Memory a client holds: resident bytes over all regions (drm-memory-* only where resident is absent). */
export function residentBytes(info: DrmFdinfo, regions?: RegExp): number {
  // Summed as numbers, each converted exactly below 2^53 bytes (8 PiB): a BigInt sum allocated a
  // BigInt per region per client per sample. for…in over the null-prototype record: no entries array.
  let sum = 0;
  for (const name in info.memory) {
    const r = info.memory[name];
    if (!regions || regions.test(name)) sum += Number(r.resident ?? r.legacy ?? 0n);
  }
  return sum;
}
