// SPDX-License-Identifier: AGPL-3.0-or-later
// One process's fd table, read and classified: which fds are GPU device files (DRM 226:N,
// NVIDIA 195:N), and which fd numbers it holds (the walk's new-fd detection, fd-set.ts).
// The scanner (proc-scanner.ts) decides when a table is read and keeps what it finds; this file
// only reads: a readdir of /proc/<pid>/fd, one readlink per fd (fd-class.ts), and the stat() of
// candidate device links off the main thread (fd-stat-worker.ts).
import { readdirSync, statSync } from 'node:fs';
import { type HostRoot, isDenied, isGone } from '../host/host-root.ts';
import { classifyFd, classifyFdLink, DRM_MAJOR, type GpuFd, gpuOfStat, NVIDIA_MAJOR } from './fd-class.ts';
import { type FdSet, hasFd, packFds } from './fd-set.ts';
import type { FdStatWorker } from './fd-stat-worker.ts';

/** What the last read of a process's table left (ProcInfo in proc-scanner.ts). */
export interface FdTablePrior {
  pid: number;
  /** fd numbers seen at the last read */
  seenFds: FdSet;
  /** fd → DRM minor found at the last read */
  drmFds: ReadonlyMap<number, number>;
  /** fd → NVIDIA minor found at the last read */
  nvFds: ReadonlyMap<number, number>;
  /** fds whose stat() stalled: not looked at again (their verdict, none, is kept) */
  stalled?: ReadonlySet<number>;
}

export type FdTableRead =
  | { state: 'gone' }
  | { state: 'denied' }
  | {
      state: 'read';
      /** fd → DRM minor */
      drm: Map<number, number>;
      /** fd → NVIDIA minor (195:N, N < 254: the GPUs, not nvidiactl/nvidia-modeset) */
      nv: Map<number, number>;
      seenFds: FdSet;
      /** fds whose stat() did not answer in time, this read */
      stalled: number[];
    };

export interface FdTableReaderOptions {
  host: HostRoot;
  /** host.resolve('/proc') */
  procDir: string;
  /** may the read chdir into fd directories (main thread, absolute procDir) */
  relativeOk: boolean;
  /** the working directory to return to after reading links from inside an fd directory (default: now's) */
  home?: string;
  stats: FdStatWorker;
}

export class FdTableReader {
  private readonly home: string;

  constructor(private readonly o: FdTableReaderOptions) {
    this.home = o.home ?? cwdOrRoot();
  }

  /**
   * Reads `proc`'s fd table. `all`: every fd is classified again; otherwise fd numbers seen at
   * the last read keep their verdict and only new numbers are read.
   */
  async read(proc: FdTablePrior, all: boolean): Promise<FdTableRead> {
    const { host, procDir } = this.o;
    let names: string[];
    const fdDir = `${procDir}/${proc.pid}/fd`;
    try {
      names = readdirSync(fdDir);
    } catch (err) {
      if (isDenied(err)) return { state: 'denied' };
      if (!isGone(err)) throw err;
      return { state: 'gone' };
    }
    const realHost = host.root === '/';
    if (scratch.length < names.length) scratch = new Uint32Array(Math.max(names.length, 2 * scratch.length));
    const drm = new Map<number, number>();
    const nv = new Map<number, number>();
    const toStat: number[] = [];
    const toCheck: number[] = [];
    const keep = (fd: number, dev: GpuFd | undefined) => {
      if (dev?.major === DRM_MAJOR) drm.set(fd, dev.minor);
      else if (dev?.major === NVIDIA_MAJOR && dev.minor < 254) nv.set(fd, dev.minor);
    };
    // Synchronous, and the only loop over every fd: one readlink each (the floor of any walk; see
    // the collect bench's "readlink floor" line). Read relative to the fd directory where a whole
    // table is read: Node has no readlinkat(2), and a path the kernel need not walk from / each
    // time cost 10–35 % less per fd on the bench's tree (≈ 15 % on a real /proc), with no string
    // built per fd. The working directory is the process's, so it is set and put back around
    // this loop, in which nothing awaits: no other JavaScript can see it. A relative path handed
    // to libuv's pool before it would resolve against it: the collector hands none (its paths
    // are absolute; state_dir must be).
    const relative =
      this.o.relativeOk && names.length > 1 && (all || proc.seenFds.length === 0) && enterDir(fdDir);
    let n: number;
    try {
      n = classifyLinks(proc, names, all, relative ? '' : `${fdDir}/`, realHost, drm, nv, toStat, toCheck);
    } finally {
      if (relative) leaveDir(this.home);
    }
    // Packed before any await: `scratch` is shared by every read.
    const seenFds = packFds(scratch, n);
    for (const fd of toCheck) {
      keep(fd, await classifyFd(host, `/proc/${proc.pid}/fd/${fd}`).catch(() => undefined));
    }
    const stalled: number[] = [];
    if (toStat.length > 0) {
      const answers = await this.o.stats.statAll(toStat.map((fd) => `/proc/${proc.pid}/fd/${fd}`));
      answers.forEach((a, i) => {
        if (a === 'stalled') stalled.push(toStat[i]);
        else if (a !== 'gone') keep(toStat[i], gpuOfStat(a.char, a.rdev));
      });
    }
    return { state: 'read', drm, nv, seenFds, stalled };
  }
}

/**
 * The fd loop of read(): `prefix` is the fd directory's path, or "" from inside it. Returns how
 * many fd numbers it put in `scratch`.
 */
function classifyLinks(
  proc: FdTablePrior,
  names: string[],
  all: boolean,
  prefix: string,
  realHost: boolean,
  drm: Map<number, number>,
  nv: Map<number, number>,
  toStat: number[],
  toCheck: number[],
): number {
  let n = 0;
  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    const fd = Number(name);
    if (!Number.isInteger(fd) || fd < 0) continue;
    scratch[n++] = fd;
    if ((!all && hasFd(proc.seenFds, fd)) || proc.stalled?.has(fd)) {
      // Known fd (or one whose stat stalled once): keep what it was.
      const wasDrm = proc.drmFds.get(fd);
      const wasNv = proc.nvFds.get(fd);
      if (wasDrm !== undefined) drm.set(fd, wasDrm);
      if (wasNv !== undefined) nv.set(fd, wasNv);
      continue;
    }
    const first = classifyFdLink(prefix ? prefix + name : name, realHost);
    if (first === 'stat') toStat.push(fd);
    else if (first === 'check') toCheck.push(fd);
  }
  return n;
}

/** The read's fd-number buffer, reused by every read (a process's set is packed from it). */
let scratch = new Uint32Array(1024);

/** chdir into an fd directory; false where it cannot (gone, denied): then paths are absolute. */
function enterDir(dir: string): boolean {
  try {
    process.chdir(dir);
    return true;
  } catch {
    return false;
  }
}

function leaveDir(home: string): void {
  try {
    process.chdir(home);
  } catch {
    process.chdir('/');
  }
}

function cwdOrRoot(): string {
  try {
    return process.cwd();
  } catch {
    return '/';
  }
}

/** st_size of a directory (of /proc/<pid>/fd: its open fds on Linux ≥ 6.2), -1 where unreadable. */
export function fdDirSize(p: string): number {
  try {
    return statSync(p).size;
  } catch {
    return -1;
  }
}
