// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { rmSync, utimesSync } from 'node:fs';
import { test } from 'node:test';
import { mixedHost, xeFdinfoText } from '../../../test/fixtures/collect/trees.ts';
import { HostRoot } from '../host/host-root.ts';
import { ProcScanner } from './proc-scanner.ts';

test('incremental: new PIDs at the next discovery, late GPU opens at the re-check, PID reuse', async () => {
  const t = mixedHost();
  t.addProcess({ pid: 100, comm: 'ollama', cgroup: '/lxc/101/ns', fds: { 0: '/dev/null', 1: 'socket:[5]' } });
  t.addProcess({
    pid: 200,
    comm: 'ffmpeg',
    cgroup: '/lxc/101/ns',
    start: 50,
    fds: { 3: '/dev/dri/renderD129' },
    fdinfo: { 3: xeFdinfoText(1, 1n, 10n) },
  });
  const s = new ProcScanner(new HostRoot(t.dir), { discoverMs: 2000, rescanMs: 4000, fullRescanMs: 60_000 });
  const t0 = 1_000_000;
  let r = await s.scan(t0);
  assert.deepEqual(r.pass, {
    newPids: 2,
    rechecked: 0,
    full: 0,
    via: 'walk',
    // both new processes' fd tables
    fdTables: 2,
    walkBecause: 'no inventory yet',
  });
  assert.deepEqual(
    r.clients.map((c) => c.proc.pid),
    [200],
  );

  // a new process appears: not before the next discovery pass, then found
  t.addProcess({
    pid: 300,
    comm: 'go2rtc',
    cgroup: '/lxc/103/ns',
    fds: { 4: '/dev/dri/renderD129' },
    fdinfo: { 4: xeFdinfoText(2, 1n, 10n) },
  });
  r = await s.scan(t0 + 1000);
  assert.equal(r.pass, undefined);
  assert.deepEqual(r.clients.map((c) => c.proc.pid).sort(), [200]);
  r = await s.scan(t0 + 2000);
  assert.equal(r.pass?.newPids, 1);
  assert.deepEqual(r.clients.map((c) => c.proc.pid).sort(), [200, 300]);

  // pid 100 opens the GPU late (an fd number it did not have): found by the round-robin re-check
  t.link('/proc/100/fd/7', '/dev/dri/renderD129');
  t.file('/proc/100/fdinfo/7', xeFdinfoText(3, 1n, 10n));
  let found = false;
  for (let i = 2; i <= 4 && !found; i++) {
    r = await s.scan(t0 + 2000 * i);
    found = r.clients.some((c) => c.proc.pid === 100);
  }
  assert.ok(found, 'late open not found within rescanMs');

  // pid 200 exits and the PID is reused by a process of another container
  t.removeProcess(200);
  t.addProcess({
    pid: 200,
    comm: 'blender',
    cgroup: '/lxc/102/ns',
    start: 99,
    fds: { 3: '/dev/dri/renderD129' },
    fdinfo: { 3: xeFdinfoText(9, 1n, 10n) },
  });
  r = await s.scan(t0 + 10_000);
  const c = r.clients.find((x) => x.proc.pid === 200);
  assert.deepEqual([c?.proc.owner, c?.proc.comm, c?.info.clientId], ['102', 'blender', '9']);

  // a full pass re-classifies everything
  r = await s.scan(t0 + 12_000, 'full');
  assert.equal(r.pass?.full, 3);
});

