// SPDX-License-Identifier: AGPL-3.0-or-later
// Real child processes: fake nvidia-smi scripts that answer, hang, die or report driver states.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

test('a child slow to print its first row (driver set-up without persistence mode) is waited for, not restarted', async () => {
  // 4 s before the first row, steady-state bound 3 × 100 ms + 2 s = 2.3 s: the bound that applies
  // between rows would kill it, and each restart would start the set-up again.
  const cmd = writeFakeNvidiaSmi(tempDir('nv'), 'slow-start', { startDelayMs: 4000 });
  const nv = new NvidiaSmi({ command: cmd, intervalMs: 100 });
  nv.start();
  try {
    const r = await until(() => nv.reading().gpus.length > 0 && nv.reading(), 'the first row');
    assert.equal(r.status.state, 'ok');
    assert.equal(r.gpus[0].utilGpu, 42);
    assert.equal(nv.restarts()['query-gpu'], 0, 'not restarted');
    const queries = readFileSync(`${cmd}.calls`, 'utf8')
      .trim()
      .split('\n')
      .filter((l) => l.includes('--query-gpu='));
    assert.equal(queries.length, 1, 'the query loop spawned once');
  } finally {
    nv.stop();
  }
});

test('a child that never prints is killed after the first-output allowance, restarted with backoff and a longer allowance', async () => {
  const cmd = writeFakeNvidiaSmi(tempDir('nv'), 'hung-start');
  const kills: { silentMs: number; firstLine: boolean }[] = [];
  const nv = new NvidiaSmi({
    command: cmd,
    intervalMs: 100,
    hangMs: 500,
    firstOutputMs: 1500,
    backoffMs: 100,
    logger: (_level, msg, fields) => {
      if (msg.includes('hung')) kills.push(fields as { silentMs: number; firstLine: boolean });
    },
  });
  nv.start();
  try {
    await until(() => kills.length >= 2, 'two kills of the silent query child');
    const r = nv.reading();
    assert.equal(r.status.state, 'restarting');
    assert.equal(r.status.messageMsg?.id, 'collector.msg.nvidia_silent_start');
    assert.match(r.status.message ?? '', /printed nothing in [1-9]\d* s.*nvidia-persistenced/);
    assert.deepEqual(r.gpus, [], 'no figure served');
    assert.ok(kills.every((k) => k.firstLine));
    // The steady-state bound (500 ms) does not apply before the first line; the allowance doubles.
    assert.ok(kills[0].silentMs >= 1500, `first kill after ${kills[0].silentMs} ms`);
    assert.ok(kills[1].silentMs >= 3000, `second kill after ${kills[1].silentMs} ms`);
    assert.ok(nv.restarts()['query-gpu'] >= 2);
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
