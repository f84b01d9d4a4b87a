// SPDX-License-Identifier: AGPL-3.0-or-later
// Real child processes: fake nvidia-smi scripts that answer, hang, die or report driver states.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeFakeNvidiaSmi } from '../../../test/fixtures/collect/fake-nvidia-smi.ts';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { until } from '../../../test/support/until.ts';
import { NvidiaSmi } from './nvidia-smi.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('long-running query and pmon children; placeholders parsed; stop() kills them', async () => {
  const cmd = writeFakeNvidiaSmi(tempDir('nv'), 'ok', { pid: 777 });
  // A starved child (a loaded machine) must not be taken for hung here: hanging is not the subject.
  const nv = new NvidiaSmi({ command: cmd, intervalMs: 200, hangMs: 60_000 });
  nv.start();
  try {
    const r = await until(() => {
      const x = nv.reading();
      return x.gpus.length && x.processes.length ? x : undefined;
    }, 'a GPU row and a pmon row');
    assert.equal(r.status.state, 'ok');
    assert.equal(r.gpus[0].pci, '0000:01:00.0');
    assert.equal(r.gpus[0].utilGpu, 42);
    assert.equal(r.gpus[0].utilMemory, undefined);
    assert.equal(r.gpus[0].powerW, undefined);
    assert.deepEqual(r.processes[0], {
      gpuIndex: 0,
      pid: 777,
      type: 'C',
      percents: { sm: 37 },
      fbMiB: 300,
      command: 'python3',
    });
    // rows keep arriving from the same two children: no spawn per sample
    const pids = nv.childPids();
    assert.equal(pids.length, 2);
    const rowTimes = new Set<number>();
    await until(() => rowTimes.add(nv.reading().gpus[0].at).size > 3, 'three more query rows');
    assert.deepEqual(nv.childPids(), pids);
    nv.stop();
    await until(() => pids.every((p) => !alive(p)), 'the children killed by stop()');
  } finally {
    nv.stop();
  }
});

test('a hung child (prints, then sleeps forever) is killed and restarted', async () => {
  const cmd = writeFakeNvidiaSmi(tempDir('nv'), 'hung');
  // hangMs also bounds the --help-query-gpu probe (3×): long enough for a node stand-in to start
  // on a loaded machine; the hung child is silent for good, so it is caught whatever the bound.
  const nv = new NvidiaSmi({ command: cmd, intervalMs: 100, hangMs: 2500, backoffMs: 100 });
  nv.start();
  try {
    const first = await until(() => nv.childPids()[0], 'the query child');
    await until(() => nv.restarts()['query-gpu'] >= 1, 'a restart of the silent query child');
    await until(() => !alive(first), 'the hung child killed');
    const again = await until(() => {
      const p = nv.childPids()[0];
      return p && p !== first ? p : undefined;
    }, 'a new query child');
    assert.notEqual(again, first);
  } finally {
    nv.stop();
  }
});

test('a dying child is restarted with growing backoff, a hung probe times out', async () => {
  const cmd = writeFakeNvidiaSmi(tempDir('nv'), 'dies');
  const nv = new NvidiaSmi({ command: cmd, intervalMs: 100, backoffMs: 50, maxBackoffMs: 400 });
  nv.start();
  try {
    await until(() => nv.restarts()['query-gpu'] >= 3, 'three restarts of the dying child');
    assert.ok(['restarting', 'ok'].includes(nv.reading().status.state));
  } finally {
    nv.stop();
  }
  const hung = new NvidiaSmi({
    command: writeFakeNvidiaSmi(tempDir('nv'), 'hung-probe'),
    intervalMs: 100,
    hangMs: 300,
  });
  hung.start();
  try {
    const status = await until(() => {
      const st = hung.reading().status;
      return st.state !== 'restarting' && st; // 'restarting' until the probe answers
    }, 'the probe to answer or time out');
    assert.equal(status.state, 'error');
    assert.match(status.message ?? '', /timeout/);
  } finally {
    hung.stop();
  }
});

test('driver/library mismatch, no devices and a missing binary are clear states', async () => {
  for (const [mode, state] of [
    ['mismatch', 'driver-mismatch'],
    ['no-devices', 'no-devices'],
  ] as const) {
    const nv = new NvidiaSmi({
      command: writeFakeNvidiaSmi(tempDir('nv'), mode),
      intervalMs: 100,
      backoffMs: 5000,
    });
    nv.start();
    try {
      await until(() => nv.reading().status.state === state, `the ${state} state`);
      assert.ok(nv.reading().status.message);
    } finally {
      nv.stop();
    }
  }
  const missing = new NvidiaSmi({ command: '/nonexistent/nvidia-smi', intervalMs: 100 });
  missing.start();
  try {
    await until(() => missing.reading().status.state === 'not-installed', 'the not-installed state');
  } finally {
    missing.stop();
  }
});
