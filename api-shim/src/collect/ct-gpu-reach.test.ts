// SPDX-License-Identifier: AGPL-3.0-or-later
// The walk's GPU-reach filter (ct-gpu-reach.ts) on the configs and mountinfo files of
// test/fixtures/collect/lxc (README there cites what each reproduces), then through the scanner
// on real /proc-layout trees: a container that cannot open a GPU node is not walked, one that can
// (and the host) is, and a hot-plugged device or a rewritten config is picked up.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { mixedHost, xeFdinfoText } from '../../../test/fixtures/collect/trees.ts';
import { HostRoot } from '../host/host-root.ts';
import { ContainerGpuReach, cgroupMayAllowGpu, gpuMount, gpuReach } from './ct-gpu-reach.ts';
import { ProcScanner } from './proc-scanner.ts';

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/collect/lxc');
const fix = (name: string) => readFileSync(path.join(FIX, name), 'utf8');

test('device cgroup: privileged without a GPU rule denies 226 and 195; devN, raw allows, userns and no includes allow', () => {
  assert.equal(cgroupMayAllowGpu(fix('generated-privileged.conf')), false);
  assert.equal(cgroupMayAllowGpu(fix('generated-privileged-gpu.conf')), true);
  // unprivileged: pve-container's userns.conf.d makes the cgroup a deny list
  assert.equal(cgroupMayAllowGpu(fix('generated-unprivileged.conf')), true);
  const priv = fix('generated-privileged.conf');
  for (const rule of ['c 195:0 rw', 'c 195:* rwm', 'c *:* rwm', 'a *:* rwm', 'c 226:128 r', 'a']) {
    assert.equal(cgroupMayAllowGpu(`${priv}lxc.cgroup2.devices.allow = ${rule}\n`), true, rule);
    assert.equal(cgroupMayAllowGpu(`${priv}lxc.cgroup.devices.allow = ${rule}\n`), true, `v1 ${rule}`);
  }
  for (const rule of ['c 10:200 rwm', 'c 226:0 m', 'b 226:0 rwm', 'c 189:* rwm']) {
    assert.equal(cgroupMayAllowGpu(`${priv}lxc.cgroup2.devices.allow = ${rule}\n`), false, rule);
  }
  // allowed, then taken back by the same rule as a deny; or a reset to deny-all after it
  assert.equal(
    cgroupMayAllowGpu(
      `${priv}lxc.cgroup2.devices.allow = c 226:0 rw\nlxc.cgroup2.devices.deny = c 226:0 rw\n`,
    ),
    false,
  );
  assert.equal(
    cgroupMayAllowGpu(`${priv}lxc.cgroup2.devices.allow = c 226:0 rw\nlxc.cgroup2.devices.deny = a\n`),
    false,
  );
  // an unprivileged config that turns the list back into deny-all
  assert.equal(
    cgroupMayAllowGpu(`${fix('generated-unprivileged.conf')}lxc.cgroup2.devices.deny = a\n`),
    false,
  );
  // no LXC include at all: nothing denies
  assert.equal(cgroupMayAllowGpu('lxc.arch = amd64\n'), true);
});

test("mountinfo: LXC's own binds, fuse and tun are no GPU; a /dev/dri bind, a devN bind, the whole /dev are", () => {
  assert.equal(gpuMount(fix('mountinfo-plain.txt')), undefined);
  assert.equal(gpuMount(fix('mountinfo-dri-bind.txt')), '/dev/dri');
  assert.equal(gpuMount(fix('mountinfo-devN.txt')), '/dev/dri/renderD128');
  const whole = '1150 1123 0:5 / /mnt/hostdev rw,nosuid,relatime - devtmpfs udev rw,mode=755\n';
  assert.equal(gpuMount(fix('mountinfo-plain.txt') + whole), '/mnt/hostdev');
  const nv = '1150 1124 0:5 /nvidia0 /dev/nvidia0 rw,nosuid,relatime - devtmpfs udev rw,mode=755\n';
  assert.equal(gpuMount(nv), '/dev/nvidia0');
  // nodev: no device on it can be opened
  assert.equal(
    gpuMount('1150 1124 0:5 /dri /dev/dri rw,nosuid,nodev,relatime - devtmpfs udev rw\n'),
    undefined,
  );
  // an escaped space in the mount point (proc(5): octal escapes)
  assert.equal(
    gpuMount('1150 1124 0:5 /dri /mnt/my\\040gpu rw,relatime - devtmpfs udev rw\n'),
    '/mnt/my gpu',
  );
});

