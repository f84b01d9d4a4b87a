// SPDX-License-Identifier: AGPL-3.0-or-later
// The collector socket end to end over a real unix socket: the server-side client gets samples,
// history and health; anything outside the closed protocol ends the connection; a slow or
// restarted collector costs a request, never the server.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { FakeHealth, FakeUsage } from '../../../test/support/mock-pve/fixture.ts';
import { DEADLINE_MS, until } from '../../../test/support/until.ts';
import { MAX_REQUEST_BYTES } from '../api/collector-protocol.ts';
import type { HealthSource } from '../api/sources.ts';
import { CollectorClient, CollectorUnavailableError } from '../serve/collector-client.ts';
import { listenCollectorSocket } from './socket-server.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'collector-sock-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const sockPath = () => path.join(dir, `c${n++}.sock`);

/**
 * Raw connection: what the collector answers to `lines`, once it closes the connection or has
 * answered a whole line (a test waits on the event, not on a time; DEADLINE_MS only bounds a
 * connection left open without a word, which fails the caller's assertions).
 */
function raw(p: string, lines: string): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const s = net.createConnection(p);
    let text = '';
    const done = (closed: boolean) => {
      clearTimeout(timer);
      s.destroy();
      resolve({ text, closed });
    };
    const timer = setTimeout(() => done(false), DEADLINE_MS);
    s.on('data', (d) => {
      text += d;
      if (text.endsWith('\n')) done(false);
    });
    s.on('error', () => {});
    s.on('close', () => done(true));
    s.write(lines);
  });
}

test('samples, history and health reach the server through the socket; the file is 0660', async () => {
  const p = sockPath();
  const usage = new FakeUsage('pve1');
  const col = await listenCollectorSocket({ path: p, usage, health: new FakeHealth('pve1', ['101']) });
  const client = new CollectorClient(p);
  try {
    assert.equal(statSync(p).mode & 0o777, 0o660);
    await client.start();
    // Nobody listens: no sample pushed; one asked for comes back once.
    assert.equal(client.subscribedNow(), false);
    assert.equal((await client.current())?.node, 'pve1');
    assert.equal(usage.listeners.size, 0, 'the collector pushes nothing');
    assert.equal(client.latest(), undefined);
    const seen: number[] = [];
    client.onSample((s) => seen.push(s.time));
    await until(() => client.latest() !== undefined, 'the first sample');
    assert.equal(client.latest()?.node, 'pve1');
    usage.emit();
    await until(() => seen.length === 2, 'the first and the emitted sample');
    const h = await client.history('101', 'day', 'MAX');
    assert.equal(h.vmid, '101');
    assert.deepEqual(usage.historyCalls.at(-1), ['101', 'day', 'MAX']);
    const nh = await client.nodeHistory('week', 'AVERAGE');
    assert.equal(nh.series[0].points[0].engines?.video, 55);
    assert.deepEqual(usage.nodeHistoryCalls.at(-1), ['week', 'AVERAGE']);
    assert.equal((await client.report('101'))?.vmid, '101');
    assert.equal(await client.report('102'), undefined, 'unknown container: undefined, not an error');
    assert.equal(await client.report('../../etc/shadow'), undefined, 'never even asked');
  } finally {
    client.stop();
    await col.close();
  }
});

test('a request outside the protocol ends that connection and never reaches the sources', async () => {
  const p = sockPath();
  const asked: string[] = [];
  const health: HealthSource = {
    report: async (vmid) => {
      asked.push(vmid);
      return undefined;
    },
  };
  const col = await listenCollectorSocket({ path: p, usage: new FakeUsage('pve1'), health });
  try {
    const attempts = [
      '{"id":1,"op":"health","vmid":"/etc/shadow"}\n',
      '{"id":1,"op":"health","vmid":"101","path":"/etc/shadow"}\n',
      '{"id":1,"op":"read","path":"/etc/shadow"}\n',
      '{"id":1,"op":"history","vmid":"101","timeframe":"year","cf":"MAX"}\n',
      '{"id":1,"op":"health","vmid":"0101"}\n',
      'not json\n',
      `{"id":1,"op":"health","vmid":"101","x":"${'a'.repeat(MAX_REQUEST_BYTES)}"}\n`,
      'a'.repeat(MAX_REQUEST_BYTES + 1), // no newline at all
    ];
    for (const a of attempts) {
      const r = await raw(p, a);
      assert.ok(r.closed, `connection kept open after ${a.slice(0, 60)}`);
      assert.equal(r.text, '', `answered ${a.slice(0, 60)}`);
    }
    assert.deepEqual(asked, []);
    const ok = await raw(p, '{"id":7,"op":"health","vmid":"101"}\n');
    assert.equal(ok.text, '{"id":7,"ok":true,"result":null}\n');
    assert.deepEqual(asked, ['101']);
  } finally {
    await col.close();
  }
});

test('a hanging collector costs one request a timeout; a restarted one is found again', async () => {
  const p = sockPath();
  const hang: HealthSource = { report: () => new Promise(() => {}) };
  let col = await listenCollectorSocket({ path: p, usage: new FakeUsage('pve1'), health: hang });
  const client = new CollectorClient(p, () => {}, {
    subscribe: 1000,
    unsubscribe: 1000,
    latest: 1000,
    history: 1000,
    'node-history': 1000,
    health: 200,
  });
  client.onSample(() => {}); // samples pushed: kept across the restart
  try {
    await client.start();
    await until(() => client.isConnected() && client.latest() !== undefined, 'connected with a sample');
    await assert.rejects(client.report('101'), CollectorUnavailableError);
    await col.close();
    await until(() => !client.isConnected(), 'the client sees the collector gone');
    assert.equal(client.latest(), undefined, 'no stale sample while the collector is away');
    await assert.rejects(client.history('101', 'hour', 'AVERAGE'), /not running/);
    col = await listenCollectorSocket({
      path: p,
      usage: new FakeUsage('pve1'),
      health: new FakeHealth('pve1', ['101']),
    });
    await until(() => client.isConnected() && client.latest() !== undefined, 'connected again');
    assert.equal((await client.report('101'))?.vmid, '101');
  } finally {
    client.stop();
    await col.close();
  }
});

test('every subscriber gets each sample, the same line for all (encoded once per sample)', async () => {
  const p = sockPath();
  const usage = new FakeUsage('pve1');
  const col = await listenCollectorSocket({ path: p, usage, health: new FakeHealth('pve1', []) });
  const subscribers = [0, 1, 2].map(() => {
    const s = net.createConnection(p);
    const got = { text: '' };
    s.on('data', (d) => {
      got.text += d;
    });
    s.write(`${JSON.stringify({ id: 1, op: 'subscribe' })}\n`);
    return { s, got };
  });
  const samples = (text: string) => text.split('\n').filter((l) => l.startsWith('{"event":"sample"'));
  try {
    // the first sample on subscribing, then one pushed
    await until(
      () => subscribers.every(({ got }) => samples(got.text).length === 1),
      'the first sample each',
    );
    usage.emit();
    await until(
      () => subscribers.every(({ got }) => samples(got.text).length === 2),
      'the pushed sample each',
    );
    const lines = subscribers.map(({ got }) => samples(got.text));
    for (const l of lines) assert.deepEqual(l, lines[0]);
    assert.equal(JSON.parse(lines[0][1]).snapshot.node, 'pve1');
  } finally {
    for (const { s } of subscribers) s.destroy();
    await col.close();
  }
});
