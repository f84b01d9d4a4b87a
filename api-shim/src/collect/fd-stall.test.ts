// SPDX-License-Identifier: AGPL-3.0-or-later
// Regression (issue 10 finding): a container process holding a file on a stalled FUSE mount must
// not block the sampler's main thread. The stall is real: in a private mount namespace (so nothing
// shows on this machine's /dev), a tmpfs over /dev, a FUSE mount at /dev/stall whose daemon never
// answers (nobody reads the /dev/fuse fd: not even FUSE_INIT), and a process holding the mount's
// root with O_PATH — its /proc/<pid>/fd link reads "/dev/stall", as a container's /dev node would,
// and a stat() of it waits for the daemon forever. Needs root (mount), util-linux's unshare and
// /dev/fuse: a missing one fails the test with what to do.
// The other way round: a healthy GPU fd whose stat answers while the main thread is held (a loaded
// host) must not be taken for stalled, which would hide it for good.
// The scanners here walk every process of this machine, so they also meet whatever else runs
// beside these tests (another run of this very file holds its own stalled FUSE file): each test
// asserts on the stats of its own fds, recorded by RecordingStats, never on machine-wide counts.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { test } from 'node:test';
import { holdEventLoop, watchEventLoop } from '../../../test/support/event-loop.ts';
import { until } from '../../../test/support/until.ts';
import { HostRoot } from '../host/host-root.ts';
import { type FdStat, FdStatWorker } from './fd-stat-worker.ts';
import { ProcScanner } from './proc-scanner.ts';
import { Sampler } from './sampler.ts';

const HOLDER = `set -e
exec 3<>/dev/fuse
mount -t tmpfs pve-gpu-tab-test /dev
mkdir /dev/stall
mount -i -t fuse -o fd=3,rootmode=40000,user_id=0,group_id=0 stall /dev/stall
exec "$0" -e "const fd = require('node:fs').openSync('/dev/stall', 0o10000000 /* O_PATH */); console.log('ready ' + fd); setInterval(() => {}, 1 << 30)"`;

/**
 * The same stall, with the FUSE daemon and the file's holder in two processes, so that the stall
 * can end while the holder lives: sh keeps /dev/fuse (the daemon's end) and starts the holder
 * without it (3<&-; dash gives a background job /dev/null as stdin, so one is made in the new
 * /dev). Killing sh closes the last /dev/fuse fd: the kernel aborts the connection
 * (fuse_dev_release → fuse_abort_conn) and a pending or new stat of the file returns ENOTCONN.
 */
const SPLIT_HOLDER = `set -e
exec 3<>/dev/fuse
mount -t tmpfs pve-gpu-tab-test /dev
mknod -m 666 /dev/null c 1 3
mkdir /dev/stall
mount -i -t fuse -o fd=3,rootmode=40000,user_id=0,group_id=0 stall /dev/stall
"$0" -e "const fd = require('node:fs').openSync('/dev/stall', 0o10000000 /* O_PATH */); console.log('ready ' + fd + ' holder ' + process.pid); setInterval(() => {}, 1 << 30)" 3<&- &
wait`;

/** A stat worker that records each path it was asked and the answer. */
class RecordingStats extends FdStatWorker {
  readonly asked: Array<{ path: string; answer: FdStat }> = [];

  override async statAll(paths: string[]): Promise<FdStat[]> {
    const answers = await super.statAll(paths);
    paths.forEach((path, i) => {
      this.asked.push({ path, answer: answers[i] });
    });
    return answers;
  }

  /** The answers to the stats of `path`, in order. */
  answersFor(path: string): FdStat[] {
    return this.asked.filter((a) => a.path === path).map((a) => a.answer);
  }
}

/**
 * Whether a stat() of `path` answers now (from another process, `timeout 5 stat -L`): a file on a
 * stalled mount does not (124), nor one gone meanwhile (its holder ended: exit status 1).
 */
function statAnswers(path: string): boolean {
  return spawnSync('timeout', ['5', 'stat', '-L', path]).status === 0;
}

/** The stat bound of the scanner the event loop is watched on (ms). */
const STAT_BOUND_MS = 4000;

/**
 * A render node as a container's /dev holds it: a tmpfs over /dev in a private mount namespace, a
 * char node 226:200 (DRM's major, a render minor no GPU of this machine has), opened with O_PATH so
 * that no driver needs to be loaded; the fd link reads "/dev/dri/renderD200".
 */
const GPU_HOLDER = `set -e
mount -t tmpfs pve-gpu-tab-test /dev
mkdir /dev/dri
mknod /dev/dri/renderD200 c 226 200
exec "$0" -e "const fd = require('node:fs').openSync('/dev/dri/renderD200', 0o10000000 /* O_PATH */); console.log('ready ' + fd); setInterval(() => {}, 1 << 30)"`;

