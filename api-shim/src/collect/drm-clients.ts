// SPDX-License-Identifier: AGPL-3.0-or-later
// The kernel's own list of who holds a DRM device open: /sys/kernel/debug/dri/<minor>/clients,
// written by drm_clients_info() in drivers/gpu/drm/drm_debugfs.c. One row per struct drm_file:
//   seq_printf("%20s %5d %3d   %c    %c %5d %10u", comm, pid_vnr(pid), minor index, master y/n,
//              authenticated y/n, euid, magic)
// then, on newer kernels, the client name (DRM_IOCTL_SET_CLIENT_NAME, "%*s" 64 wide, "<unset>")
// and the client id ("%5llu", the fdinfo drm-client-id). The header names the PID column "pid"
// (the opener) before "drm: Update file owner during use" and "tgid" (the last user) after it.
// Recorded outputs: test/fixtures/collect/debugfs/README.md.
//
// The PID is as seen from the reader's PID namespace (pid_vnr): the collector runs in the host's,
// so these are host PIDs. Only DRM files are listed: /dev/nvidia* and /dev/kfd never appear.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { type HostRoot, isDenied, isGone } from '../host/host-root.ts';

export interface DrmClientRow {
  command: string;
  /** host PID (0 when the process is not visible in the reader's namespace) */
  pid: number;
  /** DRM minor the file was opened through (0 = card0, 128 = renderD128) */
  minor: number;
  master: boolean;
  authenticated: boolean;
  uid: number;
  magic: number;
  /** client name (newer kernels), "<unset>" when the client set none */
  name?: string;
  /** fdinfo's drm-client-id (newest kernels) */
  clientId?: string;
}

const HEADER = /^\s*command\s+(pid|tgid)\s+dev\s+master\s+a\s+uid\s+magic(\s+name)?(\s+client-id)?\s*$/;
/** The command column is "%20s": right-aligned in 20 characters (a comm has at most 15). */
const COMMAND_WIDTH = 20;

export interface DrmClientTable {
  /** "pid": each row names the process that opened the file; "tgid": the one that last used it */
  pidColumn: 'pid' | 'tgid';
  rows: DrmClientRow[];
}

/**
 * Parses a clients file; undefined when the text is not that table (a header we do not know) or a
 * row does not fit it — the caller then trusts the fd walk instead of a half-read list.
 */
export function parseDrmClients(text: string): DrmClientTable | undefined {
  const lines = text.split('\n');
  const head = HEADER.exec(lines[0] ?? '');
  if (!head) return undefined;
  const hasName = head[2] !== undefined;
  const hasId = head[3] !== undefined;
  const rows: DrmClientRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    if (line.length <= COMMAND_WIDTH || line[COMMAND_WIDTH] !== ' ') return undefined;
    const f = line.slice(COMMAND_WIDTH).trim().split(/\s+/);
    if (f.length !== 6 + (hasName ? 1 : 0) + (hasId ? 1 : 0)) return undefined;
    const [pid, minor, master, auth, uid, magic] = f;
    if (!/^\d+$/.test(pid) || !/^\d+$/.test(minor) || !/^-?\d+$/.test(uid) || !/^\d+$/.test(magic))
      return undefined;
    if (!/^[yn]$/.test(master) || !/^[yn]$/.test(auth)) return undefined;
    const row: DrmClientRow = {
      command: line.slice(0, COMMAND_WIDTH).trimStart(),
      pid: Number(pid),
      minor: Number(minor),
      master: master === 'y',
      authenticated: auth === 'y',
      uid: Number(uid),
      magic: Number(magic),
    };
    if (hasName) row.name = f[6];
    if (hasId) {
      if (!/^\d+$/.test(f[f.length - 1])) return undefined;
      row.clientId = f[f.length - 1];
    }
    rows.push(row);
  }
  return { pidColumn: head[1] as 'pid' | 'tgid', rows };
}

export type DrmClientList =
  | {
      state: 'ok';
      rows: DrmClientRow[];
      files: string[];
      /** some file names openers ("pid" column), not users: see DrmClientTable */
      opener: boolean;
    }
  /** why the list cannot be used, and the file it stopped at: the caller walks the fd tables */
  | { state: 'absent' | 'denied' | 'unreadable' | 'unparsable' | 'too-large'; path: string };

export const DEBUGFS_DRI = '/sys/kernel/debug/dri';
/** ≈ 7 000 rows of the widest format; a host with more DRM files than that is walked instead. */
export const CLIENTS_MAX_BYTES = 1024 * 1024;

/**
 * Reads one clients file per DRM device, once (open, read, close by path): see DrmClientFiles,
 * which the scanner keeps, for what it says and for the reads every discovery pass makes.
 */
