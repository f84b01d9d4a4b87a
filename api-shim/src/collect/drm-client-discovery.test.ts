// SPDX-License-Identifier: AGPL-3.0-or-later
// GPU-client discovery from the kernel's DRM client list (debugfs) against the fd walk, on one host
// tree: the same clients either way, only the listed PIDs looked at, and the walk wherever the
// list cannot be trusted or is not there.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { test } from 'node:test';
import { type ClientRowSpec, writeDrmClients } from '../../../test/fixtures/collect/debugfs-clients.ts';
import { GPUS, mixedHost, xeFdinfoText } from '../../../test/fixtures/collect/trees.ts';
import type { HostTree } from '../demo/workload/host-tree.ts';
import { i915Fdinfo } from '../demo/workload/host-tree.ts';
import { HostRoot } from '../host/host-root.ts';
import { type DiscoverySources, ProcScanner, type ScanResult } from './proc-scanner.ts';

// mixedHost's four GPUs and their minors (card, render)
const DEVICES = [
  { unique: GPUS.i915, minors: [0, 128] },
  { unique: GPUS.xe, minors: [1, 129] },
  { unique: GPUS.amdLegacy, minors: [2, 130] },
  { unique: GPUS.amd, minors: [3, 131] },
];
const SOURCES: DiscoverySources = { drmDevices: DEVICES.map((d) => d.minors) };
const i915 = (clientId: number) =>
  i915Fdinfo({ clientId, pdev: GPUS.i915, engines: { render: 5n, video: 0n }, residentKiB: 64 });

interface World {
  t: HostTree;
  rows: Map<string, ClientRowSpec[]>;
  write(pidColumn?: 'pid' | 'tgid'): void;
}

/**
 * jellyfin (CT 101) with a render fd it dup'd, and its ffmpeg child holding the same file without
 * ever using it (so the kernel lists only jellyfin); go2rtc (CT 103) on the xe; the host's Xorg as
 * DRM master of card0; ollama without a GPU; forty processes with no GPU file.
 */
function world(): World {
  const t = mixedHost();
  t.addProcess({
    pid: 100,
    comm: 'jellyfin',
    cgroup: '/lxc/101/ns',
    fds: { 0: '/dev/null', 3: '/dev/dri/renderD128', 4: '/dev/dri/renderD128', 5: 'socket:[1]' },
    fdinfo: { 3: i915(11), 4: i915(11) },
  });
  t.addProcess({
    pid: 101,
    comm: 'ffmpeg',
    cgroup: '/lxc/101/ns',
    fds: { 3: '/dev/dri/renderD128' },
    fdinfo: { 3: i915(11) },
  });
  t.addProcess({
    pid: 200,
    comm: 'go2rtc',
    cgroup: '/lxc/103/ns',
    fds: { 7: '/dev/dri/renderD129' },
    fdinfo: { 7: xeFdinfoText(21, 1n, 10n) },
  });
  t.addProcess({ pid: 300, comm: 'ollama', cgroup: '/lxc/102/ns', fds: { 0: 'socket:[2]' } });
  t.addProcess({
    pid: 400,
    comm: 'Xorg',
    cgroup: '/system.slice/display.service',
    fds: { 3: '/dev/dri/card0' },
    fdinfo: { 3: i915(31) },
  });
  for (let pid = 500; pid < 540; pid++) {
    t.addProcess({
      pid,
      comm: `p${pid}`,
      cgroup: '/system.slice/x.service',
      fds: { 0: '/dev/null', 1: 'pipe:[3]' },
    });
  }
  const rows = new Map<string, ClientRowSpec[]>([
    [
      GPUS.i915,
      [
        { command: 'Xorg', pid: 400, minor: 0, master: true, authenticated: true },
        { command: 'jellyfin', pid: 100, minor: 128, uid: 100000 },
      ],
    ],
    [GPUS.xe, [{ command: 'go2rtc', pid: 200, minor: 129, uid: 100000 }]],
    [GPUS.amdLegacy, []],
    [GPUS.amd, []],
  ]);
  const w: World = {
    t,
    rows,
    write(pidColumn = 'tgid') {
      for (const d of DEVICES) writeDrmClients(t, d, rows.get(d.unique) ?? [], pidColumn);
    },
  };
  w.write();
  return w;
}

const clients = (r: ScanResult) =>
  r.clients.map((c) => `${c.key} pid ${c.proc.pid} ct ${c.proc.owner} ${c.proc.comm}`).sort();

