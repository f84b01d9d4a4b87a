// SPDX-License-Identifier: AGPL-3.0-or-later
// Walks the route table against a real shim and the mock PVE API: no route can forget its check.
// Every route that is not marked PUBLIC refuses a caller without a credential (401), with a
// forged ticket (401), and (where it names a privilege) a real user without that privilege (403).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { get } from '../../../test/support/mock-pve/client.ts';
import { type ClusterFixture, makeCluster, NODE_A } from '../../../test/support/mock-pve/fixture.ts';
import { nodeAShim } from '../../../test/support/mock-pve/node-a-shim.ts';
import { TicketAuthority } from '../../../test/support/mock-pve/tickets.ts';
import { ROUTES, type RouteSpec } from './routes.ts';
import { type RunningShim, startShim } from './server.ts';

let fx: ClusterFixture;
let shim: RunningShim;

before(async () => {
  fx = await makeCluster();
  shim = await startShim(nodeAShim(fx));
});

after(async () => {
  await shim?.close();
  await fx?.cleanup();
});

/** A concrete URL for a route: this node, container 101. */
function urlOf(spec: RouteSpec): string {
  const path = spec.path.replace('{node}', NODE_A).replace('{vmid}', '101');
  assert.doesNotMatch(path, /\{/, `${spec.path}: a parameter this test does not know; add it here`);
  return `${shim.url}${path}`;
}

const bearer = (t: string) => ({ Authorization: `PVEAuthCookie=${encodeURIComponent(t)}` });

test('the public routes are exactly the certificate page', () => {
  // Making a route public is a decision: it must show nothing about guests or GPUs.
  assert.deepEqual(
    ROUTES.filter((r) => r.access.kind === 'public').map((r) => r.path),
    ['/'],
  );
});

test('every non-public route refuses a caller without a credential and with a forged ticket', async () => {
  const forged = new TicketAuthority().issue('root@pam');
  const callsBefore = fx.pve.calls.length;
  for (const spec of ROUTES.filter((r) => r.access.kind !== 'public')) {
    const anon = await get(urlOf(spec), { ca: fx.pki.caCert });
    assert.equal(anon.status, 401, `${spec.path} without credential`);
    assert.equal((anon.json as { error: string }).error, 'unauthenticated', spec.path);
    const fake = await get(urlOf(spec), { ca: fx.pki.caCert, headers: bearer(forged) });
    assert.equal(fake.status, 401, `${spec.path} with a forged ticket`);
  }
  assert.equal(fx.pve.calls.length, callsBefore, 'no forged ticket was ever granted anything');
});

test('every route with a privilege refuses a real user who lacks it, and serves one who has it', async () => {
  for (const spec of ROUTES) {
    if (spec.access.kind !== 'privilege' || spec.access.privilege === '') continue;
    // nodeadmin has Sys.Audit on the nodes and no guest; alice VM.Audit on CT 101 only.
    const lacking = spec.access.privilege === 'VM.Audit' ? 'nodeadmin@pve' : 'alice@pve';
    const r = await get(urlOf(spec), {
      ca: fx.pki.caCert,
      headers: bearer(fx.pve.tickets.issue(lacking)),
      timeoutMs: 3000,
    });
    assert.equal(r.status, 403, `${spec.path} as ${lacking}`);
    if (spec.stream) continue; // a granted stream stays open; the stream tests cover it
    const ok = await get(urlOf(spec), {
      ca: fx.pki.caCert,
      headers: bearer(fx.pve.tickets.issue('auditor@pve')),
    });
    assert.equal(ok.status, 200, `${spec.path} as auditor`);
  }
});
