// SPDX-License-Identifier: AGPL-3.0-or-later
// The exporter against real sockets on loopback: what arrives over UDP, TCP and HTTP, the token
// from the service's own copy, a refused and a silent server dropped and counted without holding
// anything up, a config change picked up, and no secret in the log.
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { FakeUsage } from '../../../../test/support/mock-pve/fixture.ts';
import { freePort } from '../../../../test/support/real-servers.ts';
import { until } from '../../../../test/support/until.ts';
import { HostRoot } from '../../host/host-root.ts';
import { jsonLogger } from '../log.ts';
import { MetricExporter } from './exporter.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'export-'));
const udp = dgram.createSocket('udp4');
const udpGot: string[] = [];
const tcpGot: string[] = [];
const httpGot: Array<{ url: string; auth?: string; body: string }> = [];
const tcp = net.createServer((s) => s.on('data', (d) => tcpGot.push(d.toString())));
const web = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    httpGot.push({
      url: req.url ?? '',
      auth: req.headers.authorization,
      body: Buffer.concat(chunks).toString(),
    });
    res.writeHead(204).end();
  });
});
const hanging = http.createServer(() => {}); // accepts, never answers
let refusedPort = 0;
const logLines: string[] = [];
const usage = new FakeUsage('pve1');
let exporter: MetricExporter;

const port = (s: net.Server | dgram.Socket) =>
  ('address' in s && typeof s.address === 'function' ? (s.address() as net.AddressInfo).port : 0) as number;

function writeCfg(extra = '') {
  writeFileSync(
    path.join(root, 'etc/pve/status.cfg'),
    `influxdb: udp1\n\tserver 127.0.0.1\n\tport ${port(udp)}\n\tmtu 512\n\n` +
      `graphite: carbon\n\tserver 127.0.0.1\n\tport ${port(tcp)}\n\tproto tcp\n\tpath pve.lab\n\n` +
      `influxdb: v2\n\tserver 127.0.0.1\n\tport ${port(web)}\n\tinfluxdbproto http\n\torganization acme\n\tbucket gpu\n\n` +
      `graphite: dead\n\tserver 127.0.0.1\n\tport ${refusedPort}\n\tproto tcp\n\n` +
      `opentelemetry: silent\n\tserver 127.0.0.1\n\tport ${port(hanging)}\n\totel-protocol http\n\totel-timeout 1\n` +
      `\totel-headers ${Buffer.from('{"Authorization":"Bearer otel-secret-1"}').toString('base64')}\n\n` +
      extra,
  );
}

before(async () => {
  mkdirSync(path.join(root, 'etc/pve/lxc'), { recursive: true });
  mkdirSync(path.join(root, 'etc/pve-gpu-tab/metricserver'), { recursive: true });
  writeFileSync(
    path.join(root, 'etc/pve/lxc/101.conf'),
    'arch: amd64\nhostname: jellyfin\n\n[snap1]\nhostname: old\n',
  );
  writeFileSync(path.join(root, 'etc/pve-gpu-tab/metricserver/v2.pw'), 'influx-secret-2\n');
  udp.on('message', (m) => udpGot.push(m.toString()));
  await new Promise<void>((r) => udp.bind(0, '127.0.0.1', r));
  for (const s of [tcp, web, hanging]) await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  // nothing listens there: below the ephemeral range, where no listen(0) of another test lands
  refusedPort = await freePort();
  writeCfg();
  exporter = new MetricExporter({
    host: new HostRoot(root),
    node: 'pve1',
    usage,
    logger: jsonLogger('debug', (l) => logLines.push(l)),
    intervalMs: 3_600_000, // the test drives tick()
  });
  assert.equal(usage.listeners.size, 0, 'nothing listened to before status.cfg is read');
  await exporter.start();
  assert.equal(usage.listeners.size, 1, 'status.cfg names servers: samples listened to');
});

after(async () => {
  exporter.close();
  udp.close();
  hanging.closeAllConnections();
  for (const s of [tcp, web, hanging]) await new Promise<void>((r) => s.close(() => r()));
  rmSync(root, { recursive: true, force: true });
});

