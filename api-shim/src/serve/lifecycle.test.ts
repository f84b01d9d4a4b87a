// SPDX-License-Identifier: AGPL-3.0-or-later
// Certificate choice and reload, rate and stream limits, graceful shutdown, plain-HTTP demo
// mode, failing sources, and the `serve` command as a process (config, SIGTERM, JSON logs).
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import tls from 'node:tls';
import { spawnCli } from '../../../test/support/cli-process.ts';
import { get, openStream } from '../../../test/support/mock-pve/client.ts';
import {
  type ClusterFixture,
  FakeHealth,
  FakeUsage,
  makeCluster,
  NODE_A,
} from '../../../test/support/mock-pve/fixture.ts';
import { freePort } from '../../../test/support/real-servers.ts';
import { until } from '../../../test/support/until.ts';
import { HostRoot } from '../host/host-root.ts';
import { type Authorizer, allowAll } from './auth/authorizer.ts';
import { defaultConfig } from './config-file.ts';
import { silentLogger } from './log.ts';
import { type ShimOptions, startShim } from './server.ts';
import { pemFingerprint256 } from './tls.ts';

let fx: ClusterFixture;
let ca: string;
const grantTickets: Authorizer = { authorize: async () => 'granted' };
const auth = () => ({
  Authorization: `PVEAuthCookie=${encodeURIComponent(fx.pve.tickets.issue('auditor@pve'))}`,
});

before(async () => {
  fx = await makeCluster();
  ca = fx.pki.caCert;
});
after(async () => {
  await fx?.cleanup();
});

function base(over: Partial<ShimOptions> = {}, cfg: Partial<ShimOptions['config']> = {}): ShimOptions {
  return {
    config: { ...defaultConfig(), port: 0, listen: '127.0.0.1', root: fx.rootA, pveApi: fx.pve.url, ...cfg },
    host: new HostRoot(fx.rootA),
    node: NODE_A,
    usage: new FakeUsage(NODE_A),
    health: new FakeHealth(NODE_A, ['101']),
    authorizer: grantTickets,
    logger: silentLogger,
    ...over,
  };
}

function servedFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      resolve(s.getPeerX509Certificate()?.fingerprint256 ?? '');
      s.destroy();
    });
    s.on('error', reject);
  });
}

describe('certificate', () => {
  test('pveproxy-ssl.pem when both files exist, else pve-ssl.pem; renewals picked up', async () => {
    const local = path.join(fx.rootA, 'etc/pve/nodes', NODE_A);
    const shim = await startShim(base({ certPollMs: 100 }));
    try {
      const pveSsl = pemFingerprint256(fx.certs[NODE_A].cert);
      assert.equal(await servedFingerprint(shim.port), pveSsl);
      const acme = fx.pki.issue('acme-a', ['DNS:pve1.example.com', 'IP:127.0.0.1']);
      writeFileSync(path.join(local, 'pveproxy-ssl.pem'), acme.cert);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await servedFingerprint(shim.port), pveSsl, 'only the .pem, no .key yet: still pve-ssl');
      writeFileSync(path.join(local, 'pveproxy-ssl.key'), acme.key);
      await until(
        async () => (await servedFingerprint(shim.port)) === pemFingerprint256(acme.cert),
        'the new certificate served',
      );
      // a renewal that left a key not matching its certificate is refused; the old pair stays
      const other = fx.pki.issue('acme-b', ['IP:127.0.0.1']);
      writeFileSync(path.join(local, 'pveproxy-ssl.pem'), other.cert);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await servedFingerprint(shim.port), pemFingerprint256(acme.cert));
      rmSync(path.join(local, 'pveproxy-ssl.pem'));
      rmSync(path.join(local, 'pveproxy-ssl.key'));
      await until(async () => (await servedFingerprint(shim.port)) === pveSsl, 'pve-ssl served again');
    } finally {
      await shim.close();
    }
  });
});

