// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStatusCfg } from './status-cfg.ts';

// As PVE writes it (PVE::SectionConfig write_config: "type: id", tab-indented options, a blank
// line between sections); options as in pve-manager PVE/Status/*.pm and the example in
// Graphite.pm's header comment.
const WRITTEN_BY_PVE = `influxdb: influx-udp
\tserver 192.0.2.10
\tport 8089
\tmtu 1400

influxdb: influx2
\tserver influx.example.com
\tport 8086
\tinfluxdbproto https
\torganization acme
\tbucket pve
\tapi-path-prefix /influx
\tmax-body-size 1000000
\tverify-certificate 0
\ttimeout 3

graphite: graphite
\tserver test
\tport 2003
\tproto udp
\tpath proxmox.mycluster
\tdisable 0

opentelemetry: otel
\tserver collector.example.com
\totel-protocol http
\totel-headers ${Buffer.from('{"Authorization":"Bearer s3cret"}').toString('base64')}
\totel-resource-attributes ${Buffer.from('{"site":"lab"}').toString('base64')}
\tdisable 1
`;

test('reads every server type with PVE defaults', () => {
  const { servers, problems } = parseStatusCfg(WRITTEN_BY_PVE);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    servers.map((s) => s.id),
    ['graphite', 'influx-udp', 'influx2', 'otel'],
  );
  const [graphite, udp, https, otel] = servers;
  assert.equal(udp.type, 'influxdb');
  if (udp.type !== 'influxdb') return;
  assert.equal(udp.proto, 'udp');
  assert.equal(udp.mtu, 1400);
  assert.equal(udp.bucket, 'proxmox');
  assert.equal(udp.organization, 'proxmox');
  assert.equal(udp.timeout, 1);
  assert.equal(udp.verifyCertificate, true);
  assert.equal(udp.maxBodySize, 25_000_000);
  assert.equal(https.type === 'influxdb' && https.proto, 'https');
  assert.equal(https.type === 'influxdb' && https.verifyCertificate, false);
  assert.equal(https.type === 'influxdb' && https.apiPathPrefix, '/influx');
  assert.equal(https.type === 'influxdb' && https.timeout, 3);
  assert.equal(graphite.type === 'graphite' && graphite.path, 'proxmox.mycluster');
  assert.equal(graphite.disable, false);
  assert.equal(otel.type, 'opentelemetry');
  if (otel.type !== 'opentelemetry') return;
  assert.equal(otel.port, 4317, 'OpenTelemetry.pm: http defaults to 4317');
  assert.equal(otel.path, '/v1/metrics');
  assert.equal(otel.compression, 'gzip');
  assert.equal(otel.timeout, 5);
  assert.equal(otel.headers.Authorization, 'Bearer s3cret');
  assert.equal(otel.resourceAttributes.site, 'lab');
  assert.equal(otel.disable, true);
});

test('graphite defaults: port 2003, udp, path proxmox; header without id uses the type', () => {
  const { servers } = parseStatusCfg('graphite:\n    server 2001:db8::1\n');
  assert.equal(servers.length, 1);
  const g = servers[0];
  assert.equal(g.id, 'graphite');
  assert.equal(g.server, '2001:db8::1');
  assert.equal(g.port, 2003);
  assert.equal(g.type === 'graphite' && g.path, 'proxmox');
  assert.equal(g.type === 'graphite' && g.proto, 'udp');
});

test('a bad section is skipped with a reason, the others stay; secrets are never quoted', () => {
  const text = [
    'influxdb: noport',
    '\tserver a.example',
    '',
    'graphite: badpath',
    '\tserver b.example',
    '\tpath bad..path',
    '',
    'opentelemetry: badhdr',
    '\tserver c.example',
    '\totel-headers bm90IGpzb24gc2VjcmV0',
    '',
    'carbon: unknown',
    '\tserver d.example',
    '',
    'influxdb: evil',
    '\tserver http://x/',
    '\tport 1',
    '',
    'influxdb: ok',
    '\tserver e.example',
    '\tport 8089',
    '\tfrobnicate 1',
    '\tmtu 100',
    '',
    'influxdb: ok2',
    '\tserver e.example',
    '\tport 8089',
    '\tfrobnicate 1',
  ].join('\n');
  const { servers, problems } = parseStatusCfg(text);
  assert.deepEqual(
    servers.map((s) => s.id),
    ['ok2'],
  );
  const all = problems.join('\n');
  for (const want of [
    'port is missing',
    'graphite path',
    'base64',
    "unknown metric server type 'carbon'",
    'not a host name',
    'mtu must be within 512',
    "unknown option 'frobnicate'",
  ]) {
    assert.ok(all.includes(want), `problems mention ${want}:\n${all}`);
  }
  assert.ok(!all.includes('secret'), 'the header value is not quoted');
});

test('duplicate ids and stray lines are reported, not fatal', () => {
  const { servers, problems } = parseStatusCfg(
    'stray\ninfluxdb: aa\n\tserver x\n\tport 1\n\ninfluxdb: aa\n\tserver y\n\tport 2\n',
  );
  assert.equal(servers.length, 1);
  assert.equal(servers[0].server, 'x');
  assert.equal(problems.length, 2);
});
