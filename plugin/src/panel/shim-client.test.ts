// SPDX-License-Identifier: AGPL-3.0-or-later
// ShimClient over real HTTP against the fixture shim: header, errors by kind, SSE streaming.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ContainerUsage } from '../../../api-shim/src/api/types.ts';
import { type FakeShim, startFakeShim } from '../../../test/support/fake-shim.ts';
import { messageRefOf, ShimClient, ShimError } from './shim-client.ts';

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
      c.get('/api/v1/nodes/pve/lxc/101/usage'),
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
    (e: unknown) => e instanceof ShimError && e.kind === 'unreachable' && e.msg?.id === 'error.unreachable',
  );
});

test('an error answer carries its message id and parameters beside the English', async () => {
  const c = new ShimClient({ baseUrl: shim.url, ticket: () => TICKET });
  shim.world.mode = 'forbidden';
  try {
    const e = await c.get('/api/v1/nodes/pve/lxc/101/usage').catch((err: unknown) => err);
    assert.ok(e instanceof ShimError);
    assert.equal(e.message, 'permission check failed: VM.Audit on /vms/101');
    assert.deepEqual(e.msg, {
      id: 'http.msg.permission_denied',
      params: { privilege: 'VM.Audit', path: '/vms/101' },
    });
  } finally {
    shim.world.mode = 'ok';
  }
});

test('a body that is no answer of the shim: the status, said by a UI id', async () => {
  const { createServer } = await import('node:http');
  // what a reverse proxy in front of the node may answer: HTML, no JSON
  const proxy = createServer((_req, res) =>
    res.writeHead(502, { 'Content-Type': 'text/html' }).end('<h1>Bad Gateway</h1>'),
  );
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  try {
    const { port } = proxy.address() as import('node:net').AddressInfo;
    const c = new ShimClient({ baseUrl: `http://127.0.0.1:${port}`, ticket: () => TICKET });
    const e = await c.get('/api/v1/version').catch((err: unknown) => err);
    assert.ok(e instanceof ShimError);
    assert.equal(e.kind, 'error');
    assert.equal(e.message, 'The GPU service answered with HTTP status 502.');
    assert.deepEqual(e.msg, { id: 'error.httpStatus', params: { status: 502 } });
  } finally {
    proxy.close();
  }
});

test('a params object of the wrong shape is dropped, not rendered', () => {
  assert.deepEqual(messageRefOf({ messageMsg: { id: 'x', params: { a: 1, b: { evil: 1 }, c: 'ok' } } }), {
    id: 'x',
    params: { a: 1, c: 'ok' },
  });
  assert.equal(messageRefOf({ messageMsg: { params: {} } }), undefined);
  assert.equal(messageRefOf(null), undefined);
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

/** A one-route server that answers a stream the way `answer` says. */
async function streamServer(answer: (res: import('node:http').ServerResponse) => void) {
  const { createServer } = await import('node:http');
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    res.write('event: usage\ndata: {"time":1}\n\n');
    answer(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as import('node:net').AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

test('a stream the service ends with an "error" event rejects with that message id', async () => {
  // api-shim/src/serve/sse.ts close(): a last event {error, message, messageMsg}, then the end
  const s = await streamServer((res) =>
    res.end(
      `event: error\ndata: ${JSON.stringify({
        error: 'shutting-down',
        message: 'the GPU service is restarting',
        messageMsg: { id: 'http.msg.stream_shutting_down' },
      })}\n\n`,
    ),
  );
  try {
    const events: string[] = [];
    const e = await new ShimClient({ baseUrl: s.url, ticket: () => TICKET })
      .stream('/s', (ev) => events.push(ev), new AbortController().signal)
      .catch((err: unknown) => err);
    assert.deepEqual(events, ['usage'], 'the error event is not handed on as data');
    assert.ok(e instanceof ShimError);
    assert.equal(e.kind, 'unavailable');
    assert.deepEqual(e.msg, { id: 'http.msg.stream_shutting_down', params: {} });
  } finally {
    s.close();
  }
});

test('a stream whose connection breaks rejects with error.streamLost, not the browser`s words', async () => {
  const s = await streamServer((res) => setTimeout(() => res.socket?.destroy(), 50));
  try {
    const e = await new ShimClient({ baseUrl: s.url, ticket: () => TICKET })
      .stream('/s', () => {}, new AbortController().signal)
      .catch((err: unknown) => err);
    assert.ok(e instanceof ShimError, String(e));
    assert.deepEqual(e.msg, { id: 'error.streamLost' });
  } finally {
    s.close();
  }
});

test('a service that takes the connection and never answers: unreachable, error.timeout, no hang', async () => {
  // what a host behind a packet-dropping firewall or a wedged proxy looks like from the browser
  const { createServer } = await import('node:http');
  const silent = createServer(() => {});
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  try {
    const { port } = silent.address() as import('node:net').AddressInfo;
    const c = new ShimClient({
      baseUrl: `http://127.0.0.1:${port}`,
      ticket: () => TICKET,
      answerTimeoutMs: 300,
    });
    const e = await c.get('/api/v1/version').catch((err: unknown) => err);
    assert.ok(e instanceof ShimError, String(e));
    assert.equal(e.kind, 'unreachable');
    assert.deepEqual(e.msg, { id: 'error.timeout', params: { seconds: 0 } });
    // the caller's own abort is still an AbortError, not a timeout
    const ac = new AbortController();
    const pending = c.get('/api/v1/version', ac.signal).catch((err: unknown) => err);
    ac.abort();
    assert.equal(((await pending) as Error).name, 'AbortError');
  } finally {
    silent.closeAllConnections();
    silent.close();
  }
});
