// SPDX-License-Identifier: AGPL-3.0-or-later
// The three wire formats against the naming of pve-manager PVE/Status/*.pm, and the interval
// averaging they share.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { sampleSnapshot } from '../../../../test/support/mock-pve/fixture.ts';
import { IntervalAccumulator } from './gpu-records.ts';
import { graphiteLines } from './graphite.ts';
import { batchLines, influxLines, influxWriteUrl } from './influxdb.ts';
import { otlpBodies, otlpMetrics } from './opentelemetry.ts';
import { parseStatusCfg } from './status-cfg.ts';

const T = 1_764_399_600_000;
const names = (vmid: string) => (vmid === '101' ? 'media server' : undefined);

function oneInterval() {
  const acc = new IntervalAccumulator();
  const a = sampleSnapshot('pve1', T - 1000);
  const b = sampleSnapshot('pve1', T);
  // CT 102 stopped using the GPU for the second sample: its average halves.
  b.owners = b.owners.filter((o) => o.owner !== '102');
  b.samples[0].engines.video = 20;
  acc.add(a);
  acc.add(b);
  const data = acc.take();
  assert.ok(data);
  assert.equal(acc.take(), undefined, 'take() starts a new interval');
  return data;
}

test('engines and power are averaged over the interval, sizes are the latest', () => {
  const data = oneInterval();
  assert.equal(data.time, T / 1000);
  const node = data.records.find((r) => r.object === 'nodes');
  assert.deepEqual(node?.fields, { render: 12.5, video: 30, power: 6.5, freq: 1200, up: 1 });
  const ct102 = data.records.find((r) => r.vmid === '102');
  assert.deepEqual(ct102?.fields, { render: 5, mem: 2 << 20, processes: 2 });
  assert.equal(
    data.records.some((r) => r.vmid === 'host'),
    false,
    'host processes are not a guest',
  );
});

test('a stale GPU is sent as up 0 without its old figures; its live samples are averaged alone', () => {
  const acc = new IntervalAccumulator();
  const live = sampleSnapshot('pve1', T - 2000);
  // nvidia-smi hung: the sampler keeps the GPU's last reading, marked stale with its age
  const stale = (t: number) => {
    const s = sampleSnapshot('pve1', t);
    s.samples[0].status = { state: 'stale', ageMs: 6000 };
    return s;
  };
  acc.add(live);
  acc.add(stale(T - 1000));
  acc.add(stale(T));
  const data = acc.take();
  assert.ok(data);
  const node = data.records.find((r) => r.object === 'nodes');
  // the one live sample's figures, not a third of them; up from the latest sample
  assert.deepEqual(node?.fields, { render: 12.5, video: 40, power: 6.5, freq: 1200, up: 0 });
  assert.deepEqual(data.records.find((r) => r.vmid === '101')?.fields, {
    render: 2.5,
    video: 40,
    mem: 1 << 20,
    processes: 1,
  });
  // a whole interval stale: nothing but up = 0, for the GPU and for no container
  acc.add(stale(T + 1000));
  const next = acc.take();
  assert.deepEqual(next?.records, [
    { object: 'nodes', vmid: undefined, gpu: '0000:00:02.0', fields: { up: 0 } },
  ]);
  // the sample itself stale (the collector stopped answering): the same, though the GPU's own
  // status still reads ok (a metric server has no sampler record to say otherwise)
  const whole = sampleSnapshot('pve1', T + 2000);
  whole.collectors.sampler = { state: 'stale', ageMs: 12_000 };
  acc.add(whole);
  assert.deepEqual(
    acc.take()?.records.map((r) => r.fields),
    [{ up: 0 }],
  );
});

test('InfluxDB: measurement gpu with the tags of PVE nics and guests', () => {
  const lines = influxLines(oneInterval(), 'pve1', names);
  assert.deepEqual(lines, [
    'gpu,object=nodes,host=pve1,instance=0000:00:02.0 freq=1200,power=6.5,render=12.5,up=1,video=30 1764399600000000000\n',
    'gpu,object=lxc,vmid=101,nodename=pve1,host=media\\ server,instance=0000:00:02.0 mem=1048576,processes=1,render=2.5,video=40 1764399600000000000\n',
    'gpu,object=lxc,vmid=102,nodename=pve1,instance=0000:00:02.0 mem=2097152,processes=2,render=5 1764399600000000000\n',
  ]);
});

