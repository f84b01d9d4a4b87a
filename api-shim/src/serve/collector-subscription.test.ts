// SPDX-License-Identifier: AGPL-3.0-or-later
// The server is pushed samples only while something needs them (collector-client.ts): a real
// collector socket (collector/socket-server.ts) and a real shim over HTTPS between them. What must
// hold: nothing pushed while nobody looks; /metrics and the usage views after a quiet spell answer
// with the collector's current sample, never with the one pushed before the spell; a stream gets
// every sample; a sample the collector marks stale is shown stale, with its reason.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { get, openStream } from '../../../test/support/mock-pve/client.ts';
import {
  type ClusterFixture,
  FakeHealth,
  FakeUsage,
  makeCluster,
  NODE_A,
  sampleSnapshot,
} from '../../../test/support/mock-pve/fixture.ts';
import { nodeAShim } from '../../../test/support/mock-pve/node-a-shim.ts';
import { until } from '../../../test/support/until.ts';
import { REQUEST_TIMEOUT_MS } from '../api/collector-protocol.ts';
import type { UsageSnapshot } from '../api/types.ts';
import { servedSnapshot } from '../api/usage-views.ts';
import { listenCollectorSocket } from '../collector/socket-server.ts';
import { CollectorClient } from './collector-client.ts';
import { type RunningShim, startShim } from './server.ts';

/** How long a usage view keeps samples pushed here (WARM_MS in the service: 10 s). */
const WARM_MS = 400;

const dir = mkdtempSync(path.join(os.tmpdir(), 'collector-sub-'));
let fx: ClusterFixture;
let collectorUsage: FakeUsage;
let collector: Awaited<ReturnType<typeof listenCollectorSocket>>;
let client: CollectorClient;
let shim: RunningShim;
const auditor = () => ({
  Authorization: `PVEAuthCookie=${encodeURIComponent(fx.pve.tickets.issue('auditor@pve'))}`,
});
const usageUrl = () => `${shim.url}/api/v1/nodes/${NODE_A}/lxc/101/usage`;

/** The collector's next sample: its time and the GPU's video engine say which one it is. */
function nextSample(time: number, video: number, patch: (s: UsageSnapshot) => UsageSnapshot = (s) => s) {
  const snap = sampleSnapshot(NODE_A, time);
  snap.samples[0].engines.video = video;
  collectorUsage.snapshot = patch(snap);
  for (const l of collectorUsage.listeners) l(collectorUsage.snapshot);
}

async function metricsVideo(): Promise<string | undefined> {
  const r = await get(`${shim.url}/metrics`, { ca: fx.pki.caCert, headers: auditor() });
  assert.equal(r.status, 200);
  return /pve_gpu_engine_busy_percent\{[^}]*engine="video"[^}]*\} (\S+)/.exec(r.body)?.[1];
}

async function usageView(): Promise<{ time: number; collectors: UsageSnapshot['collectors'] }> {
  const r = await get(usageUrl(), { ca: fx.pki.caCert, headers: auditor() });
  assert.equal(r.status, 200, r.body);
  return r.json as { time: number; collectors: UsageSnapshot['collectors'] };
}

before(async () => {
  fx = await makeCluster();
  collectorUsage = new FakeUsage(NODE_A);
  const sock = path.join(dir, 'collector.sock');
  collector = await listenCollectorSocket({
    path: sock,
    usage: collectorUsage,
    health: new FakeHealth(NODE_A, ['101', '102']),
  });
  client = new CollectorClient(sock, () => {}, REQUEST_TIMEOUT_MS, WARM_MS);
  await client.start();
  shim = await startShim(nodeAShim(fx, { usage: client, health: client }, { authCacheSeconds: 0 }));
});

after(async () => {
  await shim?.close();
  client?.stop();
  await collector?.close();
  await fx?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

test('nothing is pushed while nobody looks (no stream, no metric server)', async () => {
  // The exporter read an absent status.cfg at start: it does not listen.
  await until(() => !client.subscribedNow(), 'no subscription');
  assert.equal(collectorUsage.listeners.size, 0, 'the collector pushes to nobody');
  assert.equal(client.latest(), undefined, 'no sample kept');
});

test('/metrics after a quiet spell: the current sample, asked for, not pushed', async () => {
  nextSample(Date.now(), 31);
  assert.equal(await metricsVideo(), '31');
  nextSample(Date.now(), 32);
  assert.equal(await metricsVideo(), '32', 'the sample taken since the last scrape');
  assert.equal(client.subscribedNow(), false, 'a scrape keeps nothing pushed');
  assert.equal(collectorUsage.listeners.size, 0);
});

test('a usage view keeps samples pushed for a while; after a quiet spell it answers the current sample', async () => {
  const t1 = Date.now() - 1000;
  nextSample(t1, 41);
  assert.equal((await usageView()).time, t1);
  await until(() => collectorUsage.listeners.size === 1, 'samples pushed after a usage view');
  const t2 = t1 + 500;
  nextSample(t2, 42);
  await until(() => client.latest()?.time === t2, 'the pushed sample');
  assert.equal((await usageView()).time, t2);
  // The quiet spell: the subscription ends, and the sample pushed last is dropped with it.
  await until(() => collectorUsage.listeners.size === 0, 'no longer pushed after the warm period');
  assert.equal(client.subscribedNow(), false);
  assert.equal(client.latest(), undefined, 'the last pushed sample is not kept');
  const t3 = t2 + 500;
  collectorUsage.snapshot = sampleSnapshot(NODE_A, t3); // a sample nobody was pushed
  assert.equal((await usageView()).time, t3, 'the current sample, not the last one pushed');
  assert.equal(await metricsVideo(), '40');
  await until(() => collectorUsage.listeners.size === 0, 'cold again');
});

test('a live stream is pushed every sample, and lets go when it closes', async () => {
  const stream = await openStream(`${shim.url}/api/v1/nodes/${NODE_A}/lxc/101/stream`, {
    ca: fx.pki.caCert,
    headers: auditor(),
  });
  try {
    assert.equal(stream.status, 200);
    await stream.next('usage');
    await until(() => collectorUsage.listeners.size === 1, 'pushed while the stream is open');
    const t = Date.now();
    nextSample(t, 55);
    await until(
      () => stream.events.some((e) => e.event === 'usage' && (e.data as { time: number }).time === t),
      'the pushed sample on the stream',
    );
  } finally {
    stream.stop();
  }
  await until(() => collectorUsage.listeners.size === 0, 'no longer pushed once the stream closed');
});

test('a sample the collector marks stale is served stale, with its reason; an old one is never live', async () => {
  const old = Date.now() - 60_000;
  nextSample(old, 66, (s) => servedSnapshot(s, Date.now(), 'fdinfo unreadable'));
  const view = await usageView();
  assert.equal(view.time, old);
  assert.equal(view.collectors.sampler?.state, 'stale');
  assert.deepEqual(view.collectors.sampler?.messageMsg?.params?.why, 'fdinfo unreadable');
  const metrics = await get(`${shim.url}/metrics`, { ca: fx.pki.caCert, headers: auditor() });
  assert.match(metrics.body, /pve_gpu_collector_up\{[^}]*collector="sampler"[^}]*\} 0/);
  await until(() => collectorUsage.listeners.size === 0, 'cold again');
  // Marked by nobody, only old (a collector that stopped sampling before this build's verdict).
  collectorUsage.snapshot = sampleSnapshot(NODE_A, old);
  assert.equal((await usageView()).collectors.sampler?.state, 'stale');
});
