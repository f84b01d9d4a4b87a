// SPDX-License-Identifier: AGPL-3.0-or-later
// Debian's real prometheus scrapes the shim's /metrics over HTTPS with a PVE API token, written
// as docs/api.md tells admins to (authorization: type PVEAPIToken), and a per-container series
// comes back through Prometheus's own HTTP API. The token is checked by the mock PVE API
// (test/support/mock-pve): a wrong secret leaves the target down. A second shim serves the demo
// host in its `mig` NVIDIA mode (test/support/mig-demo-host.ts): each GPU instance must come back
// with its labels.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { type RunningShim, startShim } from '../../api-shim/src/serve/server.ts';
import { MIG_DEMO, type MigDemoHost, startMigDemoHost } from '../support/mig-demo-host.ts';
import { type ClusterFixture, FakeUsage, makeCluster, NODE_A } from '../support/mock-pve/fixture.ts';
import { nodeAShim } from '../support/mock-pve/node-a-shim.ts';
import { type Prometheus, startPrometheus } from '../support/real-servers.ts';

let fx: ClusterFixture;
let shim: RunningShim;
let prom: Prometheus;
let mig: MigDemoHost;
let migShim: RunningShim;
const usage = new FakeUsage(NODE_A);
const GOOD = 'auditor@pve!prom=11111111-2222-3333-4444-555555555555';
const NARROW = 'alice@pve!full=ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee';
const WRONG = 'auditor@pve!prom=00000000-2222-3333-4444-555555555555';

before(async () => {
  fx = await makeCluster();
  // alice (group media: VM.Audit on CT 101 only) gets Sys.Audit on the node for this test.
  fx.pve.model.acl.push({ path: '/nodes', ugid: 'alice@pve', role: 'PVEAuditor', propagate: true });
  shim = await startShim(nodeAShim(fx, { usage }));
  // the MIG host's own sampler loop keeps its /metrics current, as the daemon's does
  mig = await startMigDemoHost(NODE_A, { intervalMs: 1000 });
  await mig.migSample();
  migShim = await startShim(nodeAShim(fx, { usage: mig.sampler }));
  const ca = path.join(fx.dir, 'pve-root-ca.pem');
  writeFileSync(ca, fx.pki.caCert);
  const job = (name: string, credentials: string, target = new URL(shim.url).host) => `  - job_name: ${name}
    scheme: https
    tls_config: { ca_file: ${ca} }
    authorization:
      type: PVEAPIToken
      credentials: ${credentials}
    static_configs:
      - targets: ['${target}']
`;
  prom = await startPrometheus(
    `scrape_configs:\n${job('pve-gpu', GOOD)}${job('narrow', NARROW)}${job('wrong-token', WRONG)}${job('mig-host', GOOD, new URL(migShim.url).host)}`,
  );
});

after(async () => {
  await prom?.stop();
  await shim?.close();
  await migShim?.close();
  await mig?.stop();
  await fx?.cleanup();
});

async function query(q: string): Promise<Array<{ metric: Record<string, string>; value: [number, string] }>> {
  const r = await fetch(`${prom.url}/api/v1/query?${new URLSearchParams({ query: q })}`);
  const body = (await r.json()) as {
    status: string;
    data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> };
  };
  assert.equal(body.status, 'success');
  return body.data.result;
}

async function eventually<T>(
  q: string,
  ok: (r: Awaited<ReturnType<typeof query>>) => T | undefined,
): Promise<T> {
  const end = Date.now() + 30_000;
  let last: unknown;
  while (Date.now() < end) {
    const r = await query(q);
    last = r;
    const v = ok(r);
    if (v !== undefined) return v;
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error(`${q} never matched; last answer ${JSON.stringify(last)}\n${prom.output()}`);
}

test('a per-container series scraped with a PVE API token comes back through Prometheus', async () => {
  const value = await eventually(
    'pve_gpu_container_engine_busy_percent{job="pve-gpu",vmid="101",engine="video"}',
    (r) => (r.length === 1 ? r[0] : undefined),
  );
  assert.equal(value.metric.node, NODE_A);
  assert.equal(value.metric.gpu, '0000:00:02.0');
  assert.equal(Number(value.value[1]), 40);
  const cts = await query('count by (vmid) (pve_gpu_container_processes{job="pve-gpu"})');
  assert.deepEqual(cts.map((c) => c.metric.vmid).sort(), ['101', '102', 'host']);
});

test("a token's view is filtered as the node view: only the containers it may audit", async () => {
  await eventually('up{job="narrow"} == 1', (r) => (r.length === 1 ? true : undefined));
  const cts = await eventually('count by (vmid) (pve_gpu_container_processes{job="narrow"})', (r) =>
    r.length > 0 ? r : undefined,
  );
  assert.deepEqual(cts.map((c) => c.metric.vmid).sort(), ['101', 'host']);
});

test('a wrong token secret: PVE refuses it, the target is down', async () => {
  await eventually('up{job="wrong-token"} == 0', (r) => (r.length === 1 ? true : undefined));
  const targets = (await (await fetch(`${prom.url}/api/v1/targets`)).json()) as {
    data: { activeTargets: Array<{ labels: { job: string }; lastError: string }> };
  };
  const wrong = targets.data.activeTargets.find((t) => t.labels.job === 'wrong-token');
  assert.match(wrong?.lastError ?? '', /401/);
});

test('a MIG host: each GPU instance with its profile, placement and compute instances; a CT`s share', async () => {
  const want = MIG_DEMO.mig?.instances ?? [];
  assert.ok(want.length > 0);
  const gpu = MIG_DEMO.gpus[0].pci;
  const info = await eventually('pve_gpu_mig_info{job="mig-host"}', (r) =>
    r.length === want.length ? r : undefined,
  );
  assert.deepEqual(
    info
      .map((r) => {
        const m = r.metric;
        return [
          m.node,
          m.gpu,
          m.gpu_i_id,
          m.gpu_i_profile,
          m.gpu_i_profile_id,
          m.placement,
          m.gpu_ci_ids,
          r.value[1],
        ];
      })
      .sort(),
    want.map((i) => [NODE_A, gpu, String(i.gi), '2g.20gb', '14', i.placement, String(i.ci), '1']).sort(),
  );
  const total = await query('pve_gpu_mig_memory_total_bytes{job="mig-host"}');
  assert.deepEqual(
    total.map((r) => [r.metric.gpu_i_id, r.metric.gpu_i_profile, Number(r.value[1])]).sort(),
    want.map((i) => [String(i.gi), '2g.20gb', i.totalMiB * 2 ** 20]).sort(),
  );
  const ct = await query('pve_gpu_mig_container_processes{job="mig-host",vmid="102"}');
  assert.deepEqual(
    ct.map((r) => [r.metric.gpu, r.metric.gpu_i_id, r.metric.gpu_ci_id, r.value[1]]),
    [[gpu, String(MIG_DEMO.mig?.ollamaGi), '0', '1']],
  );
});
