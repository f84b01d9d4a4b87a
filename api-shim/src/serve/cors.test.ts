// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corsPolicy, originAllowed } from './cors.ts';

test('only the UI origin of the host the browser used, or the configured base URL', () => {
  const p = corsPolicy([8006], 'https://pve.example.com/gpu-api');
  assert.ok(originAllowed(p, 'https://pve1.lan:8006', 'pve1.lan:8247'));
  assert.ok(originAllowed(p, 'https://pve1.lan:8006', 'PVE1.lan:8247'));
  assert.ok(originAllowed(p, 'https://[fd00::1]:8006', '[fd00::1]:8247'));
  assert.ok(originAllowed(p, 'https://pve.example.com', 'anything'));
  assert.ok(!originAllowed(p, 'https://pve2.lan:8006', 'pve1.lan:8247'));
  assert.ok(!originAllowed(p, 'https://pve1.lan:8007', 'pve1.lan:8247'));
  assert.ok(!originAllowed(p, 'http://pve1.lan:8006', 'pve1.lan:8247'));
  assert.ok(!originAllowed(p, 'https://pve1.lan:8006/', 'pve1.lan:8247'));
  assert.ok(!originAllowed(p, 'null', 'pve1.lan:8247'));
  assert.ok(!originAllowed(p, 'https://pve1.lan:8006', undefined));
  const q = corsPolicy([8006, 443], '');
  assert.ok(originAllowed(q, 'https://pve1.lan', 'pve1.lan:8247'));
});
