// SPDX-License-Identifier: AGPL-3.0-or-later
// The fd walk's new PIDs from the kernel's PID cursor (pid-window.ts) on real host trees: a new
// process, a thread, a thread that execs, a fork not yet attached, a wrap of the PID space, a
// reused PID and a number handed out behind the cursor (host root's set_tid) must all be met.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { mixedHost, xeFdinfoText } from '../../../test/fixtures/collect/trees.ts';
import type { HostTree } from '../demo/workload/host-tree.ts';
import { HostRoot } from '../host/host-root.ts';
import { PidWindow, parseLastPid } from './pid-window.ts';
import { ProcScanner } from './proc-scanner.ts';

/** /proc/loadavg as loadavg_proc_show() prints it (fs/proc/loadavg.c): the last field is the cursor. */
const loadavg = (t: HostTree, lastPid: number) =>
  t.file('/proc/loadavg', `0.08 0.03 0.01 1/212 ${lastPid}\n`);

/**
 * /proc/<tid> of a thread: the kernel answers a thread's number like its process's (proc_pid_lookup()
 * in fs/proc/base.c), with `Tgid:` naming the process; only readdir of /proc leaves it out, which
 * a tree cannot: the walk must tell it apart by Tgid either way.
 */
function addThread(t: HostTree, tid: number, tgid: number, comm: string): void {
  t.file(
    `/proc/${tid}/status`,
    `Name:\t${comm}\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t${tgid}\nPid:\t${tid}\nPPid:\t1\nNSpid:\t${tid}\n`,
  );
  t.file(`/proc/${tid}/cgroup`, '0::/lxc/101/ns\n');
  t.file(
    `/proc/${tid}/stat`,
    `${tid} (${comm}) S 1 ${tgid} ${tgid} 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 ${5000 + tid} 0 0\n`,
  );
}

const gpuProcess = (t: HostTree, pid: number, comm: string, clientId: number, start?: number) =>
  t.addProcess({
    pid,
    comm,
    cgroup: '/lxc/101/ns',
    start,
    fds: { 0: '/dev/null', 5: '/dev/dri/renderD129' },
    fdinfo: { 5: xeFdinfoText(clientId, 1n, 10n) },
  });

const plain = (t: HostTree, pid: number, comm = `p${pid}`, start?: number) =>
  t.addProcess({ pid, comm, cgroup: '/lxc/102/ns', start, fds: { 0: '/dev/null', 1: 'socket:[7]' } });

function scanner(t: HostTree, listEveryMs = 30_000) {
  return new ProcScanner(new HostRoot(t.dir), {
    discoverMs: 2000,
    rescanMs: 600_000,
    fullRescanMs: 6_000_000,
    listEveryMs,
  });
}

const gpuPids = (r: { clients: Array<{ proc: { pid: number } }> }) => r.clients.map((c) => c.proc.pid).sort();

test('parseLastPid: the fifth field of /proc/loadavg, nothing else', () => {
  assert.equal(parseLastPid('0.08 0.03 0.01 1/212 48213\n'), 48213);
  assert.equal(parseLastPid('0.08 0.03 0.01 1/212 4194304'), 4194304);
  for (const bad of [
    '',
    '0.08 0.03 0.01 1/212\n',
    '0.08 0.03 0.01 1/212 x\n',
    '0.08 0.03 0.01 1/212 0\n',
    '1 2 3 4 5 6\n',
    '0.1 0.1 0.1 1/2 99999999\n',
  ])
    assert.equal(parseLastPid(bad), undefined, bad);
});

