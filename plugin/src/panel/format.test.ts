// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useLanguage } from '../i18n/translate.ts';
import {
  byClass,
  classesOf,
  driverText,
  formatBytes,
  formatPercent,
  formatUnit,
  inlineCodeRuns,
} from './format.ts';

test('formatBytes uses binary units', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(1536), '1.5 KiB');
  assert.equal(formatBytes(512 * 1024 * 1024), '512 MiB');
  assert.equal(formatBytes(undefined), '–');
});

test('formatPercent and formatUnit', () => {
  assert.equal(formatPercent(Math.PI), '3.1%');
  assert.equal(formatPercent(42.4), '42%');
  assert.equal(formatPercent(Number.NaN), '–');
  assert.equal(formatUnit(12.34, 'W', 1), '12.3 W');
});

test('numbers in the user`s language: decimal comma and spaced percent in German, none in Japanese', () => {
  useLanguage('de', null);
  try {
    assert.equal(formatUnit(7.54, 'W', 1), '7,5 W');
    assert.equal(formatBytes(1536), '1,5 KiB');
    assert.equal(formatPercent(Math.PI), '3,1\u00a0%');
    assert.equal(formatPercent(42.4), '42\u00a0%');
    assert.equal(formatUnit(1777, 'MHz'), '1777 MHz', 'no digit grouping');
    useLanguage('fr', null);
    // a no-break space before %: U+202F or U+00A0, by the ICU version's CLDR data
    assert.match(formatPercent(6.12), /^6,1[\u00a0\u202f]%$/);
    useLanguage('ja', null);
    assert.equal(formatPercent(6.12), '6.1%');
  } finally {
    useLanguage('en');
  }
  assert.equal(formatPercent(6.12), '6.1%');
});

test('byClass takes the busiest engine of a class and clamps', () => {
  const classes = { vcs0: 'video', vcs1: 'video', rcs0: 'render', weird: 'other' } as const;
  assert.deepEqual(byClass({ vcs0: 20, vcs1: 55, rcs0: 130, x: 3 }, classes), {
    video: 55,
    render: 100,
    other: 3,
  });
  assert.deepEqual(classesOf({ a: 'compute', b: 'render', c: 'video' }), ['render', 'video', 'compute']);
});

test('inlineCodeRuns turns `backticks` into code runs and keeps an unmatched one', () => {
  assert.deepEqual(inlineCodeRuns('set `gid=104` in `dev0`.'), [
    { code: false, text: 'set ' },
    { code: true, text: 'gid=104' },
    { code: false, text: ' in ' },
    { code: true, text: 'dev0' },
    { code: false, text: '.' },
  ]);
  assert.deepEqual(inlineCodeRuns('no code'), [{ code: false, text: 'no code' }]);
  assert.deepEqual(inlineCodeRuns('a `b` c `d'), [
    { code: false, text: 'a ' },
    { code: true, text: 'b' },
    { code: false, text: ' c `d' },
  ]);
});

test('driverText: the kernel driver, with its version where the source reports one', () => {
  assert.equal(driverText({ driver: 'i915' }), 'i915');
  assert.equal(driverText({ driver: 'nvidia', driverVersion: '550.144.03' }), 'nvidia 550.144.03');
});
