// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Device nodes (/dev/dri/renderD128, /dev/nvidia0, /dev/kfd …) read the same way on a real
 * host and in a host snapshot.
 *
 * A snapshot is built without root, so it cannot hold real device nodes (no mknod). It
 * records them in JSON sidecars instead:
 *
 *   <root>/dev/.nodes.json        and every   <root>/dev/.nodes.d/*.json
 *
 * each an object mapping the canonical host path to its facts:
 *
 *   { "/dev/dri/renderD128": { "type": "char", "major": 226, "minor": 128,
 *                              "uid": 0, "gid": 993, "mode": "0660" } }
 *
 * `mode` is the permission bits as an octal string ("0660") or a number (0o660). Several
 * writers (health demo, collectors demo, tests) each write their own file under
 * `.nodes.d/`, so none clobbers another; files are merged in name order, later wins, and
 * `.nodes.json` comes first. The file at the path itself may exist (e.g. an empty
 * placeholder, or a symlink such as /dev/dri/by-path/…-render → ../renderD128) or not:
 * a sidecar entry alone makes the node exist.
 *
 * Lookup: the path is first resolved inside the host root, symlink by symlink (an absolute
 * link target is taken relative to the root, never the machine's "/"); the canonical path
 * is then looked up in the sidecars; if absent, the file is stat()ed — on a real host that
 * yields the real type and rdev. A real host has no sidecars, so it always stats.
 */

import type { Stats } from 'node:fs';
import path from 'node:path';
import type { HostRoot } from './host-root.ts';

export type NodeType = 'char' | 'block' | 'file' | 'dir' | 'missing';

export interface DeviceNodeFacts {
  type: NodeType;
  major?: number;
  minor?: number;
  uid: number;
  gid: number;
  /** permission bits only, e.g. 0o660 */
  mode: number;
  /** canonical host path after following symlinks (inside the root) */
  resolved: string;
}

interface SidecarEntry {
  type?: string;
  major?: number;
  minor?: number;
  uid?: number;
  gid?: number;
  mode?: string | number;
}

const SIDECAR_TTL_MS = 2000;
const MAX_LINKS = 40;
const sidecarCache = new WeakMap<HostRoot, { at: number; map: Map<string, SidecarEntry> }>();

/**
 * Facts about one device node path; never throws for a missing path (type "missing").
 * With `base` (e.g. "/proc/1101/root") the path is resolved inside that directory.
 */
export async function statDevice(host: HostRoot, devPath: string, base = '/'): Promise<DeviceNodeFacts> {
  const facts = await statDeviceQuiet(host, devPath, base);
  host.recorder?.record({ op: 'node', path: devPath, base, facts });
  return facts;
}

async function statDeviceQuiet(host: HostRoot, devPath: string, base: string): Promise<DeviceNodeFacts> {
  // `base` lets a caller look at a container's node (/proc/<pid>/root) without its links escaping.
  const resolved = (await resolveInRoot(host, base, devPath)) ?? path.posix.normalize(`${base}/${devPath}`);
  const sidecars = await loadSidecars(host);
  const entry = sidecars.get(resolved);
  if (entry) return fromSidecar(entry, resolved);
  const st = await host.lstat(resolved);
  if (!st) return { type: 'missing', uid: 0, gid: 0, mode: 0, resolved };
  return fromStats(st, resolved);
}

/** Parses "0660", "660", "rw-rw----"-free octal text or a number into permission bits. */
export function parseMode(mode: string | number | undefined): number {
  if (typeof mode === 'number') return mode & 0o7777;
  if (typeof mode === 'string' && /^[0-7]{1,4}$/.test(mode)) return Number.parseInt(mode, 8);
  return 0;
}