test('PidWindow: lists first, on a wrap, a wide window and periodically; probes two reads back otherwise', () => {
  const w = new PidWindow({ maxProbe: 100, listEveryMs: 10_000 });
  assert.deepEqual(w.plan(1000, 0, false), { kind: 'list', why: 'first' });
  // the window reaches back two cursor reads: a number handed out before the previous read but
  // attached to its task after that pass looked is looked at again
  assert.deepEqual(w.plan(1010, 2000, false), { kind: 'probe', from: 1000, to: 1010 });
  assert.deepEqual(w.plan(1020, 4000, false), { kind: 'probe', from: 1000, to: 1020 });
  assert.equal(w.inWindow(1000), false);
  assert.equal(w.inWindow(1001), true);
  assert.equal(w.inWindow(1021), false);
  // more than maxProbe numbers new since the previous read: a readdir
  assert.deepEqual(w.plan(1200, 6000, false), { kind: 'list', why: 'wide' });
  // the next window reaches back to 1020, but only 10 of its numbers are new
  assert.deepEqual(w.plan(1210, 8000, false), { kind: 'probe', from: 1020, to: 1210 });
  // a readdir at least every listEveryMs (the last was at 6 000)
  assert.deepEqual(w.plan(1215, 10_000, false), { kind: 'probe', from: 1200, to: 1215 });
  assert.deepEqual(w.plan(1216, 16_000, false), { kind: 'list', why: 'periodic' });
  assert.deepEqual(w.plan(305, 20_000, false), { kind: 'list', why: 'wrap' });
  // with a wrap the window is both ends of the number space
  assert.equal(w.inWindow(4_000_000), true);
  assert.equal(w.inWindow(300), true);
  assert.equal(w.inWindow(1000), false);
  assert.deepEqual(w.plan(undefined, 22_000, false), { kind: 'list', why: 'no-cursor' });
  assert.deepEqual(w.plan(310, 24_000, false), { kind: 'list', why: 'first' });
  assert.deepEqual(w.plan(311, 26_000, true), { kind: 'list', why: 'forced' });
});

test('the walk meets new processes from the PID cursor without listing /proc, and no thread as a process', async () => {
  const t = mixedHost();
  plain(t, 100);
  loadavg(t, 120);
  const s = scanner(t);
  const t0 = 1_000_000;
  await s.scan(t0);
  assert.equal(s.lastWalk.listed, true);

  // a process with a GPU (130), two of its threads (131, 132), a process that came and went (133,
  // nothing left), and a thread (134) of a process below the window the walk has not met (90: a
  // number handed out behind the cursor, see the last test)
  gpuProcess(t, 130, 'ffmpeg', 1);
  addThread(t, 131, 130, 'ffmpeg');
  addThread(t, 132, 130, 'ffmpeg');
  plain(t, 90, 'worker');
  addThread(t, 134, 90, 'worker');
  loadavg(t, 134);
  const r = await s.scan(t0 + 2000);
  assert.equal(s.lastWalk.listed, false, '/proc listed where the cursor said enough');
  assert.deepEqual(gpuPids(r), [130]);
  assert.equal(r.pass?.newPids, 2);
  assert.equal(s.process(131), undefined, 'a thread taken for a process');
  assert.equal(s.process(134), undefined);
  assert.equal(s.process(90)?.comm, 'worker', "a thread's unknown process not met through it");
  assert.equal(s.size, 3);
  // the next pass looks at the same numbers again (two reads back) without reading them anew
  const again = await s.scan(t0 + 4000);
  assert.equal(again.pass?.newPids, 0);
  assert.equal(s.size, 3);
});

test('a fork whose number the cursor shows before its task is in /proc is met at the next pass', async () => {
  const t = mixedHost();
  plain(t, 100);
  loadavg(t, 100);
  const s = scanner(t);
  const t0 = 1_000_000;
  await s.scan(t0);
  // alloc_pid() has moved the cursor, attach_pid() has not run yet: /proc/101 reads ENOENT
  loadavg(t, 101);
  let r = await s.scan(t0 + 2000);
  assert.deepEqual(gpuPids(r), []);
  gpuProcess(t, 101, 'ollama', 4);
  // the cursor has not moved since: the window still reaches back to 100
  r = await s.scan(t0 + 4000);
  assert.equal(s.lastWalk.listed, false);
  assert.deepEqual(gpuPids(r), [101], 'a fork attached after its pass was looked at is missed');
});

