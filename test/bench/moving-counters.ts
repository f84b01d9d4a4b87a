// SPDX-License-Identifier: AGPL-3.0-or-later
// The bench tree's GPU clients with counters that move, written by the bench process: on the bench's
// own tree no client's fdinfo ever changes (every client idle), so a sampler that does less for an
// unchanged file would be measured only where it gains most. `npm run bench collect` prints each
// daemon figure both ways (--counters=idle|moving picks one).
//
// Each write puts the whole text at offset 0 of the same file (no truncation, no rename): the
// collector holds the file open and re-reads it from offset 0 (collect/reread.ts), as it does a
// real /proc/<pid>/fdinfo/<fd>, and a rename would make it reopen the file every second, which a
// real host never asks. So every write must have the same length: each counter starts at 10^12 ns
// (13 digits) and grows by at most 10^9 a write, 13 digits for the next 9 000 writes (2.5 hours
// at 1 Hz). A read between the write's first and last byte could see old and new digits mixed;
// the write is one memcpy of ≈ 400 bytes into one tmpfs page, against a read once a second.
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { i915Fdinfo } from '../../api-shim/src/demo/workload/host-tree.ts';

const START = 1_000_000_000_000;
/** ns each engine is busy per write, before a client's own factor (see write()) */
const BUSY_NS: Record<string, number> = { render: 3e8, video: 9e8, copy: 5e7, 'video-enhance': 0 };

export class MovingCounters {
  private readonly fds: number[];
  private writes = 0;
  private timer?: NodeJS.Timeout;

  constructor(
    files: string[],
    private readonly clientIds: number[],
    private readonly pdev: string,
  ) {
    this.fds = files.map((f) => openSync(f, 'r+'));
    // the idle tree's text is shorter: cut once, then every write has this write's length
    this.fds.forEach((fd, k) => {
      ftruncateSync(fd, 0);
      writeSync(fd, this.text(k), 0);
    });
  }

  /** The text of client `k` after `this.writes` writes: every engine but one moves, each client at its own pace. */
  private text(k: number): string {
    const pace = ((k % 5) + 1) / 5;
    const engines: Record<string, number> = {};
    for (const [e, ns] of Object.entries(BUSY_NS)) engines[e] = START + Math.round(this.writes * ns * pace);
    return i915Fdinfo({
      clientId: this.clientIds[k],
      pdev: this.pdev,
      engines,
      capacity: { video: 2 },
      residentKiB: 4096,
    });
  }

  /** Every client's counters one step on. */
  write(): void {
    this.writes += 1;
    for (let k = 0; k < this.fds.length; k++) writeSync(this.fds[k], this.text(k), 0);
  }

  /** write() once a second until stop(). */
  start(): void {
    this.timer ??= setInterval(() => this.write(), 1000);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  close(): void {
    this.stop();
    for (const fd of this.fds) closeSync(fd);
  }
}