describe('limits', () => {
  test('per-client rate limit → 429 with Retry-After', async () => {
    const shim = await startShim(base({}, { rateLimitPerMinute: 5 }));
    try {
      const statuses = [];
      for (let i = 0; i < 7; i++) statuses.push((await get(`${shim.url}/`, { ca })).status);
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
      const r = await get(`${shim.url}/`, { ca, headers: { Origin: 'https://127.0.0.1:8006' } });
      assert.equal(r.status, 429);
      assert.equal(
        r.headers['access-control-allow-origin'],
        'https://127.0.0.1:8006',
        'the tab can read why',
      );
      assert.ok(Number(r.headers['retry-after']) >= 1);
      assert.equal((r.json as { error: string }).error, 'rate-limited');
    } finally {
      await shim.close();
    }
  });

  test('all stream slots taken → 503', async () => {
    const shim = await startShim(base({}, { maxStreams: 2, maxStreamsPerClient: 10 }));
    try {
      const url = `${shim.url}/api/v1/nodes/${NODE_A}/lxc/101/stream`;
      const a = await openStream(url, { ca, headers: auth() });
      const b = await openStream(url, { ca, headers: auth() });
      const c = await openStream(url, { ca, headers: auth() });
      assert.deepEqual([a.status, b.status, c.status], [200, 200, 503]);
      for (const s of [a, b, c]) s.stop();
    } finally {
      await shim.close();
    }
  });

  test('a failing source answers an error; the daemon keeps serving', async () => {
    const usage = new FakeUsage(NODE_A);
    usage.latest = () => {
      throw new Error('collector exploded');
    };
    usage.current = async () => {
      throw new Error('collector exploded');
    };
    const shim = await startShim(base({ usage }));
    try {
      const r = await get(`${shim.url}/api/v1/nodes/${NODE_A}/lxc/101/usage`, { ca, headers: auth() });
      assert.equal(r.status, 500);
      assert.equal((r.json as { error: string }).error, 'internal');
      assert.doesNotMatch(r.body, /exploded/, 'internals stay in the log');
      assert.equal((await get(`${shim.url}/`, { ca })).status, 200);
    } finally {
      await shim.close();
    }
  });

  test('an authorizer that cannot reach PVE → 503 auth-unavailable', async () => {
    const shim = await startShim(base({ authorizer: undefined }, { pveApi: 'https://127.0.0.1:1' }));
    try {
      const r = await get(`${shim.url}/api/v1/nodes/${NODE_A}/lxc/101/usage`, { ca, headers: auth() });
      assert.equal(r.status, 503);
      assert.equal((r.json as { error: string }).error, 'auth-unavailable');
    } finally {
      await shim.close();
    }
  });
});

describe('slow clients', () => {
  test('a stream client that stops reading is dropped; its slot is freed', async () => {
    const usage = new FakeUsage(NODE_A);
    const big = usage.snapshot;
    assert.ok(big);
    // ~100 KiB per event
    for (let i = 0; i < 800; i++) {
      big.processes.push({ ...big.processes[0], pid: 10_000 + i, cmdline: 'x'.repeat(100) });
    }
    const shim = await startShim(base({ usage, limits: { maxStreamBacklogBytes: 64 * 1024 } }));
    const streams = async () => {
      const m = await get(`${shim.url}/metrics`, { ca, headers: auth() });
      return Number(/pve_gpu_tab_open_streams\{[^}]*\} (\d+)/.exec(m.body)?.[1]);
    };
    try {
      const sock = tls.connect({ host: '127.0.0.1', port: shim.port, ca, servername: 'localhost' });
      await new Promise((r) => sock.once('secureConnect', r));
      sock.write(
        `GET /api/v1/nodes/${NODE_A}/lxc/101/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${auth().Authorization}\r\n\r\n`,
      );
      sock.pause(); // never reads again
      sock.on('error', () => {});
      await until(async () => (await streams()) === 1, 'one stream open');
      for (let i = 0; i < 400 && !sock.destroyed; i++) {
        usage.snapshot = big;
        for (const l of usage.listeners) l(big);
        if (i % 20 === 0) {
          await new Promise((r) => setTimeout(r, 10));
          if ((await streams()) === 0) break;
        }
      }
      assert.equal(await streams(), 0, 'the stalled stream was dropped');
      sock.destroy();
      assert.equal((await get(`${shim.url}/`, { ca })).status, 200);
    } finally {
      await shim.close();
    }
  });
});

describe('shutdown and demo mode', () => {
  test('close() ends open streams with a last event and returns promptly', async () => {
    const shim = await startShim(base());
    const s = await openStream(`${shim.url}/api/v1/nodes/${NODE_A}/lxc/101/stream`, { ca, headers: auth() });
    await s.next('usage');
    const t0 = Date.now();
    await shim.close();
    assert.ok(Date.now() - t0 < 2000);
    const last = await s.next('error').catch((e) => assert.fail(`${e}: ${s.body}`));
    assert.equal((last.data as { error: string }).error, 'shutting-down');
    await s.ended;
    await assert.rejects(get(`${shim.url}/`, { ca, timeoutMs: 1000 }));
  });

  test('plain HTTP only on loopback; the demo authorizer serves without a ticket', async () => {
    await assert.rejects(startShim(base({ tls: false }, { listen: '0.0.0.0' })), /loopback/);
    const shim = await startShim(
      base({
        tls: false,
        authorizer: allowAll,
        extraRoutes: (req, res) => {
          if (req.url !== '/' && req.url !== '/app.js') return false;
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end('demo page');
          return true;
        },
      }),
    );
    try {
      assert.match(shim.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const fetchText = (p: string) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          http
            .get(`${shim.url}${p}`, (res) => {
              let body = '';
              res.on('data', (d) => {
                body += d;
              });
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            })
            .on('error', reject);
        });
      assert.deepEqual(await fetchText('/'), { status: 200, body: 'demo page' });
      const u = await fetchText(`/api/v1/nodes/${NODE_A}/lxc/101/usage`);
      assert.equal(u.status, 200);
      assert.equal(JSON.parse(u.body).vmid, '101');
      assert.equal((await fetchText('/nothing')).status, 404);
    } finally {
      await shim.close();
    }
  });
});

