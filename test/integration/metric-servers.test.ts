// SPDX-License-Identifier: AGPL-3.0-or-later
// The exporter against Debian's real metric servers, started here: influxd 1.x (UDP, and HTTP
// through the v2 write API), carbon-cache (UDP and TCP; read back from the whisper files with
// python3-whisper's whisper-fetch). What PVE's series look like there decides the names
// (pve-manager PVE/Status/InfluxDB.pm, Graphite.pm); here we check that ours arrive so. A second
// node is the demo host in its `mig` NVIDIA mode (test/support/mig-demo-host.ts): its GPU
// instances, sampled through the stand-in nvidia-smi, must arrive as MIG records.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HostRoot } from '../../api-shim/src/host/host-root.ts';
import { MetricExporter } from '../../api-shim/src/serve/export/exporter.ts';
import { silentLogger } from '../../api-shim/src/serve/log.ts';
import { type CompatProxy, startInfluxV2Compat } from '../support/influx-v2-compat.ts';
import { MIG_DEMO, type MigDemoHost, startMigDemoHost } from '../support/mig-demo-host.ts';
import { FakeUsage, sampleSnapshot } from '../support/mock-pve/fixture.ts';
import { type Carbon, type Influxd, startCarbon, startInfluxd } from '../support/real-servers.ts';

const USER = 'pve';
const PASSWORD = 'gpu-export-test';
let influx: Influxd;
let carbon: Carbon;
let compat: CompatProxy;
let root: string;
let exporter: MetricExporter;
const usage = new FakeUsage('pve1');
let sampleTime = 0;
let mig: MigDemoHost;
let migExporter: MetricExporter;
let migTime = 0;
const MIG_GPU = MIG_DEMO.gpus[0].pci;

before(async () => {
  [influx, carbon] = await Promise.all([
    startInfluxd({ udpDatabase: 'proxmox', user: USER, password: PASSWORD }),
    startCarbon(),
  ]);
  await influx.query('CREATE DATABASE "gpu"');
  compat = await startInfluxV2Compat(influx.httpPort);
  root = mkdtempSync(path.join(os.tmpdir(), 'export-it-'));
  mkdirSync(path.join(root, 'etc/pve/lxc'), { recursive: true });
  mkdirSync(path.join(root, 'etc/pve-gpu-tab/metricserver'), { recursive: true });
  writeFileSync(
    path.join(root, 'etc/pve/lxc/101.conf'),
    'arch: amd64\nhostname: jellyfin\nunprivileged: 1\n',
  );
  writeFileSync(path.join(root, 'etc/pve-gpu-tab/metricserver/influx-http.pw'), `${USER}:${PASSWORD}\n`);
  writeFileSync(path.join(root, 'etc/pve-gpu-tab/metricserver/influx-badtoken.pw'), `${USER}:wrong\n`);
  writeFileSync(
    path.join(root, 'etc/pve/status.cfg'),
    [
      `influxdb: influx-udp\n\tserver 127.0.0.1\n\tport ${influx.udpPort}\n`,
      `influxdb: influx-http\n\tserver 127.0.0.1\n\tport ${compat.port}\n\tinfluxdbproto http\n\tbucket gpu\n`,
      `influxdb: influx-badtoken\n\tserver 127.0.0.1\n\tport ${compat.port}\n\tinfluxdbproto http\n\tbucket gpu\n`,
      `influxdb: influx-16-direct\n\tserver 127.0.0.1\n\tport ${influx.httpPort}\n\tinfluxdbproto http\n\tbucket gpu\n`,
      `graphite: carbon-udp\n\tserver 127.0.0.1\n\tport ${carbon.port}\n\tproto udp\n`,
      `graphite: carbon-tcp\n\tserver 127.0.0.1\n\tport ${carbon.port}\n\tproto tcp\n\tpath pve.tcp\n`,
    ].join('\n'),
  );
  exporter = new MetricExporter({
    host: new HostRoot(root),
    node: 'pve1',
    usage,
    logger: silentLogger,
    intervalMs: 3_600_000,
  });
  await exporter.start(); // status.cfg read: listening to samples once it names a server
  usage.emit();
  sampleTime = Math.floor((usage.latest()?.time ?? 0) / 1000);
  await exporter.tick();
  await exporter.drained();

  // The MIG demo host as node pve-mig, with a status.cfg of its own: influxd over UDP, carbon over TCP.
  mig = await startMigDemoHost('pve-mig', { timer: false });
  mkdirSync(path.join(mig.dir, 'etc/pve/lxc'), { recursive: true });
  writeFileSync(
    path.join(mig.dir, 'etc/pve/lxc/102.conf'),
    'arch: amd64\nhostname: ollama\nunprivileged: 1\n',
  );
  writeFileSync(
    path.join(mig.dir, 'etc/pve/status.cfg'),
    [
      `influxdb: influx-udp\n\tserver 127.0.0.1\n\tport ${influx.udpPort}\n`,
      `graphite: carbon-tcp\n\tserver 127.0.0.1\n\tport ${carbon.port}\n\tproto tcp\n\tpath pve.mig\n`,
    ].join('\n'),
  );
  migExporter = new MetricExporter({
    host: new HostRoot(mig.dir),
    node: 'pve-mig',
    usage: mig.sampler,
    logger: silentLogger,
    intervalMs: 3_600_000,
  });
  await migExporter.start();
  migTime = Math.floor((await mig.migSample()).time / 1000); // the interval's samples, the last with every instance
  await migExporter.tick();
  await migExporter.drained();
});

