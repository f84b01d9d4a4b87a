// SPDX-License-Identifier: AGPL-3.0-or-later
// The shared collator sorts as localeCompare(b, 'en', { numeric: true }) did, pair by pair.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { naturalOrder } from './natural-order.ts';

// every form /sys/class/drm holds (drm_sysfs.c: card%d, renderD%d, card%d-<connector>, controlD%d
// on old kernels, version), and edge cases of the numeric collation: leading zeros, case
const NAMES = [
  'card0',
  'card1',
  'card2',
  'card10',
  'card11',
  'card100',
  'card01',
  'card001',
  'Card3',
  'renderD128',
  'renderD129',
  'renderD1000',
  'renderD99',
  'controlD64',
  'card0-DP-1',
  'card0-DP-10',
  'card0-DP-2',
  'card0-HDMI-A-1',
  'version',
  'card',
  '',
  'card-1',
  'card1a',
  'card1b2',
  'card1b10',
];

test('naturalOrder compares every pair as localeCompare with the same locale and options', () => {
  for (const a of NAMES)
    for (const b of NAMES)
      assert.equal(
        Math.sign(naturalOrder(a, b)),
        Math.sign(a.localeCompare(b, 'en', { numeric: true })),
        `${JSON.stringify(a)} vs ${JSON.stringify(b)}`,
      );
});

test('naturalOrder sorts DRM minors by number, not by text', () => {
  const shuffled = ['renderD129', 'card10', 'renderD1000', 'card2', 'card0', 'renderD128', 'card1'];
  assert.deepEqual(shuffled.sort(naturalOrder), [
    'card0',
    'card1',
    'card2',
    'card10',
    'renderD128',
    'renderD129',
    'renderD1000',
  ]);
});
