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
// most `maxStuck` abandoned threads are kept: beyond that a stat is not tried and answers "gone"
// at once, until one of them comes back. Not "stalled": the walk does not stat() a stalled fd again
// while its stall lasts (proc-scanner.ts), and these fds did nothing wrong; a "gone" one is looked
// at again at the walk's next full check of its process.
//
// A stall ends when its thread comes back (the file system answered at last, or its connection was
// aborted: the FUSE daemon died, `umount -f`, an NFS server back). The path it stalled on is then
// handed to the walk (takeReturned()), which stat()s that fd again: a verdict taken once is not kept
// for the life of a process whose file system recovered.
//
// The bound is the stat's own time, not the host's: the worker writes into memory shared with this
// thread when it begins and ends each stat (monotonic clock, process.hrtime, the same in every
// thread), and an expired timer judges from that. A thread still starting (hundreds of ms on a
// loaded host) has not begun the stat; an answer waiting in the message queue behind a busy main
// thread (the event loop's next turn runs expired timers before it delivers messages) has ended
// it. Neither is a stall, and a "stalled" fd is not stat()ed again by the walk until its thread
// comes back (proc-scanner.ts).
import { Worker } from 'node:worker_threads';

/** [isCharacterDevice, rdev] of a stat that answered; "gone" for ENOENT and other errors. */
export type FdStat = { char: boolean; rdev: number } | 'gone' | 'stalled';