after(async () => {
  exporter?.close();
  migExporter?.close();
  await mig?.stop();
  await Promise.all([influx?.stop(), carbon?.stop(), compat?.close()]);
  if (root) rmSync(root, { recursive: true, force: true });
});

type Series = { name: string; columns: string[]; values: unknown[][] };
async function rows(db: string, q: string): Promise<Array<Record<string, unknown>>> {
  for (let i = 0; i < 50; i++) {
    const r = (await influx.query(q, db)) as { results: Array<{ series?: Series[] }> };
    const s = r.results[0].series?.[0];
    if (s) return s.values.map((v) => Object.fromEntries(s.columns.map((c, j) => [c, v[j]])));
    await new Promise((res) => setTimeout(res, 100));
  }
  return [];
}

describe('influxd (Debian influxdb 1.x)', () => {
  test('over UDP: the container row joins PVE`s lxc rows (object, vmid, nodename, host = hostname)', async () => {
    // nodename: the MIG demo host (node pve-mig) writes to the same database and has a CT 101 too
    const got = await rows(
      'proxmox',
      `SELECT * FROM "gpu" WHERE "object" = 'lxc' AND "vmid" = '101' AND "nodename" = 'pve1'`,
    );
    assert.equal(got.length, 1, JSON.stringify(got));
    const snap = sampleSnapshot('pve1');
    const own = snap.owners.find((o) => o.owner === '101');
    assert.equal(got[0].video, own?.engines.video);
    assert.equal(got[0].mem, own?.memoryBytes);
    assert.equal(got[0].nodename, 'pve1');
    assert.equal(got[0].host, 'jellyfin');
    assert.equal(got[0].instance, '0000:00:02.0');
    assert.equal(Date.parse(String(got[0].time)) / 1000, sampleTime, 'PVE`s whole-second timestamps');
    const node = await rows(
      'proxmox',
      `SELECT "render","freq" FROM "gpu" WHERE "object" = 'nodes' AND "host" = 'pve1'`,
    );
    assert.deepEqual([node[0]?.render, node[0]?.freq], [12.5, 1200]);
  });

  test('over HTTP: the v2 write API with the token (as InfluxDB >= 1.8 maps it), checked by influxd', async () => {
    const got = await rows('gpu', `SELECT "render" FROM "gpu" WHERE "vmid" = '102'`);
    assert.equal(got[0]?.render, 10);
    const byId = Object.fromEntries(exporter.stats().map((s) => [s.id, s]));
    assert.equal(byId['influx-http'].state, 'ok');
    assert.equal(byId['influx-badtoken'].state, 'failing', 'influxd refused the wrong password');
    assert.match(byId['influx-badtoken'].lastError ?? '', /HTTP 401/);
  });

  test('a MIG host: measurement gpu_mig, one row per GPU instance, its tags; the container`s share', async () => {
    const want = MIG_DEMO.mig?.instances ?? [];
    assert.ok(want.length > 0);
    const q = `SELECT * FROM "gpu_mig" WHERE "object" = 'nodes' AND "host" = 'pve-mig'`;
    let got = await rows('proxmox', q);
    for (let i = 0; i < 50 && got.length < want.length; i++) {
      await new Promise((res) => setTimeout(res, 100));
      got = await rows('proxmox', q);
    }
    assert.equal(got.length, want.length, JSON.stringify(got));
    assert.deepEqual(
      got
        .map((r) => [
          r.gpu_i_id,
          r.gpu_i_profile,
          r.placement,
          r.gpu_ci_ids,
          r.instance,
          r.maxmem,
          r.multiprocessors,
        ])
        .sort(),
      want
        .map((i) => [String(i.gi), '2g.20gb', i.placement, String(i.ci), MIG_GPU, i.totalMiB * 2 ** 20, i.sm])
        .sort(),
    );
    assert.ok(got.every((r) => typeof r.mem === 'number' && Date.parse(String(r.time)) / 1000 === migTime));
    const ct = await rows(
      'proxmox',
      `SELECT * FROM "gpu_mig" WHERE "object" = 'lxc' AND "nodename" = 'pve-mig'`,
    );
    assert.deepEqual(
      ct.map((r) => [r.vmid, r.host, r.instance, r.gpu_i_id, r.gpu_i_profile, r.gpu_ci_id, r.processes]),
      [['102', 'ollama', MIG_GPU, String(MIG_DEMO.mig?.ollamaGi), '2g.20gb', '0', 1]],
    );
  });

  test('Debian`s influxd 1.6 itself has no v2 write API: refused, dropped and counted', () => {
    const direct = exporter.stats().find((s) => s.id === 'influx-16-direct');
    assert.equal(direct?.state, 'failing');
    assert.match(direct?.lastError ?? '', /HTTP 404/);
    assert.ok((direct?.droppedBatches ?? 0) >= 1);
  });
});