test('one interval reaches every live server in its format; dead ones are counted, not waited for', async () => {
  usage.emit();
  usage.emit();
  const started = Date.now();
  await exporter.tick();
  assert.ok(
    Date.now() - started < 900,
    'tick() hands off; it does not wait for a silent server (1 s timeout)',
  );
  await until(
    () => udpGot.length > 0 && httpGot.length > 0 && tcpGot.join('').includes('\n'),
    'UDP, HTTP and TCP servers reached',
  );

  const udpText = udpGot.join('');
  assert.match(
    udpText,
    /^gpu,object=lxc,vmid=101,nodename=pve1,host=jellyfin,instance=0000:00:02\.0 .*video=40 \d+000000000$/m,
  );
  assert.ok(
    udpGot.every((d) => Buffer.byteLength(d) < 512 - 50),
    'datagrams within mtu - 50',
  );

  assert.equal(httpGot[0].url, '/api/v2/write?org=acme&bucket=gpu');
  assert.equal(httpGot[0].auth, 'Token influx-secret-2', 'token from the service copy of <id>.pw');
  assert.match(httpGot[0].body, /^gpu,object=nodes,host=pve1,instance=0000:00:02\.0 /m);

  await until(() => tcpGot.join('').split('\n').length > 5, 'more TCP lines');
  assert.match(tcpGot.join(''), /^pve\.lab\.lxc\.102\.gpu\.0000:00:02-0\.render 10 \d+$/m);

  await exporter.drained();
  const byId = Object.fromEntries(exporter.stats().map((s) => [s.id, s]));
  assert.equal(byId.udp1.state, 'ok');
  assert.ok(byId.udp1.sentBatches >= 1 && byId.udp1.sentBytes > 0);
  assert.equal(byId.dead.state, 'failing');
  assert.match(byId.dead.lastError ?? '', /ECONNREFUSED/);
  assert.ok(byId.dead.droppedBatches >= 1);
  assert.equal(byId.silent.state, 'failing');
  assert.match(byId.silent.lastError ?? '', /timed out/);
});

test('a changed status.cfg is picked up at the next interval; disabled servers get nothing', async () => {
  writeCfg(`influxdb: off\n\tserver 127.0.0.1\n\tport ${port(udp)}\n\tdisable 1\n`);
  // A different mtime even on coarse file systems.
  const later = new Date(Date.now() + 5000);
  (await import('node:fs')).utimesSync(path.join(root, 'etc/pve/status.cfg'), later, later);
  usage.emit();
  await exporter.tick();
  assert.equal(
    exporter.stats().some((s) => s.id === 'off'),
    false,
  );
  writeFileSync(path.join(root, 'etc/pve/status.cfg'), '');
  usage.emit();
  await exporter.tick();
  assert.deepEqual(exporter.stats(), []);
  // No server: the collector need not push the server process a sample every second for this.
  assert.equal(usage.listeners.size, 0, 'no server left: samples no longer listened to');
  assert.equal(exporter.listening(), false);
  // A server added back: listened to again, and its first interval holds only samples taken since.
  const before = udpGot.length;
  writeCfg();
  const again = new Date(Date.now() + 10_000);
  (await import('node:fs')).utimesSync(path.join(root, 'etc/pve/status.cfg'), again, again);
  await exporter.tick();
  assert.equal(usage.listeners.size, 1, 'a server again: listened to again');
  await exporter.tick();
  await exporter.drained();
  assert.equal(udpGot.length, before, 'no sample since listening again: nothing sent');
  usage.emit();
  await exporter.tick();
  await until(() => udpGot.length > before, 'the sample taken since sent');
  writeFileSync(path.join(root, 'etc/pve/status.cfg'), '');
  const latest = new Date(Date.now() + 15_000);
  (await import('node:fs')).utimesSync(path.join(root, 'etc/pve/status.cfg'), latest, latest);
  await exporter.tick();
  assert.equal(usage.listeners.size, 0);
});

test('no credential ever reaches the log', () => {
  const log = logLines.join('');
  assert.ok(log.includes('metric server'), 'the servers were logged');
  for (const secret of [
    'influx-secret-2',
    'otel-secret-1',
    Buffer.from('{"Authorization":"Bearer otel-secret-1"}').toString('base64'),
  ]) {
    assert.ok(!log.includes(secret), `log has no ${secret}`);
  }
});

test('closed while its first status.cfg read is under way: it neither listens nor makes a sender after', async () => {
  writeCfg();
  const ownUsage = new FakeUsage('pve1');
  const closing = new MetricExporter({
    host: new HostRoot(root),
    node: 'pve1',
    usage: ownUsage,
    logger: jsonLogger('debug', () => {}),
    intervalMs: 3_600_000,
  });
  const started = closing.start(); // its tick is now awaiting the stat() of status.cfg
  closing.close(); // the service stopping at that moment
  await started;
  assert.equal(closing.listening(), false, 'no listener left behind');
  assert.equal(ownUsage.listeners.size, 0);
  assert.deepEqual(closing.stats(), [], 'no sender made after close()');
});