test('a thread that execs: its process is met under the process number, with what the new program opened', async () => {
  const t = mixedHost();
  plain(t, 100);
  loadavg(t, 200);
  const s = scanner(t);
  const t0 = 1_000_000;
  await s.scan(t0);
  // 210 starts a thread 211; the thread execs a GPU program before the pass: de_thread() (fs/exec.c)
  // gives it the leader's number, so /proc/211 is gone and /proc/210 is the new program
  plain(t, 210, 'launcher');
  addThread(t, 211, 210, 'launcher');
  loadavg(t, 211);
  t.removeProcess(210);
  t.removeProcess(211);
  gpuProcess(t, 210, 'blender', 7);
  const r = await s.scan(t0 + 2000);
  assert.equal(s.lastWalk.listed, false);
  assert.deepEqual(gpuPids(r), [210]);
  assert.equal(s.process(210)?.comm, 'blender');
  assert.equal(s.process(211), undefined);

  // the other order: the walk met the thread (and its process) first, then the thread execs a GPU
  // program; the process keeps its number and start time (de_thread() copies the leader's), so it
  // is the re-check (every rescanMs) that finds the new fd, as for any late open
  plain(t, 220, 'shell');
  addThread(t, 221, 220, 'shell');
  loadavg(t, 221);
  await s.scan(t0 + 4000);
  assert.equal(s.process(220)?.comm, 'shell');
  assert.equal(s.process(221), undefined);
  t.removeProcess(221);
  t.link('/proc/220/fd/9', '/dev/dri/renderD129');
  t.file('/proc/220/fdinfo/9', xeFdinfoText(8, 1n, 10n));
  const r2 = await s.scan(t0 + 6000, 'full');
  assert.deepEqual(gpuPids(r2), [210, 220]);
});

test('/proc/loadavg, held open across passes, is read anew each pass: rewritten in place (as the kernel prints it), replaced, removed', async () => {
  const t = mixedHost();
  plain(t, 100);
  loadavg(t, 120);
  const s = scanner(t);
  const t0 = 1_000_000;
  await s.scan(t0);
  // in place, same inode: what a held descriptor of the kernel's seq_file sees (a read at offset 0)
  gpuProcess(t, 130, 'ffmpeg', 1);
  writeFileSync(t.abs('/proc/loadavg'), '0.08 0.03 0.01 1/212 130\n');
  let r = await s.scan(t0 + 2000);
  assert.equal(s.lastWalk.listed, false);
  assert.deepEqual(gpuPids(r), [130], 'the cursor read from the first bytes held');
  // replaced by rename (a tree's writes): the new file
  gpuProcess(t, 140, 'ollama', 2);
  loadavg(t, 140);
  r = await s.scan(t0 + 4000);
  assert.equal(s.lastWalk.listed, false);
  assert.deepEqual(gpuPids(r), [130, 140], 'the replaced file not read');
  // gone: /proc is listed, as where it never was
  rmSync(t.abs('/proc/loadavg'));
  await s.scan(t0 + 6000);
  assert.equal(s.lastWalk.listed, true, 'a removed loadavg still read through its descriptor');
  s.close();
});

test('a PID reused within the window (a number freed by an old process, handed out again) is met as the new process', async () => {
  const t = mixedHost();
  // after an earlier wrap the cursor sits at 1000; 1020 is an old process above it
  plain(t, 1020, 'old', 10);
  loadavg(t, 1000);
  const s = scanner(t);
  const t0 = 1_000_000;
  await s.scan(t0);
  loadavg(t, 1001);
  await s.scan(t0 + 2000);
  await s.scan(t0 + 4000);
  assert.equal(s.process(1020)?.comm, 'old');
  // 1020 exits; the allocator, moving up from 1001, hands 1020 to a new GPU process
  t.removeProcess(1020);
  gpuProcess(t, 1020, 'transcode', 3, 99_999);
  loadavg(t, 1030);
  const r = await s.scan(t0 + 6000);
  assert.equal(s.lastWalk.listed, false);
  assert.deepEqual(gpuPids(r), [1020], 'a reused PID kept as the old process');
  assert.equal(s.process(1020)?.comm, 'transcode');
});

test('a wrap of the PID space lists /proc: processes below the old cursor and reused numbers are met', async () => {
  const t = mixedHost();
  plain(t, 400, 'idle', 10);
  plain(t, 30_000, 'late');
  loadavg(t, 30_000);
  const s = scanner(t);
  const t0 = 1_000_000;
  await s.scan(t0);
  loadavg(t, 30_001);
  await s.scan(t0 + 2000);
  await s.scan(t0 + 4000);
  // pid_max reached: the allocator starts again at RESERVED_PIDS (300); 400 exited and its number
  // went to a GPU process, 350 is new
  t.removeProcess(400);
  gpuProcess(t, 400, 'ffmpeg', 5, 88_888);
  gpuProcess(t, 350, 'ollama', 6);
  loadavg(t, 420);
  const r = await s.scan(t0 + 6000);
  assert.deepEqual([s.lastWalk.listed, s.lastWalk.why], [true, 'wrap']);
  assert.deepEqual(gpuPids(r), [350, 400]);
  assert.equal(s.process(400)?.comm, 'ffmpeg');
});

