// SPDX-License-Identifier: AGPL-3.0-or-later
// The service over real HTTPS with test certificates, asking a mock PVE API (real HTTPS too)
// for permissions: API answers, auth outcomes for tickets and tokens, and the security cases.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import tls from 'node:tls';
import { get, openStream, raw } from '../../../test/support/mock-pve/client.ts';
import {
  type ClusterFixture,
  FakeHealth,
  FakeUsage,
  makeCluster,
  NODE_A,
} from '../../../test/support/mock-pve/fixture.ts';
import { nodeAShim } from '../../../test/support/mock-pve/node-a-shim.ts';
import { until } from '../../../test/support/until.ts';
import { type RunningShim, startShim } from './server.ts';
import { pemFingerprint256 } from './tls.ts';

let fx: ClusterFixture;
let shim: RunningShim;
let usage: FakeUsage;
let health: FakeHealth;
let ca: string;
const ticket = (user: string, at?: number) => fx.pve.tickets.issue(user, at);
const auth = (user: string) => ({ Authorization: `PVEAuthCookie=${encodeURIComponent(ticket(user))}` });
const token = (id: string, secret: string) => ({ Authorization: `PVEAPIToken=${id}=${secret}` });
const AUDITOR_TOKEN = token('auditor@pve!prom', '11111111-2222-3333-4444-555555555555');
const ct = (vmid: string, what = 'usage') => `${shim.url}/api/v1/nodes/${NODE_A}/lxc/${vmid}/${what}`;

before(async () => {
  fx = await makeCluster();
  ca = fx.pki.caCert;
  usage = new FakeUsage(NODE_A);
  health = new FakeHealth(NODE_A, ['101', '102']);
  shim = await startShim(
    nodeAShim(
      fx,
      {
        usage,
        health,
        limits: { headersTimeoutMs: 1500, requestTimeoutMs: 3000, checkIntervalMs: 250, streamReauthMs: 300 },
      },
      { authCacheSeconds: 0, maxStreams: 5, maxStreamsPerClient: 3 },
    ),
  );
});

after(async () => {
  await shim?.close();
  await fx?.cleanup();
});

describe('public page and certificate', () => {
  test('GET / says the certificate is accepted, without login or data', async () => {
    const r = await get(`${shim.url}/`, { ca });
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /text\/html/);
    assert.match(r.body, /Certificate accepted/);
    assert.match(r.body, new RegExp(NODE_A));
    assert.match(r.body, /https:\/\/127\.0\.0\.1:8006\//);
    assert.match(String(r.headers['content-security-policy']), /default-src 'none'/);
    assert.doesNotMatch(r.body, /ffmpeg|renderD128/);
  });

  test("serves the node's own pve-ssl.pem", async () => {
    const port = shim.port;
    const fp = await new Promise<string>((resolve, reject) => {
      const s = tls.connect({ host: '127.0.0.1', port, ca, servername: 'localhost' }, () => {
        resolve(s.getPeerX509Certificate()?.fingerprint256 ?? '');
        s.destroy();
      });
      s.on('error', reject);
    });
    assert.equal(fp, pemFingerprint256(fx.certs[NODE_A].cert));
  });
});

