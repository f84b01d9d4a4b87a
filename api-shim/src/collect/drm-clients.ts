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
import { closeSync, openSync, readSync, statSync } from 'node:fs';
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
 * Reads one clients file per DRM device. `devices`: the DRM minors of each device (card first),
 * from the inventory. Every minor of a device lists the same files (the list is the device's,
 * dev->filelist), so the first minor with a clients file is enough. A device with none, a file
 * we may not read (debugfs unmounted or booted with debugfs=off, not root, EPERM/ENODEV), or
 * one we cannot parse makes the whole list unusable: a client missed there would be missed for good.
 * Synchronous like the /proc walk it replaces: a kernel-generated file, no file system of a
 * container's behind it, and bounded.
 */
export function readDrmClientList(
  host: HostRoot,
  devices: ReadonlyArray<ReadonlyArray<number>>,
  maxBytes = CLIENTS_MAX_BYTES,
): DrmClientList {
  const rows: DrmClientRow[] = [];
  const files: string[] = [];
  let opener = false;
  for (const minors of devices) {
    let found = false;
    let tried = `${DEBUGFS_DRI}/${minors[0] ?? '?'}/clients`;
    for (const minor of minors) {
      const p = `${DEBUGFS_DRI}/${minor}/clients`;
      tried = p;
      const file = host.resolve(p);
      const got = readBounded(file, maxBytes);
      if (got === 'gone') continue;
      if (got === 'denied' || got === 'unreadable' || got === 'too-large') return { state: got, path: p };
      const parsed = parsedList(file, got);
      if (!parsed) return { state: 'unparsable', path: p };
      rows.push(...parsed.rows);
      if (parsed.pidColumn === 'pid') opener = true;
      files.push(p);
      found = true;
      break;
    }
    if (!found) return { state: 'absent', path: tried };
  }
  return { state: 'ok', rows, files, opener };
}

/**
 * The last read of each clients file and its table. The list changes only when a DRM file is
 * opened, closed or handed over, and is read every 2 s: the same bytes as last time give the same
 * table (parseDrmClients() is a pure function of the text) without decoding or splitting them
 * again. Tables are frozen, so that sharing one between passes cannot let a pass change another's.
 */
const lastRead = new Map<string, { bytes: Buffer; table: DrmClientTable | undefined }>();
/** files remembered at most (one per GPU on a host; tests read many trees) */
const LAST_READ_MAX = 64;

function parsedList(file: string, got: { buf: Buffer; n: number }): DrmClientTable | undefined {
  const { buf, n } = got;
  const last = lastRead.get(file);
  if (last !== undefined && last.bytes.length === n && last.bytes.compare(buf, 0, n) === 0) return last.table;
  const table = parseDrmClients(buf.toString('utf8', 0, n));
  if (table) {
    for (const row of table.rows) Object.freeze(row);
    Object.freeze(table.rows);
    Object.freeze(table);
  }
  lastRead.delete(file);
  if (lastRead.size >= LAST_READ_MAX) lastRead.delete(lastRead.keys().next().value as string);
  lastRead.set(file, { bytes: Buffer.from(buf.subarray(0, n)), table });
  return table;
}

/**
 * One buffer for every read of a clients file (the reads are synchronous, each decoded before the
 * next): 64 KiB, ≈ 450 rows, were allocated for each read, every 2 s, and every row copied twice.
 */
const shared = Buffer.allocUnsafe(64 * 1024);

/** The file's bytes (in `buf`'s first n: the shared buffer, or a bigger one of its own), or why not. */
function readBounded(
  file: string,
  maxBytes: number,
): { buf: Buffer; n: number } | 'gone' | 'denied' | 'unreadable' | 'too-large' {
  let fd: number;
  try {
    // Absent (debugfs not mounted: the walk's case, every pass, for every minor): a stat() says so
    // without the exception a failed open costs. Gone after it: the open says so as before.
    if (statSync(file, { throwIfNoEntry: false }) === undefined) return 'gone';
    fd = openSync(file, 'r');
  } catch (err) {
    if (isGone(err)) return 'gone';
    return isDenied(err) ? 'denied' : 'unreadable';
  }
  try {
    // seq_file reports size 0: read until EOF, one byte past the bound to tell "too large". A
    // list longer than the shared buffer goes on in one of its own, twice as big each time.
    let buf = shared;
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        const bigger = Buffer.allocUnsafe(Math.min(2 * buf.length, maxBytes + 1));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return 'too-large';
    }
    return { buf, n: total };
  } catch (err) {
    return isDenied(err) ? 'denied' : 'unreadable';
  } finally {
    closeSync(fd);
  }
}
