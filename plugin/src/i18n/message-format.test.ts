// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMessage, placeholdersOf, pluralCategoriesOf } from './message-format.ts';

test('fills {name} parameters as plain text and leaves unknown ones visible', () => {
  assert.equal(formatMessage('CT {vmid} ({name})', { vmid: 101, name: '<b>x</b>' }), 'CT 101 (<b>x</b>)');
  assert.equal(formatMessage('in {file}', {}), 'in {file}');
  // a parameter value that looks like a placeholder is not expanded again
  assert.equal(formatMessage('{a} {b}', { a: '{b}', b: 'B' }), '{b} B');
});

test('plural branches by the locale’s CLDR category, with parameters inside', () => {
  const en = '{count, plural, one {{count} check passed} other {{count} checks passed}}';
  assert.equal(formatMessage(en, { count: 1 }, 'en'), '1 check passed');
  assert.equal(formatMessage(en, { count: 0 }, 'en'), '0 checks passed');
  const ru =
    '{count, plural, one {{count} проверка} few {{count} проверки} many {{count} проверок} other {{count} проверки}}';
  assert.equal(formatMessage(ru, { count: 1 }, 'ru'), '1 проверка');
  assert.equal(formatMessage(ru, { count: 3 }, 'ru'), '3 проверки');
  assert.equal(formatMessage(ru, { count: 5 }, 'ru'), '5 проверок');
  assert.equal(formatMessage(ru, { count: 21 }, 'ru'), '21 проверка');
  // French: 0 is singular
  assert.equal(formatMessage('{n, plural, one {{n} échec} other {{n} échecs}}', { n: 0 }, 'fr'), '0 échec');
  // a category the template lacks falls back to other
  assert.equal(formatMessage('{n, plural, other {{n} 件}}', { n: 1 }, 'ja'), '1 件');
});

test('text around a plural and several plurals in one message', () => {
  const t =
    'Map {uid, plural, one {one uid} other {{uid} uids}} and {gid, plural, one {one gid} other {{gid} gids}} of {ct}.';
  assert.equal(formatMessage(t, { uid: 1, gid: 2, ct: 'CT 9' }), 'Map one uid and 2 gids of CT 9.');
});

test('braces that are no message syntax stay as written (config lines, JSON)', () => {
  assert.equal(formatMessage('lxc.idmap: {"u": 0} {', {}), 'lxc.idmap: {"u": 0} {');
  assert.equal(formatMessage('{count, plural, one {x}', { count: 1 }), '{count, plural, one {x}');
});

test('placeholders and plural categories for the catalogue checks', () => {
  assert.deepEqual([...placeholdersOf('{a} {count, plural, one {{b}} other {{count} {c}}}')].sort(), [
    'a',
    'b',
    'c',
    'count',
  ]);
  assert.deepEqual(pluralCategoriesOf('{n, plural, one {a} few {b} other {c}}'), [
    { name: 'n', categories: ['one', 'few', 'other'] },
  ]);
});