test('verdicts: what is walked and why', () => {
  const plain = fix('mountinfo-plain.txt');
  assert.deepEqual(gpuReach(fix('generated-unprivileged.conf'), plain), {
    walk: false,
    because: 'unprivileged, no GPU node mounted',
  });
  assert.equal(gpuReach(fix('generated-unprivileged.conf'), fix('mountinfo-dri-bind.txt')).walk, true);
  assert.equal(gpuReach(fix('generated-unprivileged-devN.conf'), fix('mountinfo-devN.txt')).walk, true);
  assert.equal(gpuReach(fix('generated-unprivileged-hook.conf'), plain).walk, true);
  assert.equal(gpuReach(fix('generated-unprivileged.conf'), undefined).walk, true);
  assert.equal(gpuReach(undefined, plain).walk, true);
  assert.deepEqual(gpuReach(fix('generated-privileged.conf'), fix('mountinfo-dri-bind.txt')), {
    walk: false,
    because: 'device cgroup allows no GPU major',
  });
  assert.equal(gpuReach(fix('generated-privileged-gpu.conf'), plain).walk, true);
});

/**
 * A host with: CT 105 (unprivileged, no device), CT 110 (privileged, no device), CT 102
 * (unprivileged, devN renderD129), CT 111 (privileged, GPU rule), host processes. Every process
 * holds an fd on the xe GPU's render node: in 105 and 110 that cannot happen on a real host, so
 * finding it there means their fd tables were read.
 */
function reachHost() {
  const t = mixedHost();
  const cts: Array<[string, string, string]> = [
    ['105', 'generated-unprivileged.conf', 'mountinfo-plain.txt'],
    ['110', 'generated-privileged.conf', 'mountinfo-plain.txt'],
    ['102', 'generated-unprivileged-devN.conf', 'mountinfo-devN.txt'],
    ['111', 'generated-privileged-gpu.conf', 'mountinfo-dri-bind.txt'],
  ];
  let pid = 1000;
  let client = 1;
  const pidsOf: Record<string, number[]> = {};
  const addProc = (owner: string, mountinfo?: string) => {
    pid += 1;
    t.addProcess({
      pid,
      comm: `p${pid}`,
      cgroup: owner === 'host' ? '/system.slice/x.service' : `/lxc/${owner}/ns/init.scope`,
      nspid: owner === 'host' ? undefined : [pid - 900],
      fds: { 0: '/dev/null', 5: '/dev/dri/renderD129' },
      fdinfo: { 5: xeFdinfoText(client++, 1n, 10n) },
    });
    if (mountinfo) t.file(`/proc/${pid}/mountinfo`, fix(mountinfo));
    pidsOf[owner] ??= [];
    pidsOf[owner].push(pid);
  };
  for (const [vmid, conf, mi] of cts) {
    t.file(`/var/lib/lxc/${vmid}/config`, fix(conf));
    for (let i = 0; i < 3; i++) addProc(vmid, mi);
  }
  addProc('host');
  addProc('host');
  return { t, pidsOf };
}

test('the walk skips the fd tables of containers that cannot open a GPU, and only theirs', async () => {
  const { t, pidsOf } = reachHost();
  const s = new ProcScanner(new HostRoot(t.dir), { debugfs: false });
  // first pass (new PIDs), a full reclassification, then round-robin passes
  let r = await s.scan(1_000_000);
  const found = () => new Set(r.clients.map((c) => c.proc.pid));
  const check = (label: string) => {
    const seen = found();
    for (const vmid of ['105', '110']) {
      for (const pid of pidsOf[vmid])
        assert.ok(!seen.has(pid), `${label}: CT ${vmid}'s pid ${pid} was walked`);
    }
    for (const owner of ['102', '111', 'host']) {
      for (const pid of pidsOf[owner])
        assert.ok(seen.has(pid), `${label}: ${owner}'s pid ${pid} was not walked`);
    }
  };
  check('first pass');
  assert.equal(s.walkSkipped(), 6);
  assert.equal(s.containerReach('105')?.because, 'unprivileged, no GPU node mounted');
  assert.equal(s.containerReach('110')?.because, 'device cgroup allows no GPU major');
  r = await s.scan(1_002_000, 'full');
  check('full pass');
  for (let i = 2; i <= 62; i++) r = await s.scan(1_000_000 + 2000 * i);
  check('round robin');
  // with the filter off, the same tree is walked whole (the worst case the bench keeps)
  const all = new ProcScanner(new HostRoot(t.dir), { debugfs: false, gpuReach: false });
  r = await all.scan(1_000_000);
  assert.equal(r.clients.length, 14);
  assert.equal(all.walkSkipped(), 0);
  s.close();
  all.close();
});

