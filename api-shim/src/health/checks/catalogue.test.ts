// SPDX-License-Identifier: AGPL-3.0-or-later
// The catalogue keeps its promises: stable, unique ids, at least 40 of docs/health-checks.md,
// and every id documented for users in docs/health-checks.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECKS } from './index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

test('ids are unique, prefixed by their area, and there are at least 40', () => {
  const ids = CHECKS.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const c of CHECKS) assert.equal(c.id.split('.')[0], c.area, c.id);
  assert.ok(ids.length >= 40, `${ids.length} checks`);
});

test('every check is documented in docs/health-checks.md', () => {
  const doc = readFileSync(path.join(root, 'docs/health-checks.md'), 'utf8');
  const missing = CHECKS.map((c) => c.id).filter((id) => !doc.includes(`\`${id}\``));
  assert.deepEqual(missing, []);
});