function scanners(w: World): { walk: ProcScanner; listed: ProcScanner } {
  const host = new HostRoot(w.t.dir);
  const walk = new ProcScanner(host, { debugfs: false });
  const listed = new ProcScanner(host);
  walk.setDiscoverySources(SOURCES);
  listed.setDiscoverySources(SOURCES);
  return { walk, listed };
}

test('the kernel list finds the same clients as the walk, looking only at the listed PIDs', async () => {
  const w = world();
  const { walk, listed } = scanners(w);
  try {
    const a = await walk.scan(1_000_000);
    const b = await listed.scan(1_000_000);
    assert.equal(a.pass?.via, 'walk');
    assert.equal(b.pass?.via, 'debugfs');
    assert.deepEqual(clients(b), clients(a));
    assert.deepEqual(clients(b), [
      `${GPUS.i915}/11 pid 100 ct 101 jellyfin`,
      `${GPUS.i915}/31 pid 400 ct host Xorg`,
      `${GPUS.xe}/21 pid 200 ct 103 go2rtc`,
    ]);
    // the walk met all 45 processes; the list named three, and nothing else was read
    assert.equal(walk.size, 45);
    assert.equal(listed.size, 3);
  } finally {
    walk.close();
    listed.close();
  }
});

test('the list follows new, closed and reused clients at each discovery pass', async () => {
  const w = world();
  const { listed: s } = scanners(w);
  try {
    const t0 = 1_000_000;
    await s.scan(t0);
    // frigate in CT 104 opens the xe: listed → found at the next pass, not before
    w.t.addProcess({
      pid: 600,
      comm: 'frigate',
      cgroup: '/lxc/104/ns',
      fds: { 9: '/dev/dri/renderD129' },
      fdinfo: { 9: xeFdinfoText(22, 1n, 10n) },
    });
    w.rows.get(GPUS.xe)?.push({ command: 'frigate', pid: 600, minor: 129 });
    w.write();
    assert.ok(!clients(await s.scan(t0 + 1000)).some((c) => c.includes('frigate')));
    let r = await s.scan(t0 + 2000);
    assert.equal(r.pass?.newPids, 1);
    assert.ok(clients(r).includes(`${GPUS.xe}/22 pid 600 ct 104 frigate`));

    // jellyfin opens a second file on another fd number (its row count changes): walked again
    w.t.link('/proc/100/fd/8', '/dev/dri/renderD128');
    w.t.file('/proc/100/fdinfo/8', i915(12));
    w.rows.get(GPUS.i915)?.push({ command: 'jellyfin', pid: 100, minor: 128 });
    w.write();
    r = await s.scan(t0 + 4000);
    assert.ok(clients(r).includes(`${GPUS.i915}/12 pid 100 ct 101 jellyfin`));

    // go2rtc exits (its file closes with it) and its PID is reused by a process of CT 105
    w.t.removeProcess(200);
    w.rows.set(
      GPUS.xe,
      (w.rows.get(GPUS.xe) ?? []).filter((x) => x.pid !== 200),
    );
    w.write();
    r = await s.scan(t0 + 6000);
    assert.ok(!clients(r).some((c) => c.includes('go2rtc')));
    assert.equal(s.process(200), undefined);
    w.t.addProcess({
      pid: 200,
      comm: 'blender',
      cgroup: '/lxc/105/ns',
      start: 99_999,
      fds: { 3: '/dev/dri/renderD129' },
      fdinfo: { 3: xeFdinfoText(23, 1n, 10n) },
    });
    w.rows.get(GPUS.xe)?.push({ command: 'blender', pid: 200, minor: 129 });
    w.write();
    r = await s.scan(t0 + 8000);
    assert.ok(clients(r).includes(`${GPUS.xe}/23 pid 200 ct 105 blender`));
    assert.equal(r.pass?.via, 'debugfs');
  } finally {
    s.close();
  }
});

