// SPDX-License-Identifier: AGPL-3.0-or-later
// The sampler on host snapshot trees built from the real samples.
import assert from 'node:assert/strict';
import { rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { sampleBody } from '../../../test/fixtures/collect/samples.ts';
import { GPUS, mixedHost, xeFdinfoText } from '../../../test/fixtures/collect/trees.ts';
import { until } from '../../../test/support/until.ts';
import { containerUsage, nodeUsage } from '../api/usage-views.ts';
import { i915Fdinfo } from '../demo/workload/host-tree.ts';
import { HostRoot } from '../host/host-root.ts';
import { Sampler } from './sampler.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('inventory: every DRM minor grouped by PCI device, drivers, by-path, devt', async () => {
  const t = mixedHost();
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve' });
  const snap = await s.sampleNow();
  const i915 = snap.gpus.find((g) => g.id === GPUS.i915);
  assert.deepEqual(
    [i915?.driver, i915?.vendor, i915?.card, i915?.render, i915?.cardDevt, i915?.renderDevt],
    ['i915', 'intel', 'card0', 'renderD128', '226:0', '226:128'],
  );
  assert.deepEqual(i915?.byPath.sort(), ['pci-0000:00:02.0-card', 'pci-0000:00:02.0-render']);
  assert.deepEqual(
    snap.gpus.map((g) => [g.id, g.driver]),
    [
      [GPUS.i915, 'i915'],
      [GPUS.xe, 'xe'],
      [GPUS.amdLegacy, 'amdgpu'],
      [GPUS.amd, 'amdgpu'],
    ],
  );
  assert.equal(snap.gpus.find((g) => g.id === GPUS.amd)?.memoryTotalBytes, 8573157376);
  await s.stop();
});

test('xe cycles → per client, per container and per GPU; dup and shared drm_files counted once', async () => {
  const t = mixedHost();
  // pid 500 (CT 101) holds client 3 on two fds (dup); pid 501 (CT 101, forked child) shares it.
  // pid 600 in CT 1010 has its own client 4. pid 700 on the host has client 5.
  const procs: Array<{ pid: number; comm: string; cgroup: string; fds: Record<number, string>; id: number }> =
    [
      {
        pid: 500,
        comm: 'ffmpeg',
        cgroup: '/lxc/101/ns/system.slice/a.service',
        fds: { 4: '/dev/dri/renderD129', 5: '/dev/dri/renderD129' },
        id: 3,
      },
      {
        pid: 501,
        comm: 'ffmpeg',
        cgroup: '/lxc/101/ns/system.slice/a.service',
        fds: { 4: '/dev/dri/renderD129' },
        id: 3,
      },
      {
        pid: 600,
        comm: 'blender',
        cgroup: '/lxc/1010/ns',
        fds: { 7: '/dev/dri/by-path/pci-0000:03:00.0-render' },
        id: 4,
      },
      {
        pid: 700,
        comm: 'Xorg',
        cgroup: '/system.slice/display-manager.service',
        fds: { 9: '/dev/dri/card1' },
        id: 5,
      },
    ];
  const write = (rcs: Record<number, bigint>, total: bigint) => {
    for (const p of procs) {
      t.addProcess({
        pid: p.pid,
        comm: p.comm,
        cgroup: p.cgroup,
        nspid: p.cgroup.startsWith('/lxc') ? [p.pid - 400] : undefined,
        fds: { 0: 'socket:[1]', ...p.fds },
        fdinfo: Object.fromEntries(
          Object.keys(p.fds).map((fd) => [fd, xeFdinfoText(p.id, rcs[p.id], total)]),
        ),
      });
    }
  };
  write({ 3: 1000n, 4: 0n, 5: 0n }, 1_000_000n);
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve' });
  await s.sampleNow();
  write({ 3: 251_000n, 4: 100_000n, 5: 10_000n }, 2_000_000n);
  const snap = await s.sampleNow();
  const owner = (o: string) => snap.owners.find((x) => x.owner === o && x.gpu === GPUS.xe);
  assert.equal(owner('101')?.engines.rcs, 25); // not 75: three fds, one drm_file
  assert.equal(owner('101')?.processes, 1);
  assert.equal(owner('1010')?.engines.rcs, 10);
  assert.equal(owner('host')?.engines.rcs, 1);
  assert.equal(owner('101')?.memoryBytes, 1024 * 1024);
  const whole = snap.samples.find((x) => x.gpu === GPUS.xe);
  assert.equal(whole?.engines.rcs, 36);
  assert.equal(whole?.engineClasses.rcs, 'render');
  assert.equal(whole?.engineClasses.vcs, 'video');
  const p = snap.processes.find((x) => x.pid === 500);
  assert.deepEqual([p?.owner, p?.nspid, p?.comm], ['101', 100, 'ffmpeg']);
  assert.equal(
    snap.processes.some((x) => x.pid === 501),
    false,
  );
  const ct = containerUsage(snap, '101');
  assert.equal(ct.gpus.length, 4); // every GPU with whole-GPU data
  assert.equal(ct.gpus.find((g) => g.info.id === GPUS.xe)?.container.engines.rcs, 25);
  assert.equal(ct.gpus.find((g) => g.info.id === GPUS.amd)?.container.processes, 0);
  assert.deepEqual(
    ct.processes.map((x) => x.pid),
    [500],
  );
  const node = nodeUsage(snap);
  assert.deepEqual(
    node.gpus.find((g) => g.info.id === GPUS.xe)?.owners.map((o) => o.owner),
    ['101', '1010', 'host'],
  );
  await s.stop();
});

