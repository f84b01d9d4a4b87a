// SPDX-License-Identifier: AGPL-3.0-or-later
// Real child processes: fake nvidia-smi scripts that answer, hang, die or report driver states.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
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

for (const fifo of [true, false]) {
  const way = fifo ? 'a FIFO drained at each reading' : 'a pipe read at each write';
  test(`${way}: a line cut across two reads is joined, not parsed in halves`, async () => {
    // every iteration of each child arrives in two writes 30 ms apart, the cut inside a line
    const cmd = writeFakeNvidiaSmi(tempDir('nv'), 'ok', { pid: 777, cutLines: true });
    const nv = new NvidiaSmi({ command: cmd, intervalMs: 200, hangMs: 60_000, fifo });
    nv.start();
    try {
      const seen = new Set<number>();
      const r = await until(() => {
        const x = nv.reading();
        if (x.gpus[0]) seen.add(x.gpus[0].at);
        return seen.size >= 3 && x.processes.length ? x : undefined;
      }, 'three query rows and a pmon row, each written in two parts');
      assert.equal(r.status.state, 'ok');
      assert.equal(r.gpus.length, 1, 'no second GPU made of half a row');
      assert.equal(r.gpus[0].pci, '0000:01:00.0');
      assert.equal(r.gpus[0].utilGpu, 42);
      assert.equal(r.gpus[0].memoryTotalMiB, 10240);
      assert.deepEqual(r.processes, [
        { gpuIndex: 0, pid: 777, type: 'C', percents: { sm: 37 }, fbMiB: 300, command: 'python3' },
      ]);
      // where the children's output goes: the FIFO (its name unlinked at once) or Node's pipe
      for (const pid of nv.childPids()) {
        const out = readlinkSync(`/proc/${pid}/fd/1`);
        if (fifo) assert.match(out, /pve-gpu-tab-fifo-.*\/out \(deleted\)$/, `child ${pid}'s stdout`);
        else assert.match(out, /^socket:/, `child ${pid}'s stdout (libuv's "pipe" is a socket pair)`);
      }
    } finally {
      nv.stop();
    }
  });
}

for (const readings of [false, true]) {
  // the watchdog's timer alone, or readings every 100 ms: they push the timer back, so the check
  // is theirs to run (the sampler's case)
  const how = readings ? 'by the readings' : 'by the watchdog alone';
  test(`a hung child (prints, then sleeps forever) is killed and restarted, ${how}`, async () => {
    const cmd = writeFakeNvidiaSmi(tempDir('nv'), 'hung');
    // hangMs also bounds the --help-query-gpu probe (3×): long enough for a node stand-in to start
    // on a loaded machine; the hung child is silent for good, so it is caught whatever the bound.
    const nv = new NvidiaSmi({ command: cmd, intervalMs: 100, hangMs: 2500, backoffMs: 100 });
    nv.start();
    const reader = readings ? setInterval(() => nv.reading(), 100) : undefined;
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
      clearInterval(reader);
      nv.stop();
    }
  });
}

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
  const probe = writeFakeNvidiaSmi(tempDir('nv'), 'hung-probe');
  const hung = new NvidiaSmi({ command: probe, intervalMs: 100, hangMs: 300, firstOutputMs: 1000 });
  hung.start();
  try {
    // A probe that prints nothing is given up after the slow-start allowance and asked again.
    const status = await until(() => {
      const st = hung.reading().status;
      return st.messageMsg?.id === 'collector.msg.nvidia_silent_start' && st;
    }, 'the probe given up');
    assert.equal(status.state, 'restarting');
    assert.match(
      status.message ?? '',
      /nvidia-smi --help-query-gpu printed nothing in 1 s.*nvidia-persistenced/,
    );
    await until(() => probeCalls(probe) >= 2, 'the probe asked again');
  } finally {
    hung.stop();
  }
});

/** How many times the fake was asked `--help-query-gpu` (its calls file is made by its first call). */
function probeCalls(cmd: string): number {
  if (!existsSync(`${cmd}.calls`)) return 0;
  return readFileSync(`${cmd}.calls`, 'utf8')
    .split('\n')
    .filter((l) => l.includes('--help-query-gpu')).length;
}

test('a probe slow to answer (driver set-up without persistence mode) is waited for, not asked again', async () => {
  // 3 s before any output; the probe's old bound, 3 × hangMs, was 1.5 s here: each retry started
  // the set-up again and the collector never got past its probe.
  const cmd = writeFakeNvidiaSmi(tempDir('nv'), 'slow-start', { startDelayMs: 3000 });
  const nv = new NvidiaSmi({ command: cmd, intervalMs: 100, hangMs: 500 });
  nv.start();
  try {
    const r = await until(() => nv.reading().gpus.length > 0 && nv.reading(), 'the first row', 60_000);
    assert.equal(r.status.state, 'ok');
    assert.equal(probeCalls(cmd), 1, 'the probe asked once');
  } finally {
    nv.stop();
  }
});

test('MIG one-shot calls slow to answer (driver set-up) are waited for: instances shown, each call made once', async () => {
  // 6 s before any output of each call; MIG's one-shot bound is 5 s (at least, from the first
  // output on): before the slow-start allowance, `mig -lgi` and the plain table timed out at
  // every poll and no instance was ever shown. (hangMs 2.5 s: the probe's old bound, 7.5 s, let
  // the probe through, so that the MIG calls are what this test is about.)
  const cmd = writeFakeNvidiaSmi(tempDir('nv'), 'mig', { startDelayMs: 6000 });
  const nv = new NvidiaSmi({ command: cmd, intervalMs: 100, hangMs: 2500 });
  nv.start();
  try {
    const mig = await until(
      () => {
        const m = nv.reading().mig;
        return [...m.values()].some((list) => list.some((i) => i.profile && i.memoryTotalBytes)) && m;
      },
      'MIG instances with their profile and memory',
      90_000,
    );
    const instances = [...mig.values()].flat();
    assert.deepEqual(
      instances.map((i) => [i.gpuInstance, i.profile]),
      [
        [3, 'MIG 2g.20gb'],
        [5, 'MIG 2g.20gb'],
        [6, 'MIG 2g.20gb'],
      ],
    );
    const calls = readFileSync(`${cmd}.calls`, 'utf8').trim().split('\n');
    assert.equal(calls.filter((l) => l === '["mig","-lgi"]').length, 1, '`mig -lgi` asked once');
  } finally {
    nv.stop();
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
