// SPDX-License-Identifier: AGPL-3.0-or-later
// Parser for /proc/<pid>/fdinfo/<fd> of DRM clients (Documentation/gpu/drm-usage-stats.rst).
// Pure: text in, record out. Unknown keys are ignored, as the spec asks.
import { nullDict, parseSize, parseUintBig } from './parse-util.ts';

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

export function parseDrmFdinfo(text: string): ParsedFdinfo {
  const keys = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    // amdgpu prints "drm-memory-gtt: \t2392 KiB" (space and tab): trim both sides.
    keys.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const driver = keys.get('drm-driver');
  if (!driver) {
    if (keys.has('pdev') && keys.has('pasid')) return { kind: 'legacy-amdgpu', pdev: keys.get('pdev') };
    return { kind: 'none' };
  }
  // Engine and region names come from the file: keep them in null-prototype records, so that a
  // driver (or a fake one) printing drm-engine-__proto__ adds an engine instead of writing to
  // Object.prototype.
  const out: DrmFdinfo = { kind: 'drm', driver, engines: nullDict(), memory: nullDict() };
  const pdev = keys.get('drm-pdev');
  if (pdev) out.pdev = pdev;
  const id = keys.get('drm-client-id');
  if (id && /^\d+$/.test(id)) out.clientId = id;
  const name = keys.get('drm-client-name');
  if (name) out.clientName = name;
  const engine = (e: string): DrmEngineCounters => {
    out.engines[e] ??= { capacity: 1 };
    return out.engines[e];
  };
  for (const [key, value] of keys) {
    if (!key.startsWith('drm-')) continue;
    // Order matters: the longer prefixes are tested first (capacity before engine, total-cycles before total).
    if (key.startsWith('drm-engine-capacity-')) {
      const cap = Number.parseInt(value, 10);
      if (cap > 0) engine(key.slice(20)).capacity = cap;
    } else if (key.startsWith('drm-engine-')) {
      const ns = parseUintBig(value, 'ns');
      if (ns !== undefined) engine(key.slice(11)).busyNs = ns;
    } else if (key.startsWith('drm-total-cycles-')) {
      const c = parseUintBig(value);
      if (c !== undefined) engine(key.slice(17)).totalCycles = c;
    } else if (key.startsWith('drm-cycles-')) {
      const c = parseUintBig(value);
      if (c !== undefined) engine(key.slice(11)).cycles = c;
    } else if (key.startsWith('drm-memory-')) {
      const size = parseSize(value);
      if (size !== undefined) region(out, key.slice(11)).legacy = size;
    } else {
      for (const kind of MEMORY_KINDS) {
        if (key.startsWith(`drm-${kind}-`)) {
          const size = parseSize(value);
          if (size !== undefined) region(out, key.slice(kind.length + 5))[kind] = size;
          break;
        }
      }
    }
  }
  // A capacity line alone (class present, no counter yet) is not an engine worth reporting.
  for (const [e, c] of Object.entries(out.engines)) {
    if (c.busyNs === undefined && c.cycles === undefined) delete out.engines[e];
  }
  return out;
}

function region(out: DrmFdinfo, name: string): DrmMemoryRegion {
  out.memory[name] ??= {};
  return out.memory[name];
}

/** Memory a client holds: resident bytes over all regions (drm-memory-* only where resident is absent). */
export function residentBytes(info: DrmFdinfo, regions?: RegExp): number {
  let sum = 0n;
  for (const [name, r] of Object.entries(info.memory)) {
    if (!regions || regions.test(name)) sum += r.resident ?? r.legacy ?? 0n;
  }
  return Number(sum);
}
