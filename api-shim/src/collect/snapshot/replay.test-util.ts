// SPDX-License-Identifier: AGPL-3.0-or-later
// Two recordings of the health engine's reads (host/read-recorder.ts), compared path by path:
// the replay test names the first facts a snapshot failed to carry.
import type { HealthReport } from '../../api/types.ts';
import type { HostRead } from '../../host/read-recorder.ts';

function key(r: HostRead): string {
  switch (r.op) {
    case 'stat':
      return `${r.follow ? 'stat' : 'lstat'} ${r.path}`;
    case 'node':
      return `node ${r.base === '/' ? '' : r.base}${r.path}`;
    case 'ct':
      return `ct-${r.request.kind} ${r.path}`;
    default:
      return `${r.op} ${r.path}`;
  }
}

/** What the engine can act on in an answer (a stat's size and times are not among it). */
function answer(r: HostRead): unknown {
  switch (r.op) {
    case 'text':
      return r.error ?? r.text ?? null;
    case 'dir':
      return r.error ?? (r.names ? [...r.names].sort() : null);
    case 'link':
      return r.error ?? r.target ?? null;
    case 'stat':
      return r.error ?? r.stat ?? null;
    case 'node':
      return r.facts;
    case 'list-nodes':
      return r.names;
    case 'ct':
      return {
        text: r.result.text,
        problem: r.result.problem,
        truncated: r.result.truncated,
        // a listing's order is the file system's, not a fact
        ...(r.request.kind === 'dir' && r.result.text
          ? { text: r.result.text.split('\n').filter(Boolean).sort().join('\n') }
          : {}),
      };
  }
}

function isSidecar(p: string): boolean {
  return p === '/dev/.nodes.json' || p === '/dev/.nodes.d' || p.startsWith('/dev/.nodes.d/');
}

/** JSON with keys in order: two answers are the same fact however their objects were built. */
function stable(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
}

/** Paths the original run read and the replay answered differently (or never asked). */
export function readDifferences(original: HostRead[], replay: HostRead[]): string[] {
  const seen = new Map<string, string>();
  for (const r of replay) seen.set(key(r), stable(answer(r)));
  const out: string[] = [];
  const done = new Set<string>();
  for (const r of original) {
    const k = key(r);
    if (done.has(k) || isSidecar(r.path)) continue;
    done.add(k);
    const want = stable(answer(r));
    const got = seen.get(k);
    // a snapshot holds device nodes as sidecar facts (host/device-nodes.ts): the `node` reads
    // compare them; what a bare lstat of the path says is the snapshot's form, not a fact
    if (r.op === 'stat' && (r.stat?.type === 'char' || r.stat?.type === 'block')) continue;
    if (got === undefined) out.push(`${k}: not read on the replay (the report took another path)`);
    else if (got !== want) out.push(`${k}: host ${want.slice(0, 160)} ≠ snapshot ${got.slice(0, 160)}`);
  }
  return out;
}

/** A report without what legitimately differs between two runs (the time it was made). */
export function comparable(r: HealthReport | undefined): unknown {
  if (!r) return r;
  const { generatedAt: _t, ...rest } = r;
  return rest;
}

/** The verdicts of a report: which check said what, and which cause it hangs under. */
export function verdicts(r: HealthReport | undefined): unknown {
  return {
    ctStatus: r?.ctStatus,
    unprivileged: r?.unprivileged,
    hasGpu: r?.hasGpu,
    summary: r?.summary,
    checks: r?.checks.map((c) => [c.id, c.severity, c.causedBy ?? null, c.consequences ?? 0, !!c.fix]),
  };
}
