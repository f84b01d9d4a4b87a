// SPDX-License-Identifier: AGPL-3.0-or-later
// What the metric servers get of a MIG GPU: the demo host in its `mig` NVIDIA mode
// (test/support/mig-demo-host.ts), sampled by the real sampler through the stand-in nvidia-smi,
// through the interval accumulator into each wire format.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MIG_DEMO, type MigDemoHost, startMigDemoHost } from '../../../../test/support/mig-demo-host.ts';
import type { MigInstance, UsageSnapshot } from '../../api/types.ts';
import { IntervalAccumulator, type IntervalRecords } from './gpu-records.ts';
import { graphiteLines } from './graphite.ts';
import { influxLines } from './influxdb.ts';
import { otlpMetrics } from './opentelemetry.ts';
import { parseStatusCfg } from './status-cfg.ts';

let host: MigDemoHost;
let snap: UsageSnapshot;
let data: IntervalRecords;
const GPU = MIG_DEMO.gpus[0].pci;
const names = (vmid: string) => (vmid === '102' ? 'ollama' : undefined);
const hostJob = MIG_DEMO.extra.find((p) => p.gi !== undefined);

before(async () => {
  host = await startMigDemoHost('pve1', { timer: false });
  const first = await host.migSample();
  snap = await host.migSample();
  const acc = new IntervalAccumulator();
  acc.add(first);
  acc.add(snap);
  const d = acc.take();
  assert.ok(d);
  data = d;
});
after(() => host?.stop());

function instances(): MigInstance[] {
  const got = snap.samples.find((s) => s.gpu === GPU)?.migInstances ?? [];
  assert.equal(got.length, MIG_DEMO.mig?.instances.length, 'every instance of the demo sampled');
  return got;
}
const runner = () => snap.processes.find((p) => p.owner === '102' && p.gpuInstance !== undefined);

test('records: one per instance (sizes, SMs, profile id, its tags), one per container share', () => {
  for (const i of instances()) {
    const r = data.records.filter((x) => x.object === 'nodes' && x.mig?.gpuInstance === i.gpuInstance);
    assert.deepEqual(r, [
      {
        object: 'nodes',
        vmid: undefined,
        gpu: GPU,
        mig: {
          gpuInstance: i.gpuInstance,
          profile: '2g.20gb',
          placement: i.placement,
          computeInstances: [0],
        },
        fields: {
          mem: i.memoryUsedBytes,
          maxmem: i.memoryTotalBytes,
          multiprocessors: 28,
          profile_id: 14,
        },
      },
    ]);
  }
  const shares = data.records.filter((x) => x.object === 'lxc' && x.mig);
  assert.deepEqual(shares, [
    {
      object: 'lxc',
      vmid: '102',
      gpu: GPU,
      mig: { gpuInstance: MIG_DEMO.mig?.ollamaGi, profile: '2g.20gb', computeInstance: 0 },
      fields: { mem: runner()?.memoryBytes, processes: 1 },
    },
  ]);
  assert.ok(hostJob && snap.processes.some((p) => p.owner === 'host' && p.gpuInstance === hostJob.gi));
});

test('InfluxDB: measurement gpu_mig, the GPU`s tags plus the instance`s', () => {
  const lines = influxLines(data, 'pve1', names)
    .filter((l) => l.startsWith('gpu_mig,'))
    .sort();
  const ns = `${data.time}000000000`;
  assert.deepEqual(
    lines,
    [
      ...instances().map(
        (i) =>
          `gpu_mig,object=nodes,host=pve1,instance=${GPU},gpu_i_id=${i.gpuInstance},gpu_i_profile=2g.20gb,placement=${i.placement},gpu_ci_ids=0 maxmem=${i.memoryTotalBytes},mem=${i.memoryUsedBytes},multiprocessors=28,profile_id=14 ${ns}\n`,
      ),
      `gpu_mig,object=lxc,vmid=102,nodename=pve1,host=ollama,instance=${GPU},gpu_i_id=${MIG_DEMO.mig?.ollamaGi},gpu_i_profile=2g.20gb,gpu_ci_id=0 mem=${runner()?.memoryBytes},processes=1 ${ns}\n`,
    ].sort(),
  );
  // a GPU instance's compute instances are one tag: a comma in it is escaped
  const two = structuredClone(data);
  const rec = two.records.find((r) => r.mig?.computeInstances);
  if (rec?.mig) rec.mig.computeInstances = [0, 1];
  assert.ok(influxLines(two, 'pve1', names).some((l) => l.includes(',gpu_ci_ids=0\\,1 ')));
});

