// SPDX-License-Identifier: AGPL-3.0-or-later
// The shipped /etc/pve-gpu-tab/pve-gpu-tab.conf against the service's own parser: it parses,
// documents every key, and the values it shows are the real defaults.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CONFIG_KEYS, defaultConfig, parseConfig } from '../../api-shim/src/serve/config-file.ts';

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pve-gpu-tab.conf');
const text = readFileSync(FILE, 'utf8');

test('the shipped config parses to the defaults', () => {
  assert.deepEqual(parseConfig(text, FILE), defaultConfig());
});

test('every key the service knows is documented, commented out', () => {
  for (const key of CONFIG_KEYS) {
    assert.match(text, new RegExp(`^#${key}:`, 'm'), `${key} documented in pve-gpu-tab.conf`);
  }
});

test('uncommenting every example line changes nothing: the values shown are the defaults', () => {
  const uncommented = text.replace(/^#([a-z_]+:)/gm, '$1');
  assert.notEqual(uncommented, text);
  assert.deepEqual(parseConfig(uncommented, FILE), defaultConfig());
});
