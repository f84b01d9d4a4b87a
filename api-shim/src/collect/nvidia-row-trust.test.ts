// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_SETTLE_FACTOR, RowTrust } from './nvidia-row-trust.ts';
import type { NvidiaRowSource } from './nvidia-smi.ts';

const S = 60_000;

/** say() for GPU 0 at each [ms, raw] in turn: what it answered. */
function run(trust: RowTrust, steps: Array<[number, NvidiaRowSource]>): NvidiaRowSource[] {
  return steps.map(([at, raw]) => trust.say(0, raw, at));
}

test('the first answer after a start is trusted at once', () => {
  const t = new RowTrust(S);
  assert.deepEqual(
    run(t, [
      [0, 'none'],
      [1000, 'none'],
      [2000, 'rows'],
      [3000, 'rows'],
    ]),
    ['none', 'none', 'rows', 'rows'],
  );
});

test('rows that lapsed are trusted again only after answering settleMs without a break', () => {
  const t = new RowTrust(S);
  const said = run(t, [
    [0, 'rows'],
    [1000, 'none'], // the lapse: the walk takes over at once
    [5000, 'rows'], // answering again …
    [5000 + S - 1, 'rows'], // … not long enough yet
    [5000 + S, 'rows'], // settled
  ]);
  assert.deepEqual(said, ['rows', 'none', 'none', 'none', 'rows']);
});

test('a source that flaps stays on the walk; each break restarts the wait', () => {
  const t = new RowTrust(S);
  const steps: Array<[number, NvidiaRowSource]> = [[0, 'rows']];
  // answering 7 s, silent 3 s, for ten minutes: a driver stalling again and again
  for (let at = 1000; at < 600_000; at += 10_000)
    steps.push([at, 'none'], [at + 3000, 'rows'], [at + 9000, 'rows']);
  const said = run(t, steps);
  assert.deepEqual(
    said.slice(1).filter((x) => x === 'rows'),
    [],
    'never back to the rows while they flap',
  );
});

test('while lapsed, what was said in the lapse is kept: compute-only stays compute-only until settled', () => {
  const t = new RowTrust(S);
  assert.deepEqual(
    run(t, [
      [0, 'rows'],
      [1000, 'compute-only'],
      [2000, 'rows'],
      [2000 + S, 'rows'],
    ]),
    ['rows', 'compute-only', 'compute-only', 'rows'],
  );
});

test('each return doubles the next wait, up to 16×; rows that hold 16 × settleMs bring it back', () => {
  const t = new RowTrust(S);
  let now = 0;
  /** say() for GPU 0 `ms` after the last call */
  const after = (ms: number, raw: NvidiaRowSource) => {
    now += ms;
    return t.say(0, raw, now);
  };
  const waits: number[] = [];
  after(0, 'rows');
  for (let i = 0; i < 6; i++) {
    waits.push(t.waitAfterLapse(0));
    after(1000, 'none');
    after(1000, 'rows');
    assert.equal(after(waits[i] - 1, 'rows'), 'none', `lapse ${i + 1}: not before ${waits[i]} ms`);
    assert.equal(after(1, 'rows'), 'rows', `lapse ${i + 1}: back after ${waits[i]} ms`);
  }
  assert.deepEqual(waits, [S, 2 * S, 4 * S, 8 * S, 16 * S, MAX_SETTLE_FACTOR * S]);
  after(MAX_SETTLE_FACTOR * S, 'rows');
  assert.equal(t.waitAfterLapse(0), S, 'a long healthy run forgets the flapping');
});

test('GPUs are judged apart, and clear() forgets them all', () => {
  const t = new RowTrust(S);
  t.say(0, 'rows', 0);
  t.say(1, 'rows', 0);
  t.say(0, 'none', 1000);
  assert.equal(t.say(0, 'rows', 2000), 'none');
  assert.equal(t.say(1, 'rows', 2000), 'rows');
  t.clear();
  assert.equal(t.say(0, 'rows', 3000), 'rows', 'after a stop the first answer counts again');
});
