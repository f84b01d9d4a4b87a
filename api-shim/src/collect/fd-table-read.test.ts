// SPDX-License-Identifier: AGPL-3.0-or-later
// A hostile container process with a huge fd table (root in a container may raise its own fd
// limit: systemd's default hard limit is 524 288) against the collector's event loop. The table is
// real: a child that raises RLIMIT_NOFILE as far as this machine lets it, opens tens of thousands
// of fds, and last a render node (226:200, in a private mount namespace with a tmpfs over /dev, as
// fd-stall.test.ts makes it) — the GPU fd is at the table's very end. Needs root (mount, mknod)
// and util-linux's unshare.
// Nothing here is timed against a fixed figure: the loop's turns are seen by a timer that runs
// between the read's slices (a one-go read has none), and the longest gap is compared with the
// time the same table takes in one go on the same machine, in the same run.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import { watchEventLoop } from '../../../test/support/event-loop.ts';
import { HostRoot } from '../host/host-root.ts';
import { NO_FDS } from './fd-set.ts';
import { FdStatWorker } from './fd-stat-worker.ts';
import { type FdTableRead, FdTableReader, fdNumber, SLICE_FDS } from './fd-table-read.ts';
import { ProcScanner } from './proc-scanner.ts';

/** the most fds the holder opens (its limit allowing): past 50 000 where the machine lets it */
const WANT_FDS = 60_000;
/** below this the table is too small to say anything about slicing: the test fails, saying why */
const MIN_FDS = 15_000;

const HUGE_HOLDER = `set -e
ulimit -n ${WANT_FDS + 100} 2>/dev/null || ulimit -n "$(ulimit -H -n)"
mount -t tmpfs pve-gpu-tab-test /dev
mkdir /dev/dri
mknod /dev/dri/renderD200 c 226 200
exec "$0" -e "
const fs = require('node:fs');
const want = Math.min(${WANT_FDS}, Number(process.argv[1]) - 64);
for (let i = 0; i < want; i++) fs.openSync('/', 'r');
const gpu = fs.openSync('/dev/dri/renderD200', 0o10000000 /* O_PATH */);
console.log('ready ' + gpu + ' open ' + fs.readdirSync('/proc/self/fd').length);
setInterval(() => {}, 1 << 30);
" "$(ulimit -n)"`;

interface Holder {
  child: ChildProcess;
  pid: number;
  /** the render node's fd: the highest number in the table */
  gpuFd: number;
  /** fds open in the table */
  open: number;
}

function startHugeHolder(): Promise<Holder> {
  assert.equal(
    process.getuid?.(),
    0,
    'this test mounts a tmpfs and makes a device node: run the unit tests as root',
  );
  assert.ok(spawnSync('unshare', ['--version']).status === 0, 'unshare missing: apt-get install util-linux');
  const child = spawn(
    'unshare',
    ['-m', '--propagation', 'private', 'sh', '-c', HUGE_HOLDER, process.execPath],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`holder not ready: ${out}`)), 60_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /ready (\d+) open (\d+)\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, pid: child.pid as number, gpuFd: Number(m[1]), open: Number(m[2]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`holder exited (${code}): ${out}`)));
  });
}

function assertBig(h: Holder): void {
  assert.ok(
    h.open >= MIN_FDS,
    `the holder could open only ${h.open} fds: this machine's hard RLIMIT_NOFILE is too low ` +
      `and raising it needs CAP_SYS_RESOURCE (run the tests as root outside a restricted container)`,
  );
}

function reader(stats: FdStatWorker, sliceFds?: number): FdTableReader {
  return new FdTableReader({ host: new HostRoot('/'), procDir: '/proc', relativeOk: true, stats, sliceFds });
}

const fresh = (pid: number) => ({ pid, seenFds: NO_FDS, drmFds: new Map(), nvFds: new Map() });

