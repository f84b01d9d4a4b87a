// SPDX-License-Identifier: AGPL-3.0-or-later
// A FIFO that a long-running child (nvidia-smi's loops) writes its output into and the collector
// drains when it samples, instead of a pipe that libuv reads at every write. Each read of a pipe
// is a wake-up of the event loop: two nvidia-smi loops printing once a second cost a Node process
// that does nothing else with their output about 0.1 % of a core (measured: 0.20 % against 0.09–0.11 %
// for a bare 1 Hz timer, 40 s windows on the 2-vCPU VM, docs/collectors.md "NVIDIA's children
// drained once per sample"), as much again as the sample itself on a host of 2 000 processes.
// Drained once per sample, the output costs no wake-up of its own.
//
// Node has no pipe(2) and no mkfifo(3): the FIFO is made by coreutils' mkfifo(1) (Essential in
// Debian) in a fresh 0700 directory, opened at both ends, and unlinked at once: nothing else can
// open it, and nothing is left behind. The read end is non-blocking (O_NONBLOCK: a read with
// nothing written fails with EAGAIN, fifo(7)); the child's end blocks, so a collector that falls
// behind holds the child back (pipe(7): 64 KiB by default) instead of losing its lines.
import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** What one drain() takes at most: more stays for the next (a child printing a flood). */
const DRAIN_MAX = 256 * 1024;
const CHUNK = 64 * 1024;

export class ChildFifo {
  /** our end, non-blocking; -1 once closed */
  private readFd: number;
  /** the child's end until afterSpawn(); -1 after */
  private writeEnd: number;
  private readonly buf = Buffer.allocUnsafe(CHUNK);
  /** a character cut between two reads is kept for the next (a process name in UTF-8) */
  private readonly decoder = new StringDecoder('utf8');
  /** every writer has closed its end and all was read (fifo(7): read returns 0) */
  ended = false;

  private constructor(readFd: number, writeFd: number) {
    this.readFd = readFd;
    this.writeEnd = writeFd;
  }

  /**
   * A new FIFO with both ends open and its name gone, or undefined where one cannot be made (no
   * mkfifo, a read-only or full temporary directory): the caller then uses a pipe as before.
   */
  static open(tmp = os.tmpdir()): ChildFifo | undefined {
    let dir: string | undefined;
    let readFd = -1;
    try {
      dir = mkdtempSync(path.join(tmp, 'pve-gpu-tab-fifo-')); // mode 0700
      const name = path.join(dir, 'out');
      const made = spawnSync('mkfifo', ['-m', '600', name], { stdio: 'ignore', timeout: 5000 });
      if (made.status !== 0) return undefined;
      readFd = openSync(name, constants.O_RDONLY | constants.O_NONBLOCK);
      // a reader exists, so opening the writing end does not block (fifo(7))
      const writeFd = openSync(name, constants.O_WRONLY);
      return new ChildFifo(readFd, writeFd);
    } catch {
      if (readFd >= 0) closeSync(readFd);
      return undefined;
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }

  /** The descriptor to hand the child as its stdout and stderr. */
  get childEnd(): number {
    return this.writeEnd;
  }

  /** The child has its copy: ours is closed, so that the child's exit ends the FIFO. */
  afterSpawn(): void {
    if (this.writeEnd >= 0) closeSync(this.writeEnd);
    this.writeEnd = -1;
  }

  /** Everything written since the last drain (up to DRAIN_MAX), '' when nothing was. Never blocks. */
  drain(): string {
    if (this.readFd < 0 || this.ended) return '';
    let out = '';
    while (out.length < DRAIN_MAX) {
      let n: number;
      try {
        n = readSync(this.readFd, this.buf, 0, CHUNK, null);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') break; // nothing more for now
        this.ended = true;
        break;
      }
      if (n === 0) {
        this.ended = this.writeEnd < 0; // no writer left (before afterSpawn our own end is one)
        break;
      }
      out += this.decoder.write(this.buf.subarray(0, n));
      if (n < CHUNK) break; // a short read: the FIFO is empty now, no second read to learn it
    }
    return out;
  }

  close(): void {
    this.afterSpawn();
    if (this.readFd >= 0) closeSync(this.readFd);
    this.readFd = -1;
  }
}