// Plain CommonJS evaluated by the worker: no import of bundled code, so it works the same from
// the esbuild bundle and from the sources.
// workerData: the shared progress buffer (see Progress).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const counts = new Int32Array(workerData, 0, 2);
const began = new BigInt64Array(workerData, 8, 1);
parentPort.on('message', (m) => {
  for (let i = m.from; i < m.paths.length; i++) {
    Atomics.store(began, 0, process.hrtime.bigint());
    Atomics.add(counts, 0, 1);
    let r = null;
    try {
      const st = statSync(m.paths[i], { throwIfNoEntry: false });
      if (st) r = [st.isCharacterDevice() ? 1 : 0, st.rdev];
    } catch {}
    Atomics.add(counts, 1, 1);
    parentPort.postMessage({ id: m.id, i, r });
  }
});
`;

/**
 * Returned stalls kept until the walk takes them (it does at each pass): beyond that a stalled fd
 * keeps its verdict until its process exits, as before there was a retry.
 */
const RETURNED_KEPT = 1024;

/** A worker thread and what it shares with this one. */
interface StatThread {
  worker: Worker;
  /** [stats begun, stats ended] by the thread, in the order it answers them */
  counts: Int32Array;
  /** process.hrtime.bigint() when the thread began its latest stat */
  began: BigInt64Array;
  /** answers received from it: the stat awaited now is its number `received` */
  received: number;
  /** when this thread was first awaited for a stat it has not begun (ms, performance.now()) */
  waitingSince?: number;
}

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
  /**
   * how long a thread may take to begin a stat it was sent (start-up, a loaded host) before it is
   * given up and that stat answers "gone" (not "stalled": the fd is not to blame); default 30 s
   */
  startTimeoutMs?: number;
}

export class FdStatWorker {
  private thread?: StatThread;
  private batch?: Batch;
  private readonly queue: Batch[] = [];
  private nextId = 1;
  private stuck = 0;
  readonly timeoutMs: number;
  private readonly maxStuck: number;
  private readonly startTimeoutMs: number;
  /** stats reported stalled so far (diagnostics, tests) */
  stalledCount = 0;
  /** paths whose stalled stat's thread has come back since the last takeReturned() */
  private returned: string[] = [];

  constructor(opts: FdStatWorkerOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? 1000;
    this.maxStuck = opts.maxStuck ?? 4;
    this.startTimeoutMs = opts.startTimeoutMs ?? 30_000;
  }

  /**
   * The paths whose stat was reported "stalled" and whose thread has come back since the last call:
   * their stall is over, a new stat may answer. At most RETURNED_KEPT are kept between calls.
   */
  takeReturned(): string[] {
    const r = this.returned;
    if (r.length) this.returned = [];
    return r;
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
    const w = this.thread?.worker;
    this.thread = undefined;
    void w?.terminate().catch(() => undefined);
    for (const b of [this.batch, ...this.queue]) if (b) this.finish(b, 'stalled');
    this.queue.length = 0;
    this.batch = undefined;
  }

  private startNext(): void {
    const b = this.queue.shift();
    this.batch = b;
    if (!b) {
      this.thread?.worker.unref(); // idle: never keeps the process alive
      return;
    }
    this.send(b);
  }

  private send(b: Batch): void {
    if (this.stuck >= this.maxStuck) {
      this.finish(b, 'gone');
      if (this.batch === b) this.startNext();
      return;
    }
    const t = this.ensureThread();
    t.worker.ref();
    this.arm(b, this.timeoutMs);
    t.worker.postMessage({ id: b.id, paths: b.paths, from: b.next });
  }

  private ensureThread(): StatThread {
    if (this.thread) return this.thread;
    const shared = new SharedArrayBuffer(16);
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: shared });
    const t: StatThread = {
      worker: w,
      counts: new Int32Array(shared, 0, 2),
      began: new BigInt64Array(shared, 8, 1),
      received: 0,
    };
    w.on('message', (m: { id: number; i: number; r: [number, number] | null }) => {
      if (t !== this.thread) return;
      t.received += 1;
      const b = this.batch;
      if (!b || m.id !== b.id || m.i !== b.next) return;
      this.advance(b, m.r ? { char: m.r[0] === 1, rdev: m.r[1] } : 'gone', false);
    });
    w.on('error', () => {
      // A worker that died (out of memory …): its stat counts as failed, the rest goes on.
      if (t !== this.thread) return;
      this.abandon(t);
      if (this.batch) this.advance(this.batch, 'gone', true);
    });
    this.thread = t;
    return t;
  }

  /** Checks the stat now running in `ms`. */
  private arm(b: Batch, ms: number): void {
    clearTimeout(b.timer);
    b.timer = setTimeout(() => this.check(b), ms);
  }

  /** The bound of the stat now running: judged from what its thread says it did, not from the timer. */
  private check(b: Batch): void {
    const t = this.thread;
    if (this.batch !== b || !t) return;
    // Read in the order the thread writes backwards: an end seen means that stat's answer is sent.
    const ended = Atomics.load(t.counts, 1);
    const begun = Atomics.load(t.counts, 0);
    if (ended > t.received) {
      // Answered; the message waits behind this turn of the loop. Look again in case it is lost.
      this.arm(b, this.timeoutMs);
      return;
    }
    const now = performance.now();
    if (begun <= t.received) {
      // The thread has not begun it: still starting, or not yet scheduled.
      t.waitingSince ??= now;
      if (now - t.waitingSince < this.startTimeoutMs) {
        this.arm(b, Math.min(this.timeoutMs, this.startTimeoutMs - (now - t.waitingSince)));
        return;
      }
      // A thread that never begins is given up (it is in no system call: terminate() ends it);
      // the fd is not to blame: "gone", so the walk looks at it again at its next full check.
      this.abandon(t);
      this.advance(b, 'gone', true);
      return;
    }
    t.waitingSince = undefined;
    const ranMs = Number(process.hrtime.bigint() - Atomics.load(t.began, 0)) / 1e6;
    if (ranMs < this.timeoutMs) {
      this.arm(b, this.timeoutMs - ranMs);
      return;
    }
    this.stalledCount += 1;
    this.abandon(t, b.paths[b.next]);
    this.advance(b, 'stalled', true);
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
    else this.arm(b, this.timeoutMs);
  }

  /** `stalledOn`: the path the thread is blocked on, given back by takeReturned() once it exits. */
  private abandon(t: StatThread, stalledOn?: string): void {
    const w = t.worker;
    this.thread = undefined;
    w.removeAllListeners('message');
    w.unref();
    if (stalledOn !== undefined) {
      this.stuck += 1;
      w.once('exit', () => {
        this.stuck -= 1;
        if (this.returned.length < RETURNED_KEPT) this.returned.push(stalledOn);
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