function table(r: FdTableRead): { seen: number[]; drm: [number, number][]; nv: [number, number][] } {
  assert.equal(r.state, 'read');
  if (r.state !== 'read') throw new Error('unreachable');
  const set = r.seenFds;
  const seen: number[] = [];
  for (let i = 0; i < set.length; i++) seen.push(typeof set === 'string' ? set.charCodeAt(i) : set[i]);
  return { seen, drm: [...r.drm], nv: [...r.nv] };
}

test('a huge fd table is read in slices: the event loop turns between them, the working directory is put back, and the result is the one-go read', async () => {
  const h = await startHugeHolder();
  const stats = new FdStatWorker({ timeoutMs: 5000 });
  try {
    assertBig(h);
    const home = process.cwd();
    // The same table in one go (a slice as big as the table): the event loop held throughout.
    const oneGo = reader(stats, 1 << 30);
    const t0 = performance.now();
    const whole = await oneGo.read(fresh(h.pid), true);
    const oneGoMs = performance.now() - t0;
    assert.equal(oneGo.yields, 0);

    const sliced = reader(stats);
    const turns: number[] = [];
    let wrongCwd = 0;
    const watch = watchEventLoop(1, () => {
      turns.push(sliced.yields);
      if (process.cwd() !== home) wrongCwd += 1;
    });
    const r = await sliced.read(fresh(h.pid), true);
    const maxGap = watch.stop().maxGapMs;

    const want = table(whole);
    const got = table(r);
    assert.equal(got.seen.length, h.open, 'every open fd number seen');
    assert.deepEqual(got, want, 'the same fd numbers and GPU fds as the one-go read');
    assert.deepEqual(got.drm, [[h.gpuFd, 200]], 'the render node at the end of the table found');
    assert.ok(
      sliced.yields >= Math.floor(h.open / SLICE_FDS) - 1,
      `${sliced.yields} yields for ${h.open} fds in slices of ${SLICE_FDS}`,
    );
    // Timers ran while the read was half done (a one-go read lets none run until it ends).
    const during = new Set(turns.filter((y) => y > 0 && y < sliced.yields));
    assert.ok(during.size >= 3, `the loop turned between slices: at yields ${[...during].join(',')}`);
    assert.equal(wrongCwd, 0, 'no timer saw the working directory inside the fd table');
    assert.equal(process.cwd(), home);
    assert.ok(
      maxGap < oneGoMs / 2,
      `the longest turn of the loop (${Math.round(maxGap)} ms) well under the one-go read's hold (${Math.round(oneGoMs)} ms)`,
    );

    // A read of only the new fds (numbers seen before keep their verdict) is sliced too, and finds
    // nothing new.
    if (r.state !== 'read') throw new Error('unreachable');
    const before = sliced.yields;
    const again = await sliced.read({ pid: h.pid, seenFds: r.seenFds, drmFds: r.drm, nvFds: r.nv }, false);
    assert.deepEqual(table(again), want);
    assert.ok(sliced.yields > before);
  } finally {
    stats.close();
    h.child.kill('SIGKILL');
  }
});

test('a holder killed between two slices: the read ends without an error or a GPU, the working directory put back', async () => {
  const h = await startHugeHolder();
  const stats = new FdStatWorker({ timeoutMs: 5000 });
  try {
    assertBig(h);
    const home = process.cwd();
    const sliced = reader(stats, 256);
    const exited = new Promise((r) => h.child.once('exit', r));
    let killed = false;
    const timer = setInterval(() => {
      if (sliced.yields > 0 && !killed) {
        killed = true;
        h.child.kill('SIGKILL');
      }
    }, 1);
    const pending = sliced.read(fresh(h.pid), true);
    await exited;
    const r = await pending;
    clearInterval(timer);
    assert.ok(killed, 'killed between two slices');
    // The listing goes on through the directory opened at the start, which the kernel ends for
    // a task that exited (a zombie's table is empty, a reaped one's directory answers ENOENT): a
    // partial table or "gone", never the render node at the table's end, never an exception.
    if (r.state === 'read') assert.equal(r.drm.size, 0);
    else assert.equal(r.state, 'gone');
    assert.equal(process.cwd(), home);
  } finally {
    stats.close();
    h.child.kill('SIGKILL');
  }
});

