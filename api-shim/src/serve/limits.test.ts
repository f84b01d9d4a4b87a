// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter, StreamSlots } from './limits.ts';

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

test('stream slots: total and per client, released once', () => {
  const s = new StreamSlots(3, 2);
  const a1 = s.acquire('a');
  const a2 = s.acquire('a');
  assert.ok(a1.ok && a2.ok);
  assert.deepEqual(s.acquire('a'), { ok: false, reason: 'client' });
  const b1 = s.acquire('b');
  assert.ok(b1.ok);
  assert.deepEqual(s.acquire('c'), { ok: false, reason: 'server' });
  a1.release();
  a1.release();
  assert.equal(s.open, 2);
  assert.ok(s.acquire('c').ok);
});
