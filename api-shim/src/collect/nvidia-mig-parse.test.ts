// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleBody } from '../../../test/fixtures/collect/samples.ts';
import { parseMigGpuInstances, parseSmiTable } from './nvidia-mig-parse.ts';

test('mig -lgi: one row per GPU instance with profile, profile id, GI id and placement (DCGM#138)', () => {
  const rows = parseMigGpuInstances(sampleBody('nvidia-smi-mig-lgi-dcgm138.txt'));
  assert.equal(rows.length, 8);
  assert.deepEqual(rows[0], {
    gpuIndex: 0,
    profile: 'MIG 1g.10gb',
    profileId: 19,
    gpuInstance: 9,
    placement: '2:1',
  });
  assert.deepEqual(
    rows.filter((r) => r.gpuIndex === 1).map((r) => [r.gpuInstance, r.profile]),
    [
      [13, 'MIG 1g.10gb'],
      [14, 'MIG 1g.10gb'],
      [5, 'MIG 2g.20gb'],
      [1, 'MIG 3g.40gb'],
    ],
  );
});

test('plain nvidia-smi: MIG devices with memory, processes with GI/CI ids (nvitop#8)', () => {
  const { migDevices, processes } = parseSmiTable(sampleBody('nvidia-smi-mig-devices-processes-nvitop8.txt'));
  assert.deepEqual(
    migDevices.map((d) => [d.gpuIndex, d.gpuInstance, d.computeInstance, d.device, d.memoryUsedMiB]),
    [
      [1, 3, 0, 0, 14366],
      [1, 5, 0, 1, 9826],
      [1, 6, 0, 2, 13],
    ],
    'BAR1 lines are not devices',
  );
  assert.equal(migDevices[0].memoryTotalMiB, 19968);
  assert.equal(migDevices[0].multiprocessors, 28);
  assert.equal(processes.length, 7);
  assert.deepEqual(processes[0], {
    gpuIndex: 0,
    gpuInstance: undefined,
    computeInstance: undefined,
    pid: 23824,
    type: 'C',
    name: 'python',
    memoryMiB: 10725,
  });
  const gi3 = processes.filter((p) => p.gpuIndex === 1 && p.gpuInstance === 3);
  assert.deepEqual(
    gi3.map((p) => [p.pid, p.name, p.memoryMiB]),
    [
      [34965, 'python', 14195],
      [57247, 'python3', 149],
    ],
  );
});

test('a process name that imitates a memory column does not move the columns', () => {
  const text = [
    '| Processes:                                                                  |',
    '|    1    3    0      34965      C   evil 999MiB |                      14195MiB |',
    '|    1    3    0      34966    C+G   /usr/bin/python3 -u                   N/A |',
  ].join('\n');
  const { processes } = parseSmiTable(text);
  assert.equal(processes[0].memoryMiB, 14195);
  assert.equal(processes[0].name, 'evil 999MiB |');
  assert.deepEqual(
    [processes[1].type, processes[1].name, processes[1].memoryMiB],
    ['C+G', '/usr/bin/python3 -u', undefined],
  );
  assert.deepEqual(parseSmiTable(`| Processes: |\n|  0 N/A N/A ${'9'.repeat(600)} C x 1MiB |`).processes, []);
});