test('a full check of the walk finds the GPU fd at the end of a huge table, yielding between its slices', async () => {
  const h = await startHugeHolder();
  const slice = 1024;
  const scanner = new ProcScanner(new HostRoot('/'), {
    debugfs: false,
    gpuReach: false,
    fdSlice: { fds: slice },
  });
  try {
    assertBig(h);
    await scanner.scan(Date.now(), 'discover');
    assert.equal(scanner.process(h.pid)?.drmFds.get(h.gpuFd), 200);
    const before = scanner.fdTableSlicing();
    // a process met for the first time has no stamp of its table's size: its table is sized
    // before it is read, and one this big listed slice by slice, never in one readdir
    assert.ok(before.listedInSlices >= 1, "the new holder's table listed in one readdir");
    await scanner.scan(Date.now(), 'full');
    const after = scanner.fdTableSlicing();
    assert.equal(scanner.process(h.pid)?.drmFds.get(h.gpuFd), 200, 'found again by the full check');
    assert.ok(after.bigReads > before.bigReads);
    assert.ok(after.listedInSlices > before.listedInSlices, 'the full check listed the table in one readdir');
    assert.ok(
      after.yields - before.yields >= Math.floor(h.open / slice) - 1,
      `the full check yielded ${after.yields - before.yields} times inside tables`,
    );
  } finally {
    scanner.close();
    h.child.kill('SIGKILL');
  }
});

test('fd directory names: the numbers the kernel lists, nothing else taken for one', () => {
  // proc_readfd_common() (fs/proc/fd.c) lists each open fd as its decimal number, after . and ..
  const read = ['0', '7', '42', '65535', '2147483647'].map(fdNumber);
  assert.deepEqual(read, [0, 7, 42, 65535, 2147483647]);
  for (const name of ['.', '..', '', '07', '1e3', '12a', ' 1', '-1', '2147483648', '99999999999'])
    assert.equal(fdNumber(name), -1, JSON.stringify(name));
});

test('a real table with no fd (a zombie here; kernel threads share an empty one) is stamped as empty where sizes are counts: its re-checks end at the stat()', async () => {
  // sh forks `sleep 0` and execs `sleep 30`, which never reaps it: a zombie until the parent goes.
  // A zombie has no files left (exit_files() in do_exit()): its fd directory lists nothing and
  // st_size, the open fd count on Linux >= 6.2 (proc_readfd_count() in fs/proc/fd.c), reads 0.
  const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const zombie = await new Promise<number>((resolve, reject) => {
    parent.stdout?.once('data', (d: Buffer) => resolve(Number(String(d).trim())));
    parent.once('exit', () => reject(new Error('the parent exited first')));
  });
  const scanner = new ProcScanner(new HostRoot('/'), {
    debugfs: false,
    gpuReach: false,
    discoverMs: 2000,
    rescanMs: 2000,
  });
  try {
    for (let i = 0; !/^State:\s+Z/m.test(readFileSync(`/proc/${zombie}/status`, 'utf8')); i++) {
      assert.ok(i < 100, 'the child became a zombie');
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(readdirSync(`/proc/${zombie}/fd`).length, 0);
    const t0 = Date.now();
    await scanner.scan(t0, 'discover');
    // rescanMs = discoverMs: every process re-checked at this pass, each stamp a re-check's stat()
    await scanner.scan(t0 + 2000, 'discover');
    const counts = statSync('/proc/self/fd').size > 0; // this kernel gives counts (>= 6.2)
    const z = scanner.process(zombie);
    assert.ok(z, 'the zombie met by the walk');
    assert.equal(z.fdCount, counts ? 0 : -1, counts ? 'an empty table trusted' : 'sizes are no counts here');
    // a live process's stamp is its count, as before
    const self = scanner.process(process.pid);
    if (counts) assert.ok((self?.fdCount ?? 0) > 0, 'this process stamped with its count');
  } finally {
    scanner.close();
    parent.kill('SIGKILL');
  }
});
