// SPDX-License-Identifier: AGPL-3.0-or-later
// stat() of /proc/<pid>/fd/<n> off the main thread, with a time bound.
//
// The kernel follows the magic link to the open file's inode and asks its file system for the
// attributes: a file on a stalled FUSE mount (or a dead NFS server) inside a container makes that
// stat() wait for as long as the FUSE daemon likes. readlink() of the same link never calls into
// the file system, so the walk reads links on the main thread and hands only the stat()s of
// candidate device nodes to a worker thread. A stat that has not answered within `timeoutMs` is
// reported "stalled"; its worker is abandoned (a thread blocked in a system call cannot be
// interrupted: it ends when the call returns) and the rest of the batch goes to a fresh one. At
// most `maxStuck` abandoned threads are kept: beyond that every stat answers "stalled" at once,
// until one of them comes back.
import { Worker } from 'node:worker_threads';

/** [isCharacterDevice, rdev] of a stat that answered; "gone" for ENOENT and other errors. */
export type FdStat = { char: boolean; rdev: number } | 'gone' | 'stalled';

// Plain CommonJS evaluated by the worker: no import of bundled code, so it works the same from
// the esbuild bundle and from the sources.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { statSync } = require('node:fs');
parentPort.on('message', (m) => {
  for (let i = m.from; i < m.paths.length; i++) {
    let r = null;
    try {
      const st = statSync(m.paths[i], { throwIfNoEntry: false });
      if (st) r = [st.isCharacterDevice() ? 1 : 0, st.rdev];
    } catch {}
    parentPort.postMessage({ id: m.id, i, r });
  }
});
`;

interface Batch {
  id: number;
  paths: string[];
  out: FdStat[];
  next: number;
  resolve: (r: FdStat[]) => void;
  timer?: NodeJS.Timeout;
}

export interface FdStatWorkerOptions {
  /** a stat slower than this is "stalled"; default 1 s */
  timeoutMs?: number;
  /** abandoned (blocked) threads kept at most; default 4 */
  maxStuck?: number;
}

export class FdStatWorker {
  private worker?: Worker;
  private batch?: Batch;
  private readonly queue: Batch[] = [];
  private nextId = 1;
  private stuck = 0;
  readonly timeoutMs: number;
  private readonly maxStuck: number;
  /** stats reported stalled so far (diagnostics, tests) */
  stalledCount = 0;

  constructor(opts: FdStatWorkerOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? 1000;
    this.maxStuck = opts.maxStuck ?? 4;
  }

  /** Threads blocked in a stat right now. */
  get stuckThreads(): number {
    return this.stuck;
  }

  /** stat() of each path, in order; never rejects, never blocks the calling thread. */
  statAll(paths: string[]): Promise<FdStat[]> {
    if (paths.length === 0) return Promise.resolve([]);
    return new Promise((resolve) => {
      const batch: Batch = { id: this.nextId++, paths, out: new Array(paths.length), next: 0, resolve };
      this.queue.push(batch);
      if (!this.batch) this.startNext();
    });
  }

  /** Ends the thread; pending stats answer "stalled". A later statAll starts a new one. */
  close(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate().catch(() => undefined);
    for (const b of [this.batch, ...this.queue]) if (b) this.finish(b, 'stalled');
    this.queue.length = 0;
    this.batch = undefined;
  }

  private startNext(): void {
    const b = this.queue.shift();
    this.batch = b;
    if (!b) {
      this.worker?.unref(); // idle: never keeps the process alive
      return;
    }
    this.send(b);
  }

  private send(b: Batch): void {
    if (this.stuck >= this.maxStuck) {
      this.finish(b, 'stalled');
      if (this.batch === b) this.startNext();
      return;
    }
    const w = this.ensureWorker();
    w.ref();
    this.arm(b);
    w.postMessage({ id: b.id, paths: b.paths, from: b.next });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(WORKER_SOURCE, { eval: true });
    w.on('message', (m: { id: number; i: number; r: [number, number] | null }) => {
      const b = this.batch;
      if (w !== this.worker || !b || m.id !== b.id || m.i !== b.next) return;
      this.advance(b, m.r ? { char: m.r[0] === 1, rdev: m.r[1] } : 'gone', false);
    });
    w.on('error', () => {
      // A worker that died (out of memory …): its stat counts as failed, the rest goes on.
      if (w !== this.worker) return;
      this.abandon(w, false);
      if (this.batch) this.advance(this.batch, 'gone', true);
    });
    this.worker = w;
    return w;
  }

  /** The time bound of the stat now running. */
  private arm(b: Batch): void {
    clearTimeout(b.timer);
    b.timer = setTimeout(() => {
      if (this.batch !== b || !this.worker) return;
      this.stalledCount += 1;
      this.abandon(this.worker, true);
      this.advance(b, 'stalled', true);
    }, this.timeoutMs);
  }

  /** Records the answer of the stat now running; `resend`: the rest goes to a fresh worker. */
  private advance(b: Batch, value: FdStat, resend: boolean): void {
    clearTimeout(b.timer);
    b.out[b.next] = value;
    b.next += 1;
    if (b.next >= b.paths.length) {
      b.resolve(b.out);
      this.startNext();
    } else if (resend) this.send(b);
    else this.arm(b);
  }

  private abandon(w: Worker, blocked: boolean): void {
    this.worker = undefined;
    w.removeAllListeners('message');
    w.unref();
    if (blocked) {
      this.stuck += 1;
      w.once('exit', () => {
        this.stuck -= 1;
      });
    }
    // Ends the thread once its system call returns (terminate cannot interrupt it).
    void w.terminate().catch(() => undefined);
  }

  private finish(b: Batch, fill: FdStat): void {
    clearTimeout(b.timer);
    for (let i = b.next; i < b.paths.length; i++) {
      b.out[i] = fill;
      if (fill === 'stalled') this.stalledCount += 1;
    }
    b.next = b.paths.length;
    b.resolve(b.out);
  }
}
