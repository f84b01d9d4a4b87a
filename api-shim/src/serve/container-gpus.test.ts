// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HealthSource, UsageSource } from '../api/sources.ts';
import type { GpuInfo, HealthReport, UsageSnapshot } from '../api/types.ts';
import { ContainerGpus } from './container-gpus.ts';
import type { Logger } from './log.ts';

const igpu: GpuInfo = {
  id: '0000:00:02.0',
  pci: '0000:00:02.0',
  vendor: 'intel',
  vendorId: '8086',
  deviceId: '4680',
  name: 'iGPU',
  driver: 'i915',
  byPath: [],
  renderDevt: '226:128',
};
const snapshot: UsageSnapshot = {
  time: 0,
  node: 'pve',
  gpus: [igpu],
  samples: [],
  owners: [],
  processes: [],
  collectors: {},
};
const usage: UsageSource = {
  latest: () => snapshot,
  current: async () => snapshot,
  onSample: () => () => {},
  history: () => ({}) as never,
  nodeHistory: () => ({}) as never,
};
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function reportWith(devt: string | undefined): HealthReport {
  return {
    devices: [
      {
        source: 'dev0',
        host: { path: '/dev/dri/renderD128', devt, exists: true },
        container: { path: '/dev/dri/renderD128', exists: true },
        verdict: 'pass',
      },
    ],
  } as HealthReport;
}

test('one health lookup per TTL, shared by concurrent callers; the set follows the passthrough', async () => {
  let calls = 0;
  let devt: string | undefined = '226:128';
  const health: HealthSource = {
    report: async () => {
      calls++;
      return reportWith(devt);
    },
  };
  let now = 0;
  const gpus = new ContainerGpus(health, usage, quiet, 10_000, () => now);
  assert.equal(gpus.get('101'), undefined, 'unknown before the first answer');
  await Promise.all([gpus.refresh('101'), gpus.refresh('101')]);
  assert.equal(calls, 1);
  assert.deepEqual([...(gpus.get('101') ?? [])], [igpu.id]);
  devt = undefined;
  now = 5_000;
  await gpus.refresh('101');
  assert.equal(calls, 1, 'fresh within the TTL');
  now = 11_000;
  await gpus.refresh('101');
  assert.equal(calls, 2);
  assert.deepEqual([...(gpus.get('101') ?? [])], []);
});

test('a failing or empty health answer means "unknown" (every GPU shown), never a crash', async () => {
  const failing = new ContainerGpus({ report: async () => Promise.reject(new Error('boom')) }, usage, quiet);
  await failing.refresh('101');
  assert.equal(failing.get('101'), undefined);
  const missing = new ContainerGpus({ report: async () => undefined }, usage, quiet);
  await missing.refresh('999');
  assert.equal(missing.get('999'), undefined);
});