test('a process behind the cursor (set_tid, ns_last_pid: host root) is met by the periodic readdir; exits are forgotten without one', async () => {
  const t = mixedHost();
  plain(t, 100);
  plain(t, 101);
  loadavg(t, 500);
  const s = scanner(t, 10_000);
  const t0 = 1_000_000;
  await s.scan(t0);
  gpuProcess(t, 200, 'restored', 9);
  let found = -1;
  for (let pass = 1; pass <= 6 && found < 0; pass++) {
    const r = await s.scan(t0 + 2000 * pass);
    if (gpuPids(r).includes(200)) found = pass;
  }
  assert.ok(found > 0 && found <= 5, `found at pass ${found}, listEveryMs 10 s`);
  assert.equal(s.lastWalk.why, 'periodic');
  // an exit is forgotten at the process's re-check, before any readdir
  t.removeProcess(101);
  const quick = new ProcScanner(new HostRoot(t.dir), {
    discoverMs: 2000,
    rescanMs: 4000,
    listEveryMs: 600_000,
  });
  await quick.scan(t0);
  assert.equal(quick.process(101), undefined);
  t.removeProcess(100);
  for (let pass = 1; pass <= 3; pass++) await quick.scan(t0 + 2000 * pass);
  assert.equal(quick.lastWalk.listed, false);
  assert.equal(quick.process(100), undefined, 'an exited process kept');
  quick.close();
  s.close();
});

test('a PID nvidia-smi names that the walk has not met is classified at once, its /dev/nvidiaN fd included', async () => {
  const t = mixedHost();
  t.devNode('/dev/nvidia0', 195, 0);
  t.flushNodes();
  plain(t, 100);
  loadavg(t, 500);
  const s = scanner(t);
  const t0 = 1_000_000;
  await s.scan(t0);
  // behind the cursor, so no pass before the next readdir of /proc would meet it
  t.addProcess({ pid: 300, comm: 'python3', cgroup: '/lxc/105/ns', fds: { 3: '/dev/nvidia0' } });
  const r = await s.scan(t0 + 2000);
  assert.equal(r.nvidiaHolders.has(300), false);
  const who = await s.learn(300, t0 + 2500);
  assert.deepEqual([who?.owner, who?.comm, [...(who?.nvFds.values() ?? [])]], ['105', 'python3', [0]]);
  assert.deepEqual([...(await s.scan(t0 + 3000)).nvidiaHolders], [[300, [0]]]);
  assert.equal(await s.learn(301, t0 + 3000), undefined, 'a PID with no process');
  s.close();
});

test("a GPU holder's PID reused by another container's GPU process at the same fd number is met as the new process", async () => {
  const t = mixedHost();
  // after an earlier wrap the cursor sits at 1990; 2001 is a GPU process from the last cycle
  gpuProcess(t, 2001, 'ffmpeg', 1, 10);
  // enough others that the round robin (one process a pass here) does not reach it in these passes
  for (let pid = 1000; pid < 1300; pid++) plain(t, pid);
  loadavg(t, 1990);
  const s = scanner(t);
  const t0 = 1_000_000;
  let r = await s.scan(t0);
  assert.deepEqual(
    r.clients.map((c) => [c.proc.pid, c.proc.comm, c.info.clientId]),
    [[2001, 'ffmpeg', '1']],
  );
  loadavg(t, 1991);
  await s.scan(t0 + 2000);
  await s.scan(t0 + 4000);
  // 2001 exits; the allocator, moving up from 1991, hands 2001 to a process of CT 103 that opens
  // the GPU at the same fd number
  t.removeProcess(2001);
  t.addProcess({
    pid: 2001,
    comm: 'blender',
    cgroup: '/lxc/103/ns',
    start: 77_777,
    fds: { 5: '/dev/dri/renderD129' },
    fdinfo: { 5: xeFdinfoText(2, 1n, 10n) },
  });
  loadavg(t, 2005);
  r = await s.scan(t0 + 6000);
  assert.equal(s.lastWalk.listed, false);
  assert.deepEqual(
    r.clients.map((c) => [c.proc.pid, c.proc.owner, c.proc.comm, c.info.clientId]),
    [[2001, '103', 'blender', '2']],
  );
  s.close();
});
