// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartTimeframe, memoryTimeframeStore, parseChoice, stateOf } from './timeframe-choice.ts';

test('reads what PVE RRDTypeSelector.getState writes', () => {
  assert.deepEqual(parseChoice({ id: 'daymax', timeframe: 'day', cf: 'MAX' }), {
    timeframe: 'day',
    cf: 'MAX',
  });
  assert.deepEqual(parseChoice({ id: 'year', timeframe: 'year', cf: 'AVERAGE' }), {
    timeframe: 'year',
    cf: 'AVERAGE',
  });
  assert.equal(parseChoice({ timeframe: 'decade', cf: 'MAX' }), undefined);
  assert.equal(parseChoice('hour'), undefined);
  assert.equal(parseChoice(undefined), undefined);
});

test('writes the same shape back (id = timeframe [+ "max"])', () => {
  assert.deepEqual(stateOf({ timeframe: 'week', cf: 'MAX' }), {
    id: 'weekmax',
    timeframe: 'week',
    cf: 'MAX',
  });
  assert.deepEqual(stateOf({ timeframe: 'hour', cf: 'AVERAGE' }), {
    id: 'hour',
    timeframe: 'hour',
    cf: 'AVERAGE',
  });
});

test('month and year draw the week our history keeps', () => {
  assert.equal(chartTimeframe('month'), 'week');
  assert.equal(chartTimeframe('year'), 'week');
  assert.equal(chartTimeframe('day'), 'day');
});

test('memory store notifies watchers until unsubscribed', () => {
  const s = memoryTimeframeStore();
  const seen: string[] = [];
  const off = s.watch((c) => seen.push(c.timeframe));
  s.set({ timeframe: 'day', cf: 'MAX' });
  off();
  s.set({ timeframe: 'week', cf: 'MAX' });
  assert.deepEqual(seen, ['day']);
  assert.deepEqual(s.get(), { timeframe: 'week', cf: 'MAX' });
});