test('i915 ns engines with capacity, against wall time', async () => {
  // counters rewritten in place, under the descriptors the sampler holds, as on a real host
  const t = mixedHost({ inPlace: true });
  const fd = (video: bigint) =>
    i915Fdinfo({ clientId: 9, pdev: GPUS.i915, engines: { render: 0n, video }, capacity: { video: 2 } });
  t.addProcess({
    pid: 800,
    comm: 'ffmpeg',
    cgroup: '/lxc/101/ns',
    fds: { 4: '/dev/dri/renderD128' },
    fdinfo: { 4: fd(0n) },
  });
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve' });
  // The sampler reads its clock at each fdinfo read, somewhere inside each sampleNow(): the
  // interval it divides by lies between the two bounds taken around the calls.
  const a0 = process.hrtime.bigint();
  await s.sampleNow();
  const a1 = process.hrtime.bigint();
  await sleep(400);
  // one engine fully busy since a1, out of a capacity of two → just under 50 %
  const w = process.hrtime.bigint();
  const busy = Number(w - a1);
  t.file('/proc/800/fdinfo/4', fd(w - a1));
  const snap = await s.sampleNow();
  const b1 = process.hrtime.bigint();
  const v = snap.owners.find((o) => o.owner === '101')?.engines.video ?? -1;
  const least = (busy / (Number(b1 - a0) * 2)) * 100;
  const most = (busy / (Number(w - a1) * 2)) * 100;
  assert.ok(v >= least - 0.5 && v <= most + 0.5, `video ${v}, between ${least} and ${most}`);
  assert.ok(v > 0, 'the busy time shows');
  await s.stop();
});

test('amdgpu: legacy 5.14–5.18 fdinfo is reported unsupported; 6.x fdinfo and sysfs counters read', async () => {
  const t = mixedHost();
  t.addProcess({
    pid: 900,
    comm: 'glxgears',
    cgroup: '/lxc/102/ns',
    fds: { 3: '/dev/dri/renderD130' },
    fdinfo: { 3: sampleBody('fdinfo-amdgpu-legacy-5.14-5.18-issue17.txt') },
  });
  t.addProcess({
    pid: 901,
    comm: 'game',
    cgroup: '/lxc/102/ns',
    fds: { 3: '/dev/dri/renderD131' },
    fdinfo: { 3: sampleBody('fdinfo-amdgpu-6.x-issue87.txt').replace('0000:08:00.0', GPUS.amd) },
  });
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve' });
  const snap = await s.sampleNow();
  const legacy = snap.samples.find((x) => x.gpu === GPUS.amdLegacy);
  assert.equal(legacy?.status.state, 'unsupported');
  assert.match(legacy?.status.message ?? '', /5\.14/);
  assert.equal(snap.collectors.fdinfo.state, 'unsupported');
  assert.equal(
    snap.owners.some((o) => o.gpu === GPUS.amdLegacy),
    false,
  );
  const amd = snap.samples.find((x) => x.gpu === GPUS.amd);
  assert.deepEqual(
    [
      amd?.busyPercent,
      amd?.memoryUsedBytes,
      amd?.memoryTotalBytes,
      amd?.gttUsedBytes,
      amd?.freqMHz,
      amd?.freqMaxMHz,
      amd?.powerWatts,
      amd?.temperatureC,
    ],
    [37, 6812925952, 8573157376, 123456, 1800, 2200, 45, 48],
  );
  assert.equal(snap.owners.find((o) => o.gpu === GPUS.amd)?.memoryBytes, (2068 + 8192) * 1024);
  await s.stop();
});

