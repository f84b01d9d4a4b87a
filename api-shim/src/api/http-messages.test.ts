// SPDX-License-Identifier: AGPL-3.0-or-later
// The shim's error answers as ids: every template parses, every http.msg id the server names has
// one and none is dead, an HttpError's body carries the English rendered from the same template
// and the id with its parameters, and the panel's renderer gives German from the catalogue, the
// server's English for an id it does not know (a newer shim).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import de from '../../../plugin/src/i18n/de.ts';
import { messageText, useLanguage } from '../../../plugin/src/i18n/translate.ts';
import { HttpError } from '../serve/http-error.ts';
import { HTTP_MESSAGES, httpMessageText, httpMsg } from './http-messages.ts';
import { parseTemplate } from './message-format.ts';
import { productSources, SHIM_SOURCES } from './product-sources.test-util.ts';

test('every template parses, and every http.msg id the server names has one, and is used', () => {
  for (const [id, t] of Object.entries(HTTP_MESSAGES)) assert.doesNotThrow(() => parseTemplate(t), id);
  const used = new Set<string>();
  for (const f of productSources(SHIM_SOURCES)) {
    if (f.endsWith('http-messages.ts')) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(/'(http\.msg\.[a-z_]+)'/g)) used.add(m[1]);
  }
  for (const id of used) assert.ok(Object.hasOwn(HTTP_MESSAGES, id), `${id} has no template`);
  for (const id of Object.keys(HTTP_MESSAGES)) assert.ok(used.has(id), `${id} is never used`);
});

test('an HttpError carries the English and the id with its parameters', () => {
  const e = new HttpError(
    503,
    'node-unreachable',
    httpMsg('http.msg.node_unreachable', { node: 'pve2', address: '10.0.0.2:8247', why: 'ECONNREFUSED' }),
  );
  assert.equal(e.message, "cannot reach the GPU service of node 'pve2' at 10.0.0.2:8247: ECONNREFUSED");
  assert.deepEqual(e.msg, {
    id: 'http.msg.node_unreachable',
    params: { node: 'pve2', address: '10.0.0.2:8247', why: 'ECONNREFUSED' },
  });
  assert.equal(httpMessageText(httpMsg('http.msg.ticket_expired')), 'ticket expired');
});

test('the panel shows them in German, and the English for an id it does not know', () => {
  useLanguage('de', de);
  try {
    const msg = httpMsg('http.msg.permission_denied', { privilege: 'VM.Audit', path: '/vms/102' });
    assert.equal(
      messageText(msg, httpMessageText(msg)),
      'Berechtigungsprüfung fehlgeschlagen: VM.Audit auf /vms/102',
    );
    assert.equal(
      messageText({ id: 'http.msg.from_a_newer_shim', params: { x: 1 } }, 'a sentence in English'),
      'a sentence in English',
    );
  } finally {
    useLanguage('en');
  }
});
