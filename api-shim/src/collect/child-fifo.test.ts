// SPDX-License-Identifier: AGPL-3.0-or-later
// Real FIFOs and real children (sh, printf, head): what a drain takes, what it leaves, what is left behind.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { until } from '../../../test/support/until.ts';
import { ChildFifo } from './child-fifo.ts';

function writer(fifo: ChildFifo, script: string): ChildProcess {
  const child = spawn('sh', ['-c', script], { stdio: ['ignore', fifo.childEnd, fifo.childEnd] });
  fifo.afterSpawn();
  return child;
}

const exited = (c: ChildProcess) =>
  c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise((r) => c.once('exit', r));

test('a drain takes what was written since the last one, never blocks, and sees the end', async () => {
  const tmp = tempDir('fifo');
  const fifo = ChildFifo.open(tmp);
  assert.ok(fifo, 'a FIFO (mkfifo from coreutils)');
  assert.deepEqual(readdirSync(tmp), [], 'its name gone at once: nothing left behind');
  // the rest only once the test says so: no race between the two writes and the drains
  const go = path.join(tmp, 'go');
  const child = writer(
    fifo,
    `printf "one\\ntw"; while [ ! -e ${go} ]; do sleep 0.05; done; printf "o\\n" >&2`,
  );
  let got = '';
  await until(() => {
    got += fifo.drain();
    return got.includes('tw');
  }, 'the first write');
  assert.equal(got, 'one\ntw', 'a line cut by the writer stays cut: joining is the caller’s');
  assert.equal(fifo.drain(), '', 'nothing new: an empty answer, not a wait');
  assert.equal(fifo.ended, false);
  writeFileSync(go, '');
  await exited(child);
  await until(() => {
    got += fifo.drain();
    return fifo.ended;
  }, 'the end once the child has exited');
  assert.equal(got, 'one\ntwo\n', 'stdout and stderr both, in order');
  assert.equal(fifo.drain(), '');
  fifo.close();
});

test('a flood is taken 256 KiB per drain, nothing lost; the writer waits while the FIFO is full', async () => {
  const fifo = ChildFifo.open(tempDir('fifo'));
  assert.ok(fifo);
  // 1 MiB of "x" lines: four times what one drain takes, sixteen times the FIFO's 64 KiB
  const child = writer(fifo, 'head -c 1048576 /dev/zero | tr "\\0" "x"');
  let total = 0;
  let most = 0;
  await until(() => {
    const part = fifo.drain();
    total += part.length;
    most = Math.max(most, part.length);
    return fifo.ended;
  }, 'the whole flood');
  await exited(child);
  assert.equal(total, 1048576);
  assert.ok(most <= 256 * 1024, `one drain took ${most} characters`);
  fifo.close();
});

test('a UTF-8 character cut between two writes comes out whole', async () => {
  const fifo = ChildFifo.open(tempDir('fifo'));
  assert.ok(fifo);
  // "é" is C3 A9: the first byte, a pause, the second
  const child = writer(fifo, 'printf "caf\\303"; sleep 0.2; printf "\\251\\n"');
  let got = '';
  await until(() => {
    got += fifo.drain();
    return fifo.ended;
  }, 'both writes');
  await exited(child);
  assert.equal(got, 'café\n');
  fifo.close();
});

test('no FIFO where none can be made: undefined, and the caller keeps its pipe', () => {
  const ro = tempDir('fifo-ro');
  chmodSync(ro, 0o500);
  try {
    // root writes anywhere: a directory that does not exist stands for one it cannot use
    assert.equal(ChildFifo.open(path.join(ro, 'missing')), undefined);
  } finally {
    chmodSync(ro, 0o700);
  }
});
