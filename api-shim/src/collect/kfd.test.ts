// SPDX-License-Identifier: AGPL-3.0-or-later
// ROCm compute through the sampler: a /dev/kfd user (Ollama on AMD) of CT 105, invisible to fdinfo,
// shows with its VRAM, SDMA activity and CU occupancy on its GPU, attributed like fdinfo clients.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeDrmClients } from '../../../test/fixtures/collect/debugfs-clients.ts';
import { fixture as amdgpu } from '../../../test/fixtures/collect/drivers/amdgpu.ts';
import { addKfdTopology, setKfdProcess } from '../../../test/fixtures/collect/kfd.ts';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { amdgpuFdinfo } from '../demo/workload/host-tree.ts';
import { HostRoot } from '../host/host-root.ts';
import { KfdReader, kfdPci, parseKfdProperties } from './kfd.ts';
import { Sampler } from './sampler.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('KFD topology: location_id and domain → PCI address; properties parsed', () => {
  assert.equal(kfdPci(0, 2048), '0000:08:00.0');
  assert.equal(kfdPci(1, (0xc1 << 8) | (2 << 3) | 1), '0001:c1:02.1');
  assert.equal(parseKfdProperties('simd_count 192\nsimd_per_cu 2\nbogus\n').get('simd_count'), 192);
});

test('ROCm process of CT 105: VRAM, SDMA % and CU occupancy on its GPU', async () => {
  const dir = tempDir('kfd');
  const t = amdgpu.build(dir);
  addKfdTopology(t);
  t.addProcess({
    pid: 3500,
    comm: 'ollama',
    cgroup: '/lxc/105/ns/system.slice/ollama.service',
    nspid: [212],
  });
  setKfdProcess(t, 3500, { vram: 4 * 1024 ** 3, sdmaUs: 1_000_000, cu: 48 });
  const s = new Sampler({ host: new HostRoot(dir), node: 'pve' });
  try {
    const first = await s.sampleNow();
    await sleep(400);
    // 120 ms on SDMA; the sample measures its own interval (ms clock, the snapshots' times)
    setKfdProcess(t, 3500, { vram: 4 * 1024 ** 3, sdmaUs: 1_120_000, cu: 48 });
    const snap = await s.sampleNow();
    const sdma = (120_000 / ((snap.time - first.time) * 1000)) * 100;
    const p = snap.processes.find((x) => x.pid === 3500);
    assert.deepEqual([p?.owner, p?.gpu, p?.comm, p?.nspid], ['105', '0000:08:00.0', 'ollama', 212]);
    assert.equal(p?.memoryBytes, 4 * 1024 ** 3);
    assert.equal(p?.engines.cu, 50, '48 of 96 CUs');
    assert.ok(Math.abs((p?.engines.sdma ?? -1) - sdma) < 0.01, `sdma ${p?.engines.sdma}, ${sdma} expected`);
    const o = snap.owners.find((x) => x.owner === '105');
    assert.equal(o?.gpu, '0000:08:00.0');
    const whole = snap.samples.find((x) => x.gpu === '0000:08:00.0');
    assert.equal(whole?.engineClasses.cu, 'compute');
    assert.equal(whole?.engineClasses.sdma, 'copy');
  } finally {
    await s.stop();
  }
});

test('no KFD: not looked for again until the inventory refresh (forgetTopology), then found', async () => {
  const dir = tempDir('kfd-late');
  const t = amdgpu.build(dir);
  t.addProcess({ pid: 3600, comm: 'ollama', cgroup: '/lxc/105/ns/system.slice/ollama.service' });
  const reader = new KfdReader(new HostRoot(dir));
  assert.deepEqual(await reader.read(Date.now()), []);
  // amdgpu's KFD comes up (module loaded) with a ROCm process already on it
  addKfdTopology(t);
  setKfdProcess(t, 3600, { vram: 1024 ** 3, sdmaUs: 0, cu: 0 });
  assert.deepEqual(await reader.read(Date.now()), [], 'absence remembered between inventory refreshes');
  reader.forgetTopology();
  const found = await reader.read(Date.now());
  assert.deepEqual(
    found.map((r) => [r.pid, r.pci, r.vramBytes]),
    [[3600, '0000:08:00.0', 1024 ** 3]],
  );
});

