// SPDX-License-Identifier: AGPL-3.0-or-later
// The attacks of issue 10 against a real shim over loopback, each followed by a real user's
// request that must still be served: a slowloris of TLS handshakes that never finish (silent
// sockets and half a ClientHello, from many addresses), and a flood of well-formed fake tickets
// that the mock PVE API holds 3 s each before its 401, as pveproxy does.
import assert from 'node:assert/strict';
import type { ClientRequest } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { get } from '../../../test/support/mock-pve/client.ts';
import { type ClusterFixture, makeCluster, NODE_A } from '../../../test/support/mock-pve/fixture.ts';
import { nodeAShim } from '../../../test/support/mock-pve/node-a-shim.ts';
import { TicketAuthority } from '../../../test/support/mock-pve/tickets.ts';
import { DEADLINE_MS, until } from '../../../test/support/until.ts';
import { type RunningShim, startShim } from './server.ts';

let fx: ClusterFixture;
let shim: RunningShim;
// The handshake bound of this shim: the slowloris test's real user must be served within it
// (before the bound, not thanks to it), which takes seconds on a loaded machine. The bound itself
// is tested on a second shim with a short one.
const HANDSHAKE_MS = 20_000;

before(async () => {
  fx = await makeCluster();
  shim = await startShim(
    nodeAShim(fx, {
      metricExport: false,
      limits: {
        handshakeTimeoutMs: HANDSHAKE_MS,
        maxConnections: 150,
        maxConnectionsPerAddress: 30,
        authCallsPerAddress: 4,
        authQueuePerAddress: 16,
        // The flood test holds fake tickets at PVE for longer than a loaded machine can take to
        // serve the real user; the shim must not give up on them first (see that test).
        authCallTimeoutMs: 20 * DEADLINE_MS,
        responseTimeoutMs: 20 * DEADLINE_MS,
      },
    }),
  );
});

after(async () => {
  await shim?.close();
  await fx?.cleanup();
});

const realUser = () => ({
  Authorization: `PVEAuthCookie=${encodeURIComponent(fx.pve.tickets.issue('auditor@pve'))}`,
});
const usageUrl = () => `${shim.url}/api/v1/nodes/${NODE_A}/lxc/101/usage`;

/** The first bytes of a TLS ClientHello record, then nothing: a handshake that never finishes. */
const HALF_HELLO = Buffer.from([0x16, 0x03, 0x01, 0x00, 0xc8, 0x01, 0x00, 0x00, 0xc4, 0x03, 0x03]);

/**
 * 10 addresses (127.0.1.<first>…) × 30 sockets to `port` that never finish a TLS handshake: half
 * silent, half half a ClientHello. `closed` turns true when the socket closes.
 */
function hangingHandshakes(
  port: number,
  first: number,
): { sockets: Array<{ socket: net.Socket; closed: boolean }>; opened: Promise<void> } {
  const sockets: Array<{ socket: net.Socket; closed: boolean }> = [];
  const opening: Promise<void>[] = [];
  for (let a = first; a < first + 10; a++) {
    for (let i = 0; i < 30; i++) {
      const s = net.connect({ host: '127.0.0.1', port, localAddress: `127.0.1.${a}` });
      const entry = { socket: s, closed: false };
      sockets.push(entry);
      s.on('error', () => {});
      s.on('close', () => {
        entry.closed = true;
      });
      opening.push(
        new Promise((resolve) => {
          s.once('connect', () => {
            if (i % 2) s.write(HALF_HELLO);
            resolve();
          });
          s.once('close', () => resolve());
        }),
      );
    }
  }
  return { sockets, opened: Promise.all(opening).then(() => {}) };
}