test('falls back to the walk where the list is absent, unreadable, names openers, or an NVIDIA GPU needs it', async () => {
  const w = world();
  const host = new HostRoot(w.t.dir);
  const reference = new ProcScanner(host, { debugfs: false });
  const s = new ProcScanner(host);
  const expect = clients(await reference.scan(1));
  let now = 1_000_000;
  const pass = async (why: RegExp | 'debugfs') => {
    now += 2000;
    const r = await s.scan(now, 'discover');
    if (why === 'debugfs') assert.equal(r.pass?.via, 'debugfs');
    else {
      assert.equal(r.pass?.via, 'walk');
      assert.match(r.pass?.walkBecause ?? '', why);
    }
    assert.deepEqual(clients(r), expect);
  };
  try {
    await pass(/no inventory yet/); // before the sampler's first inventory: walk
    s.setDiscoverySources(SOURCES);
    await pass('debugfs');
    assert.equal(s.size, 3); // processes the list does not name are forgotten

    // debugfs not mounted (or not this kernel's): absent
    rmSync(w.t.abs('/sys/kernel/debug'), { recursive: true });
    await pass(/dri\/128\/clients: absent/);
    assert.equal(s.size, 45);

    // mounted again: an absent file is looked for again only at the next inventory refresh
    // (drm-clients.ts ABSENT_RECHECK_MS), then found
    w.write();
    await pass(/dri\/128\/clients: absent/);
    s.setDiscoverySources(SOURCES);
    await pass('debugfs');

    // a GPU without a clients file, the others with: still the walk (its clients would be missed)
    rmSync(w.t.abs(`/sys/kernel/debug/dri/${GPUS.xe}`), { recursive: true });
    await pass(/dri\/129\/clients: absent/);

    // a file that cannot be read (a directory here: EISDIR; a kernel that refuses it: EPERM, ENODEV)
    mkdirSync(w.t.abs(`/sys/kernel/debug/dri/${GPUS.xe}/clients`), { recursive: true });
    s.setDiscoverySources(SOURCES);
    await pass(/dri\/1\/clients: unreadable/);
    rmSync(w.t.abs(`/sys/kernel/debug/dri/${GPUS.xe}`), { recursive: true });

    // an older kernel whose list names the opener of each file, not its user
    w.write('pid');
    await pass(/opener/);

    // back to a current kernel's list
    w.write('tgid');
    await pass('debugfs');
    assert.equal(s.size, 3);

    // an NVIDIA GPU on its own driver: /dev/nvidiaN holders are in no DRM list
    s.setDiscoverySources({ ...SOURCES, walkFor: 'an NVIDIA GPU' });
    await pass(/NVIDIA/);
  } finally {
    reference.close();
    s.close();
  }
});

// PID reuse with the kernel's list (docs/collectors.md "PID reuse and the kernel's list"). A listed
// PID's start time is read again only where its rows could hide a new process: rows changed, a row
// of a dead struct pid ("<unknown>": the number is free), a late pass, the full reclassification.

/** One i915 GPU's list in the newest kernels' format (client name and client id columns). */
function reuseWorld() {
  const w = world();
  const ids: Record<string, string> = { Xorg: '31', jellyfin: '11', go2rtc: '21' };
  for (const list of w.rows.values()) for (const r of list) r.clientId = ids[r.command];
  w.write();
  return w;
}
const jellyfinRow = (over: Partial<ClientRowSpec> = {}): ClientRowSpec => ({
  command: 'jellyfin',
  pid: 100,
  minor: 128,
  uid: 100000,
  clientId: '11',
  ...over,
});
const setI915Rows = (w: World, ...rows: ClientRowSpec[]) => {
  w.rows.set(GPUS.i915, [
    { command: 'Xorg', pid: 400, minor: 0, master: true, authenticated: true, clientId: '31' },
    ...rows,
  ]);
  w.write();
};
const holderOf = (r: ScanResult, clientId: string) =>
  clients(r).filter((c) => c.startsWith(`${GPUS.i915}/${clientId} `));

test('a PID reused between two passes with rows that differ only in the client id is seen at the next pass', async () => {
  const w = reuseWorld();
  const { listed: s } = scanners(w);
  try {
    const t0 = 1_000_000;
    let r = await s.scan(t0);
    assert.deepEqual(holderOf(r, '11'), [`${GPUS.i915}/11 pid 100 ct 101 jellyfin`]);
    // jellyfin (CT 101) and its ffmpeg exit; another jellyfin, in CT 105, gets PID 100 and opens
    // the render node at the same fd number: same command, minor, uid, magic — a new client id
    w.t.removeProcess(100);
    w.t.removeProcess(101);
    w.t.addProcess({
      pid: 100,
      comm: 'jellyfin',
      cgroup: '/lxc/105/ns',
      start: 77_777,
      fds: { 3: '/dev/dri/renderD128' },
      fdinfo: { 3: i915(12) },
    });
    setI915Rows(w, jellyfinRow({ clientId: '12' }));
    r = await s.scan(t0 + 2000);
    assert.deepEqual(holderOf(r, '11'), []);
    assert.deepEqual(holderOf(r, '12'), [`${GPUS.i915}/12 pid 100 ct 105 jellyfin`]);
    assert.equal(r.pass?.newPids, 1);
  } finally {
    s.close();
  }
});