test('i915 rc6 (u32) wraps, xe idle residency and hwmon energy give idle % and watts', async () => {
  const t = mixedHost({ inPlace: true });
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve' });
  const first = await s.sampleNow();
  await sleep(800);
  // Counters advance by fixed amounts; the expected figures come from the interval the sampler
  // measured itself (the snapshots' times), so a slow machine changes the figures, not the verdict.
  // rc6 by 400 ms across the 2^32 wrap (it was 2^32 - 300), xe idle by 200 ms, energy by 16 J.
  t.file(`/sys/devices/pci0000:00/${GPUS.i915}/drm/card0/gt/gt0/rc6_residency_ms`, '100\n');
  t.file(`/sys/devices/pci0000:00/${GPUS.xe}/tile0/gt0/gtidle/idle_residency_ms`, '100200\n');
  t.file(`/sys/devices/pci0000:00/${GPUS.xe}/hwmon/hwmon3/energy1_input`, `${5000000 + 16e6}\n`);
  const snap = await s.sampleNow();
  const ms = snap.time - first.time;
  assert.ok(ms >= 800, `interval ${ms} ms`);
  const pct = (part: number) => Math.round((part / ms) * 10000) / 100;
  const i915 = snap.samples.find((x) => x.gpu === GPUS.i915);
  assert.equal(i915?.idlePercent, pct(400), `rc6 over ${ms} ms`);
  assert.deepEqual([i915?.freqMHz, i915?.freqMaxMHz], [650, 1400]);
  const xe = snap.samples.find((x) => x.gpu === GPUS.xe);
  assert.equal(xe?.idlePercent, pct(200), `xe idle over ${ms} ms`);
  assert.equal(xe?.powerWatts, Math.round((16e6 / (ms * 1000)) * 100) / 100, `power over ${ms} ms`);
  assert.equal(xe?.powerSource, 'hwmon energy');
  assert.equal(xe?.temperatureC, 51);
  await s.stop();
});

test('i915: the current frequency is read every sample, the max frequency (a limit) once per inventory refresh', async () => {
  const t = mixedHost({ inPlace: true });
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve', inventoryMs: 400 });
  const freqs = async () => {
    const i915 = (await s.sampleNow()).samples.find((x) => x.gpu === GPUS.i915);
    return [i915?.freqMHz, i915?.freqMaxMHz];
  };
  assert.deepEqual(await freqs(), [650, 1400]);
  const card = `/sys/devices/pci0000:00/${GPUS.i915}/drm/card0`;
  t.file(`${card}/gt_act_freq_mhz`, '700\n');
  t.file(`${card}/gt_max_freq_mhz`, '1600\n');
  assert.deepEqual(await freqs(), [700, 1400]);
  await sleep(450);
  assert.deepEqual(await freqs(), [700, 1600]);
  await s.stop();
});