describe('carbon-cache (Debian graphite-carbon)', () => {
  const fetchWhisper = async (metric: string, at = sampleTime): Promise<number[]> => {
    const file = path.join(carbon.whisperDir, ...metric.split('.')) + '.wsp';
    for (let i = 0; i < 100; i++) {
      try {
        const out = execFileSync('whisper-fetch', [`--from=${at - 60}`, file], { encoding: 'utf8' });
        const values = out
          .trim()
          .split('\n')
          .map((l) => l.split(/\s+/)[1])
          .filter((v) => v !== 'None')
          .map(Number);
        if (values.length) return values;
      } catch {
        // not created yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return [];
  };

  test('over UDP: proxmox.lxc.<vmid>.gpu.<pci>.<field> and proxmox.nodes.<node>.gpu…', async () => {
    assert.deepEqual(await fetchWhisper('proxmox.lxc.101.gpu.0000:00:02-0.video'), [40]);
    assert.deepEqual(await fetchWhisper('proxmox.nodes.pve1.gpu.0000:00:02-0.power'), [6.5]);
  });

  test('over TCP with a path prefix', async () => {
    assert.deepEqual(await fetchWhisper('pve.tcp.lxc.102.gpu.0000:00:02-0.processes'), [2]);
    assert.equal(exporter.stats().find((s) => s.id === 'carbon-tcp')?.state, 'ok');
  });

  test('a MIG host: <path>.nodes.<node>.gpu.<pci>.mig.<gi>.<field>, a container`s share by its CI', async () => {
    const gpu = `pve.mig.nodes.pve-mig.gpu.${MIG_GPU.replace(/\./g, '-')}.mig`;
    for (const i of MIG_DEMO.mig?.instances ?? []) {
      assert.deepEqual(
        await fetchWhisper(`${gpu}.${i.gi}.maxmem`, migTime),
        [i.totalMiB * 2 ** 20],
        `GI ${i.gi}`,
      );
      assert.deepEqual(await fetchWhisper(`${gpu}.${i.gi}.multiprocessors`, migTime), [i.sm]);
    }
    const ct = `pve.mig.lxc.102.gpu.${MIG_GPU.replace(/\./g, '-')}.mig.${MIG_DEMO.mig?.ollamaGi}.0.processes`;
    assert.deepEqual(await fetchWhisper(ct, migTime), [1]);
  });
});
