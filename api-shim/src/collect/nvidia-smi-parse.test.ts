// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { SAMPLES_DIR, sampleBody, sampleRaw } from '../../../test/fixtures/collect/samples.ts';
import { PmonParser } from './nvidia-pmon.ts';
import {
  classifyNvidiaSmiError,
  isDataLine,
  parseHelpQueryGpu,
  parseQueryGpuRow,
  parseSmiNumber,
  parseSmiValue,
} from './nvidia-smi-parse.ts';

test('query-gpu rows: split on ", ", names with spaces, [N/A] / N/A / [Not Supported] placeholders', () => {
  const body = sampleBody('nvidia-smi-query-gpu-noheader-nounits-rtx2080.txt').trim();
  const fields =
    'power.limit,power.min_limit,power.max_limit,memory.total,vbios_version,driver_version,name,gpu_uuid,power.draw,temperature.gpu,temperature.memory,clocks.current.graphics,clocks.sm,clocks.mem,utilization.gpu,utilization.memory,fan.speed,pcie.link.width.current,pstate'.split(
      ',',
    );
  const row = parseQueryGpuRow(fields, body);
  assert.equal(row.name, 'GeForce RTX 2080');
  assert.equal(parseSmiNumber(row['power.draw']), 176.98);
  assert.equal(row['temperature.memory'], undefined); // "N/A"
  assert.equal(parseSmiNumber(row['utilization.gpu']), 86);
  const na = sampleBody('nvidia-smi-noheader-nounits-NA-placeholders.txt').split('\n');
  const f7 = [
    'memory.total',
    'memory.free',
    'memory.used',
    'temperature.gpu',
    'fan.speed',
    'utilization.gpu',
    'utilization.memory',
  ];
  assert.equal(parseQueryGpuRow(f7, na[0])['fan.speed'], undefined);
  assert.equal(parseQueryGpuRow(f7, na[1])['fan.speed'], undefined); // [Not Supported]
  assert.equal(parseSmiNumber(parseQueryGpuRow(f7, na[0])['memory.total']), 2004);
  assert.equal(parseSmiValue('-'), undefined);
  assert.equal(parseSmiNumber('0 %'), 0);
  assert.equal(parseSmiNumber('4040 MiB'), 4040);
});

test('error texts become states', () => {
  const mismatch = classifyNvidiaSmiError(sampleRaw('nvidia-smi-nvml-version-mismatch.txt'));
  assert.equal(mismatch?.state, 'driver-mismatch');
  assert.match(mismatch?.message ?? '', /570\.124/);
  assert.equal(classifyNvidiaSmiError('No devices were found\n')?.state, 'no-devices');
  assert.equal(
    classifyNvidiaSmiError('Field "clocks_throttle_reasons.unknown" is not a valid field to query.')?.state,
    'error',
  );
  assert.equal(
    classifyNvidiaSmiError('Not supported on the device(s)\nFailed to process command line')?.state,
    'unsupported',
  );
  assert.equal(classifyNvidiaSmiError('0, 00000000:01:00.0, 42'), undefined);
});

test('--help-query-gpu probe lists field names and aliases', () => {
  const fields = parseHelpQueryGpu(
    '"clocks.current.sm" or "clocks.sm"\nCurrent frequency.\n\n"utilization.gpu"\nPercent.\n',
  );
  assert.deepEqual([...fields], ['clocks.current.sm', 'clocks.sm', 'utilization.gpu']);
});

test('pmon: columns by header name, new and old headers, "-" placeholders, idle rows skipped', () => {
  const p = new PmonParser();
  const rows = sampleBody('nvidia-smi-pmon-new-header-um.txt')
    .split('\n')
    .map((l) => p.line(l))
    .filter(Boolean);
  // sampleBody drops '#' lines: feed the header from the raw file
  const p2 = new PmonParser();
  const raw = sampleRaw('nvidia-smi-pmon-new-header-um.txt')
    .split('\n')
    .filter((l) => !l.startsWith('# SOURCE') && !l.startsWith('# URL') && !/^# [A-Z]/.test(l));
  const newRows = raw.map((l) => p2.line(l)).filter(Boolean);
  assert.equal(rows.length, 0); // no header seen → nothing guessed
  assert.deepEqual(newRows, [
    { gpuIndex: 0, pid: 1424, type: 'G', percents: {}, fbMiB: 15, command: 'Xorg' },
  ]);
  const p3 = new PmonParser();
  const old = sampleRaw('nvidia-smi-pmon-old-header-dash-placeholders.txt')
    .split('\n')
    .filter((l) => !/^# [A-Z]/.test(l));
  assert.deepEqual(old.map((l) => p3.line(l)).filter(Boolean), []); // idle GPU rows are all "-"
  const p4 = new PmonParser();
  p4.line('# gpu        pid  type    sm   mem   enc   dec   command');
  assert.deepEqual(p4.line('    1      31337     C    87    40     3     -   python3 train.py'), {
    gpuIndex: 1,
    pid: 31337,
    type: 'C',
    percents: { sm: 87, nvenc: 3 },
    command: 'python3 train.py',
  });
});

test('data lines are told from error messages by their first character, on every recorded output', () => {
  let errors = 0;
  for (const name of readdirSync(SAMPLES_DIR).filter((f) => f.startsWith('nvidia-smi-'))) {
    for (const line of sampleBody(name).split('\n')) {
      if (classifyNvidiaSmiError(line) === undefined) continue;
      errors += 1;
      assert.equal(isDataLine(line), false, `${name}: an error message taken for data: ${line}`);
    }
  }
  assert.ok(errors >= 5, `the recordings hold error messages (${errors} found)`);
  const rows = [
    ...sampleBody('nvidia-smi-query-gpu-noheader-nounits-rtx2080.txt').trim().split('\n'),
    ...sampleRaw('nvidia-smi-pmon-new-header-um.txt')
      .split('\n')
      .filter((l) => /^\s*(# gpu|\d)/.test(l)),
  ];
  assert.equal(rows.length, 3, 'a --query-gpu row, a pmon header and a pmon row');
  for (const row of rows) assert.equal(isDataLine(row), true, row);
});
