// SPDX-License-Identifier: AGPL-3.0-or-later
// The health message catalogue keeps the contract with the plugin's translations: templates use
// only {name} and the {count, plural, …} form, every check has a title, every id the engine
// names exists, and no entry is dead weight for the translators.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CHECKS } from '../health/checks/index.ts';
import { HEALTH_MESSAGES } from './health-messages.ts';
import { formatMsg, formatTemplate, parseTemplate, templateParams } from './message-format.ts';
import { productSources, SHIM_SOURCES } from './product-sources.test-util.ts';

/** ids in msg('…') / { id: '…' } calls; template literals become patterns (`${…}` = any text). */
function usedIds(): { literal: Set<string>; patterns: RegExp[] } {
  const literal = new Set<string>();
  const patterns: RegExp[] = [];
  for (const f of productSources(path.join(SHIM_SOURCES, 'health'))) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\b(?:msg\(\s*|id:\s*)'([a-z0-9_]+\.[a-z0-9_.]+)'/g)) literal.add(m[1]);
    for (const m of text.matchAll(/msg\(\s*`([^`]*)`/g)) {
      const re = m[1]
        .split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/)
        .map((s) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('[a-z0-9_.]*');
      patterns.push(new RegExp(`^${re}$`));
    }
    // ids chosen by a conditional inside msg(…): quoted after `?` or `:`
    for (const m of text.matchAll(/[?:]\s*'([a-z]+\.[a-z0-9_]+\.[a-z0-9_.]+)'/g)) literal.add(m[1]);
    // evidence in the engine's own words: ids passed to stated() or kept in a table of them
    for (const m of text.matchAll(/'(evidence\.[a-z0-9_.]+)'/g)) literal.add(m[1]);
    for (const m of text.matchAll(/stated\([^()]*?`(evidence\.[^`]*)`/g))
      patterns.push(new RegExp(`^${m[1].replace(/\./g, '\\.').replace(/\$\{[^}]*\}/g, '[a-z0-9_.]*')}$`));
  }
  return { literal, patterns };
}

test('every template parses and uses a plural only on {count}', () => {
  for (const [id, t] of Object.entries(HEALTH_MESSAGES)) {
    assert.doesNotThrow(() => parseTemplate(t), id);
    if (t.includes(', plural,')) assert.match(t, /\{count, plural, /, id);
  }
});

test('every check has a title message', () => {
  const missing = CHECKS.map((c) => `${c.id}.title`).filter((id) => !(id in HEALTH_MESSAGES));
  assert.deepEqual(missing, []);
});

test('every id named in the engine exists, and every entry is used', () => {
  const { literal, patterns } = usedIds();
  assert.ok(literal.size > 100, `${literal.size} literal ids found`);
  const checkIds = new Set(CHECKS.map((c) => c.id));
  const unknown = [...literal].filter((id) => !(id in HEALTH_MESSAGES) && !checkIds.has(id));
  // only ids that look like messages: an area prefix of the catalogue, fix. or check.
  const areas = new Set([...CHECKS.map((c) => c.area), 'fix', 'check', 'evidence']);
  assert.deepEqual(
    unknown.filter((id) => areas.has(id.split('.')[0])),
    [],
  );
  for (const p of patterns)
    assert.ok(
      Object.keys(HEALTH_MESSAGES).some((k) => p.test(k)),
      `no message matches the id pattern ${p}`,
    );
  const titles = new Set(CHECKS.map((c) => `${c.id}.title`));
  const dead = Object.keys(HEALTH_MESSAGES).filter(
    (k) => !titles.has(k) && !literal.has(k) && !patterns.some((p) => p.test(k)),
  );
  assert.deepEqual(dead, []);
});

test('renderer: placeholders, the plural form, unknown ids', () => {
  assert.equal(formatTemplate('a {x} b', { x: '/dev/dri' }), 'a /dev/dri b');
  const t = '{count, plural, one {{n} is} other {{n} are}} here';
  assert.equal(formatTemplate(t, { count: 1, n: 'x' }), 'x is here');
  assert.equal(formatTemplate(t, { count: 3, n: 'x, y, z' }), 'x, y, z are here');
  assert.equal(formatTemplate(t, { count: 0, n: '-' }), '- are here');
  assert.deepEqual([...templateParams(t)].sort(), ['count', 'n']);
  assert.equal(formatMsg(HEALTH_MESSAGES, { id: 'no.such.id' }), 'no.such.id');
  assert.equal(formatMsg({}, { id: 'toString' }), 'toString');
  assert.throws(() => parseTemplate('{a, select, x {y}}'));
  assert.throws(() => parseTemplate('{count, plural, one {x}}'));
  assert.throws(() => parseTemplate('a } b'));
  // a long template never makes the parser slow (it is linear)
  const long = `${'x'.repeat(100000)}{a}`;
  assert.equal(formatTemplate(long, { a: 1 }).length, 100001);
});
