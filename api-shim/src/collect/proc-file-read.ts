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
 * bound does without it). Throws what open/read throw (ENOENT for an exited process, …).
 */
export function readProcFile(file: string, maxBytes: number): string {
  const fd = openSync(file, 'r');
  try {
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        if (total >= maxBytes) break;
        const grown = Buffer.alloc(Math.min(maxBytes, 2 * buf.length));
        buf.copy(grown, 0, 0, total);
        buf = grown;
      }
      const n = readSync(fd, buf, total, Math.min(buf.length, maxBytes) - total, null);
      if (n === 0) break;
      total += n;
      if (total >= maxBytes) break;
    }
    return buf.toString('utf8', 0, total);
  } finally {
    closeSync(fd);
  }
}
