// SPDX-License-Identifier: AGPL-3.0-or-later
// Every subcommand's command line through commandArgs(): --help and -h print the help on stdout
// (exit 0); an unknown option prints "pve-gpu-tab <command>: <what>", a blank line and the same
// help on stderr, with the command's usage status (health: 3, the others: 2).
import assert from 'node:assert/strict';
import { test } from 'node:test';

async function capture(run: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  process.stdout.write = ((s: string) => out.push(String(s)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => err.push(String(s)) > 0) as typeof process.stderr.write;
  try {
    const code = await run();
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
  }
}

const COMMANDS: Array<[string, () => Promise<{ run(args: string[]): Promise<number> }>, number]> = [
  ['serve', () => import('./serve.ts'), 2],
  ['collector', () => import('./collector.ts'), 2],
  ['top', () => import('./top.ts'), 2],
  ['snapshot', () => import('./snapshot.ts'), 2],
  ['health', () => import('./health.ts'), 3],
  ['demo', () => import('./demo.ts'), 2],
];

for (const [name, load, usageStatus] of COMMANDS) {
  test(`${name}: --help, -h and an unknown option`, async () => {
    const { run } = await load();
    const help = await capture(() => run(['--help']));
    assert.equal(help.code, 0);
    assert.equal(help.err, '');
    assert.match(help.out, new RegExp(`^Usage: pve-gpu-tab ${name} `));
    assert.deepEqual(await capture(() => run(['-h'])), help);
    const bad = await capture(() => run(['--bogus']));
    assert.equal(bad.code, usageStatus);
    assert.equal(bad.out, '');
    assert.ok(
      bad.err.startsWith(`pve-gpu-tab ${name}: Unknown option '--bogus'`),
      `the error names the command and the option: ${bad.err.split('\n')[0]}`,
    );
    assert.ok(bad.err.endsWith(`\n\n${help.out}`), 'then a blank line and the help');
  });
}
