// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FairStreamSlots, RateLimiter } from './limits.ts';

test('token bucket per client: a burst of the minute rate, then one per refill', () => {
  let now = 0;
  const r = new RateLimiter(60, () => now);
  try {
    for (let i = 0; i < 60; i++) assert.equal(r.take('a'), 0);
    assert.equal(r.take('a'), 1);
    assert.equal(r.take('b'), 0, 'other clients are not affected');
    now += 1000;
    assert.equal(r.take('a'), 0);
    assert.ok(r.take('a') > 0);
  } finally {
    r.stop();
  }
});

test('stream slots: total and per user, released once', () => {
  const s = new FairStreamSlots(3, 2);
  const a1 = s.acquire('a');
  const a2 = s.acquire('a');
  assert.ok(a1.ok && a2.ok);
  assert.deepEqual(s.acquire('a'), { ok: false, reason: 'client' });
  const b1 = s.acquire('b');
  assert.ok(b1.ok);
  // c has none, a holds two, b one: a's share is not more than one above c's … would be 2 > 0+1.
  a1.release();
  a1.release();
  assert.equal(s.open, 2);
  assert.ok(s.acquire('c').ok);
  assert.equal(s.open, 3);
});

test('stream slots are fair: a user with none takes the oldest stream of the user with the most', () => {
  const s = new FairStreamSlots(4, 4);
  const preempted: string[] = [];
  for (let i = 0; i < 4; i++) assert.ok(s.acquire('hog', () => preempted.push(`hog${i}`)).ok);
  const b = s.acquire('bob');
  assert.ok(b.ok, 'a user without streams gets a slot from the one holding all of them');
  assert.deepEqual(preempted, ['hog0']);
  assert.equal(s.open, 4);
  assert.ok(s.acquire('carol').ok);
  assert.deepEqual(preempted, ['hog0', 'hog1']);
  // hog 2, bob 1, carol 1: dave (0) may take from hog (2 > 0 + 1) …
  assert.ok(s.acquire('dave').ok);
  // … but now everyone holds one: nobody is above the fair share, the service is full.
  assert.deepEqual(s.acquire('erin'), { ok: false, reason: 'server' });
  assert.deepEqual(s.acquire('bob'), { ok: false, reason: 'server' });
  assert.equal(s.open, 4);
});