test('Graphite: …gpu.<pci>.mig.<gi>.<field>, a container`s share one level deeper by its CI', () => {
  const [cfg] = parseStatusCfg('graphite: g1\n\tserver h\n').servers;
  if (cfg.type !== 'graphite') throw new Error('parse');
  const lines = graphiteLines(data, 'pve1', cfg);
  const pci = GPU.replace(/\./g, '-');
  for (const i of instances()) {
    for (const [field, v] of [
      ['maxmem', i.memoryTotalBytes],
      ['mem', i.memoryUsedBytes],
      ['multiprocessors', 28],
      ['profile_id', 14],
    ]) {
      const line = `proxmox.nodes.pve1.gpu.${pci}.mig.${i.gpuInstance}.${field} ${v} ${data.time}\n`;
      assert.ok(lines.includes(line), line);
    }
  }
  const gi = MIG_DEMO.mig?.ollamaGi;
  assert.ok(lines.includes(`proxmox.lxc.102.gpu.${pci}.mig.${gi}.0.processes 1 ${data.time}\n`));
  assert.ok(
    lines.includes(`proxmox.lxc.102.gpu.${pci}.mig.${gi}.0.mem ${runner()?.memoryBytes} ${data.time}\n`),
  );
  assert.ok(lines.every((l) => /^\S+ \S+ \d+\n$/.test(l)));
});

test('OpenTelemetry: proxmox_node_gpu_mig_* and proxmox_vm_gpu_mig_* with the instance`s attributes', () => {
  const metrics = otlpMetrics(data, 'pve1', names);
  const attrs = (m: (typeof metrics)[number]) =>
    m.gauge.dataPoints[0].attributes.map((a) => `${a.key}=${a.value.stringValue}`);
  const maxmem = metrics.filter((m) => m.name === 'proxmox_node_gpu_mig_maxmem');
  assert.deepEqual(
    maxmem.map(attrs),
    instances().map((i) => [
      'node=pve1',
      `gpu=${GPU}`,
      `gpu_i_id=${i.gpuInstance}`,
      'gpu_i_profile=2g.20gb',
      `placement=${i.placement}`,
      'gpu_ci_ids=0',
    ]),
  );
  assert.equal(maxmem[0].unit, 'bytes');
  assert.equal(maxmem[0].gauge.dataPoints[0].asInt, String(instances()[0].memoryTotalBytes));
  const sm = metrics.find((m) => m.name === 'proxmox_node_gpu_mig_multiprocessors');
  assert.equal(sm?.unit, '1');
  const procs = metrics.filter((m) => m.name === 'proxmox_vm_gpu_mig_processes');
  assert.deepEqual(procs.map(attrs), [
    [
      'vmid=102',
      'node=pve1',
      'name=ollama',
      'type=lxc',
      `gpu=${GPU}`,
      `gpu_i_id=${MIG_DEMO.mig?.ollamaGi}`,
      'gpu_i_profile=2g.20gb',
      'gpu_ci_id=0',
    ],
  ]);
});

test('a stale MIG GPU: no instance record, no share (its layout is an old reading too)', () => {
  const acc = new IntervalAccumulator();
  const stale: UsageSnapshot = structuredClone(snap);
  const g = stale.samples.find((s) => s.gpu === GPU);
  assert.ok(g?.migInstances?.length);
  g.status = { state: 'stale', ageMs: 9000 };
  acc.add(stale);
  const out = acc.take();
  assert.deepEqual(
    out?.records.filter((r) => r.mig),
    [],
  );
  assert.deepEqual(out?.records.find((r) => r.object === 'nodes' && r.gpu === GPU)?.fields, { up: 0 });
  // live, they are there: the assertion above is not vacuous
  acc.add(snap);
  assert.ok((acc.take()?.records.filter((r) => r.mig).length ?? 0) > 0);
});

test('a container share whose CI nvidia-smi printed N/A: no CI tag, Graphite`s "na" level', () => {
  const partial: UsageSnapshot = structuredClone(snap);
  const p = partial.processes.find((x) => x.owner === '102' && x.gpuInstance !== undefined);
  assert.ok(p);
  p.computeInstance = undefined;
  const acc = new IntervalAccumulator();
  acc.add(partial);
  const d = acc.take();
  assert.ok(d);
  const influx = influxLines(d, 'pve1', names).find((l) => l.startsWith('gpu_mig,object=lxc'));
  assert.match(
    influx ?? '',
    new RegExp(
      `,instance=${GPU.replace(/\./g, '\\.')},gpu_i_id=${MIG_DEMO.mig?.ollamaGi},gpu_i_profile=2g\\.20gb mem=\\d+,processes=1 `,
    ),
  );
  const [cfg] = parseStatusCfg('graphite: g1\n\tserver h\n').servers;
  if (cfg.type !== 'graphite') throw new Error('parse');
  const pci = GPU.replace(/\./g, '-');
  assert.ok(
    graphiteLines(d, 'pve1', cfg).includes(
      `proxmox.lxc.102.gpu.${pci}.mig.${MIG_DEMO.mig?.ollamaGi}.na.processes 1 ${d.time}\n`,
    ),
  );
});