export function readDrmClientList(
  host: HostRoot,
  devices: ReadonlyArray<ReadonlyArray<number>>,
  maxBytes = CLIENTS_MAX_BYTES,
): DrmClientList {
  const files = new DrmClientFiles(host, { maxBytes, absentRecheckMs: 0 });
  try {
    return files.read(devices, 0);
  } finally {
    files.close();
  }
}

/**
 * An absent clients file (debugfs not mounted, or no such minor) is opened again only this long
 * after — or at the next inventory refresh (forgetAbsent(), every 60 s in the sampler), where a GPU
 * that appeared or a driver that bound shows itself: a walk pass (every 2 s) tried each minor's file
 * again, on a host where debugfs is not mounted, for ever.
 */
export const ABSENT_RECHECK_MS = 60_000;
/** a held file not read for this long (its GPU left the inventory) is closed */
const IDLE_CLOSE_MS = 60_000;

/** A clients file held open: read again from offset 0 at each pass, with its last bytes and table. */
interface HeldList {
  fd: number;
  bytes: Buffer | undefined;
  table: DrmClientTable | undefined;
  /** `now` of its last read (IDLE_CLOSE_MS) */
  readAt: number;
}

/**
 * The kernel's client lists as a discovery pass reads them, every 2 s. What each file says:
 * - every minor of a device lists the same files (the list is the device's, dev->filelist), so the
 *   first minor with a clients file is enough;
 * - a device with none, a file we may not read (debugfs unmounted or booted with debugfs=off, not
 *   root, EPERM/ENODEV), or one we cannot parse makes the whole list unusable: a client missed
 *   there would be missed for good.
 * Synchronous like the /proc walk it replaces: a kernel-generated file, no file system of a
 * container's behind it, and bounded.
 *
 * What it keeps between passes, and when each is looked at again:
 * - A file that opened is held open and read again from offset 0 (pread): the clients file is a
 *   seq_file (DEFINE_SHOW_ATTRIBUTE → single_open(), drivers/gpu/drm/drm_debugfs.c), which shows the
 *   list afresh for a read at position 0 (seq_read_iter(), fs/seq_file.c), as reread.ts does for
 *   fdinfo and sysfs. No stat() and no open per pass. A file removed from debugfs (driver unbound,
 *   GPU unplugged, module reloaded: drm_debugfs_unregister()) answers EIO through the held
 *   descriptor (debugfs_file_get(), fs/debugfs/file.c: the dentry is unlinked), so any read error on
 *   a held file closes it and opens the path once more, now: a new file there (the driver back) is
 *   read as such, none is "absent", and only an error of that fresh open or read is the answer.
 *   In a host tree (tests, the bench: a file system on which a held file stays readable after it is
 *   removed or replaced by rename) each pass first asks fstat() whether the held file still has a
 *   name, as reread.ts does.
 * - An absent file (ENOENT, ENOTDIR from the open: the exact errno, so that EACCES stays "denied")
 *   is not opened again for ABSENT_RECHECK_MS, or until forgetAbsent().
 * - The table of the last read: the same bytes give the same frozen table (below).
 */
export class DrmClientFiles {
  private readonly held = new Map<string, HeldList>();
  /** debugfs path → `now` before which it is taken as absent without a look */
  private readonly absentUntil = new Map<string, number>();
  private readonly unlinkable: boolean;
  private readonly maxBytes: number;
  private readonly absentRecheckMs: number;

  constructor(
    private readonly host: HostRoot,
    opts: { maxBytes?: number; absentRecheckMs?: number; unlinkable?: boolean } = {},
  ) {
    this.unlinkable = opts.unlinkable ?? host.root !== '/';
    this.maxBytes = opts.maxBytes ?? CLIENTS_MAX_BYTES;
    this.absentRecheckMs = opts.absentRecheckMs ?? ABSENT_RECHECK_MS;
  }

  /** Files held open now (tests). */
  get heldCount(): number {
    return this.held.size;
  }

  /** `devices`: the DRM minors of each device (card first), from the inventory. */
  read(devices: ReadonlyArray<ReadonlyArray<number>>, now: number): DrmClientList {
    if (this.held.size > 0) this.closeIdle(now);
    const rows: DrmClientRow[] = [];
    const files: string[] = [];
    let opener = false;
    for (const minors of devices) {
      let found = false;
      let tried = `${DEBUGFS_DRI}/${minors[0] ?? '?'}/clients`;
      for (const minor of minors) {
        const p = `${DEBUGFS_DRI}/${minor}/clients`;
        tried = p;
        const got = this.readOne(p, now);
        if (got === 'gone') continue;
        if (typeof got === 'string') return { state: got, path: p };
        rows.push(...got.rows);
        if (got.pidColumn === 'pid') opener = true;
        files.push(p);
        found = true;
        break;
      }
      if (!found) return { state: 'absent', path: tried };
    }
    return { state: 'ok', rows, files, opener };
  }