test('a PID reused under the unchanged row of a dead struct pid ("<unknown>") is seen at the next pass', async () => {
  const w = reuseWorld();
  const { listed: s } = scanners(w);
  try {
    const t0 = 1_000_000;
    await s.scan(t0);
    // jellyfin exits; its ffmpeg keeps the file without using it, so the kernel's row keeps the
    // dead struct pid: command "<unknown>", uid 0, the freed number 100 (drm_clients_info())
    w.t.removeProcess(100);
    const dead = jellyfinRow({ command: '<unknown>', uid: 0 });
    setI915Rows(w, dead);
    let r = await s.scan(t0 + 2000);
    assert.equal(s.process(100), undefined);
    // PID 100 goes to a worker of CT 105 that was handed the file (SCM_RIGHTS) and holds it
    // unused: the row stays exactly as it was
    w.t.addProcess({
      pid: 100,
      comm: 'worker',
      cgroup: '/lxc/105/ns',
      start: 80_000,
      fds: { 5: '/dev/dri/renderD128' },
      fdinfo: { 5: i915(11) },
    });
    setI915Rows(w, dead);
    r = await s.scan(t0 + 4000);
    assert.deepEqual(holderOf(r, '11'), [`${GPUS.i915}/11 pid 100 ct 105 worker`]);
    // the worker exits and PID 100 comes round again, to a process of CT 106 holding the same file
    // at the same fd number; the row still has not changed
    w.t.removeProcess(100);
    w.t.addProcess({
      pid: 100,
      comm: 'other',
      cgroup: '/lxc/106/ns',
      start: 90_000,
      fds: { 5: '/dev/dri/renderD128' },
      fdinfo: { 5: i915(11) },
    });
    setI915Rows(w, dead);
    r = await s.scan(t0 + 6000);
    assert.deepEqual(holderOf(r, '11'), [`${GPUS.i915}/11 pid 100 ct 106 other`]);
  } finally {
    s.close();
  }
});

test('unchanged rows of a live task are trusted until the full reclassification or a late pass, which read the start time again', async () => {
  // A world the kernel does not produce (PID 100 replaced while its row, client id included,
  // stays): it shows which passes read /proc/<pid>/stat and which trust the rows.
  const replace = (w: World, start: number, ct: string) => {
    w.t.removeProcess(100);
    w.t.addProcess({
      pid: 100,
      comm: 'jellyfin',
      cgroup: `/lxc/${ct}/ns`,
      start,
      fds: { 0: '/dev/null', 3: '/dev/dri/renderD128', 4: '/dev/dri/renderD128', 5: 'socket:[1]' },
      fdinfo: { 3: i915(11), 4: i915(11) },
    });
  };
  for (const way of ['full', 'late'] as const) {
    const w = reuseWorld();
    const s = new ProcScanner(new HostRoot(w.t.dir), { fullRescanMs: 10_000 });
    s.setDiscoverySources(SOURCES);
    try {
      const t0 = 1_000_000;
      await s.scan(t0);
      replace(w, 55_555, '105');
      // on time, rows unchanged: the process is taken to be the same one
      let r = await s.scan(t0 + 2000);
      assert.deepEqual(holderOf(r, '11'), [`${GPUS.i915}/11 pid 100 ct 101 jellyfin`], way);
      assert.equal(r.pass?.newPids, 0);
      if (way === 'full') {
        for (const t of [4000, 6000, 8000]) {
          r = await s.scan(t0 + t);
          assert.deepEqual(holderOf(r, '11'), [`${GPUS.i915}/11 pid 100 ct 101 jellyfin`], `${way} ${t}`);
        }
        r = await s.scan(t0 + 10_000); // PID 100's full reclassification is due
      } else {
        r = await s.scan(t0 + 2000 + 4001); // more than two intervals after the last pass
      }
      assert.deepEqual(holderOf(r, '11'), [`${GPUS.i915}/11 pid 100 ct 105 jellyfin`], way);
      assert.equal(r.pass?.newPids, 1, way);
    } finally {
      s.close();
    }
  }
});
