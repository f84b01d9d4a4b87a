// SPDX-License-Identifier: AGPL-3.0-or-later
// pmon on a MIG GPU has two documented answers and no public recording (samples/README.md,
// "pmon on a MIG GPU"): "Not supported on the device(s)" (nvidia-modes.test.ts, mode `mig`) or
// rows whose every metric is "-" (nvidia-smi(1): a metric not supported "is also reported as "-"").
// Either way NVML measures no process there, so a process on a MIG GPU is "not measured", never 0 %.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fakeMig, writeFakeNvidiaSmi } from '../../../test/fixtures/collect/fake-nvidia-smi.ts';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import type { UsageSnapshot } from '../api/types.ts';
import { HostTree } from '../demo/workload/host-tree.ts';
import { HostRoot } from '../host/host-root.ts';
import { Sampler } from './sampler.ts';

const PID = 7000;

test('pmon rows of "-" on a MIG GPU: each process on its instance, its utilisation unknown, not 0', async () => {
  const dir = tempDir('nv-mig-dashes');
  const t = new HostTree(dir);
  t.file(
    '/proc/driver/nvidia/gpus/0000:01:00.0/information',
    'Model: \t\t NVIDIA A100-SXM4-80GB\nBus Location: \t 0000:01:00.0\nDevice Minor: \t 0\n',
  );
  t.file('/proc/driver/nvidia/version', 'NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.144.03\n');
  t.devNode('/dev/nvidia0', 195, 0);
  for (const p of fakeMig(PID).processes)
    t.addProcess({
      pid: p.pid,
      comm: p.name,
      cgroup: `/lxc/${p.gi === 3 ? 201 : 202}/ns`,
      fds: { 3: '/dev/nvidia0' },
    });
  t.flushNodes();
  const smi = writeFakeNvidiaSmi(dir, 'mig-pmon-dashes', { pid: PID });
  const s = new Sampler({ host: new HostRoot(dir), node: 'pve', intervalMs: 200, nvidiaSmi: smi });
  await s.start();
  try {
    let snap: UsageSnapshot = await s.sampleNow();
    // up to 15 s: the stand-in is a node process, slow to start on a loaded machine
    for (let i = 0; i < 150 && snap.processes.filter((p) => p.gpuInstance !== undefined).length < 3; i++) {
      await new Promise((r) => setTimeout(r, 100));
      snap = await s.sampleNow();
    }
    const mine = snap.processes.filter((p) => p.pid >= PID && p.pid < PID + 3);
    assert.equal(mine.length, 3);
    for (const p of mine) {
      assert.equal(p.utilisationUnknown, true, `${p.pid}: not measured`);
      assert.deepEqual(Object.keys(p.engines), [], `${p.pid}: no figure invented`);
    }
    assert.deepEqual(mine.map((p) => [p.pid, p.owner, p.gpuInstance]).sort(), [
      [PID, '201', 3],
      [PID + 1, '201', 3],
      [PID + 2, '202', 5],
    ]);
    // pmon answered with rows, so it is not the "unsupported" state of the other documented answer
    assert.notEqual(snap.collectors['nvidia-processes']?.state, 'restarting');
  } finally {
    await s.stop();
  }
});