  /** Absent files are opened again at the next read (the inventory was read again). */
  forgetAbsent(): void {
    this.absentUntil.clear();
  }

  close(): void {
    for (const p of [...this.held.keys()]) this.drop(p);
    this.absentUntil.clear();
  }

  private readOne(
    p: string,
    now: number,
  ): DrmClientTable | 'gone' | 'denied' | 'unreadable' | 'unparsable' | 'too-large' {
    const until = this.absentUntil.get(p);
    if (until !== undefined) {
      if (now < until) return 'gone';
      this.absentUntil.delete(p);
    }
    let held = this.held.get(p);
    if (held !== undefined && this.unlinkable && fstatSync(held.fd).nlink === 0) {
      this.drop(p);
      held = undefined;
    }
    let got: ReturnType<typeof readAll> | undefined;
    if (held !== undefined) {
      got = readAll(held.fd, this.maxBytes);
      // a read error through a descriptor that read before: the file may be gone or replaced (EIO
      // from debugfs): the path is opened again below and answers instead
      if (got === 'denied' || got === 'unreadable') {
        this.drop(p);
        held = undefined;
      }
    }
    if (held === undefined) {
      let fd: number;
      try {
        fd = openSync(this.host.resolve(p), 'r');
      } catch (err) {
        if (isGone(err)) {
          if (this.absentRecheckMs > 0) this.absentUntil.set(p, now + this.absentRecheckMs);
          return 'gone';
        }
        return isDenied(err) ? 'denied' : 'unreadable';
      }
      held = { fd, bytes: undefined, table: undefined, readAt: now };
      this.held.set(p, held);
      got = readAll(fd, this.maxBytes);
      if (got === 'denied' || got === 'unreadable') {
        this.drop(p);
        return got;
      }
    }
    held.readAt = now;
    if (got === undefined) return 'unreadable'; // cannot happen: read above, held or fresh
    if (typeof got === 'string') return got;
    return tableOf(held, got) ?? 'unparsable';
  }

  private closeIdle(now: number): void {
    for (const [p, held] of this.held) if (!(now - held.readAt < IDLE_CLOSE_MS)) this.drop(p);
  }

  private drop(p: string): void {
    const held = this.held.get(p);
    if (held === undefined) return;
    this.held.delete(p);
    try {
      closeSync(held.fd);
    } catch {
      // EBADF cannot happen (ours); nothing else on close of a read-only file means anything
    }
  }
}

/**
 * The table of `held`'s bytes just read. The list changes only when a DRM file is opened, closed or
 * handed over: the same bytes as last time give the same table (parseDrmClients() is a pure
 * function of the text) without decoding or splitting them again. Tables are frozen, so that
 * sharing one between passes cannot let a pass change another's.
 */
function tableOf(held: HeldList, got: { buf: Buffer; n: number }): DrmClientTable | undefined {
  const { buf, n } = got;
  const last = held.bytes;
  if (last !== undefined && last.length === n && last.compare(buf, 0, n) === 0) return held.table;
  const table = parseDrmClients(buf.toString('utf8', 0, n));
  if (table) {
    for (const row of table.rows) Object.freeze(row);
    Object.freeze(table.rows);
    Object.freeze(table);
  }
  held.bytes = Buffer.from(buf.subarray(0, n));
  held.table = table;
  return table;
}

/**
 * One buffer for every read of a clients file (the reads are synchronous, each decoded before the
 * next): 64 KiB, ≈ 450 rows, were allocated for each read, every 2 s, and every row copied twice.
 */
const shared = Buffer.allocUnsafe(64 * 1024);

/**
 * The file's bytes from offset 0 (in `buf`'s first n: the shared buffer, or a bigger one of its
 * own), or why not. seq_file reports size 0: read until EOF, one byte past the bound to tell "too
 * large". A list longer than the shared buffer goes on in one of its own, twice as big each time.
 * Positional reads (pread), each where the last ended: the first at 0 makes seq_file show the list
 * afresh, the next ones go on from its buffer.
 */
function readAll(
  fd: number,
  maxBytes: number,
): { buf: Buffer; n: number } | 'denied' | 'unreadable' | 'too-large' {
  try {
    let buf = shared;
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        const bigger = Buffer.allocUnsafe(Math.min(2 * buf.length, maxBytes + 1));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const asked = buf.length - total;
      const n = readSync(fd, buf, total, asked, total);
      total += n;
      if (total > maxBytes) return 'too-large';
      // Fewer bytes than asked is the end: seq_read_iter() fills the whole request while its
      // single record lasts (single_open()), and a regular file gives all it has up to the count.
      // No read more to see 0 (one pread per pass for a list that fits the buffer).
      if (n < asked) break;
    }
    return { buf, n: total };
  } catch (err) {
    return isDenied(err) ? 'denied' : 'unreadable';
  }
}
