// SPDX-License-Identifier: AGPL-3.0-or-later
// The collector process gone (its socket refuses): the service says so, as message id
// http.msg.collector_unavailable, instead of "the first sample is not ready yet" or a history or
// health failure worded by the socket client.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CollectorClient } from '../collector-client.ts';
import { HttpError } from '../http-error.ts';
import type { Service } from '../service.ts';
import { collectorOr503, currentOr503 } from './container.ts';

test('no collector on the socket: 503 collector-unavailable, with its message id', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgt-nocollector-'));
  const client = new CollectorClient(path.join(dir, 'collector.sock'));
  try {
    await client.start(200); // nobody listens: the service starts anyway
    assert.equal(client.reachable(), false);
    const svc = { usage: client, health: client } as unknown as Service;
    for (const call of [() => currentOr503(svc), async () => collectorOr503(svc)]) {
      await assert.rejects(call, (e: unknown) => {
        assert.ok(e instanceof HttpError);
        assert.equal(e.status, 503);
        assert.equal(e.error, 'collector-unavailable');
        assert.deepEqual(e.msg, { id: 'http.msg.collector_unavailable' });
        assert.match(e.message, /pve-gpu-tab-collector\.service/);
        assert.equal(e.headers['Retry-After'], '2');
        return true;
      });
    }
  } finally {
    client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a usage source without a collector process (the demo, in-process sampling): no such answer', async () => {
  const svc = { usage: { latest: () => undefined, current: async () => undefined } } as unknown as Service;
  assert.doesNotThrow(() => collectorOr503(svc));
  await assert.rejects(
    () => currentOr503(svc),
    (e: unknown) => e instanceof HttpError && e.error === 'no-sample-yet',
  );
});