test('batches never reach the size (Plugin.pm add_metric_data), a line is never split', () => {
  const lines = Array.from({ length: 50 }, (_, i) => `gpu,host=n x=${i} 1\n`);
  const batches = batchLines(lines, 100);
  assert.ok(batches.every((b) => b.length < 100));
  assert.equal(Buffer.concat(batches).toString(), lines.join(''));
});

test('InfluxDB v2 write URL with api-path-prefix as InfluxDB.pm _get_v2url', () => {
  const [s] = parseStatusCfg(
    'influxdb: x1\n\tserver 2001:db8::5\n\tport 8086\n\tinfluxdbproto https\n\tapi-path-prefix //influx/\n\tbucket b b\n',
  ).servers;
  assert.equal(s.type, 'influxdb');
  if (s.type !== 'influxdb') return;
  assert.equal(influxWriteUrl(s), 'https://[2001:db8::5]:8086/influx/api/v2/write?org=proxmox&bucket=b%20b');
});

test('Graphite: <path>.nodes.<node>.gpu.<pci>.<field>, dots in keys become dashes', () => {
  const [cfg] = parseStatusCfg('graphite: g1\n\tserver h\n\tpath proxmox.lab\n').servers;
  assert.equal(cfg.type, 'graphite');
  if (cfg.type !== 'graphite') return;
  const lines = graphiteLines(oneInterval(), 'pve1', cfg);
  assert.ok(lines.includes('proxmox.lab.nodes.pve1.gpu.0000:00:02-0.video 30 1764399600\n'), lines.join(''));
  assert.ok(lines.includes('proxmox.lab.lxc.101.gpu.0000:00:02-0.mem 1048576 1764399600\n'));
  assert.ok(lines.every((l) => /^\S+ \S+ \d+\n$/.test(l)));
});

test('OpenTelemetry: proxmox_node_gpu_* / proxmox_vm_gpu_* gauges, gzip, split to the body size', () => {
  const metrics = otlpMetrics(oneInterval(), 'pve1', names);
  const video = metrics.find((m) => m.name === 'proxmox_vm_gpu_video');
  assert.equal(video?.unit, 'percent');
  assert.deepEqual(
    video?.gauge.dataPoints[0].attributes.map((a) => `${a.key}=${a.value.stringValue}`),
    ['vmid=101', 'node=pve1', 'name=media server', 'type=lxc', 'gpu=0000:00:02.0'],
  );
  assert.equal(metrics.find((m) => m.name === 'proxmox_node_gpu_power')?.gauge.dataPoints[0].asDouble, 6.5);
  assert.equal(metrics.find((m) => m.name === 'proxmox_node_gpu_freq')?.gauge.dataPoints[0].asInt, '1200');
  const [gz, plain] = parseStatusCfg(
    'opentelemetry: o1\n\tserver h\n\nopentelemetry: o2\n\tserver h\n\totel-compression none\n\totel-max-body-size 1024\n',
  ).servers;
  if (gz.type !== 'opentelemetry' || plain.type !== 'opentelemetry') throw new Error('parse');
  const [zipped] = otlpBodies(metrics, { 'service.name': 'proxmox-ve' }, gz);
  assert.equal(
    JSON.parse(gunzipSync(zipped).toString()).resourceMetrics[0].scopeMetrics[0].metrics.length,
    metrics.length,
  );
  const bodies = otlpBodies(metrics, { 'service.name': 'proxmox-ve' }, plain);
  assert.ok(bodies.length > 1, 'split into several bodies');
  const back = bodies.flatMap(
    (b) => JSON.parse(b.toString()).resourceMetrics[0].scopeMetrics[0].metrics as unknown[],
  );
  assert.equal(back.length, metrics.length);
  assert.ok(bodies.every((b) => b.length <= 1024));
});