describe('slowloris of unfinished TLS handshakes', () => {
  test('silent and half-hello sockets from many addresses: a real user is served, every one is closed', async () => {
    // 10 addresses × 30 sockets = 300, twice the connection cap; half silent, half half-hello.
    // One address over its cap: the 31st connection is refused at once.
    const own: net.Socket[] = [];
    for (let i = 0; i < 31; i++) {
      const s = net.connect({ host: '127.0.0.1', port: shim.port, localAddress: '127.0.1.99' });
      s.on('error', () => {});
      own.push(s);
    }
    await until(() => shim.connections.refused > 0, 'the 31st connection from one address refused');
    for (const s of own) s.destroy();
    const { sockets, opened } = hangingHandshakes(shim.port, 2);
    await opened;

    const t0 = Date.now();
    const r = await get(usageUrl(), { ca: fx.pki.caCert, headers: realUser(), localAddress: '127.0.0.1' });
    assert.equal(r.status, 200, 'a real user is served while 300 handshakes hang');
    assert.ok(
      sockets.some((s) => !s.closed),
      `served during the attack, not only after the handshakes timed out (${Date.now() - t0} ms)`,
    );
    assert.ok(shim.connections.evicted > 0, 'a full house made room by closing idle handshakes');

    // The attackers go: the server closes its side of each (none left in CLOSE-WAIT). That the
    // server closes them by itself at the handshake bound is the next test's, on a shim whose
    // bound is short (this one's must outlast serving the real user on a loaded machine).
    for (const s of sockets) s.socket.destroy();
    await until(() => shim.connections.open === 0, 'no connection left open');
    const again = await get(usageUrl(), { ca: fx.pki.caCert, headers: realUser() });
    assert.equal(again.status, 200);
  });

  test('the handshake bound: every hanging socket is closed by the server, none left open', async () => {
    const BOUND_MS = 1500;
    const bounded = await startShim(
      nodeAShim(fx, {
        metricExport: false,
        limits: { handshakeTimeoutMs: BOUND_MS, maxConnections: 150, maxConnectionsPerAddress: 30 },
      }),
    );
    try {
      const { sockets, opened } = hangingHandshakes(bounded.port, 20);
      await opened;
      // the client never closes one: each close is the server's
      await until(
        () => sockets.every((s) => s.closed),
        'all attacker sockets closed',
        BOUND_MS + DEADLINE_MS,
      );
      await until(() => bounded.connections.open === 0, 'no connection left open');
    } finally {
      await bounded.close();
    }
  });

  test('garbage instead of a handshake, and a client that hangs up mid-handshake, leave nothing behind', async () => {
    const closed: Promise<void>[] = [];
    for (let i = 0; i < 50; i++) {
      const s = net.connect({ host: '127.0.0.1', port: shim.port, localAddress: '127.0.2.1' });
      s.on('error', () => {});
      closed.push(new Promise((r) => s.on('close', () => r())));
      s.once('connect', () => {
        if (i % 2) s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
        else {
          s.write(HALF_HELLO);
          s.end(); // half-close: the case that used to stay in CLOSE-WAIT
        }
      });
    }
    await Promise.all(closed);
    await until(() => shim.connections.open === 0, 'no connection left open');
    const r = await get(usageUrl(), { ca: fx.pki.caCert, headers: realUser() });
    assert.equal(r.status, 200);
  });
});

describe('fake-ticket flood (PVE holds each 401, as pveproxy does for 3 s)', () => {
  test('a real user with a fresh ticket is served before any fake is answered; the stranger gets 429s; his calls end when he goes', async () => {
    // Held longer than the test can take: the real user must be served while every fake call is
    // still held (not after one ends), and the fake calls can only end by being cancelled.
    // Orders of events, not durations, so a loaded machine only makes the test slower.
    fx.pve.failureDelayMs = 10 * DEADLINE_MS;
    const rejectedBefore = fx.pve.load.rejected;
    const forger = new TicketAuthority();
    const requests: ClientRequest[] = [];
    const statuses: number[] = [];
    try {
      // 80 well-formed tickets, all different (no cache hit, no shared call), from one address.
      for (let i = 0; i < 80; i++) {
        const t = forger.issue(`stranger${i}@pve`);
        const req = https.get(usageUrl(), {
          ca: fx.pki.caCert,
          agent: false,
          localAddress: '127.0.3.1',
          headers: { Authorization: `PVEAuthCookie=${encodeURIComponent(t)}` },
        });
        req.on('response', (res) => {
          statuses.push(res.statusCode ?? 0);
          res.resume();
        });
        req.on('error', () => {});
        requests.push(req);
      }
      // The flood holds its slots at the PVE API and its queue; the rest was refused at once.
      await until(() => fx.pve.load.inFlight >= 4 && statuses.length >= 60, 'the flood reached PVE');
      const r = await get(usageUrl(), { ca: fx.pki.caCert, headers: realUser(), localAddress: '127.0.0.1' });
      assert.equal(r.status, 200);
      assert.equal(
        fx.pve.load.rejected,
        rejectedBefore,
        'the real user was served while every fake ticket was still held at PVE',
      );
      assert.ok(fx.pve.load.inFlight <= 4, `the stranger holds ${fx.pve.load.inFlight} PVE connections`);
      assert.ok(
        statuses.every((s) => s === 429),
        `answers before PVE's hold ended are 429 auth-busy: ${statuses}`,
      );
      // He goes: his checks still queued or running at the PVE API are cancelled.
      for (const req of requests) req.destroy();
      await until(() => fx.pve.load.inFlight === 0, 'the PVE calls of a gone client end');
      assert.equal(fx.pve.load.rejected, rejectedBefore, 'ended by cancelling them, not by PVE answering');
    } finally {
      fx.pve.failureDelayMs = 0;
      for (const req of requests) req.destroy();
    }
  });
});
