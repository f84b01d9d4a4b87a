// SPDX-License-Identifier: AGPL-3.0-or-later
// A bounded synchronous read of a small /proc/<pid> file (status, cgroup, stat) of any process,
// a container's among them. Their sizes are the kernel's, yet partly the process's to choose:
// /proc/<pid>/status lists every supplementary group on its "Groups:" line, and a container's
// root may call setgroups() with up to NGROUPS_MAX (65 536) groups — a 460 KB status, measured
// (docs/security.md "Hostile processes and the walk"). readFileSync() took all of it into one
// string each time. At most `maxBytes` are read here, into one buffer reused by every read.
import { closeSync, openSync, readSync } from 'node:fs';

let buf = Buffer.alloc(4096);

/**
 * The first `maxBytes` bytes of `file` as UTF-8 (cut there: a caller needing a line past the
 * bound does without it, or reads it as readProcStatus() does). Throws what open/read throw
 * (ENOENT for an exited process, …).
 */
export function readProcFile(file: string, maxBytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const total = readHead(fd, maxBytes); // first: it may replace `buf` with a bigger one
    return buf.toString('utf8', 0, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads up to `maxBytes` of `fd` into `buf` from its start (grown as needed); the bytes read.
 *
 * A read that returns less than it asked for is the end of the file: no second read() to hear 0
 * (≈ 4 µs of the ≈ 22 µs a `status` read costs on this project's VM, paid for every new task the
 * walk probes and every start-time check). The files read here — `status`, `stat`, `cgroup` of
 * /proc/<pid> — are single_open() seq_files (their ONE() entries in fs/proc/base.c): the whole
 * file is one record, rendered at the first read into a buffer grown until it fits
 * (seq_read_iter() in fs/seq_file.c), then copied out as far as each read asks, so a read comes
 * back short only once that record is exhausted and no next one follows. In a host tree they are
 * regular files, where read(2) returns less than asked only at the end of the file.
 */
function readHead(fd: number, maxBytes: number): number {
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      if (total >= maxBytes) break;
      const grown = Buffer.alloc(Math.min(maxBytes, 2 * buf.length));
      buf.copy(grown, 0, 0, total);
      buf = grown;
    }
    const asked = Math.min(buf.length, maxBytes) - total;
    const n = readSync(fd, buf, total, asked, null);
    total += n;
    if (n < asked || total >= maxBytes) break;
  }
  return total;
}

const NSPID = Buffer.from('\nNSpid:');
/**
 * How far past the head the NSpid line is looked for: all of a "Groups:" line at NGROUPS_MAX
 * (65 536 groups of up to 10 digits and a space each, ≈ 721 KB) and the lines between it and NSpid
 */
const STATUS_TAIL_MAX = 768 * 1024;
/** an NSpid line longer than this is no kernel's (32 nested PID namespaces of 7-digit PIDs) */
const NSPID_LINE_MAX = 512;

/**
 * /proc/<pid>/status as readProcFile() reads it, except where the bound cut the file before the
 * end of its NSpid line (the process's PID in each nested PID namespace: its PID inside its
 * container last). The kernel prints that line right after "Groups:", the supplementary groups
 * one by one, and "NStgid:" (task_state() in fs/proc/array.c), so a process with more than
 * ≈ 9 000 groups (a container's root may give it up to 65 536) pushes it past a 64 KiB bound.
 * Then the rest of the file is read on through the same buffer, without keeping it, until that
 * line (at most STATUS_TAIL_MAX more bytes): the kernel rendered the whole file at the first read
 * (seq_file), so going on costs copies, not a second rendering as a seek would. What comes back
 * is then the whole lines of the head and the NSpid line after them. Name, which comes first,
 * cannot hold a newline: the kernel escapes it (proc_task_name()).
 */
export function readProcStatus(file: string, maxBytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const total = readHead(fd, maxBytes); // first: it may replace `buf` with a bigger one
    const head = buf.toString('utf8', 0, total);
    if (total < maxBytes) return head; // the whole file
    const at = head.indexOf('\nNSpid:');
    if (at >= 0 && head.indexOf('\n', at + 1) >= 0) return head;
    const line = nspidLineAfter(fd, total, maxBytes);
    return line === undefined ? head : `${head.slice(0, head.lastIndexOf('\n') + 1)}${line}\n`;
  } finally {
    closeSync(fd);
  }
}

/**
 * The NSpid line in `buf`'s first `have` bytes or what `fd` reads next, `window` bytes of `buf` at
 * a time, looked for over at most STATUS_TAIL_MAX more bytes; undefined where there is none (a
 * kernel without CONFIG_PID_NS).
 */
function nspidLineAfter(fd: number, have: number, window: number): string | undefined {
  let tail = 0;
  for (;;) {
    const at = buf.subarray(0, have).indexOf(NSPID);
    /** bytes ruled out, dropped from the front of the buffer */
    let drop: number;
    if (at >= 0) {
      const end = buf.subarray(0, have).indexOf(10, at + 1);
      if (end >= 0) return buf.toString('latin1', at + 1, end);
      if (have - at > NSPID_LINE_MAX) return undefined;
      drop = at; // the line so far, moved to the front
    } else drop = Math.max(0, have - (NSPID.length - 1)); // a marker cut in two at the end stays
    buf.copy(buf, 0, drop, have);
    have -= drop;
    if (tail >= STATUS_TAIL_MAX) return undefined;
    const n = readSync(fd, buf, have, Math.min(window - have, STATUS_TAIL_MAX - tail), null);
    if (n === 0) return undefined;
    have += n;
    tail += n;
  }
}