describe('authentication', () => {
  test('no credential → 401 with a JSON error', async () => {
    const r = await get(ct('101'), { ca });
    assert.equal(r.status, 401);
    assert.deepEqual(Object.keys(r.json as object).sort(), ['error', 'message', 'messageMsg']);
    assert.equal((r.json as { error: string }).error, 'unauthenticated');
    // the English for curl, and the same sentence as an id for the panel to translate
    assert.deepEqual((r.json as { messageMsg: unknown }).messageMsg, { id: 'http.msg.no_credential' });
    assert.match((r.json as { message: string }).message, /^no PVE ticket or API token/);
  });

  test('version needs a credential too', async () => {
    assert.equal((await get(`${shim.url}/api/v1/version`, { ca })).status, 401);
    const r = await get(`${shim.url}/api/v1/version`, { ca, headers: auth('bob@pve') });
    assert.equal(r.status, 200);
    assert.equal(typeof (r.json as { version: string }).version, 'string');
  });

  test('ticket in the Authorization header or in the PVEAuthCookie cookie', async () => {
    assert.equal((await get(ct('101'), { ca, headers: auth('auditor@pve') })).status, 200);
    const cookie = { Cookie: `PVELangCookie=en; PVEAuthCookie=${encodeURIComponent(ticket('auditor@pve'))}` };
    const ui = { Origin: 'https://127.0.0.1:8006' };
    assert.equal((await get(ct('101'), { ca, headers: { ...cookie, ...ui } })).status, 200);
  });

  test('CSRF: a cookie-borne ticket without an Origin, or with a foreign one, is refused', async () => {
    // A foreign page can make the browser send the PVE cookie (an <img>, a link) but cannot make
    // it claim the PVE UI as Origin.
    const cookie = { Cookie: `PVEAuthCookie=${encodeURIComponent(ticket('auditor@pve'))}` };
    const none = await get(ct('101'), { ca, headers: cookie });
    assert.equal(none.status, 401);
    assert.match(none.body, /Origin/);
    const foreign = await get(ct('101'), { ca, headers: { ...cookie, Origin: 'https://evil.example' } });
    assert.equal(foreign.status, 403);
    const before = fx.pve.calls.length;
    await get(ct('101', 'stream'), { ca, headers: cookie });
    assert.equal(fx.pve.calls.length, before, 'refused before PVE is asked');
  });

  test('forged ticket (signed by another key) → 401', async () => {
    const real = ticket('auditor@pve');
    const forged = real.replace(/::.*$/, `::${Buffer.alloc(256, 7).toString('base64')}`);
    const r = await get(ct('101'), {
      ca,
      headers: { Authorization: `PVEAuthCookie=${encodeURIComponent(forged)}` },
    });
    assert.equal(r.status, 401);
    // a ticket naming root@pam with auditor's signature
    const swapped = real.replace('auditor@pve', 'root@pam');
    const r2 = await get(ct('101'), {
      ca,
      headers: { Authorization: `PVEAuthCookie=${encodeURIComponent(swapped)}` },
    });
    assert.equal(r2.status, 401);
  });

  test('expired ticket → 401 without asking PVE', async () => {
    const before = fx.pve.calls.length;
    const old = ticket('auditor@pve', Math.floor(Date.now() / 1000) - 3 * 3600);
    const r = await get(ct('101'), {
      ca,
      headers: { Authorization: `PVEAuthCookie=${encodeURIComponent(old)}` },
    });
    assert.equal(r.status, 401);
    assert.match((r.json as { message: string }).message, /expired/);
    assert.equal(fx.pve.calls.length, before);
  });

  test('half-logged-in TFA ticket and junk → 401', async () => {
    const tfa = ticket('!tfa!abc');
    for (const a of [
      `PVEAuthCookie=${encodeURIComponent(tfa)}`,
      'PVEAuthCookie=garbage',
      'Basic dXNlcjpwdw==',
      'PVEAPIToken=nobody',
    ]) {
      const r = await get(ct('101'), { ca, headers: { Authorization: a } });
      assert.equal(r.status, 401, a);
    }
  });

  test('disabled user → 401', async () => {
    assert.equal((await get(ct('101'), { ca, headers: auth('disabled@pve') })).status, 401);
  });

  test('API token with a wrong secret → 401', async () => {
    const r = await get(ct('101'), {
      ca,
      headers: token('auditor@pve!prom', '00000000-2222-3333-4444-555555555555'),
    });
    assert.equal(r.status, 401);
  });
});

