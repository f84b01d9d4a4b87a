// SPDX-License-Identifier: AGPL-3.0-or-later
// One process's fd table, read and classified: which fds are GPU device files (DRM 226:N,
// NVIDIA 195:N), and which fd numbers it holds (the walk's new-fd detection, fd-set.ts).
// The scanner (proc-scanner.ts) decides when a table is read and keeps what it finds; this file
// only reads: a readdir of /proc/<pid>/fd, one readlink per fd (fd-class.ts), and the stat() of
// candidate device links off the main thread (fd-stat-worker.ts).
import { closeSync, constants, type Dir, opendirSync, openSync, readdirSync, statSync } from 'node:fs';
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
  /** fds per slice of a big table's read (default SLICE_FDS); a table this small is read in one go */
  sliceFds?: number;
  /** a slice ends after this much time (ms; default SLICE_MS), however few fds it read */
  sliceMs?: number;
}

/**
 * One slice of a big table: 2 048 links ≈ 4–10 ms of readlink (2–5 µs each on a real /proc, this
 * project's VM under load), which is the longest a hostile table holds the event loop at a time.
 */
export const SLICE_FDS = 2048;
export const SLICE_MS = 10;
/**
 * A table whose size is known (Linux ≥ 6.2) up to this many fds is listed in one readdir (≈ 1 µs
 * per fd, ≤ ≈ 10 ms), its links then read in slices; a bigger one, or one of unknown size, is
 * listed through an open directory, DIR_BUFFER entries per getdents, slice by slice.
 */
const LIST_IN_ONE_GO = 8192;
const DIR_BUFFER = 256;

export class FdTableReader {
  private readonly home: string;
  private readonly sliceFds: number;
  private readonly sliceMs: number;
  /** tables read in slices so far */
  bigReads = 0;
  /** big tables listed through an open directory, slice by slice (not in one readdir) so far */
  listedInSlices = 0;
  /** yields to the event loop between slices so far */
  yields = 0;

  constructor(private readonly o: FdTableReaderOptions) {
    this.home = o.home ?? cwdOrRoot();
    this.sliceFds = Math.max(1, o.sliceFds ?? SLICE_FDS);
    this.sliceMs = o.sliceMs ?? SLICE_MS;
  }

