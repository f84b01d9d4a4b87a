// SPDX-License-Identifier: AGPL-3.0-or-later
// An NVIDIA GPU's users from nvidia-smi's process rows instead of the fd walk (docs/collectors.md
// "NVIDIA users from nvidia-smi's process rows"), through the sampler on a host tree and the fake
// nvidia-smi: no fd table read while pmon answers; the walk, said so, while it does not; a DRM GPU
// beside the NVIDIA one on the kernel's list.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { writeDrmClients } from '../../../test/fixtures/collect/debugfs-clients.ts';
import { writeFakeNvidiaSmi } from '../../../test/fixtures/collect/fake-nvidia-smi.ts';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { sampleUntil } from '../../../test/support/until.ts';
import type { UsageSnapshot } from '../api/types.ts';
import { HostTree, i915Fdinfo } from '../demo/workload/host-tree.ts';
import { HostRoot } from '../host/host-root.ts';
import type { PassStats } from './proc-scanner.ts';
import { Sampler } from './sampler.ts';

const NV = '0000:01:00.0';
const IGPU = '0000:00:02.0';
/** the process pmon names (the fake's GPU 0 row: sm 37 %) */
const PID = 5000;
/** holds /dev/nvidia0 with no context: no row names it */
const CONTEXTLESS = 5009;

/**
 * One RTX 3080 (the fake's `ok` mode) with its pmon process in CT 201 and a context-less holder in
 * CT 209; forty host processes; with `igpu`, an i915 whose clients file lists jellyfin (CT 101).
 */
function host(igpu: boolean): { dir: string; smi: string; pause: string } {
  const dir = tempDir(igpu ? 'nvrows-igpu' : 'nvrows');
  const t = new HostTree(dir);
  t.file(
    `/proc/driver/nvidia/gpus/${NV}/information`,
    `Model: \t\t NVIDIA GeForce RTX 3080\nBus Location: \t ${NV}\nDevice Minor: \t 0\n`,
  );
  t.devNode('/dev/nvidia0', 195, 0);
  t.addProcess({ pid: PID, comm: 'ollama', cgroup: '/lxc/201/ns/init.scope', fds: { 3: '/dev/nvidia0' } });
  t.addProcess({
    pid: CONTEXTLESS,
    comm: 'python3',
    cgroup: '/lxc/209/ns/init.scope',
    fds: { 3: '/dev/nvidia0' },
  });
  for (let pid = 600; pid < 640; pid++)
    t.addProcess({ pid, comm: `p${pid}`, cgroup: '/system.slice/x.service', fds: { 0: '/dev/null' } });
  if (igpu) {
    t.addGpu({ pci: IGPU, vendorId: '8086', deviceId: '46a6', driver: 'i915', card: 0, render: 128 });
    t.addProcess({
      pid: 100,
      comm: 'jellyfin',
      cgroup: '/lxc/101/ns',
      fds: { 3: '/dev/dri/renderD128' },
      fdinfo: {
        3: i915Fdinfo({ clientId: 11, pdev: IGPU, engines: { render: 5n, video: 0n }, residentKiB: 64 }),
      },
    });
    writeDrmClients(t, { unique: IGPU, minors: [0, 128] }, [
      { command: 'jellyfin', pid: 100, minor: 128, uid: 100000 },
    ]);
  }
  // the kernel's PID cursor (pid-window.ts) says nothing new: a walk taking over from the rows
  // must list /proc all the same (the processes no row named were forgotten meanwhile)
  t.file('/proc/loadavg', `0.52 0.58 0.59 1/812 ${CONTEXTLESS}\n`);
  t.flushNodes();
  const pause = path.join(dir, 'nvidia-smi.pause');
  return { dir, smi: writeFakeNvidiaSmi(dir, 'ok', { pid: PID, pauseFile: pause }), pause };
}

async function withSampler(igpu: boolean, body: (s: Sampler, pause: string) => Promise<void>): Promise<void> {
  const { dir, smi, pause } = host(igpu);
  const s = new Sampler({
    host: new HostRoot(dir),
    node: 'pve',
    intervalMs: 200,
    discoverMs: 400,
    nvidiaSmi: smi,
    nvidiaRowsSettleMs: SETTLE_MS,
  });
  await s.start();
  try {
    await body(s, pause);
  } finally {
    await s.stop();
  }
}

/** how long rows that lapsed must answer before the walk stops again (nvidia-row-trust.ts) */
const SETTLE_MS = 1500;

const viaOf = (snap: UsageSnapshot, gpu: string) => snap.samples.find((x) => x.gpu === gpu)?.discovery;
const pidsOf = (snap: UsageSnapshot) => snap.processes.map((p) => p.pid).sort((a, b) => a - b);

