// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonLogger } from './log.ts';

test('an error keeps its stack, code and cause; lines below the level are dropped', () => {
  const lines: string[] = [];
  const log = jsonLogger('info', (l) => lines.push(l));
  const cause = Object.assign(new Error('EACCES on /etc/pve/x'), { code: 'EACCES' });
  log.debug('hidden');
  log.error('request handler crashed', { error: new Error('boom', { cause }), path: '/api/v1/version' });
  assert.equal(lines.length, 1);
  const entry = JSON.parse(lines[0]);
  assert.equal(entry.level, 'error');
  assert.equal(entry.error.message, 'boom');
  assert.match(entry.error.stack, /log\.test\.ts/);
  assert.equal(entry.error.cause.code, 'EACCES');
  assert.match(entry.error.cause.stack, /EACCES on/);
});