function startHolder(script = HOLDER): Promise<{ child: ChildProcess; fd: number; out: string }> {
  assert.equal(process.getuid?.(), 0, 'this test mounts file systems: run the unit tests as root');
  if (script !== GPU_HOLDER)
    assert.ok(existsSync('/dev/fuse'), 'no /dev/fuse: load the fuse module (modprobe fuse)');
  assert.ok(spawnSync('unshare', ['--version']).status === 0, 'unshare missing: apt-get install util-linux');
  const child = spawn('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script, process.execPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`holder not ready: ${out}`)), 10_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /ready (\d+)(?: holder \d+)?\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, fd: Number(m[1]), out });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`holder exited (${code}): ${out}`)));
  });
}

test('a stat() stalled on a FUSE mount never blocks the event loop; the sample completes without it', async () => {
  const { child, fd } = await startHolder();
  const pid = child.pid as number; // unshare execs sh, which execs node: one PID
  // The fd walk is what meets the stall: without it (this machine may have no GPU, and then the
  // kernel's empty DRM client list spares the walk) the test would prove nothing.
  const sampler = new Sampler({ host: new HostRoot('/'), node: 'pve', debugfs: false });
  try {
    // The setup is honest: a stat of that fd from another process does not come back.
    const probe = spawnSync('timeout', ['1', 'stat', '-L', `/proc/${pid}/fd/${fd}`]);
    assert.equal(probe.status, 124, 'stat of the held FUSE root should hang');

    // The sampler completes its sample without the stalled file and says why.
    const snap = await sampler.sampleNow(); // walks every process of this machine, the holder too
    assert.match(snap.collectors.fdinfo.message ?? '', /does not answer/);

    // The event loop while the stat waits: a scanner with a long stat bound, so that a loop held by
    // the stat would show one gap as long as the bound, far longer than a loaded machine's
    // scheduling delays (which are not what this test is about).
    const stats = new RecordingStats({ timeoutMs: STAT_BOUND_MS });
    const scanner = new ProcScanner(new HostRoot('/'), { statWorker: stats });
    const ours = `/proc/${pid}/fd/${fd}`;
    try {
      const loop = watchEventLoop();
      const began = performance.now();
      await scanner.scan(Date.now(), 'discover');
      const took = performance.now() - began;
      const { maxGapMs: maxGap, ticks } = loop.stop();
      assert.ok(took >= STAT_BOUND_MS, `the scan waited out the stalled stat (${Math.round(took)} ms)`);
      assert.ok(ticks > 5, `the event loop kept turning (${ticks} ticks in ${Math.round(took)} ms)`);
      assert.ok(
        maxGap < STAT_BOUND_MS / 2,
        `no tick was held up for the stat (longest gap ${Math.round(maxGap)} ms, bound ${STAT_BOUND_MS} ms)`,
      );

      // The fd is remembered as stalled: a full re-classification does not stat it again.
      assert.deepEqual(stats.answersFor(ours), ['stalled']);
      assert.deepEqual(scanner.process(pid)?.stalled, new Set([fd]));
      const r = await scanner.scan(Date.now(), 'full');
      assert.ok(r.stalled >= 1, 'the holder counted among the processes with a stalled fd');
      assert.deepEqual(stats.answersFor(ours), ['stalled'], 'not stat()ed again');
      assert.deepEqual(scanner.process(pid)?.stalled, new Set([fd]));
    } finally {
      scanner.close();
    }
  } finally {
    await sampler.stop();
    child.kill('SIGKILL'); // closes /dev/fuse: the kernel aborts the connection, the stat returns
  }
});

test('a GPU fd whose stat answers while the main thread is held is found, not marked stalled', async () => {
  const { child, fd } = await startHolder(GPU_HOLDER);
  const pid = child.pid as number;
  const bound = 300;
  const stats = new RecordingStats({ timeoutMs: bound });
  const scanner = new ProcScanner(new HostRoot('/'), { statWorker: stats, debugfs: false });
  const ours = `/proc/${pid}/fd/${fd}`;
  try {
    // A loaded event loop: every turn of it, until the scan is done, a job holds the thread three
    // bounds long (its stat worker starts and answers meanwhile).
    let scanning = true;
    let held = 0;
    const hold = () => {
      if (!scanning) return;
      held += 1;
      holdEventLoop(3 * bound);
      setImmediate(hold);
    };
    setImmediate(hold);
    await scanner.scan(Date.now(), 'discover').finally(() => {
      scanning = false;
    });
    assert.ok(held > 0, 'the loop was held during the scan');
    const answers = stats.answersFor(ours);
    assert.equal(answers.length, 1, `our fd stat()ed once: ${JSON.stringify(answers)}`);
    assert.equal(typeof answers[0] === 'object' && answers[0].char, true, `answered (${held} holds)`);
    assert.equal(scanner.process(pid)?.stalled, undefined);
    // No healthy fd of this machine taken for stalled: each stat said stalled still hangs (another
    // test's FUSE file) or is gone; none answers.
    const healthy = stats.asked.filter((a) => a.answer === 'stalled' && statAnswers(a.path));
    assert.deepEqual(healthy, [], 'stats taken for stalled that answer');
    assert.equal(scanner.process(pid)?.drmFds.get(fd), 200, 'the render node is found');

    // And on an idle loop, a full re-classification still finds it.
    await scanner.scan(Date.now(), 'full');
    assert.equal(scanner.process(pid)?.drmFds.get(fd), 200);
  } finally {
    scanner.close();
    child.kill('SIGKILL');
  }
});

