// SPDX-License-Identifier: AGPL-3.0-or-later
// NVIDIA as it really behaves, through the sampler: more than four GPUs (pmon groups, index →
// PCI), pmon "Not supported on the device(s)" (a stable state, memory from --query-compute-apps,
// never a restart loop), and a driver/library mismatch naming both versions. The fake nvidia-smi
// modes reproduce recorded outputs (test/fixtures/collect/samples/README.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  type FakeMode,
  fakeGpus,
  fakeMig,
  writeFakeNvidiaSmi,
} from '../../../test/fixtures/collect/fake-nvidia-smi.ts';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { sampleUntil } from '../../../test/support/until.ts';
import type { UsageSnapshot } from '../api/types.ts';
import { render } from '../cli/top.ts';
import { HostTree } from '../demo/workload/host-tree.ts';
import { HostRoot } from '../host/host-root.ts';
import { normalizePci } from './parse-util.ts';
import { Sampler } from './sampler.ts';

const PID = 5000;

/** A host with the mode's NVIDIA GPUs (/proc/driver/nvidia, minors in index order) and one CT process per GPU. */
function nvidiaHost(mode: FakeMode): { dir: string; smi: string } {
  const dir = tempDir(`nv-${mode}`);
  const t = new HostTree(dir);
  for (const g of fakeGpus(mode, PID)) {
    const pci = normalizePci(g.bus);
    t.file(
      `/proc/driver/nvidia/gpus/${pci}/information`,
      `Model: \t\t ${g.name}\nBus Location: \t ${pci}\nDevice Minor: \t ${g.index}\n`,
    );
    t.devNode(`/dev/nvidia${g.index}`, 195, g.index);
    t.addProcess({
      pid: g.pid as number,
      comm: 'python3',
      cgroup: `/lxc/${201 + g.index}/ns/init.scope`,
      fds: { 3: `/dev/nvidia${g.index}` },
    });
  }
  if (mode === 'pmon-unsupported') {
    // A holder of the GPU that no nvidia-smi row names (no context yet, or its row lapsed).
    t.addProcess({
      pid: PID + 9,
      comm: 'python3',
      cgroup: '/lxc/209/ns/init.scope',
      fds: { 3: '/dev/nvidia0' },
    });
  }
  if (mode === 'mig') {
    // GI 3 holds two processes of CT 201 (PID, PID+1); GI 5 one of CT 202 (PID+2).
    t.addProcess({
      pid: PID + 1,
      comm: 'python3',
      cgroup: '/lxc/201/ns/init.scope',
      fds: { 3: '/dev/nvidia0' },
    });
    t.addProcess({
      pid: PID + 2,
      comm: 'python',
      cgroup: '/lxc/202/ns/init.scope',
      fds: { 3: '/dev/nvidia0' },
    });
  }
  t.file(
    '/proc/driver/nvidia/version',
    'NVRM version: NVIDIA UNIX x86_64 Kernel Module  580.173.02  Tue Jun 23 08:38:17 UTC 2026\n',
  );
  t.flushNodes();
  return { dir, smi: writeFakeNvidiaSmi(dir, mode, { pid: PID }) };
}

/** Runs `body` with a started Sampler on the mode's host and fake nvidia-smi; stops it whatever happens. */
async function withSampler(mode: FakeMode, body: (s: Sampler, smi: string) => Promise<void>): Promise<void> {
  const { dir, smi } = nvidiaHost(mode);
  const s = new Sampler({ host: new HostRoot(dir), node: 'pve', intervalMs: 200, nvidiaSmi: smi });
  await s.start();
  try {
    await body(s, smi);
  } finally {
    await s.stop();
  }
}

/** The snapshots of the sampler's own loop until at least `count` came and `minMs` passed. */
function watchSamples(s: Sampler, count: number, minMs: number): Promise<UsageSnapshot[]> {
  const seen: UsageSnapshot[] = [];
  const began = Date.now();
  return new Promise((resolve) => {
    const off = s.onSample((snap) => {
      seen.push(snap);
      if (seen.length >= count && Date.now() - began >= minMs) {
        off();
        resolve(seen);
      }
    });
  });
}

const calls = (smi: string) =>
  readFileSync(`${smi}.calls`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as string[]);