test('hwmon: the hwmonN directory is listed once per inventory refresh, then followed to its new number', async () => {
  const t = mixedHost({ inPlace: true });
  // 1.5 s between refreshes: the first sample and the change below must fit in one on a loaded machine
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve', inventoryMs: 1500 });
  const xe = async () => (await s.sampleNow()).samples.find((x) => x.gpu === GPUS.xe);
  assert.equal((await xe())?.temperatureC, 51);
  // a driver reload registers the hwmon device anew, under the next free number (hwmon_device_register)
  // (new files: a held descriptor on the old one reads it no more)
  rmSync(path.join(t.dir, `sys/devices/pci0000:00/${GPUS.xe}/hwmon/hwmon3`), { recursive: true });
  t.file(`/sys/devices/pci0000:00/${GPUS.xe}/hwmon/hwmon7/temp2_input`, '63000\n');
  // until the next inventory refresh the old directory is the one known: gone, so no temperature
  // (never the old value), and the new one is not listed every second
  assert.equal((await xe())?.temperatureC, undefined);
  await sleep(1550);
  assert.equal((await xe())?.temperatureC, 63);
  // a GPU without hwmon (the i915 iGPU) gains one: read from the refresh after it appears
  t.file(`/sys/devices/pci0000:00/${GPUS.i915}/hwmon/hwmon9/temp1_input`, '44000\n');
  await sleep(1550);
  assert.equal((await s.sampleNow()).samples.find((x) => x.gpu === GPUS.i915)?.temperatureC, 44);
  await s.stop();
});

test("clients on one GPU with different engines: each process shows its own engines only, never another client's", async () => {
  const t = mixedHost({ inPlace: true });
  const client = (id: number, engines: Record<string, number>) =>
    i915Fdinfo({ clientId: id, pdev: GPUS.i915, engines });
  // 1600 renders, 1601 only decodes (amdgpu-style: an engine it never used is not printed)
  t.addProcess({
    pid: 1600,
    comm: 'render',
    cgroup: '/lxc/101/ns',
    fds: { 3: '/dev/dri/renderD128' },
    fdinfo: { 3: client(71, { render: 1e9 }) },
  });
  t.addProcess({
    pid: 1601,
    comm: 'decode',
    cgroup: '/lxc/102/ns',
    fds: { 3: '/dev/dri/renderD128' },
    fdinfo: { 3: client(72, { video: 1e9 }) },
  });
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve' });
  await s.sampleNow();
  await sleep(200);
  t.file('/proc/1600/fdinfo/3', client(71, { render: 1e9 + 1e8 }));
  t.file('/proc/1601/fdinfo/3', client(72, { video: 1e9 + 5e7 }));
  const snap = await s.sampleNow();
  const engines = (pid: number) => ({ ...snap.processes.find((p) => p.pid === pid)?.engines });
  assert.deepEqual(Object.keys(engines(1600)), ['render']);
  assert.deepEqual(Object.keys(engines(1601)), ['video']);
  assert.ok((engines(1600).render ?? 0) > 0 && (engines(1601).video ?? 0) > 0);
  assert.deepEqual(Object.keys({ ...snap.owners.find((o) => o.owner === '102')?.engines }), ['video']);
  await s.stop();
});

test('one percent record for every client: a client seen for the first time, or without an engine its marks know, never shows the client before it', async () => {
  const t = mixedHost({ inPlace: true });
  const client = (id: number, engines: Record<string, number>) =>
    i915Fdinfo({ clientId: id, pdev: GPUS.i915, engines });
  const proc = (pid: number, text: string) =>
    t.addProcess({
      pid,
      comm: `c${pid}`,
      cgroup: '/lxc/101/ns',
      fds: { 3: '/dev/dri/renderD128' },
      fdinfo: { 3: text },
    });
  proc(1610, client(80, { render: 1e9, video: 1e9 }));
  proc(1611, client(81, { render: 1e9, video: 1e9 }));
  proc(1612, client(82, { render: 1e9, video: 1e9 }));
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve' });
  await s.sampleNow();
  await sleep(200);
  // 1610 busy on both engines; 1611's file now belongs to a new client (its first reading: no
  // percent yet, 0); 1612 unchanged but no longer prints video (amdgpu leaves out unused engines)
  t.file('/proc/1610/fdinfo/3', client(80, { render: 1e9 + 1e8, video: 1e9 + 1e8 }));
  t.file('/proc/1611/fdinfo/3', client(91, { render: 5e9, video: 5e9 }));
  t.file('/proc/1612/fdinfo/3', client(82, { render: 1e9 }));
  const snap = await s.sampleNow();
  const engines = (pid: number) => ({ ...snap.processes.find((p) => p.pid === pid)?.engines });
  assert.ok((engines(1610).render ?? 0) > 0 && (engines(1610).video ?? 0) > 0, JSON.stringify(engines(1610)));
  assert.deepEqual(engines(1611), { render: 0, video: 0 });
  assert.deepEqual(engines(1612), { render: 0, video: 0 });
  await s.stop();
});

