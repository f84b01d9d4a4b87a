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
import { TicketAuthority } from '../../../../test/support/mock-pve/tickets.ts';
import { until } from '../../../../test/support/until.ts';
import { HostRoot } from '../../host/host-root.ts';
import { silentLogger } from '../log.ts';
import { AuthBusyError, AuthUnavailableError } from './authorizer.ts';
import { WaitAbortedError } from './cache.ts';
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

describe('the pool to the PVE API under load (issue 10: spurious 503 at start and every 10 min)', () => {
  test('concurrent first calls share one pool; a trust refresh under running calls breaks none', async () => {
    const a = new PveApiAuthorizer({
      baseUrl: fx.pve.url,
      host: new HostRoot(fx.rootA),
      logger: silentLogger,
      cacheSeconds: 0,
      // Re-read the CA and pins every 30 ms: many refreshes land while calls are running.
      trustMaxAgeMs: 30,
      callsPerClient: 1000,
      queuePerClient: 1000,
    });
    fx.pve.delayMs = 150;
    try {
      const users = ['auditor@pve', 'alice@pve', 'poolie@pve', 'nodeadmin@pve', 'bob@pve'];
      // 40 calls at once (the start), then 40 more spread over the next 600 ms (refreshes).
      const first = Array.from({ length: 40 }, (_, i) =>
        a.authorize(cred(users[i % 5]), `/vms/${100 + i}`, 'VM.Audit'),
      );
      const agent = a.currentAgent;
      const later = Array.from({ length: 40 }, (_, i) =>
        new Promise((r) => setTimeout(r, i * 15)).then(() =>
          a.authorize(cred(users[i % 5]), `/vms/${200 + i}`, 'VM.Audit'),
        ),
      );
      const results = await Promise.allSettled([...first, ...later]);
      const failed = results.filter((r) => r.status === 'rejected');
      assert.deepEqual(
        failed.map((r) => String((r as PromiseRejectedResult).reason)),
        [],
        'no call failed because its pool was torn down',
      );
      assert.equal(a.currentAgent, agent ?? a.currentAgent, 'unchanged trust keeps the same pool');
    } finally {
      fx.pve.delayMs = 0;
      a.close();
    }
  });
});