test('a device hot-plugged into a running container, or a rewritten config, is picked up within gpuReachMs', async () => {
  const { t, pidsOf } = reachHost();
  const s = new ProcScanner(new HostRoot(t.dir), { debugfs: false, gpuReachMs: 10_000 });
  const t0 = 1_000_000;
  let r = await s.scan(t0);
  const has = (pid: number) => r.clients.some((c) => c.proc.pid === pid);
  assert.ok(!pidsOf['105'].some(has));
  assert.ok(!pidsOf['110'].some(has));
  // pct set 105 -dev0 /dev/dri/renderD129 on the running CT: pve-container binds the node
  // (device_passthrough_hotplug); the config file is not rewritten
  for (const pid of pidsOf['105']) {
    t.file(`/proc/${pid}/mountinfo`, fix('mountinfo-devN.txt').replace('renderD128', 'renderD129'));
  }
  // CT 110 restarted with a GPU rule: its generated config rewritten (a new mtime)
  t.file('/var/lib/lxc/110/config', fix('generated-privileged-gpu.conf'));
  utimesSync(t.dir + '/var/lib/lxc/110/config', new Date(), new Date(Date.now() + 5000));
  r = await s.scan(t0 + 2000);
  assert.ok(!pidsOf['105'].some(has), 'not before the re-check is due');
  r = await s.scan(t0 + 10_000);
  for (const pid of [...pidsOf['105'], ...pidsOf['110']])
    assert.ok(has(pid), `pid ${pid} walked after the change`);
  assert.equal(s.walkSkipped(), 0);
  // unplugged again: the processes keep the fds they hold (the cgroup is checked at open only),
  // new ones are not walked
  for (const pid of pidsOf['105']) t.file(`/proc/${pid}/mountinfo`, fix('mountinfo-plain.txt'));
  r = await s.scan(t0 + 20_000);
  assert.ok(pidsOf['105'].every(has), 'held GPU fds still sampled');
  t.addProcess({
    pid: 5000,
    comm: 'late',
    cgroup: '/lxc/105/ns',
    fds: { 5: '/dev/dri/renderD129' },
    fdinfo: { 5: xeFdinfoText(99, 1n, 10n) },
  });
  r = await s.scan(t0 + 22_000);
  assert.ok(!has(5000), 'a new process of the unplugged CT is not walked');
  s.close();
});

test('a container whose witness process exits keeps its verdict (no walk of all its processes for one check)', async () => {
  const { t, pidsOf } = reachHost();
  const s = new ProcScanner(new HostRoot(t.dir), { debugfs: false, gpuReachMs: 10_000 });
  const t0 = 1_000_000;
  await s.scan(t0);
  assert.equal(s.containerReach('105')?.walk, false);
  // every process's mountinfo vanishes but the processes stay listed: as when the one read
  // through exits between the pass's readdir of /proc and the check
  for (const pid of pidsOf['105']) rmSync(`${t.dir}/proc/${pid}/mountinfo`);
  const r = await s.scan(t0 + 10_000);
  assert.equal(s.containerReach('105')?.walk, false);
  assert.ok(!r.clients.some((c) => pidsOf['105'].includes(c.proc.pid)));
  s.close();
});