test('a runtime-suspended GPU is reported suspended and its counters are not read', async () => {
  const t = mixedHost({ inPlace: true });
  t.file(`/sys/devices/pci0000:00/${GPUS.amd}/power/runtime_status`, 'suspended\n');
  // a client holds the sleeping GPU: listed, at 0 %, its fdinfo not read (reading wakes amdgpu/xe)
  const amd = (ns: number) =>
    `drm-driver:\tamdgpu\ndrm-pdev:\t${GPUS.amd}\ndrm-client-id:\t5\ndrm-engine-gfx:\t${ns} ns\n`;
  t.addProcess({
    pid: 1400,
    comm: 'plex',
    cgroup: '/lxc/104/ns',
    fds: { 3: '/dev/dri/renderD131' },
    fdinfo: { 3: amd(1e9) },
  });
  // make a read observable: if the sampler read gpu_busy_percent it would report 37
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve' });
  await s.sampleNow();
  await sleep(100);
  t.file('/proc/1400/fdinfo/3', amd(5e9));
  const snap = await s.sampleNow();
  const whole = snap.samples.find((x) => x.gpu === GPUS.amd);
  assert.equal(whole?.status.state, 'suspended');
  assert.equal(whole?.busyPercent, undefined);
  assert.equal(whole?.idlePercent, 100);
  const o = snap.owners.find((x) => x.owner === '104');
  assert.deepEqual([o?.gpu, { ...o?.engines }, o?.processes], [GPUS.amd, {}, 1]);
  // awake again: read as usual
  t.file(`/sys/devices/pci0000:00/${GPUS.amd}/power/runtime_status`, 'active\n');
  await s.sampleNow();
  assert.equal((await s.sampleNow()).samples.find((x) => x.gpu === GPUS.amd)?.status.state, 'ok');
  await s.stop();
});

test('a busy client rewritten in place (its record updated, not parsed again): utilisation and memory follow every read, an engine added is parsed anew', async () => {
  const t = mixedHost({ inPlace: true });
  t.addProcess({
    pid: 1250,
    comm: 'busy',
    cgroup: '/lxc/101/ns',
    fds: { 3: '/dev/dri/renderD129' },
    fdinfo: { 3: xeFdinfoText(21, 10n, 100n) },
  });
  // the same inode, as a real fdinfo is the same file at each read
  const rewrite = (text: string) => t.file('/proc/1250/fdinfo/3', text);
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve' });
  const proc = async () => (await s.sampleNow()).processes.find((p) => p.pid === 1250);
  await proc();
  rewrite(xeFdinfoText(21, 60n, 200n)); // rcs: 50 of 100 cycles
  assert.deepEqual({ ...(await proc())?.engines }, { rcs: 50, vcs: 0 });
  rewrite(xeFdinfoText(21, 85n, 300n).replace('1024 KiB', '4096 KiB')); // 25 of 100; resident ×4
  let p = await proc();
  assert.deepEqual([{ ...p?.engines }, p?.memoryBytes], [{ rcs: 25, vcs: 0 }, 4096 * 1024]);
  // an engine more: no longer only digits, parsed anew; its first reading has no rate yet (0)
  const withCcs = (rcs: bigint, ccs: bigint, total: bigint) =>
    `${xeFdinfoText(21, rcs, total)}drm-cycles-ccs:\t${ccs}\ndrm-total-cycles-ccs:\t${total}\n`;
  rewrite(withCcs(185n, 0n, 400n));
  assert.deepEqual({ ...(await proc())?.engines }, { rcs: 100, vcs: 0, ccs: 0 });
  rewrite(withCcs(195n, 1000n, 10400n)); // rcs 10 of 10 000, ccs 1 000 of 10 000
  p = await proc();
  assert.deepEqual([{ ...p?.engines }, p?.memoryBytes], [{ rcs: 0.1, vcs: 0, ccs: 10 }, 1024 * 1024]);
  await s.stop();
});

