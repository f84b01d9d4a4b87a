// SPDX-License-Identifier: AGPL-3.0-or-later
// The fake nvidia-smi of the tests answers with recorded output where a recording exists
// (test/fixtures/collect/samples/README.md, "Fake nvidia-smi modes"): these tests fail when the fake
// drifts from the recording, or when the parser stops reading the recording itself.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { test } from 'node:test';
import { recordedHelpQueryGpu, writeFakeNvidiaSmi } from '../../../test/fixtures/collect/fake-nvidia-smi.ts';
import { sampleRaw, tempDir } from '../../../test/fixtures/collect/samples.ts';
import { parseHelpQueryGpu, WANTED_GPU_FIELDS } from './nvidia-smi-parse.ts';

test('--help-query-gpu as recorded: every field the collector asks for is found, aliases included', () => {
  const fields = parseHelpQueryGpu(recordedHelpQueryGpu());
  for (const f of WANTED_GPU_FIELDS) assert.ok(fields.has(f), `${f} missing from the recorded list`);
  // both names of an alias line ("clocks.current.sm" or "clocks.sm") are offered
  assert.ok(fields.has('clocks.current.sm') && fields.has('gpu_name'));
  // the header's "--query-gpu" and quoted description words with capitals or colons are not fields
  for (const notField of ['--query-gpu', 'query-gpu', 'Enabled', 'domain:bus:device.function']) {
    assert.ok(!fields.has(notField), notField);
  }
});

test('the fake nvidia-smi prints the recorded --help-query-gpu byte for byte, in every answering mode', () => {
  const recorded = recordedHelpQueryGpu();
  assert.ok(recorded.startsWith('\nList of valid properties to query for the switch "--query-gpu":\n'));
  for (const mode of ['ok', 'multi', 'mig', 'pmon-unsupported'] as const) {
    const out = execFileSync(writeFakeNvidiaSmi(tempDir('nv-help'), mode), ['--help-query-gpu'], {
      encoding: 'utf8',
    });
    assert.equal(out, recorded, mode);
  }
});

/** The column where each whitespace-separated token of `line` ends. */
const tokenEnds = (line: string) => [...line.matchAll(/\S+/g)].map((m) => (m.index ?? 0) + m[0].length);

function firstLines(command: string, args: string[], n: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ${n} lines: ${JSON.stringify(text)}`));
    }, 10_000);
    child.stdout.on('data', (b: Buffer) => {
      text += b.toString('utf8');
      const lines = text.split('\n');
      if (lines.length > n) {
        clearTimeout(timer);
        child.kill('SIGTERM');
        resolve(lines.slice(0, n));
      }
    });
  });
}

test("pmon -s um of the fake: the recorded header, and rows whose columns end where the recorded row's do", async () => {
  const recorded = sampleRaw('nvidia-smi-pmon-new-header-um.txt')
    .split('\n')
    .filter((l) => l.startsWith('# gpu') || l.startsWith('# Idx') || /^ +\d/.test(l));
  assert.equal(recorded.length, 3);
  for (const mode of ['ok', 'mig-pmon-dashes'] as const) {
    const [head, units, row] = await firstLines(
      writeFakeNvidiaSmi(tempDir('nv-pmon'), mode),
      ['pmon', '-s', 'um', '-d', '1', '-i', '0'],
      3,
    );
    assert.equal(head, recorded[0], mode);
    assert.equal(units, recorded[1], mode);
    // every column but the command name (last token) ends at the recorded column
    assert.deepEqual(tokenEnds(row).slice(0, -1), tokenEnds(recorded[2]).slice(0, -1), mode);
  }
});
