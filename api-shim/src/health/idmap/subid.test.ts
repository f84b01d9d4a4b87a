// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { haveRange, missingRanges, parseSubid } from './subid.ts';

test('haveRange walks contiguous entries like newuidmap (several entries may cover one range)', () => {
  const s = parseSubid('root:100000:30000\nroot:130000:35536\n# comment\nbob:200000:65536\n0:44:1\n');
  assert.equal(haveRange(s, ['root', '0'], 100000, 65536), true);
  assert.equal(haveRange(s, ['root', '0'], 100000, 65537), false);
  assert.equal(haveRange(s, ['root', '0'], 44, 1), true, 'owner matched by uid');
  assert.equal(haveRange(s, ['root', '0'], 104, 1), false);
  assert.equal(haveRange(s, ['root', '0'], 200000, 10), false, "bob's range is not root's");
  assert.deepEqual(missingRanges(s, ['root', '0'], 43, 3), [
    { start: 43, count: 1 },
    { start: 45, count: 1 },
  ]);
});