test('races: processes and fds vanishing between readdir and read are skipped quietly', async () => {
  const t = mixedHost();
  const info = xeFdinfoText(11, 10n, 100n);
  t.addProcess({
    pid: 1200,
    comm: 'a',
    cgroup: '/lxc/101/ns',
    fds: { 3: '/dev/dri/renderD129' },
    fdinfo: { 3: info },
  });
  t.addProcess({
    pid: 1201,
    comm: 'b',
    cgroup: '/lxc/101/ns',
    fds: { 3: '/dev/dri/renderD129' },
    fdinfo: { 3: xeFdinfoText(12, 10n, 100n) },
  });
  // fd listed, fdinfo gone (closed mid-read); a pid dir with nothing in it (exited mid-read)
  t.addProcess({ pid: 1202, comm: 'c', cgroup: '/lxc/101/ns', fds: { 3: '/dev/dri/renderD129' } });
  t.file('/proc/1203/.keep', '');
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve' });
  let snap = await s.sampleNow();
  assert.deepEqual(snap.processes.map((p) => p.pid).sort(), [1200, 1201]);
  t.removeProcess(1200);
  unlinkSync(t.abs('/proc/1201/fdinfo/3'));
  rmSync(t.abs('/proc/1201/fd/3'));
  snap = await s.sampleNow();
  assert.deepEqual(snap.processes, []);
  assert.equal(snap.collectors.fdinfo.state, 'ok');
  await s.stop();
});

test('the real i915 man-page fdinfo in a tree: memory regions and capacity reach the container', async () => {
  const t = mixedHost();
  t.addProcess({
    pid: 1300,
    comm: 'vainfo',
    cgroup: '/lxc/105/ns/.lxc',
    fds: { 3: '/dev/dri/renderD128', 4: '/dev/dri/card0' },
    fdinfo: {
      3: sampleBody('fdinfo-i915-manpage-proc_pid_fdinfo.txt'),
      4: sampleBody('fdinfo-i915-initial-2021.txt'),
    },
  });
  const s = new Sampler({ host: new HostRoot(t.dir), node: 'pve' });
  const snap = await s.sampleNow();
  const o = snap.owners.find((x) => x.owner === '105');
  // two drm_files (card and render node) of one process: summed, one process
  assert.deepEqual([o?.gpu, o?.memoryBytes, o?.processes], [GPUS.i915, 6044 * 1024, 1]);
  assert.deepEqual(Object.keys(o?.engines ?? {}).sort(), ['copy', 'render', 'video', 'video-enhance']);
  await s.stop();
});

test('NVIDIA through the sampler: driver/library mismatch is a clear state, children stopped', async () => {
  const { writeFakeNvidiaSmi } = await import('../../../test/fixtures/collect/fake-nvidia-smi.ts');
  const { tempDir } = await import('../../../test/fixtures/collect/samples.ts');
  const { writeDemoUsageTree } = await import('../demo/workload/index.ts');
  const dir = tempDir('nvmm');
  await writeDemoUsageTree(dir);
  const s = new Sampler({
    host: new HostRoot(dir),
    node: 'pve',
    intervalMs: 200,
    nvidiaSmi: writeFakeNvidiaSmi(dir, 'mismatch'),
  });
  await s.start();
  try {
    // the stand-in is a node process: slow to start on a loaded machine
    const snap = await until(async () => {
      const x = await s.sampleNow();
      return x.collectors.nvidia?.state === 'driver-mismatch' && x;
    }, 'the driver-mismatch state');
    const nv = snap.samples.find((x) => x.gpu === '0000:01:00.0');
    assert.equal(nv?.status.state, 'driver-mismatch');
    assert.match(nv?.status.message ?? '', /Reboot the host/);
    // the Intel side keeps working
    assert.equal(snap.samples.find((x) => x.gpu === '0000:00:02.0')?.status.state, 'ok');
  } finally {
    await s.stop();
  }
  assert.deepEqual(s.nvidiaChildPids(), []);
});
