// SPDX-License-Identifier: AGPL-3.0-or-later
// ShimClient over real HTTP against the fixture shim: header, errors by kind, SSE streaming.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ContainerUsage } from '../../../api-shim/src/api/types.ts';
import { type FakeShim, startFakeShim } from '../../../test/support/fake-shim.ts';
import { ShimClient, ShimError } from './shim-client.ts';

const TICKET = 'PVE:root@pam:65F0A0B0::c2lnbmF0dXJl';
let shim: FakeShim;

before(async () => {
  shim = await startFakeShim({ intervalMs: 50 });
});
after(() => shim.close());

test('GET sends the ticket as Authorization: PVEAuthCookie=<escaped>', async () => {
  const c = new ShimClient({ baseUrl: `${shim.url}/`, ticket: () => TICKET });
  const u = await c.get<ContainerUsage>('/api/v1/nodes/pve/lxc/101/usage');
  assert.equal(u.vmid, '101');
  assert.equal(u.gpus[0].info.driver, 'i915');
  assert.equal(shim.requests.at(-1)?.authorization, `PVEAuthCookie=${encodeURIComponent(TICKET)}`);
});

test('errors carry a kind the UI can explain', async () => {
  const noTicket = new ShimClient({ baseUrl: shim.url, ticket: () => '' });
  await assert.rejects(
    noTicket.get('/api/v1/nodes/pve/gpu'),
    (e: unknown) => e instanceof ShimError && e.kind === 'unauthenticated' && e.status === 401,
  );
  const c = new ShimClient({ baseUrl: shim.url, ticket: () => TICKET });
  shim.world.mode = 'forbidden';
  try {
    await assert.rejects(
      c.get('/api/v1/nodes/pve/gpu'),
      (e: unknown) => e instanceof ShimError && e.kind === 'forbidden' && /VM\.Audit/.test(e.message),
    );
  } finally {
    shim.world.mode = 'ok';
  }
  await assert.rejects(
    c.get('/api/v1/nodes/pve/nothing'),
    (e: unknown) => e instanceof ShimError && e.kind === 'not-found',
  );
  const dead = new ShimClient({ baseUrl: 'http://127.0.0.1:9', ticket: () => TICKET });
  await assert.rejects(
    dead.get('/api/v1/version'),
    (e: unknown) => e instanceof ShimError && e.kind === 'unreachable',
  );
});

test('stream delivers usage events until aborted, and the server sees it close', async () => {
  const c = new ShimClient({ baseUrl: shim.url, ticket: () => TICKET });
  const ac = new AbortController();
  const seen: ContainerUsage[] = [];
  const done = c.stream(
    '/api/v1/nodes/pve/lxc/102/stream',
    (event, data) => {
      assert.equal(event, 'usage');
      seen.push(data as ContainerUsage);
      if (seen.length === 3) ac.abort();
    },
    ac.signal,
  );
  await assert.rejects(done, (e: unknown) => (e as Error).name === 'AbortError');
  assert.equal(seen.length, 3);
  assert.ok(seen[2].time > seen[0].time);
  for (let i = 0; i < 20 && shim.activeStreams() > 0; i++) await new Promise((r) => setTimeout(r, 25));
  assert.equal(shim.activeStreams(), 0);
});