test('a stalled stat is still stalled when the main thread is held; beyond maxStuck a healthy fd answers "gone", not "stalled"', async () => {
  const { child, fd } = await startHolder();
  const bound = 300;
  const worker = new FdStatWorker({ timeoutMs: bound, maxStuck: 1 });
  const devNull = openSync('/dev/null', 'r');
  try {
    const stalled = `/proc/${child.pid}/fd/${fd}`;
    const healthy = `/proc/${process.pid}/fd/${devNull}`;
    const pending = worker.statAll([stalled, healthy]);
    holdEventLoop(3 * bound); // the thread starts and blocks in the stat meanwhile
    assert.deepEqual(await pending, ['stalled', 'gone']);
    // One thread is stuck, the most allowed here: the stat after it is not tried, and says so as
    // "gone", which the walk looks at again, not as "stalled", which it would never look at again.
    assert.equal(worker.stuckThreads, 1);
    assert.deepEqual(await worker.statAll([healthy]), ['gone']);
    assert.equal(worker.stalledCount, 1);
    // Once the stuck thread is back (the FUSE daemon gone), the same fd is stat()ed again.
    child.kill('SIGKILL');
    await until(() => worker.stuckThreads === 0, 'the stuck thread back');
    // and the path it was stuck on is handed back: the walk stat()s that fd again (next test)
    assert.deepEqual(worker.takeReturned(), [stalled]);
    assert.deepEqual(worker.takeReturned(), []);
    const [again] = await worker.statAll([healthy]);
    assert.equal(typeof again === 'object' && again.char, true, `stat()ed: ${JSON.stringify(again)}`);
  } finally {
    worker.close();
    closeSync(devNull);
    child.kill('SIGKILL');
  }
});

test('a stalled fd is stat()ed again once its stall is over, while its process lives', async () => {
  const { child, fd, out } = await startHolder(SPLIT_HOLDER);
  const holder = Number(/holder (\d+)/.exec(out)?.[1]);
  const scanner = new ProcScanner(new HostRoot('/'), { statTimeoutMs: 300, debugfs: false });
  try {
    await scanner.scan(Date.now(), 'discover');
    assert.deepEqual(scanner.process(holder)?.stalled, new Set([fd]), 'the stat stalled');
    // While the stall lasts, passes keep the verdict.
    await scanner.scan(Date.now(), 'discover');
    assert.deepEqual(scanner.process(holder)?.stalled, new Set([fd]));

    child.kill('SIGKILL'); // the FUSE daemon: its connection is aborted, the blocked stat returns
    await until(async () => {
      await scanner.scan(Date.now(), 'discover');
      return scanner.process(holder)?.stalled === undefined;
    }, 'the fd no longer taken for stalled: stat()ed again');
    // The same process, alive: its fd was looked at again, not forgotten with it.
    assert.equal(spawnSync('kill', ['-0', String(holder)]).status, 0, 'the holder lives');
    assert.ok(scanner.process(holder), 'the holder is still known');
  } finally {
    scanner.close();
    child.kill('SIGKILL');
    if (holder > 0) spawnSync('kill', ['-9', String(holder)]);
  }
});

test('a stalled fd whose process exited before the stall ended: the process is forgotten at the retry', async () => {
  const { child, fd, out } = await startHolder(SPLIT_HOLDER);
  const holder = Number(/holder (\d+)/.exec(out)?.[1]);
  // The PID cursor's passes (no readdir of /proc for a day): an exited process is then forgotten
  // only by what meets it, here the retry of its stalled fd.
  const scanner = new ProcScanner(new HostRoot('/'), {
    statTimeoutMs: 300,
    debugfs: false,
    listEveryMs: 86_400_000,
  });
  try {
    await scanner.scan(Date.now(), 'discover');
    assert.deepEqual(scanner.process(holder)?.stalled, new Set([fd]), 'the stat stalled');
    // The holder ends first (its fd table gone), then the FUSE daemon: sh's `wait` returns and sh
    // exits, closing /dev/fuse; the stalled stat returns and its path is handed back.
    spawnSync('kill', ['-9', String(holder)]);
    await until(() => child.exitCode !== null || child.signalCode !== null, 'the FUSE daemon gone');
    await until(async () => {
      await scanner.scan(Date.now(), 'discover');
      return scanner.process(holder)?.stalled === undefined;
    }, 'the stall over');
    assert.equal(
      scanner.process(holder),
      undefined,
      `forgotten by the pass that retried its fd (that pass listed /proc: ${scanner.lastWalk.listed})`,
    );
  } finally {
    scanner.close();
    child.kill('SIGKILL');
    if (holder > 0) spawnSync('kill', ['-9', String(holder)]);
  }
});
