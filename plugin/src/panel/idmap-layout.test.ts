// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutIdmap, xOfId } from './idmap-layout.ts';

test('a one-id passthrough and a one-id gap stay visible; widths add up', () => {
  const segs = layoutIdmap(
    {
      kind: 'g',
      ranges: [
        { ct: 0, host: 100000, count: 44 },
        { ct: 44, host: 44, count: 1 },
        { ct: 45, host: 100045, count: 58 },
        { ct: 104, host: 100104, count: 65432 },
      ],
      gaps: [{ start: 103, count: 1 }],
      overlaps: [],
      marks: [],
    },
    600,
    40,
  );
  assert.deepEqual(
    segs.map((s) => [s.start, s.end, s.kind]),
    [
      [0, 44, 'range'],
      [44, 45, 'passthrough'],
      [45, 103, 'range'],
      [103, 104, 'gap'],
      [104, 65536, 'range'],
    ],
  );
  assert.ok(segs.every((s) => s.w >= 39.9));
  assert.ok(Math.abs(segs.reduce((a, s) => a + s.w, 0) - 600) < 1e-6);
  assert.ok(segs[4].w > 300, 'the big range gets most of the width');
  assert.ok(xOfId(segs, 44) >= segs[1].x && xOfId(segs, 44) < segs[1].x + segs[1].w);
});

test('ids neither mapped nor reported as gap are drawn as gap; host offsets follow clipping', () => {
  const segs = layoutIdmap(
    {
      kind: 'u',
      ranges: [
        { ct: 0, host: 100000, count: 1000 },
        { ct: 500, host: 200500, count: 1000 },
      ],
      gaps: [],
      overlaps: [],
      marks: [],
    },
    300,
    30,
  );
  assert.deepEqual(
    segs.map((s) => [s.start, s.end, s.kind, s.host]),
    [
      [0, 1000, 'range', 100000],
      [1000, 1500, 'range', 201000],
      [1500, 65536, 'gap', undefined],
    ],
  );
});
