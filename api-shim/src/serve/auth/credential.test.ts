// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { test } from 'node:test';
import {
  credentialHash,
  credentialHeaders,
  extractCredential,
  parseTicket,
  parseToken,
} from './credential.ts';

const NOW = 1_750_000_000;
const hex = (s: number) => s.toString(16).toUpperCase();
const T = `PVE:alice@pve:${hex(NOW - 60)}::c2lnbmF0dXJl`;
const req = (headers: Record<string, string>) =>
  ({
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
  }) as unknown as IncomingMessage;

test('tickets: accepted, URI-escaped, expired, future, TFA, junk', () => {
  const ok = parseTicket(T, NOW);
  assert.ok(ok && 'credential' in ok && ok.credential.kind === 'ticket');
  assert.equal(ok.credential.userid, 'alice@pve');
  assert.equal(ok.credential.issuedAt, NOW - 60);
  assert.ok(
    parseTicket(encodeURIComponent(T), NOW) &&
      'credential' in (parseTicket(encodeURIComponent(T), NOW) ?? {}),
  );
  assert.deepEqual(parseTicket(`PVE:alice@pve:${hex(NOW - 7201)}::c2ln`, NOW), { problem: 'ticket expired' });
  assert.deepEqual(parseTicket(`PVE:alice@pve:${hex(NOW + 301)}::c2ln`, NOW), {
    problem: 'ticket issued in the future',
  });
  assert.deepEqual(parseTicket(`PVE:!tfa!xyz:${hex(NOW)}::c2ln`, NOW), { problem: 'not a login ticket' });
  assert.deepEqual(parseTicket(`PVE:tfa!alice@pve:${hex(NOW)}::c2ln`, NOW), {
    problem: 'not a login ticket',
  });
  assert.deepEqual(parseTicket('PVE:alice@pve:zz::c2ln', NOW), { problem: 'malformed ticket' });
  assert.deepEqual(parseTicket('%E0%A4%A', NOW), { problem: 'malformed ticket' });
});

test('tokens', () => {
  const t = parseToken('root@pam!monitoring=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
  assert.ok(t && 'credential' in t && t.credential.kind === 'token');
  assert.equal(t.credential.tokenId, 'monitoring');
  assert.ok(t && 'problem' in (parseToken('root@pam=secret') ?? {}));
  assert.ok('problem' in (parseToken('root!x=y') ?? {}));
});

test('where the credential is found, and how it is passed on', () => {
  const a = extractCredential(
    req({ Authorization: `PVEAuthCookie=${encodeURIComponent(T)}` }),
    undefined,
    NOW,
  );
  assert.ok(a && 'credential' in a);
  const b = extractCredential(req({ Authorization: `PVEAuthCookie ${T}` }), undefined, NOW);
  assert.ok(b && 'credential' in b);
  const c = extractCredential(req({ Cookie: `x=1; PVEAuthCookie=${encodeURIComponent(T)}` }), undefined, NOW);
  assert.ok(c && 'credential' in c);
  const d = extractCredential(req({}), encodeURIComponent(T), NOW);
  assert.ok(d && 'credential' in d);
  assert.equal(extractCredential(req({}), undefined, NOW), undefined);
  assert.ok(
    extractCredential(req({ Authorization: 'Bearer x' }), undefined, NOW) &&
      'problem' in (extractCredential(req({ Authorization: 'Bearer x' }), undefined, NOW) ?? {}),
  );
  assert.ok(a && 'credential' in a);
  assert.deepEqual(credentialHeaders(a.credential), { Cookie: `PVEAuthCookie=${encodeURIComponent(T)}` });
  assert.match(credentialHash(a.credential), /^[0-9a-f]{64}$/);
  assert.doesNotMatch(credentialHash(a.credential), /alice/);
});