describe('pve-gpu-tab serve', () => {
  test('reads its config, serves HTTPS, logs JSON lines, stops on SIGTERM', async () => {
    const conf = path.join(fx.dir, 'serve.conf');
    writeFileSync(
      conf,
      `# test\nport: 18247\nlisten: 127.0.0.1\nroot: ${fx.rootA}\npve_api: ${fx.pve.url}\nstate_dir: ${path.join(fx.dir, 'state')}\nnvidia_smi: /nonexistent/nvidia-smi\n`,
    );
    const port = await freePort();
    const { child, out, err, exited } = spawnCli(['serve', '--config', conf, '--port', String(port)]);
    try {
      await until(async () => /"msg":"listening"/.test(out()), 'the daemon listening');
      const listening =
        out()
          .split('\n')
          .find((l) => l.includes('"listening"')) ?? '';
      const entry = JSON.parse(listening) as { url: string; node: string; level: string; time: string };
      assert.equal(entry.node, NODE_A, 'node name from <root>/etc/hostname');
      assert.equal(entry.level, 'info');
      const r = await get(`${entry.url.replace('127.0.0.1', '127.0.0.1')}/`, { ca });
      assert.equal(r.status, 200);
      child.kill('SIGTERM');
      assert.equal((await exited).code, 0, err());
      for (const line of out().trim().split('\n')) JSON.parse(line);
      assert.match(out(), /"msg":"stopped"/);
    } finally {
      child.kill('SIGKILL');
    }
  });

  test('SIGHUP reloads the certificate and the config and keeps serving; a bad config is refused', async () => {
    const conf = path.join(fx.dir, 'hup.conf');
    const body = `port: 18248\nlisten: 127.0.0.1\nroot: ${fx.rootA}\npve_api: ${fx.pve.url}\nstate_dir: ${path.join(fx.dir, 'state-hup')}\nnvidia_smi: /nonexistent/nvidia-smi\n`;
    writeFileSync(conf, `${body}log_level: info\n`);
    const port = await freePort();
    const { child, out } = spawnCli(['serve', '--config', conf, '--port', String(port)]);
    const local = path.join(fx.rootA, 'etc/pve/nodes', NODE_A);
    try {
      await until(async () => /"msg":"listening"/.test(out()), 'the daemon listening');
      const url = `https://127.0.0.1:${port}`;
      assert.equal((await get(`${url}/`, { ca })).status, 200);
      assert.doesNotMatch(out(), /"level":"debug"/);

      // A renewed certificate and a new log level, then systemctl reload.
      const renewed = fx.pki.issue('renewed', ['IP:127.0.0.1']);
      writeFileSync(path.join(local, 'pveproxy-ssl.pem'), renewed.cert);
      writeFileSync(path.join(local, 'pveproxy-ssl.key'), renewed.key);
      writeFileSync(conf, `${body}log_level: debug\n`);
      child.kill('SIGHUP');
      await until(async () => /"msg":"reloaded"/.test(out()), 'reloaded');
      assert.equal(child.exitCode, null, 'still running after SIGHUP');
      assert.match(out(), /"msg":"tls certificate reloaded"/, 'at once, not at the next 60 s poll');
      assert.equal(await servedFingerprint(port), pemFingerprint256(renewed.cert));
      assert.equal((await get(`${url}/`, { ca })).status, 200);
      await until(async () => /"level":"debug","msg":"request"/.test(out()), 'a debug request line');

      // A broken config on reload: logged, the running service and its config stay.
      writeFileSync(conf, `${body}log_level: loud\n`);
      child.kill('SIGHUP');
      await until(async () => /reload: config refused/.test(out()), 'the bad config refused');
      assert.match(out(), /hup\.conf:7: log_level/);
      assert.equal(child.exitCode, null);
      assert.equal((await get(`${url}/`, { ca })).status, 200);
    } finally {
      rmSync(path.join(local, 'pveproxy-ssl.pem'), { force: true });
      rmSync(path.join(local, 'pveproxy-ssl.key'), { force: true });
      child.kill('SIGKILL');
    }
  });

  test('a bad config names the file and line and exits 2', async () => {
    const conf = path.join(fx.dir, 'bad.conf');
    writeFileSync(conf, 'port: 8247\ncolour: blue\n');
    const { exited, err } = spawnCli(['serve', '--config', conf]);
    const { code } = await exited;
    assert.equal(code, 2);
    assert.match(err(), /bad\.conf:2: unknown key 'colour'/);
  });
});