test("a re-check reads an fd table again only when its directory changed (a tree: size and mtime), never on a stamp taken within 2 s of the directory's last change", async () => {
  const t = mixedHost();
  const pids = [100, 101, 102];
  for (const pid of pids)
    t.addProcess({ pid, comm: `p${pid}`, cgroup: '/lxc/101/ns', fds: { 0: '/dev/null', 1: 'socket:[5]' } });
  const fdDir = (pid: number) => t.abs(`/proc/${pid}/fd`);
  const old = new Date(Date.now() - 60_000);
  // 102's directory changed a moment ago: a change in the same tick of the file system's clock
  // after the scanner's stat would leave its mtime as it was
  const recent = new Date(Date.now() - 500);
  utimesSync(fdDir(100), old, old);
  utimesSync(fdDir(101), old, old);
  utimesSync(fdDir(102), recent, recent);
  const s = new ProcScanner(new HostRoot(t.dir), { discoverMs: 2000, rescanMs: 2000, fullRescanMs: 600_000 });
  const t0 = 1_000_000;
  await s.scan(t0);
  // the first re-check stamps each directory (rescanMs = discoverMs: every process each pass)
  let r = await s.scan(t0 + 2000);
  // each closes fd 1 and opens the GPU at fd 7: as many fds as before (the size unchanged)
  pids.forEach((pid, i) => {
    rmSync(`${fdDir(pid)}/1`);
    t.link(`/proc/${pid}/fd/7`, '/dev/dri/renderD129');
    t.file(`/proc/${pid}/fdinfo/7`, xeFdinfoText(10 + i, 1n, 10n));
  });
  // 100 keeps the new mtime; 101's and 102's are put back as they were at the scanner's stat
  utimesSync(fdDir(101), old, old);
  utimesSync(fdDir(102), recent, recent);
  r = await s.scan(t0 + 4000);
  const holders = () => r.clients.map((c) => c.proc.pid).sort();
  assert.deepEqual(
    holders(),
    [100, 102],
    '100 by its mtime, 102 read again (recent stamp), 101 unchanged to a stat',
  );
  r = await s.scan(t0 + 6000, 'full');
  assert.deepEqual(holders(), pids, 'the full check reads every table');
  s.close();
});

test('the walk: every known process re-checked within rescanMs (round robin wraps), exits forgotten, fd numbers ≥ 0xFFFF', async () => {
  const t = mixedHost();
  const pids = Array.from({ length: 10 }, (_, i) => 1000 + i);
  for (const pid of pids) {
    t.addProcess({
      pid,
      comm: `p${pid}`,
      cgroup: '/lxc/101/ns',
      fds: { 0: '/dev/null', 70000: 'socket:[1]' },
    });
  }
  // discovery every 2 s, each process re-checked within 6 s: a third of them per pass
  const s = new ProcScanner(new HostRoot(t.dir), { discoverMs: 2000, rescanMs: 6000, fullRescanMs: 600_000 });
  const t0 = 1_000_000;
  let r = await s.scan(t0);
  const known = s.size;
  assert.equal(r.clients.length, 0);
  // after its first check every process opens the GPU at an fd number it did not have, one of
  // them above the 16-bit range
  pids.forEach((pid, i) => {
    const fd = i === 0 ? 70_001 : 5;
    t.link(`/proc/${pid}/fd/${fd}`, '/dev/dri/renderD129');
    t.file(`/proc/${pid}/fdinfo/${fd}`, xeFdinfoText(100 + i, 1n, 10n));
  });
  // twice round: the slice wraps past the end of the process map at least once
  for (let pass = 1; pass <= 3; pass++) r = await s.scan(t0 + 2000 * pass);
  assert.deepEqual(
    r.clients
      .map((c) => c.proc.pid)
      .filter((p) => p >= 1000)
      .sort(),
    pids,
    'every late open found within rescanMs',
  );
  // processes that exit are forgotten at the next pass, the others kept
  t.removeProcess(1003);
  t.removeProcess(1007);
  r = await s.scan(t0 + 8000);
  assert.equal(s.size, known - 2);
  assert.equal(s.process(1003), undefined);
  assert.equal(s.process(1004)?.comm, 'p1004');
  assert.equal(r.clients.filter((c) => c.proc.pid >= 1000).length, 8);
});

test('the walk reads links from inside each fd directory and leaves the working directory as it was, also after a process exits', async () => {
  const t = mixedHost();
  for (let pid = 2000; pid < 2010; pid++) {
    t.addProcess({
      pid,
      comm: `p${pid}`,
      cgroup: '/lxc/101/ns',
      fds: { 0: '/dev/null', 1: 'pipe:[1]', 2: 'socket:[2]', 3: '/dev/dri/renderD129' },
      fdinfo: { 3: xeFdinfoText(pid, 1n, 10n) },
    });
  }
  const home = process.cwd();
  const s = new ProcScanner(new HostRoot(t.dir), { debugfs: false });
  let r = await s.scan(1_000_000);
  assert.equal(process.cwd(), home);
  assert.equal(r.clients.filter((c) => c.proc.pid >= 2000).length, 10);
  // a process that exited: dropped, the others still read from inside their fd directories
  t.removeProcess(2003);
  r = await s.scan(1_002_000, 'full');
  assert.equal(process.cwd(), home);
  assert.equal(r.clients.filter((c) => c.proc.pid >= 2000).length, 9);
  s.close();
});