describe('uncached calls bounded per client address, cancelled when the client goes', () => {
  test('one address gets its slots and a short queue, more is refused; another address is not held up', async () => {
    // A pool of 4 connections: without the per-address bound, ten fakes would take all four and
    // the real user's check would wait for PVE's hold of a rejected credential.
    const a = new PveApiAuthorizer({
      baseUrl: fx.pve.url,
      host: new HostRoot(fx.rootA),
      logger: silentLogger,
      maxSockets: 4,
      reservedForKnownCallers: 1,
      callsPerClient: 2,
      queuePerClient: 3,
    });
    fx.pve.failureDelayMs = 1500;
    await until(() => fx.pve.load.inFlight === 0, 'PVE calls in flight: 0'); // earlier tests' slow calls
    fx.pve.load.maxInFlight = 0;
    const forger = new TicketAuthority();
    const fake = (i: number) => {
      const x = parseTicket(forger.issue(`stranger${i}@pve`));
      assert.ok(x && 'credential' in x);
      return x.credential;
    };
    try {
      const answeredAt: number[] = [];
      const flood = Array.from({ length: 10 }, (_, i) =>
        a.authorize(fake(i), '/vms/101', 'VM.Audit', { client: '192.0.2.1' }).then(
          (r) => {
            answeredAt.push(Date.now());
            return r;
          },
          (e: Error) => e,
        ),
      );
      await until(() => fx.pve.load.inFlight === 2, 'PVE calls in flight: 2');
      assert.equal(
        await a.authorize(cred('auditor@pve'), '/vms/101', 'VM.Audit', { client: '192.0.2.2' }),
        'granted',
      );
      assert.equal(answeredAt.length, 0, 'the real user was answered before any fake ticket');
      const results = await Promise.all(flood);
      assert.equal(
        results.filter((r) => r instanceof AuthBusyError).length,
        5,
        '2 running + 3 queued, 5 refused',
      );
      assert.equal(results.filter((r) => r === 'unauthenticated').length, 5);
      assert.ok(fx.pve.load.maxInFlight <= 3, `the stranger held ${fx.pve.load.maxInFlight} connections`);
    } finally {
      fx.pve.failureDelayMs = 0;
      a.close();
    }
  });

  test('strangers from many addresses never take the connections kept for callers PVE accepted before', async () => {
    const a = new PveApiAuthorizer({
      baseUrl: fx.pve.url,
      host: new HostRoot(fx.rootA),
      logger: silentLogger,
      maxSockets: 6,
      reservedForKnownCallers: 2,
    });
    const forger = new TicketAuthority();
    try {
      // The real user has been served from their address before.
      const home = { client: '192.0.2.50' };
      assert.equal(await a.authorize(cred('auditor@pve'), '/vms/101', 'VM.Audit', home), 'granted');
      await until(() => fx.pve.load.inFlight === 0, 'PVE calls in flight: 0');
      fx.pve.failureDelayMs = 1500;
      fx.pve.load.maxInFlight = 0;
      const answeredAt: number[] = [];
      // 6 addresses x 4 fake tickets: each address within its own bound, together 24 > the pool.
      const flood = Array.from({ length: 24 }, (_, i) => {
        const x = parseTicket(forger.issue(`bot${i}@pve`));
        assert.ok(x && 'credential' in x);
        return a
          .authorize(x.credential, '/vms/101', 'VM.Audit', { client: `198.51.100.${i % 6}` })
          .then(() => answeredAt.push(Date.now()));
      });
      await until(() => fx.pve.load.inFlight === 4, 'PVE calls in flight: 4');
      // A fresh ticket (new login) of the same user from the same address: not a stranger.
      assert.equal(await a.authorize(cred('auditor@pve'), '/vms/102', 'VM.Audit', home), 'granted');
      assert.equal(answeredAt.length, 0, 'served while every stranger slot was held by PVE');
      await Promise.all(flood);
      assert.ok(fx.pve.load.maxInFlight <= 5, `strangers held ${fx.pve.load.maxInFlight} connections`);
    } finally {
      fx.pve.failureDelayMs = 0;
      a.close();
    }
  });

  test('a call whose asker has gone is aborted at the PVE API; one still awaited is kept', async () => {
    const a = new PveApiAuthorizer({
      baseUrl: fx.pve.url,
      host: new HostRoot(fx.rootA),
      logger: silentLogger,
    });
    fx.pve.failureDelayMs = 3000;
    const forger = new TicketAuthority();
    const x = parseTicket(forger.issue('stranger@pve'));
    assert.ok(x && 'credential' in x);
    try {
      await until(() => fx.pve.load.inFlight === 0, 'PVE calls in flight: 0'); // earlier tests' calls
      const abandonedBefore = fx.pve.load.abandoned;
      const gone = new AbortController();
      const alone = a.authorize(x.credential, '/vms/101', 'VM.Audit', {
        client: '192.0.2.9',
        signal: gone.signal,
      });
      // Two askers share one call: one leaving does not cancel it for the other.
      const y = parseTicket(forger.issue('other@pve'));
      assert.ok(y && 'credential' in y);
      const left = new AbortController();
      const shared1 = a.authorize(y.credential, '/vms/101', 'VM.Audit', {
        client: '192.0.2.9',
        signal: left.signal,
      });
      const shared2 = a.authorize(y.credential, '/vms/101', 'VM.Audit', { client: '192.0.2.9' });
      await until(() => fx.pve.load.inFlight === 2, 'PVE calls in flight: 2');
      gone.abort();
      left.abort();
      await assert.rejects(alone, WaitAbortedError);
      await assert.rejects(shared1, WaitAbortedError);
      // PVE holds these 401s 3 s; the abandoned one is gone long before.
      await until(() => fx.pve.load.inFlight === 1, 'PVE calls in flight: 1');
      assert.equal(fx.pve.load.abandoned - abandonedBefore, 1);
      assert.equal(await shared2, 'unauthenticated', 'the call still awaited finished');
    } finally {
      fx.pve.failureDelayMs = 0;
      a.close();
    }
  });
});