test('six GPUs: pmon in groups of ≤ 4 (-i), every process on its GPU by index → PCI, in its CT', async () => {
  await withSampler('multi', async (s, smi) => {
    const gpus = fakeGpus('multi', PID);
    const snap = await sampleUntil(
      s,
      (x) =>
        gpus.every((g) => x.owners.some((o) => o.owner === String(201 + g.index) && (o.engines.sm ?? 0) > 0)),
      'every GPU busy in its CT',
    );
    const pmon = calls(smi).filter((a) => a[0] === 'pmon');
    assert.deepEqual(pmon.map((a) => a[a.indexOf('-i') + 1]).sort(), ['0,1,2,3', '4,5']);
    for (const g of gpus) {
      const pci = normalizePci(g.bus);
      const o = snap.owners.find((x) => x.owner === String(201 + g.index));
      assert.equal(o?.gpu, pci, `GPU ${g.index} is ${pci}`);
      assert.equal(o?.engines.sm, g.sm);
      assert.equal(o?.memoryBytes, (g.fbMiB as number) * 1024 * 1024);
      assert.equal(snap.gpus.find((x) => x.id === pci)?.nvidiaMinor, g.index);
    }
    assert.equal(snap.gpus.find((x) => x.id === '0000:87:00.0')?.driverVersion, '550.144.03');
  });
});

test('pmon "Not supported on the device(s)": stable unsupported state, memory per process, no restart loop', async () => {
  await withSampler('pmon-unsupported', async (s, smi) => {
    await sampleUntil(
      s,
      (x) => (x.owners.find((o) => o.owner === '201')?.memoryBytes ?? 0) > 0,
      "CT 201's memory from --query-compute-apps",
    );
    // The sampler's own loop (every 200 ms) over more than a restart backoff (1 s): a restart loop
    // would show "restarting" in one of them. Counted in samples, so a slow machine only waits longer.
    const seen = await watchSamples(s, 8, 1500);
    const states = new Set(
      seen.map((x) => `${x.collectors.nvidia?.state}/${x.collectors['nvidia-processes']?.state}`),
    );
    assert.deepEqual([...states], ['ok/unsupported'], 'the state never flaps');
    const snap = seen[seen.length - 1];
    assert.match(snap.collectors['nvidia-processes']?.message ?? '', /Not supported on the device/);
    const o = snap.owners.find((x) => x.owner === '201');
    assert.equal(o?.memoryBytes, 300 * 1024 * 1024);
    assert.deepEqual({ ...o?.engines }, {}, 'utilisation unknown per process: no figure, never invented');
    assert.equal(
      snap.samples.find((x) => x.gpu === '0000:01:00.0')?.busyPercent,
      42,
      'whole GPU still measured',
    );
    assert.equal(calls(smi).filter((a) => a[0] === 'pmon').length, 1, 'pmon asked once, not restarted');
    const holder = snap.processes.find((p) => p.pid === PID + 9);
    assert.deepEqual(
      [holder?.owner, holder?.utilisationUnknown, { ...holder?.engines }],
      ['209', true, {}],
      'a holder without a row: listed, utilisation unknown (not a measured 0 %)',
    );
    // --query-compute-apps names no graphics client (NVML): the walk stays, and says why
    assert.deepEqual(snap.samples.find((x) => x.gpu === '0000:01:00.0')?.discovery, {
      via: 'walk',
      because: 'nvidia-compute-only',
    });
  });
});

test('slow first row (no persistence mode): "starting" until it comes, then measured; the child never restarted', async () => {
  // The fake's first row comes after 4 s; the sampler's nvidia-smi bound between rows is
  // 3 × 200 ms + 2 s = 2.6 s. Every sample until the row says "starting", none claims a hang.
  await withSampler('slow-start', async (s, smi) => {
    const states = new Set<string>();
    const off = s.onSample((x) => {
      states.add(`${x.collectors.nvidia?.state}/${x.collectors.nvidia?.messageMsg?.id ?? ''}`);
    });
    try {
      const snap = await sampleUntil(
        s,
        (x) => x.samples.find((g) => g.gpu === '0000:01:00.0')?.busyPercent === 42,
        'the GPU measured',
      );
      assert.equal(snap.collectors.nvidia?.state, 'ok');
    } finally {
      off();
    }
    for (const st of states) assert.match(st, /^(restarting\/collector\.msg\.nvidia_starting|ok\/)$/);
    assert.equal(calls(smi).filter((a) => a.some((x) => x.startsWith('--query-gpu='))).length, 1);
  });
});

