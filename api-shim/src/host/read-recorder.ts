// SPDX-License-Identifier: AGPL-3.0-or-later
// What a HostRoot was asked and what it answered, when a recorder is attached (docs/snapshot.md
// "Health facts"). `pve-gpu-tab snapshot` runs the health engine with one attached and writes every
// answer into the snapshot, so a fact a new check reads is captured without code of its own; the
// replay test compares two recordings and names the first path whose answer differs.
import type { Stats } from 'node:fs';
import type { DeviceNodeFacts } from './device-nodes.ts';

/** One read of health/facts/ct-reader.ts (restated here: host/ imports nothing of health/). */
export interface CtRead {
  request: { kind: 'file' | 'dir' | 'dpkg' | 'nodes'; path: string; cap: number };
  result: { text?: string; truncated: boolean; problem?: string };
}

export type StatType = 'file' | 'dir' | 'symlink' | 'char' | 'block' | 'other';

/** The parts of a stat() the engine can act on (sizes and times are not facts it reads). */
export interface StatFacts {
  type: StatType;
  mode: number;
  uid: number;
  gid: number;
  major?: number;
  minor?: number;
}

export type HostRead =
  /** readText: the text (undefined: gone), or the error code it threw */
  | { op: 'text'; path: string; maxBytes: number; text?: string; error?: string }
  /** readdir / readdirTyped: the names (undefined: gone, or the error it threw) */
  | { op: 'dir'; path: string; names?: string[]; error?: string }
  | { op: 'link'; path: string; target?: string; error?: string }
  /** stat (follow) or lstat */
  | { op: 'stat'; path: string; follow: boolean; stat?: StatFacts; error?: string }
  /** device-nodes.ts statDevice: `path` as asked, seen from `base` */
  | { op: 'node'; path: string; base: string; facts: DeviceNodeFacts }
  /** device-nodes.ts listDeviceNodes: directory entries plus sidecar nodes */
  | { op: 'list-nodes'; path: string; names: string[] }
  /** ct-reader.ts: one read inside a running container */
  | ({ op: 'ct'; path: string; pid: number } & CtRead);

export interface HostReadRecorder {
  record(read: HostRead): void;
}

/** Keeps every read in order, at most `limit` of them (a hostile /proc cannot grow it without end). */
export class ReadLog implements HostReadRecorder {
  readonly reads: HostRead[] = [];
  dropped = 0;
  constructor(private readonly limit = 200_000) {}
  record(read: HostRead): void {
    if (this.reads.length < this.limit) this.reads.push(read);
    else this.dropped += 1;
  }
}

export function statFacts(st: Stats): StatFacts {
  const type: StatType = st.isSymbolicLink()
    ? 'symlink'
    : st.isDirectory()
      ? 'dir'
      : st.isFile()
        ? 'file'
        : st.isCharacterDevice()
          ? 'char'
          : st.isBlockDevice()
            ? 'block'
            : 'other';
  const out: StatFacts = { type, mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
  if (type === 'char' || type === 'block') {
    // Linux dev_t encoding (glibc gnu_dev_major/minor)
    const rdev = BigInt(st.rdev);
    out.major = Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn));
    out.minor = Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn));
  }
  return out;
}

export function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException | undefined)?.code ?? 'error';
}