test("a ROCm process the kernel's DRM client list never names, with 12 000 groups: its PID inside CT 105 still shown", async () => {
  const dir = tempDir('kfd-groups');
  const t = amdgpu.build(dir);
  // the kernel's list names the fdinfo client only: the scanner never meets the /dev/kfd user, so
  // the sampler reads that process's status itself (describe())
  writeDrmClients(t, { unique: '0000:08:00.0', minors: [2, 130] }, [
    { command: 'blender', pid: 3300, minor: 130 },
  ]);
  addKfdTopology(t);
  // 12 000 groups of 6 digits: NSpid ≈ 84 KB into the status, past any small bound
  const groups = Array.from({ length: 12_000 }, (_, i) => 100_000 + i);
  t.addProcess({
    pid: 3500,
    comm: 'ollama',
    cgroup: '/lxc/105/ns/system.slice/ollama.service',
    nspid: [212],
    groups,
  });
  setKfdProcess(t, 3500, { vram: 4 * 1024 ** 3, sdmaUs: 1_000_000, cu: 48 });
  const s = new Sampler({ host: new HostRoot(dir), node: 'pve' });
  try {
    const snap = await s.sampleNow();
    assert.equal(
      snap.samples.find((x) => x.gpu === '0000:08:00.0')?.discovery?.via,
      'debugfs',
      "clients learnt from the kernel's list",
    );
    const p = snap.processes.find((x) => x.pid === 3500);
    assert.deepEqual([p?.owner, p?.comm, p?.nspid], ['105', 'ollama', 212]);
  } finally {
    await s.stop();
  }
});

test('a ROCm process also holding the render node: its VRAM once, the larger of fdinfo and the KFD', async () => {
  const dir = tempDir('kfd-render');
  const t = amdgpu.build(dir);
  addKfdTopology(t);
  // ROCm opens /dev/kfd and the GPU's render node; the render node's fdinfo counts the KFD's
  // buffers too (same GPU VM): 4 GiB of model plus 2 MiB of its own
  const fdinfoKiB = 4 * 1024 * 1024 + 2048;
  t.addProcess({
    pid: 3500,
    comm: 'ollama',
    cgroup: '/lxc/105/ns/system.slice/ollama.service',
    nspid: [212],
    fds: { 7: '/dev/kfd', 8: '/dev/dri/renderD130' },
    fdinfo: { 8: amdgpuFdinfo({ clientId: 90, pdev: '0000:08:00.0', engines: {}, vramKiB: fdinfoKiB }) },
  });
  setKfdProcess(t, 3500, { vram: 4 * 1024 ** 3, sdmaUs: 0, cu: 24 });
  // a second one whose render node fd the scanner does not see: the KFD's figure alone
  t.addProcess({
    pid: 3501,
    comm: 'python3',
    cgroup: '/lxc/105/ns/system.slice/train.service',
    nspid: [230],
  });
  setKfdProcess(t, 3501, { vram: 1024 ** 3, sdmaUs: 0, cu: 0 });
  const s = new Sampler({ host: new HostRoot(dir), node: 'pve' });
  try {
    const snap = await s.sampleNow();
    const mem = (pid: number) => snap.processes.find((x) => x.pid === pid)?.memoryBytes;
    assert.equal(mem(3500), fdinfoKiB * 1024, "fdinfo's figure, not fdinfo + KFD");
    assert.equal(mem(3501), 1024 ** 3);
    assert.equal(snap.processes.find((x) => x.pid === 3500)?.engines.cu, 25, '24 of 96 CUs');
    const o = snap.owners.find((x) => x.owner === '105');
    assert.equal(o?.memoryBytes, fdinfoKiB * 1024 + 1024 ** 3);
    assert.equal(o?.processes, 2);
  } finally {
    await s.stop();
  }
});