/** The discovery passes of the next `count` samples that ran one. */
async function nextPasses(s: Sampler, count: number): Promise<PassStats[]> {
  const passes: PassStats[] = [];
  let last = s.lastPass;
  while (passes.length < count) {
    await new Promise((r) => setTimeout(r, 100));
    await s.sampleNow();
    if (s.lastPass && s.lastPass !== last) {
      last = s.lastPass;
      passes.push(last);
    }
  }
  return passes;
}

test('NVIDIA only, pmon answering: users from its rows, in their CT; no fd table read; a context-less holder not listed', async () => {
  await withSampler(false, async (s) => {
    const snap = await sampleUntil(
      s,
      (x) => viaOf(x, NV)?.via === 'nvidia-smi' && x.owners.some((o) => o.owner === '201'),
      "the GPU's users from nvidia-smi's rows",
    );
    const passes = await nextPasses(s, 3);
    assert.deepEqual(
      passes.map((p) => [p.via, p.fdTables, p.walkBecause]),
      [
        ['debugfs', 0, undefined],
        ['debugfs', 0, undefined],
        ['debugfs', 0, undefined],
      ],
      'no walk, not one fd table read',
    );
    const later = await s.sampleNow();
    assert.deepEqual(viaOf(later, NV), { via: 'nvidia-smi' });
    assert.equal(later.owners.find((o) => o.owner === '201')?.engines.sm, 37, 'attributed from the row');
    assert.deepEqual(pidsOf(later), [PID], 'the holder without a context is no user');
    assert.equal(later.processes[0].owner, '201');
    assert.equal(later.processes[0].comm, 'ollama');
    assert.ok(snap.collectors.nvidia?.state === 'ok');
  });
});

test('nvidia-smi silent, then answering again: the walk (holders, utilisation unknown) while it is silent, the rows once they have answered a while', async () => {
  await withSampler(false, async (s, pause) => {
    await sampleUntil(s, (x) => viaOf(x, NV)?.via === 'nvidia-smi', 'rows first');
    writeFileSync(pause, '');
    const walked = await sampleUntil(
      s,
      (x) => viaOf(x, NV)?.via === 'walk',
      'the walk once the rows are stale',
    );
    assert.deepEqual(viaOf(walked, NV), { via: 'walk', because: 'nvidia' });
    // both holders found by the walk's first pass, in their CTs, with no figure invented
    const byPid = new Map(walked.processes.map((p) => [p.pid, p]));
    assert.deepEqual(
      [PID, CONTEXTLESS].map((pid) => [byPid.get(pid)?.owner, { ...byPid.get(pid)?.engines }]),
      [
        ['201', {}],
        ['209', {}],
      ],
    );
    assert.equal(s.lastPass?.via, 'walk');
    rmSync(pause);
    const resumed = Date.now();
    const back = await sampleUntil(
      s,
      (x) =>
        viaOf(x, NV)?.via === 'nvidia-smi' && (x.owners.find((o) => o.owner === '201')?.engines.sm ?? 0) > 0,
      'the rows again',
    );
    // the rows answer at the earliest once the pause is gone: the walk stays until they have
    // answered SETTLE_MS without a break (a source that flaps keeps the walk)
    assert.ok(
      back.time - resumed >= SETTLE_MS,
      `back to the rows ${back.time - resumed} ms after nvidia-smi answered again, before ${SETTLE_MS} ms`,
    );
    assert.deepEqual(pidsOf(back), [PID]);
    const passes = await nextPasses(s, 2);
    assert.deepEqual(
      passes.map((p) => [p.via, p.fdTables]),
      [
        ['debugfs', 0],
        ['debugfs', 0],
      ],
    );
  });
});

test('an iGPU beside the NVIDIA GPU: the kernel list for the iGPU, the rows for the NVIDIA, no walk', async () => {
  await withSampler(true, async (s) => {
    const snap = await sampleUntil(
      s,
      (x) =>
        viaOf(x, NV)?.via === 'nvidia-smi' &&
        x.owners.some((o) => o.owner === '201') &&
        x.owners.some((o) => o.owner === '101'),
      'both GPUs with their users',
    );
    assert.deepEqual(viaOf(snap, IGPU), { via: 'debugfs', path: '/sys/kernel/debug/dri/0/clients' });
    const passes = await nextPasses(s, 2);
    assert.deepEqual(
      passes.map((p) => p.via),
      ['debugfs', 'debugfs'],
    );
    // only a listed PID's fd table is ever read, when its rows change: none here
    assert.deepEqual(
      passes.map((p) => p.fdTables),
      [0, 0],
    );
    const later = await s.sampleNow();
    assert.deepEqual(pidsOf(later), [100, PID]);
    assert.equal(later.processes.find((p) => p.pid === 100)?.owner, '101');
    assert.equal(later.processes.find((p) => p.pid === PID)?.owner, '201');
  });
});
