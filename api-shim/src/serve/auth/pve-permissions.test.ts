// SPDX-License-Identifier: AGPL-3.0-or-later
// The PVE permission client against the mock PVE API over real HTTPS: verified TLS (cluster
// CA, or the node's own pinned certificate), the cache (≤ 60 s, shared in flight, bounded by
// the ticket's expiry), and failures.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type ClusterFixture, makeCluster } from '../../../../test/support/mock-pve/fixture.ts';
import { type MockPve, startMockPve } from '../../../../test/support/mock-pve/server.ts';
import { HostRoot } from '../../host/host-root.ts';
import { silentLogger } from '../log.ts';
import { AuthUnavailableError } from './authorizer.ts';
import { type Credential, parseTicket, parseToken } from './credential.ts';
import { PveApiAuthorizer } from './pve-permissions.ts';

let fx: ClusterFixture;
const cred = (user: string, at?: number): Credential => {
  const x = parseTicket(fx.pve.tickets.issue(user, at));
  assert.ok(x && 'credential' in x);
  return x.credential;
};

before(async () => {
  fx = await makeCluster();
});
after(async () => {
  await fx?.cleanup();
});

describe('PveApiAuthorizer', () => {
  test('answers from PVE: granted, denied, unauthenticated', async () => {
    const a = new PveApiAuthorizer({
      baseUrl: fx.pve.url,
      host: new HostRoot(fx.rootA),
      logger: silentLogger,
    });
    try {
      assert.equal(await a.authorize(cred('alice@pve'), '/vms/101', 'VM.Audit'), 'granted');
      assert.equal(await a.authorize(cred('alice@pve'), '/vms/102', 'VM.Audit'), 'denied');
      assert.equal(await a.authorize(cred('alice@pve'), '/nodes/pve1', 'Sys.Audit'), 'denied');
      assert.equal(await a.authorize(cred('nodeadmin@pve'), '/nodes/pve1', 'Sys.Audit'), 'granted');
      assert.equal(await a.authorize(cred('disabled@pve'), '/vms/101', 'VM.Audit'), 'unauthenticated');
      const tok = parseToken('auditor@pve!prom=11111111-2222-3333-4444-555555555555');
      assert.ok(tok && 'credential' in tok);
      assert.equal(await a.authorize(tok.credential, '/nodes/pve1', 'Sys.Audit'), 'granted');
    } finally {
      a.close();
    }
  });

  test('caches per credential and path, shares concurrent asks, expires', async () => {
    let now = Date.now();
    const a = new PveApiAuthorizer({
      baseUrl: fx.pve.url,
      host: new HostRoot(fx.rootA),
      logger: silentLogger,
      cacheSeconds: 60,
      now: () => now,
    });
    try {
      const c = cred('poolie@pve');
      const start = fx.pve.calls.length;
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => a.authorize(c, '/vms/102', 'VM.Audit')),
      );
      assert.ok(answers.every((x) => x === 'granted'));
      assert.equal(fx.pve.calls.length - start, 1, 'twenty concurrent checks, one PVE call');
      await a.authorize(c, '/vms/102', 'VM.Audit');
      assert.equal(fx.pve.calls.length - start, 1);
      await a.authorize(c, '/vms/101', 'VM.Audit');
      assert.equal(fx.pve.calls.length - start, 2, 'another path is another question');
      now += 61_000;
      await a.authorize(c, '/vms/102', 'VM.Audit');
      assert.equal(fx.pve.calls.length - start, 3, 'never older than 60 s');
    } finally {
      a.close();
    }
  });

  test('a cached answer never outlives its ticket', async () => {
    let now = Date.now();
    const a = new PveApiAuthorizer({
      baseUrl: fx.pve.url,
      host: new HostRoot(fx.rootA),
      logger: silentLogger,
      now: () => now,
    });
    try {
      // signed 7190 s ago: 10 s of life left
      const c = cred('auditor@pve', Math.floor(now / 1000) - 7190);
      const start = fx.pve.calls.length;
      await a.authorize(c, '/vms/101', 'VM.Audit');
      now += 15_000;
      await a.authorize(c, '/vms/101', 'VM.Audit').catch(() => undefined);
      assert.equal(fx.pve.calls.length - start, 2);
    } finally {
      a.close();
    }
  });

  test('TLS is verified: a PVE API with a certificate outside the cluster CA is refused', async () => {
    const rogue = fx.pki.selfSigned('rogue', ['IP:127.0.0.1']);
    const bad: MockPve = await startMockPve({
      cert: rogue.cert,
      key: rogue.key,
      model: fx.pve.model,
      tickets: fx.pve.tickets,
    });
    const a = new PveApiAuthorizer({ baseUrl: bad.url, host: new HostRoot(fx.rootA), logger: silentLogger });
    try {
      await assert.rejects(a.authorize(cred('auditor@pve'), '/vms/101', 'VM.Audit'), AuthUnavailableError);
      assert.equal(bad.calls.length, 0);
    } finally {
      a.close();
      await bad.close();
    }
  });

  test("the node's own certificate (e.g. ACME, no 127.0.0.1 in it) is accepted by its pin", async () => {
    const acme = fx.pki.issue('acme', ['DNS:pve1.example.com']);
    const root = path.join(fx.dir, 'root-acme');
    mkdirSync(path.join(root, 'etc/pve/local'), { recursive: true });
    writeFileSync(path.join(root, 'etc/pve/pve-root-ca.pem'), fx.pki.caCert);
    writeFileSync(path.join(root, 'etc/pve/local/pveproxy-ssl.pem'), acme.cert);
    const pve = await startMockPve({
      cert: acme.cert,
      key: acme.key,
      model: fx.pve.model,
      tickets: fx.pve.tickets,
    });
    const pinned = new PveApiAuthorizer({ baseUrl: pve.url, host: new HostRoot(root), logger: silentLogger });
    const unpinned = new PveApiAuthorizer({
      baseUrl: pve.url,
      host: new HostRoot(fx.rootA),
      logger: silentLogger,
    });
    try {
      assert.equal(await pinned.authorize(cred('auditor@pve'), '/vms/101', 'VM.Audit'), 'granted');
      // same CA, wrong name, not pinned: refused
      await assert.rejects(
        unpinned.authorize(cred('auditor@pve'), '/vms/101', 'VM.Audit'),
        AuthUnavailableError,
      );
    } finally {
      pinned.close();
      unpinned.close();
      await pve.close();
    }
  });

  test('PVE API down or slow → AuthUnavailableError, not a hang', async () => {
    const a = new PveApiAuthorizer({
      baseUrl: 'https://127.0.0.1:1',
      host: new HostRoot(fx.rootA),
      logger: silentLogger,
    });
    await assert.rejects(a.authorize(cred('auditor@pve'), '/vms/101', 'VM.Audit'), AuthUnavailableError);
    a.close();
    fx.pve.delayMs = 2000;
    const slow = new PveApiAuthorizer({
      baseUrl: fx.pve.url,
      host: new HostRoot(fx.rootA),
      logger: silentLogger,
      timeoutMs: 300,
    });
    try {
      const t0 = Date.now();
      await assert.rejects(slow.authorize(cred('auditor@pve'), '/vms/101', 'VM.Audit'), AuthUnavailableError);
      assert.ok(Date.now() - t0 < 1500);
    } finally {
      fx.pve.delayMs = 0;
      slow.close();
    }
  });

  test('missing cluster CA → AuthUnavailableError naming the file', async () => {
    const a = new PveApiAuthorizer({
      baseUrl: fx.pve.url,
      host: new HostRoot(path.join(fx.dir, 'empty')),
      logger: silentLogger,
    });
    await assert.rejects(a.authorize(cred('auditor@pve'), '/vms/101', 'VM.Audit'), /pve-root-ca\.pem/);
    a.close();
  });
});