describe('authorization (VM.Audit on /vms/<vmid>, Sys.Audit on /nodes/<node>)', () => {
  test('group ACL grants CT 101 but not CT 102 (other container → 403)', async () => {
    assert.equal((await get(ct('101'), { ca, headers: auth('alice@pve') })).status, 200);
    const r = await get(ct('102'), { ca, headers: auth('alice@pve') });
    assert.equal(r.status, 403);
    assert.equal((r.json as { error: string }).error, 'forbidden');
    assert.match((r.json as { message: string }).message, /VM\.Audit on \/vms\/102/);
    assert.deepEqual((r.json as { messageMsg: unknown }).messageMsg, {
      id: 'http.msg.permission_denied',
      params: { privilege: 'VM.Audit', path: '/vms/102' },
    });
  });

  test('an ACL without propagate on /vms grants nothing on /vms/101', async () => {
    assert.equal((await get(ct('101'), { ca, headers: auth('bob@pve') })).status, 403);
  });

  test('pool ACL grants its members', async () => {
    assert.equal((await get(ct('101'), { ca, headers: auth('poolie@pve') })).status, 200);
    assert.equal((await get(ct('102'), { ca, headers: auth('poolie@pve') })).status, 200);
  });

  test("the user's own NoAccess beats its group's grant", async () => {
    assert.equal((await get(ct('101'), { ca, headers: auth('blocked@pve') })).status, 403);
  });

  test('privilege-separated token gets the intersection; a non-separated one the user', async () => {
    const narrow = token('alice@pve!narrow', 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    assert.equal((await get(ct('101'), { ca, headers: narrow })).status, 403);
    assert.equal((await get(ct('102'), { ca, headers: narrow })).status, 403);
    const full = token('alice@pve!full', 'ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee');
    assert.equal((await get(ct('101'), { ca, headers: full })).status, 200);
  });

  test('node view needs Sys.Audit and hides containers the caller cannot audit', async () => {
    assert.equal(
      (await get(`${shim.url}/api/v1/nodes/${NODE_A}/gpu`, { ca, headers: auth('alice@pve') })).status,
      403,
    );
    const all = await get(`${shim.url}/api/v1/nodes/${NODE_A}/gpu`, { ca, headers: auth('auditor@pve') });
    assert.equal(all.status, 200);
    const owners = (all.json as { gpus: Array<{ owners: Array<{ owner: string }> }> }).gpus[0].owners.map(
      (o) => o.owner,
    );
    assert.deepEqual(owners.sort(), ['101', '102', 'host']);
    const some = await get(`${shim.url}/api/v1/nodes/${NODE_A}/gpu`, { ca, headers: auth('nodeadmin@pve') });
    assert.equal(some.status, 200);
    const seen = (some.json as { gpus: Array<{ owners: Array<{ owner: string }> }> }).gpus[0].owners.map(
      (o) => o.owner,
    );
    assert.deepEqual(seen, ['host']);
  });
});

describe('API documents', () => {
  test("usage: the container's share, its processes only, collector states passed through", async () => {
    const r = await get(ct('101'), { ca, headers: auth('auditor@pve') });
    assert.equal(r.status, 200);
    const u = r.json as {
      vmid: string;
      node: string;
      gpus: Array<{ container: { engines: Record<string, number> } }>;
      processes: Array<{ comm: string }>;
      collectors: Record<string, { state: string }>;
    };
    assert.equal(u.vmid, '101');
    assert.equal(u.node, NODE_A);
    assert.equal(u.gpus[0].container.engines.video, 40);
    assert.deepEqual(
      u.processes.map((p) => p.comm),
      ['ffmpeg'],
    );
    assert.equal(u.collectors.nvidia.state, 'not-installed');
    assert.equal(r.headers['cache-control'], 'no-store');
  });

  test('history: defaults, parameters, bad values, source failure', async () => {
    const h = auth('auditor@pve');
    const r = await get(ct('101', 'history'), { ca, headers: h });
    assert.equal(r.status, 200);
    assert.deepEqual(usage.historyCalls.at(-1), ['101', 'hour', 'AVERAGE']);
    assert.equal(
      (await get(`${ct('101', 'history')}?timeframe=week&cf=MAX`, { ca, headers: h })).status,
      200,
    );
    assert.deepEqual(usage.historyCalls.at(-1), ['101', 'week', 'MAX']);
    assert.equal((await get(`${ct('101', 'history')}?timeframe=year`, { ca, headers: h })).status, 400);
    assert.equal((await get(`${ct('101', 'history')}?cf=MIN`, { ca, headers: h })).status, 400);
    usage.failHistory = true;
    try {
      const f = await get(ct('101', 'history'), { ca, headers: h });
      assert.equal(f.status, 503);
      assert.equal((f.json as { error: string }).error, 'history-unavailable');
    } finally {
      usage.failHistory = false;
    }
  });

  test('node history: Sys.Audit, parameters, source failure', async () => {
    const url = `${shim.url}/api/v1/nodes/${NODE_A}/history`;
    assert.equal((await get(url, { ca, headers: auth('alice@pve') })).status, 403);
    const h = auth('auditor@pve');
    const r = await get(`${url}?timeframe=day&cf=MAX`, { ca, headers: h });
    assert.equal(r.status, 200);
    assert.deepEqual(usage.nodeHistoryCalls.at(-1), ['day', 'MAX']);
    assert.equal((r.json as { series: Array<{ gpu: string }> }).series[0].gpu, '0000:00:02.0');
    assert.equal(r.headers['cache-control'], 'no-store');
    assert.equal((await get(`${url}?timeframe=month`, { ca, headers: h })).status, 400);
    usage.failHistory = true;
    try {
      assert.equal((await get(url, { ca, headers: h })).status, 503);
    } finally {
      usage.failHistory = false;
    }
  });

  test('health: report, unknown container, failing checks', async () => {
    const h = auth('auditor@pve');
    const r = await get(ct('101', 'health'), { ca, headers: h });
    assert.equal(r.status, 200);
    assert.equal((r.json as { vmid: string }).vmid, '101');
    assert.equal((await get(ct('555', 'health'), { ca, headers: h })).status, 404);
    health.fail = true;
    try {
      assert.equal((await get(ct('101', 'health'), { ca, headers: h })).status, 503);
    } finally {
      health.fail = false;
    }
  });

  test('no sample yet → 503 with Retry-After; unknown container → 404', async () => {
    const h = auth('auditor@pve');
    assert.equal((await get(ct('555'), { ca, headers: h })).status, 404);
    const saved = usage.snapshot;
    usage.snapshot = undefined;
    try {
      const r = await get(ct('101'), { ca, headers: h });
      assert.equal(r.status, 503);
      assert.equal(r.headers['retry-after'], '1');
    } finally {
      usage.snapshot = saved;
    }
  });

  test('/metrics: Prometheus text, per-GPU and per-container series, filtered by VM.Audit', async () => {
    const r = await get(`${shim.url}/metrics`, { ca, headers: AUDITOR_TOKEN });
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /text\/plain; version=0\.0\.4/);
    assert.match(r.body, /# TYPE pve_gpu_engine_busy_percent gauge/);
    assert.match(
      r.body,
      /pve_gpu_engine_busy_percent\{node="pve1",gpu="0000:00:02\.0",engine="video",class="video"\} 40/,
    );
    assert.match(
      r.body,
      /pve_gpu_container_engine_busy_percent\{node="pve1",gpu="0000:00:02\.0",vmid="101",engine="video"\} 40/,
    );
    assert.match(r.body, /vmid="102"/);
    assert.equal((await get(`${shim.url}/metrics`, { ca })).status, 401);
    assert.equal((await get(`${shim.url}/metrics`, { ca, headers: auth('alice@pve') })).status, 403);
    const limited = await get(`${shim.url}/metrics`, { ca, headers: auth('nodeadmin@pve') });
    assert.equal(limited.status, 200);
    assert.doesNotMatch(limited.body, /vmid="10[12]"/);
  });
});

describe('hostile input', () => {
  test('traversal and junk in node and vmid', async () => {
    const h = auth('auditor@pve');
    const cases: Array<[string, number]> = [
      ['/api/v1/nodes/..%2f..%2fetc/lxc/101/usage', 400],
      ['/api/v1/nodes/pve1/lxc/..%2f101/usage', 400],
      ['/api/v1/nodes/pve1/lxc/abc/usage', 400],
      ['/api/v1/nodes/pve1/lxc/1/usage', 400],
      ['/api/v1/nodes/pve1/lxc/1011111111111/usage', 400],
      ['/api/v1/nodes/pve;id/gpu', 400],
      ['/api/v1/nodes/-pve/gpu', 400],
      ['/api/v1/nodes//gpu', 400],
      ['/api/v1/nodes/pve1/lxc/101/config', 404],
      ['/api/v2/nodes/pve1/gpu', 404],
      ['/api/v1/nodes/nosuchnode/gpu', 404],
      [`/api/v1/nodes/pve1/lxc/101/usage?x=${'a'.repeat(3000)}`, 414],
    ];
    for (const [path, status] of cases) {
      const r = await get(`${shim.url}${path}`, { ca, headers: h });
      assert.equal(r.status, status, path);
      assert.equal(typeof (r.json as { error?: string }).error, 'string', path);
    }
    // Dot segments, sent raw (an HTTP client library would resolve them first).
    for (const path of [
      '/api/v1/nodes/pve1/lxc/101/../../../../etc/passwd',
      '/api/v1/nodes/../lxc/101/usage',
      '/api/v1/nodes/./gpu',
    ]) {
      const r = await raw('127.0.0.1', shim.port, ca, [
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      ]);
      assert.match(r.reply, /^HTTP\/1\.1 400 /, path);
      assert.match(r.reply, /"bad-path"/, path);
    }
  });

  test('non-GET methods → 405 with Allow; GET with a body → 413', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD']) {
      const r = await get(ct('101'), { ca, method, headers: auth('auditor@pve') });
      assert.equal(r.status, 405, method);
      assert.equal(r.headers.allow, 'GET, OPTIONS');
    }
    const r = await get(ct('101'), {
      ca,
      headers: { ...auth('auditor@pve'), 'Content-Type': 'text/plain', 'Content-Length': '3' },
      body: 'x=1',
    });
    assert.equal(r.status, 413);
  });

  test('oversized headers → 431 and the connection closes', async () => {
    const r = await raw('127.0.0.1', shim.port, ca, [
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    ]);
    assert.match(r.reply, /^HTTP\/1\.1 431/);
  });

  test('slow-loris: a client dribbling its headers is cut off', async () => {
    const dribble: Array<string | { waitMs: number }> = ['GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n'];
    for (let i = 0; i < 20; i++) dribble.push({ waitMs: 300 }, `X-Slow-${i}: 1\r\n`);
    const r = await raw('127.0.0.1', shim.port, ca, dribble, 8000);
    assert.ok(r.closedAfterMs < 4000, `closed after ${r.closedAfterMs} ms`);
    assert.doesNotMatch(r.reply, /Certificate accepted/);
    // and the service still answers others
    assert.equal((await get(`${shim.url}/`, { ca })).status, 200);
  });

  test('CORS: the node UI origin is echoed, foreign origins are refused', async () => {
    const h = auth('auditor@pve');
    const ok = await get(ct('101'), { ca, headers: { ...h, Origin: 'https://127.0.0.1:8006' } });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers['access-control-allow-origin'], 'https://127.0.0.1:8006');
    assert.match(String(ok.headers.vary), /Origin/);
    for (const origin of [
      'https://evil.example',
      'https://127.0.0.1:9999',
      'http://127.0.0.1:8006',
      'null',
    ]) {
      const r = await get(ct('101'), { ca, headers: { ...h, Origin: origin } });
      assert.equal(r.status, 403, origin);
      assert.equal(r.headers['access-control-allow-origin'], undefined, origin);
    }
    const pre = await get(ct('101'), {
      ca,
      method: 'OPTIONS',
      headers: {
        Origin: 'https://127.0.0.1:8006',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers['access-control-allow-origin'], 'https://127.0.0.1:8006');
    assert.match(String(pre.headers['access-control-allow-headers']), /Authorization/);
    assert.equal(pre.headers['access-control-allow-methods'], 'GET, OPTIONS');
    const foreign = await get(ct('101'), {
      ca,
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    const post = await get(ct('101'), {
      ca,
      method: 'OPTIONS',
      headers: { Origin: 'https://127.0.0.1:8006', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(post.status, 405);
  });
});

describe('live streams', () => {
  test('SSE with the ticket in a header or in ?ticket=, one event per sample', async () => {
    const s = await openStream(ct('101', 'stream'), { ca, headers: auth('auditor@pve') });
    assert.equal(s.status, 200);
    const first = await s.next('usage');
    assert.equal((first.data as { vmid: string }).vmid, '101');
    usage.emit();
    usage.emit();
    await s.next('usage');
    await s.next('usage');
    s.stop();
    const q = await openStream(`${ct('101', 'stream')}?ticket=${encodeURIComponent(ticket('alice@pve'))}`, {
      ca,
    });
    assert.equal(q.status, 200);
    await q.next('usage');
    q.stop();
  });

  test('a ticket in the query of a non-stream endpoint is not accepted', async () => {
    const r = await get(`${ct('101')}?ticket=${encodeURIComponent(ticket('auditor@pve'))}`, { ca });
    assert.equal(r.status, 401);
  });

  test('stream of another container → 403 JSON', async () => {
    const s = await openStream(ct('102', 'stream'), { ca, headers: auth('alice@pve') });
    assert.equal(s.status, 403);
    s.stop();
  });

  test('node stream filters containers per caller', async () => {
    const s = await openStream(`${shim.url}/api/v1/nodes/${NODE_A}/stream`, {
      ca,
      headers: auth('nodeadmin@pve'),
    });
    assert.equal(s.status, 200);
    const e = await s.next('usage');
    const owners = (e.data as { gpus: Array<{ owners: Array<{ owner: string }> }> }).gpus[0].owners.map(
      (o) => o.owner,
    );
    assert.deepEqual(owners, ['host']);
    s.stop();
  });

  test('per-client stream cap → 429', async () => {
    const open = [];
    for (let i = 0; i < 3; i++)
      open.push(await openStream(ct('101', 'stream'), { ca, headers: auth('auditor@pve') }));
    assert.deepEqual(
      open.map((s) => s.status),
      [200, 200, 200],
    );
    const extra = await openStream(ct('101', 'stream'), { ca, headers: auth('auditor@pve') });
    assert.equal(extra.status, 429);
    extra.stop();
    for (const s of open) s.stop();
    await Promise.all(open.map((s) => s.ended));
    // the server sees the clients go a moment later: asked until a slot is free again
    const again = await until(async () => {
      const s = await openStream(ct('101', 'stream'), { ca, headers: auth('auditor@pve') });
      if (s.status === 200) return s;
      s.stop();
      return undefined;
    }, 'slots are released when clients leave');
    again.stop();
  });

  test('a revoked permission ends the open stream with an error event', async () => {
    const model = fx.pve.model;
    model.users['carol@pve'] = {};
    model.acl.push({ path: '/vms/101', ugid: 'carol@pve', role: 'PVEAuditor', propagate: false });
    const s = await openStream(ct('101', 'stream'), { ca, headers: auth('carol@pve') });
    assert.equal(s.status, 200);
    await s.next('usage');
    model.acl = model.acl.filter((e) => e.ugid !== 'carol@pve');
    const err = await s.next('error', 3000);
    assert.equal((err.data as { error: string }).error, 'forbidden');
    await s.ended;
  });
});