  /**
   * Reads `proc`'s fd table. `all`: every fd is classified again; otherwise fd numbers seen at
   * the last read keep their verdict and only new numbers are read. `size`: st_size of the fd
   * directory where the caller stat()ed it just before (−1: unknown), else it is stat()ed here.
   */
  async read(proc: FdTablePrior, all: boolean, size?: number): Promise<FdTableRead> {
    const { host, procDir } = this.o;
    const fdDir = `${procDir}/${proc.pid}/fd`;
    const realHost = host.root === '/';
    const fdCount = realHost ? (size ?? fdDirSize(`/proc/${proc.pid}/fd`)) : undefined;
    // A table larger than one slice, or of unknown size (Linux < 6.2 says 0 for every table), is
    // read in slices; −1 where sizes are counts (no fd, or no directory) is listed in one go,
    // which says which.
    if (realHost && !(fdCount !== undefined && fdCount <= this.sliceFds && sizeIsCount())) {
      return this.readInSlices(proc, all, fdDir, fdCount);
    }
    let names: string[];
    try {
      names = readdirSync(fdDir);
    } catch (err) {
      return failed(err);
    }
    // A snapshot's table (a fixed tree) past a slice: its links are read in slices too.
    if (names.length > this.sliceFds) return this.readInSlices(proc, all, fdDir, fdCount, names);
    if (scratch.length < names.length) scratch = new Uint32Array(Math.max(names.length, 2 * scratch.length));
    const found = new Found();
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
      n = classifyLinks(proc, names, all, relative ? '' : `${fdDir}/`, realHost, found);
    } finally {
      if (relative) leaveDir(this.home);
    }
    // Packed before any await: `scratch` is shared by every read.
    return this.settle(proc, found, packFds(scratch, n));
  }

  /**
   * A big table (a container's process can raise its fd limit far past the thousands: systemd's
   * default hard limit is 524 288): listed and its links read `sliceFds` at a time, at most
   * `sliceMs` each, yielding to the event loop between slices. The same reads as in one go, so the
   * same result: every fd number listed, each new one's link read once.
   *
   * On a real host the fd directory is opened first and every later path goes through that open
   * file (/proc/self/fd/<n>, a magic link to the directory it was opened on): a PID freed and
   * handed to another process during a yield cannot send the rest of the read to the newcomer's
   * table — the kernel answers ENOENT for a directory whose task has exited
   * (proc_readfd_common(), proc_fd_link() in fs/proc/fd.c). The working directory is put back
   * before each yield and taken again after it (no other JavaScript ever sees it changed).
   */
  private async readInSlices(
    proc: FdTablePrior,
    all: boolean,
    fdDir: string,
    fdCount: number | undefined,
    listed?: string[],
  ): Promise<FdTableRead> {
    let dirFd: number | undefined;
    let dir: Dir | undefined;
    let listing: string[] | undefined = listed;
    let dirPath = fdDir;
    try {
      if (!listing) {
        dirFd = openSync(fdDir, constants.O_RDONLY | constants.O_DIRECTORY);
        dirPath = `/proc/self/fd/${dirFd}`;
        // a size known and small enough is listed in one readdir, as any other table
        if (fdCount !== undefined && fdCount > 0 && fdCount <= LIST_IN_ONE_GO) listing = readdirSync(dirPath);
        else {
          dir = opendirSync(dirPath, { bufferSize: DIR_BUFFER });
          this.listedInSlices += 1;
        }
      }
    } catch (err) {
      if (dirFd !== undefined) closeSync(dirFd);
      return failed(err);
    }
    this.bigReads += 1;
    let fds = new Uint32Array(Math.max(1024, listing?.length ?? fdCount ?? 0));
    let n = 0;
    const found = new Found();
    const realHost = this.o.host.root === '/';
    const useCwd = this.o.relativeOk && (all || proc.seenFds.length === 0);
    let k = 0;
    try {
      for (;;) {
        // one slice: at most sliceFds entries and sliceMs of this thread
        const relative = useCwd && enterDir(dirPath);
        const prefix = relative ? '' : `${dirPath}/`;
        const began = performance.now();
        let done = false;
        try {
          for (let inSlice = 0; ; inSlice++) {
            if (
              inSlice >= this.sliceFds ||
              ((inSlice & 63) === 63 && performance.now() - began > this.sliceMs)
            )
              break;
            let name: string;
            if (listing) {
              if (k >= listing.length) {
                done = true;
                break;
              }
              name = listing[k++];
            } else {
              const entry = (dir as Dir).readSync();
              if (entry === null) {
                done = true;
                break;
              }
              name = entry.name;
            }
            const fd = fdNumber(name);
            if (fd < 0) continue;
            if (n === fds.length) {
              const grown = new Uint32Array(2 * fds.length);
              grown.set(fds);
              fds = grown;
            }
            fds[n++] = fd;
            classifyOne(proc, fd, name, all, prefix, realHost, found);
          }
        } finally {
          if (relative) leaveDir(this.home);
        }
        if (done) break;
        this.yields += 1;
        await yieldToLoop();
      }
    } catch (err) {
      // the process exited while its table was listed (getdents answers ENOENT then)
      return failed(err);
    } finally {
      dir?.closeSync();
      if (dirFd !== undefined) closeSync(dirFd);
    }
    return this.settle(proc, found, packFds(fds, n));
  }

  /** The stat()s and snapshot checks a read left for after its loop, then its result. */
  private async settle(proc: FdTablePrior, found: Found, seenFds: FdSet): Promise<FdTableRead> {
    const { drm, nv, toStat, toCheck } = found;
    for (const fd of toCheck) {
      found.keep(fd, await classifyFd(this.o.host, `/proc/${proc.pid}/fd/${fd}`).catch(() => undefined));
    }
    const stalled: number[] = [];
    if (toStat.length > 0) {
      const answers = await this.o.stats.statAll(toStat.map((fd) => `/proc/${proc.pid}/fd/${fd}`));
      answers.forEach((a, i) => {
        if (a === 'stalled') stalled.push(toStat[i]);
        else if (a !== 'gone') found.keep(toStat[i], gpuOfStat(a.char, a.rdev));
      });
    }
    return { state: 'read', drm, nv, seenFds, stalled };
  }
}