test('driver/library mismatch names the userspace NVML and the loaded kernel module versions', async () => {
  await withSampler('mismatch', async (s) => {
    const snap = await sampleUntil(
      s,
      (x) => x.collectors.nvidia?.state === 'driver-mismatch',
      'the driver-mismatch state',
    );
    assert.match(snap.collectors.nvidia?.message ?? '', /NVML 570\.124.*Loaded kernel module: 580\.173\.02/);
  });
});

test('MIG: instances listed under their GPU with profile and memory, each process on its instance, in its CT', async () => {
  await withSampler('mig', async (s, smi) => {
    const snap = await sampleUntil(
      s,
      (x) =>
        (x.samples[0]?.migInstances?.length ?? 0) > 0 &&
        x.processes.filter((p) => p.gpuInstance !== undefined).length === 3,
      'MIG instances and the three processes on them',
    );
    const gpu = snap.samples.find((x) => x.gpu === '0000:01:00.0');
    const mib = 1024 * 1024;
    assert.deepEqual(
      gpu?.migInstances?.map((i) => [
        i.gpuInstance,
        i.profile,
        i.placement,
        i.memoryUsedBytes,
        i.memoryTotalBytes,
      ]),
      fakeMig(PID).instances.map((i) => [i.gi, 'MIG 2g.20gb', i.placement, i.usedMiB * mib, 19968 * mib]),
    );
    assert.equal(
      gpu?.busyPercent,
      undefined,
      'utilization.gpu is [N/A] under MIG: no whole-GPU figure invented',
    );
    const byPid = new Map(snap.processes.map((p) => [p.pid, p]));
    assert.deepEqual(
      [PID, PID + 1, PID + 2].map((pid) => [
        byPid.get(pid)?.owner,
        byPid.get(pid)?.gpuInstance,
        byPid.get(pid)?.computeInstance,
      ]),
      [
        ['201', 3, 0],
        ['201', 3, 0],
        ['202', 5, 0],
      ],
    );
    assert.equal(byPid.get(PID + 2)?.memoryBytes, 9807 * mib);
    assert.equal(byPid.get(PID)?.utilisationUnknown, true, 'pmon refuses MIG: utilisation unknown, not 0');
    assert.deepEqual(snap.owners.find((o) => o.owner === '201')?.gpuInstances, [3]);
    assert.deepEqual(snap.owners.find((o) => o.owner === '202')?.gpuInstances, [5]);
    assert.equal(snap.collectors['nvidia-processes']?.state, 'unsupported');
    // pmon refuses the MIG GPU, the plain table lists its processes of both types: no walk for it
    const viaTable = await sampleUntil(
      s,
      (x) => x.samples[0]?.discovery?.via === 'nvidia-smi',
      "the MIG GPU's users from the plain table's rows",
    );
    assert.deepEqual(viaTable.processes.map((p) => [p.pid, p.owner]).sort(), [
      [PID, '201'],
      [PID + 1, '201'],
      [PID + 2, '202'],
    ]);
    assert.ok(
      calls(smi).some((a) => a[0] === 'mig' && a[1] === '-lgi'),
      'profiles from nvidia-smi mig -lgi',
    );
  });
});

test('no MIG: no instance polling, no plain nvidia-smi table', async () => {
  await withSampler('ok', async (s, smi) => {
    const snap = await sampleUntil(s, (x) => (x.owners[0]?.engines.sm ?? 0) > 0, 'a pmon row');
    assert.equal(snap.samples[0].migInstances, undefined);
    assert.ok(!calls(smi).some((a) => a.length === 0 || a[0] === 'mig'));
  });
});

test('top: MIG instances with their owners, processes on their instance, unmeasured utilisation said so', async () => {
  await withSampler('mig', async (s) => {
    const snap = await sampleUntil(
      s,
      (x) =>
        x.processes.filter((p) => p.gpuInstance !== undefined).length === 3 &&
        x.samples[0]?.migInstances?.[0]?.profile !== undefined,
      'the processes on their instances and the profiles',
    );
    const node = render(snap, undefined, 1);
    assert.match(node, /MIG GI 3 MIG 2g\.20gb .* CT 201/);
    assert.match(node, /MIG GI 5 MIG 2g\.20gb .* CT 202/);
    assert.match(node, /MIG GI 6 MIG 2g\.20gb .* -$/m);
    assert.match(render(snap, '201', 1), new RegExp(`${PID} .*0000:01:00\\.0 GI 3 +not measured`));
  });
});
