// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo's nvidia-smi answers the collector's field probe (`--help-query-gpu`) with a trimmed
// subset of the recorded list (test/fixtures/collect/samples/nvidia-smi-help-query-gpu-xuesongtap-2024.txt):
// every paragraph it prints is one of the recording's, verbatim, in the recording's order, and
// every field the collector asks for is among them. The real script runs, as the demo runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { recordedHelpQueryGpu } from '../../../../test/fixtures/collect/fake-nvidia-smi.ts';
import { tempDir } from '../../../../test/fixtures/collect/samples.ts';
import { parseHelpQueryGpu, WANTED_GPU_FIELDS } from '../../collect/nvidia-smi-parse.ts';
import { fakeNvidiaSmiScript } from './fake-nvidia-smi.ts';
import { demoNvidiaSetup } from './nvidia-modes.ts';

function demoSmi(): (...args: string[]) => { status: number | null; out: string } {
  const dir = tempDir('demo-smi');
  const file = path.join(dir, 'nvidia-smi');
  const setup = demoNvidiaSetup('ok');
  writeFileSync(file, fakeNvidiaSmiScript({ setup, processes: [], stateFile: path.join(dir, 'since') }));
  chmodSync(file, 0o755);
  return (...args) => {
    const r = spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', timeout: 20_000 });
    return { status: r.status, out: r.stdout };
  };
}

/** Paragraphs, without the newline that ends the last one (the recording's last is another field). */
const paragraphs = (text: string) =>
  text
    .split('\n\n')
    .map((p) => p.replace(/\n$/, ''))
    .filter((p) => p.trim() !== '');

test('demo nvidia-smi --help-query-gpu: a trimmed subset of the recorded list, with every field the collector probes for', () => {
  const smi = demoSmi();
  const help = smi('--help-query-gpu');
  assert.equal(help.status, 0);
  const recorded = paragraphs(recordedHelpQueryGpu());
  const printed = paragraphs(help.out);
  const at = printed.map((p) => recorded.indexOf(p));
  assert.deepEqual(
    printed.filter((_, i) => at[i] < 0),
    [],
    'paragraphs that are not in the recording',
  );
  assert.deepEqual(
    at,
    [...at].sort((a, b) => a - b),
    "in the recording's order",
  );
  assert.equal(at[0], 0, 'the header first');
  assert.ok(
    help.out.startsWith(recordedHelpQueryGpu().slice(0, recordedHelpQueryGpu().indexOf('"timestamp"'))),
  );
  const listed = parseHelpQueryGpu(help.out);
  assert.deepEqual(
    WANTED_GPU_FIELDS.filter((f) => !listed.has(f)),
    [],
    'fields the collector asks for that the demo does not list',
  );
  assert.ok(Buffer.byteLength(help.out) < 4096, `trimmed: ${Buffer.byteLength(help.out)} B of 24 KB`);
});

test('demo nvidia-smi --query-gpu answers the fields it lists and refuses others, as the driver does', () => {
  const smi = demoSmi();
  const listed = [...parseHelpQueryGpu(smi('--help-query-gpu').out)];
  const row = smi(`--query-gpu=${listed.join(',')}`, '--format=csv,noheader,nounits');
  assert.equal(row.status, 0);
  assert.equal(row.out.trim().split(', ').length, listed.length);
  const bad = smi('--query-gpu=index,fan.speed', '--format=csv,noheader,nounits');
  assert.equal(bad.status, 2);
  assert.equal(bad.out, 'Field "fan.speed" is not a valid field to query.\n\n');
});