test('a container whose witness exits is read through another of its processes; one left empty is dropped', async () => {
  // The check reads one process's mountinfo per container, kept as processes come and go rather
  // than picked from every process each check: the one read through must be replaced when it exits.
  const { t, pidsOf } = reachHost();
  const s = new ProcScanner(new HostRoot(t.dir), { debugfs: false, gpuReachMs: 10_000 });
  const t0 = 1_000_000;
  let r = await s.scan(t0);
  const has = (pid: number) => r.clients.some((c) => c.proc.pid === pid);
  assert.equal(s.containerReach('105')?.walk, false);
  // CT 105's processes exit but the last; a device is hot-plugged (its mountinfo shows the bind)
  const [first, second, last] = pidsOf['105'];
  rmSync(`${t.dir}/proc/${first}`, { recursive: true });
  rmSync(`${t.dir}/proc/${second}`, { recursive: true });
  t.file(`/proc/${last}/mountinfo`, fix('mountinfo-devN.txt').replace('renderD128', 'renderD129'));
  r = await s.scan(t0 + 10_000);
  assert.equal(s.containerReach('105')?.walk, true, 'read through the process left');
  assert.ok(has(last), 'its process walked at once');
  // CT 110 empties: its verdict is not kept
  for (const pid of pidsOf['110']) rmSync(`${t.dir}/proc/${pid}`, { recursive: true });
  r = await s.scan(t0 + 20_000);
  assert.equal(s.containerReach('110'), undefined);
  assert.equal(s.walkSkipped(), 0);
  s.close();
});

test("a process learnt from another source in a container that cannot open a GPU gets its container's verdict at the next check", async () => {
  const { t } = reachHost();
  const s = new ProcScanner(new HostRoot(t.dir), { debugfs: false, gpuReachMs: 10_000 });
  const t0 = 1_000_000;
  await s.scan(t0);
  assert.equal(s.walkSkipped(), 6);
  t.addProcess({ pid: 5000, comm: 'named', cgroup: '/lxc/105/ns', fds: { 0: '/dev/null' } });
  // nvidia-smi names it: its fd table read whatever its container's reach says
  assert.equal((await s.learn(5000, t0 + 500))?.walkOff, false);
  await s.scan(t0 + 2000);
  assert.equal(s.walkSkipped(), 6, 'not before the check is due');
  await s.scan(t0 + 10_000);
  assert.equal(s.walkSkipped(), 7);
  s.close();
});

test('a container that grows its mountinfo to the bound costs the collector no memory per container', () => {
  // An unprivileged container makes as many mounts as it likes in its own namespace: its
  // mountinfo, read through one of its processes, nears the 1 MiB bound. 24 such containers.
  const dir = tempDir('reach-big-mountinfo');
  const plain = fix('mountinfo-plain.txt');
  const line = (i: number) =>
    `${5000 + i} 1123 0:77 / /srv/m${i} rw,nosuid,nodev,relatime - tmpfs tmpfs rw\n`;
  let big = plain;
  for (let i = 0; big.length < 1024 * 1024 - 200; i++) big += line(i);
  const cts = Array.from({ length: 24 }, (_, i) => ({ vmid: String(300 + i), pid: 7000 + i }));
  for (const { vmid, pid } of cts) {
    mkdirSync(`${dir}/var/lib/lxc/${vmid}`, { recursive: true });
    writeFileSync(`${dir}/var/lib/lxc/${vmid}/config`, fix('generated-unprivileged.conf'));
    mkdirSync(`${dir}/proc/${pid}`, { recursive: true });
    writeFileSync(`${dir}/proc/${pid}/mountinfo`, big);
  }
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const reach = new ContainerGpuReach(new HostRoot(dir));
  reach.check('299', 1, 0); // the read buffer, allocated once, is not what is measured
  gc();
  const before = process.memoryUsage();
  for (const { vmid, pid } of cts) assert.equal(reach.check(vmid, pid, 0).walk, false, vmid);
  gc();
  const after = process.memoryUsage();
  const grew = after.heapUsed + after.external - before.heapUsed - before.external;
  assert.ok(grew < 4 * 1024 * 1024, `kept ${(grew / 1024 / 1024).toFixed(1)} MiB for 24 containers`);
  // The verdicts are still kept, and an unchanged mountinfo still needs no new parse, a changed one
  // does: a GPU bound in is seen.
  for (const { vmid } of cts) assert.equal(reach.get(vmid)?.walk, false);
  const { vmid, pid } = cts[0];
  writeFileSync(`${dir}/proc/${pid}/mountinfo`, big + fix('mountinfo-dri-bind.txt'));
  assert.equal(reach.check(vmid, pid, 1).walk, true);
  rmSync(dir, { recursive: true, force: true });
});