/** "0660" */
export function formatMode(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

function fromSidecar(e: SidecarEntry, resolved: string): DeviceNodeFacts {
  const type: NodeType =
    e.type === 'char' || e.type === 'block' || e.type === 'file' || e.type === 'dir' || e.type === 'missing'
      ? e.type
      : 'char';
  return {
    type,
    major: typeof e.major === 'number' ? e.major : undefined,
    minor: typeof e.minor === 'number' ? e.minor : undefined,
    uid: typeof e.uid === 'number' ? e.uid : 0,
    gid: typeof e.gid === 'number' ? e.gid : 0,
    mode: parseMode(e.mode),
    resolved,
  };
}

function fromStats(st: Stats, resolved: string): DeviceNodeFacts {
  // the same shape, key order included, as a sidecar entry gives (fromSidecar): a node reads the
  // same whether a host stat()s it or a snapshot recorded it
  const owner = { uid: st.uid, gid: st.gid, mode: st.mode & 0o7777, resolved };
  if (st.isCharacterDevice() || st.isBlockDevice()) {
    // Linux dev_t encoding (glibc gnu_dev_major/minor), rdev arrives as a double-safe number.
    const rdev = BigInt(st.rdev);
    const major = Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn));
    const minor = Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn));
    return { type: st.isCharacterDevice() ? 'char' : 'block', major, minor, ...owner };
  }
  return { type: st.isDirectory() ? 'dir' : 'file', ...owner };
}

async function loadSidecars(host: HostRoot): Promise<Map<string, SidecarEntry>> {
  const cached = sidecarCache.get(host);
  const now = Date.now();
  if (cached && now - cached.at < SIDECAR_TTL_MS) return cached.map;
  const map = new Map<string, SidecarEntry>();
  const files = ['/dev/.nodes.json'];
  const extra = (await host.readdir('/dev/.nodes.d')).filter((n) => n.endsWith('.json')).sort();
  for (const n of extra) files.push(`/dev/.nodes.d/${n}`);
  for (const f of files) {
    const text = await host.readText(f, 4 * 1024 * 1024).catch(() => undefined);
    if (!text) continue;
    try {
      const obj = JSON.parse(text) as Record<string, SidecarEntry>;
      if (obj && typeof obj === 'object') {
        for (const [k, v] of Object.entries(obj)) {
          if (k.startsWith('/') && v && typeof v === 'object') map.set(path.posix.normalize(k), v);
        }
      }
    } catch {
      // A broken sidecar only loses its own entries; the nodes then read as stat() sees them.
    }
  }
  sidecarCache.set(host, { at: now, map });
  return map;
}

/**
 * Resolves `inner` (an absolute path as seen from `base`) to a host path inside `base`,
 * following symlinks component by component with lstat/readlink. An absolute link target
 * restarts at `base`, ".." never climbs above `base`: a link planted under `base` (e.g. in a
 * container's root, /proc/<pid>/root) can never lead outside it. Returns the host path of
 * the final component (which need not exist), or undefined after too many links.
 */
export async function resolveInRoot(
  host: HostRoot,
  base: string,
  inner: string,
): Promise<string | undefined> {
  const baseNorm = path.posix.normalize(base).replace(/\/+$/, '');
  const pending = splitPath(inner);
  const done: string[] = [];
  let links = 0;
  while (pending.length > 0) {
    const part = pending.shift() as string;
    if (part === '.' || part === '') continue;
    if (part === '..') {
      done.pop();
      continue;
    }
    const candidate = `${baseNorm}/${[...done, part].join('/')}`;
    const st = await host.lstat(candidate).catch(() => undefined);
    if (st?.isSymbolicLink()) {
      if (++links > MAX_LINKS) return undefined;
      const target = await host.readlink(candidate).catch(() => undefined);
      if (target === undefined) return undefined;
      if (target.startsWith('/')) done.length = 0;
      pending.unshift(...splitPath(target));
      continue;
    }
    done.push(part);
  }
  return `${baseNorm}/${done.join('/')}`.replace(/^\/\//, '/');
}

function splitPath(p: string): string[] {
  return p.split('/').filter((s) => s.length > 0);
}

/**
 * Names of the nodes in a /dev directory: the directory's entries plus the sidecar entries
 * directly under it (a snapshot may record a node without creating a placeholder file).
 */
export async function listDeviceNodes(host: HostRoot, dir: string): Promise<string[]> {
  const norm = path.posix.normalize(dir).replace(/\/+$/, '');
  const names = new Set(await host.readdir(norm));
  for (const key of (await loadSidecars(host)).keys()) {
    if (path.posix.dirname(key) === norm) names.add(path.posix.basename(key));
  }
  names.delete('.nodes.json');
  names.delete('.nodes.d');
  const sorted = [...names].sort();
  host.recorder?.record({ op: 'list-nodes', path: norm, names: sorted });
  return sorted;
}
