// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bucketize, LiveRing, mergeSeries } from './series.ts';

test('LiveRing keeps the newest points only', () => {
  const r = new LiveRing(3);
  for (let i = 1; i <= 5; i++) r.push(i * 1000, i);
  assert.equal(r.length, 3);
  assert.deepEqual(
    r.points().map((p) => p.v),
    [3, 4, 5],
  );
  assert.deepEqual(
    r.points(4000).map((p) => p.v),
    [4, 5],
  );
});

test('bucketize averages or takes the maximum, leaves gaps as NaN', () => {
  const pts = [
    { t: 0, v: 10 },
    { t: 50, v: 30 },
    { t: 350, v: 5 },
  ];
  const avg = bucketize(pts, 500, 500, 5, 'AVERAGE');
  assert.deepEqual(avg.slice(0, 4), [20, Number.NaN, Number.NaN, 5]);
  assert.ok(Number.isNaN(avg[4]));
  assert.deepEqual(bucketize(pts, 500, 500, 5, 'MAX').slice(0, 1), [30]);
});

test('mergeSeries appends only live points newer than the history', () => {
  const merged = mergeSeries(
    [
      { t: 1, v: 1 },
      { t: 2, v: 2 },
    ],
    [
      { t: 2, v: 9 },
      { t: 3, v: 3 },
    ],
  );
  assert.deepEqual(
    merged.map((p) => p.v),
    [1, 2, 3],
  );
});

test('bucketize bridges a single empty bucket but keeps longer gaps', () => {
  const pts = [0, 2, 3, 6].map((t) => ({ t: t * 10 + 1, v: t }));
  const out = bucketize(pts, 70, 70, 7, 'AVERAGE');
  assert.equal(out[1], 1); // bridged between 0 and 2
  assert.ok(Number.isNaN(out[4]) && Number.isNaN(out[5])); // two empty: a real gap
});