/** What a read found: GPU fds known already, and the links left to stat() or check. */
class Found {
  readonly drm = new Map<number, number>();
  readonly nv = new Map<number, number>();
  readonly toStat: number[] = [];
  readonly toCheck: number[] = [];

  keep(fd: number, dev: GpuFd | undefined): void {
    if (dev?.major === DRM_MAJOR) this.drm.set(fd, dev.minor);
    else if (dev?.major === NVIDIA_MAJOR && dev.minor < 254) this.nv.set(fd, dev.minor);
  }
}

function failed(err: unknown): FdTableRead {
  if (isDenied(err)) return { state: 'denied' };
  if (isGone(err)) return { state: 'gone' };
  throw err;
}

/** One fd of a table: its old verdict if it is known, else its link read (`prefix` + name). */
function classifyOne(
  proc: FdTablePrior,
  fd: number,
  name: string,
  all: boolean,
  prefix: string,
  realHost: boolean,
  found: Found,
): void {
  if ((!all && hasFd(proc.seenFds, fd)) || proc.stalled?.has(fd)) {
    // Known fd (or one whose stat stalled once): keep what it was.
    const wasDrm = proc.drmFds.get(fd);
    const wasNv = proc.nvFds.get(fd);
    if (wasDrm !== undefined) found.drm.set(fd, wasDrm);
    if (wasNv !== undefined) found.nv.set(fd, wasNv);
    return;
  }
  const first = classifyFdLink(prefix ? prefix + name : name, realHost);
  if (first === 'stat') found.toStat.push(fd);
  else if (first === 'check') found.toCheck.push(fd);
}

/**
 * The fd loop of a table read in one go: `prefix` is the fd directory's path, or "" from inside
 * it. Returns how many fd numbers it put in `scratch`.
 */
function classifyLinks(
  proc: FdTablePrior,
  names: string[],
  all: boolean,
  prefix: string,
  realHost: boolean,
  found: Found,
): number {
  let n = 0;
  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    const fd = fdNumber(name);
    if (fd < 0) continue;
    scratch[n++] = fd;
    classifyOne(proc, fd, name, all, prefix, realHost, found);
  }
  return n;
}

/**
 * An fd directory entry's number, −1 for any other name. Digits by hand: Number() of each of the
 * 500 000 names of a full check at 10 000 processes went through V8's string-to-number path and
 * stored an array-index hash in every name (≈ 2 % of the pass in a perf profile). fd numbers are
 * below 2^31 (fs.nr_open is at most 1 073 741 816: sysctl_nr_open_max in fs/file.c); a name of
 * more than 10 characters, or with a leading zero, is not one the kernel lists.
 */
export function fdNumber(name: string): number {
  const len = name.length;
  if (len === 0 || len > 10 || (len > 1 && name.charCodeAt(0) === 48)) return -1;
  let fd = 0;
  for (let i = 0; i < len; i++) {
    const c = name.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    fd = fd * 10 + c;
  }
  return fd <= 0x7fffffff ? fd : -1;
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

let sizeCounts: boolean | undefined;
/**
 * Does the kernel give an fd directory's number of open fds as its size (Linux ≥ 6.2:
 * proc_fd_getattr() in fs/proc/fd.c; proc_pid_fd(5))? Older kernels say 0 for every table. Asked
 * once, of this process's own table (never empty: the event loop's epoll fd at least).
 */
export function sizeIsCount(): boolean {
  sizeCounts ??= fdDirSize('/proc/self/fd') > 0;
  return sizeCounts;
}

function yieldToLoop(): Promise<void> {
  return new Promise((r) => setImmediate(r));
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
