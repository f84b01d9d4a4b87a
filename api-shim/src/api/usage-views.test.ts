// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DevicePath, GpuInfo, UsageSnapshot } from './types.ts';
import { containerUsage, gpusPassedThrough } from './usage-views.ts';

const intel: GpuInfo = {
  id: '0000:00:02.0',
  pci: '0000:00:02.0',
  vendor: 'intel',
  vendorId: '8086',
  deviceId: '4680',
  name: 'iGPU',
  driver: 'i915',
  byPath: [],
  card: 'card0',
  cardDevt: '226:0',
  render: 'renderD128',
  renderDevt: '226:128',
};
const nv = (id: string, card: number, nvidiaMinor?: number): GpuInfo => ({
  ...intel,
  id,
  pci: id,
  vendor: 'nvidia',
  driver: 'nvidia',
  card: `card${card}`,
  cardDevt: `226:${card}`,
  render: `renderD${128 + card}`,
  renderDevt: `226:${128 + card}`,
  nvidiaMinor,
});
// The driver's Device Minor need not follow PCI order (here 81:00.0 is minor 0, 01:00.0 minor 1);
// a GPU bound to vfio-pci has none.
const gpus = [intel, nv('0000:81:00.0', 2, 0), nv('0000:01:00.0', 1, 1), nv('0000:c1:00.0', 3)];

function device(path: string, devt: string | undefined): DevicePath {
  return {
    source: 'dev0',
    host: { path, devt, exists: devt !== undefined },
    container: { path, exists: true },
    verdict: 'pass',
  };
}

test("gpusPassedThrough matches DRM nodes by major:minor and /dev/nvidiaN by the driver's Device Minor", () => {
  assert.deepEqual([...gpusPassedThrough([device('/dev/dri/renderD128', '226:128')], gpus)], [intel.id]);
  assert.deepEqual([...gpusPassedThrough([device('/dev/nvidia1', '195:1')], gpus)], ['0000:01:00.0']);
  assert.deepEqual([...gpusPassedThrough([device('/dev/nvidia0', '195:0')], gpus)], ['0000:81:00.0']);
  assert.equal(gpusPassedThrough([device('/dev/nvidia2', '195:2')], gpus).size, 0);
  // nvidiactl (195:255) and a missing node select nothing.
  assert.equal(
    gpusPassedThrough([device('/dev/nvidiactl', '195:255'), device('/dev/dri/card9', undefined)], gpus).size,
    0,
  );
});

test('containerUsage lists passed-through and used GPUs only, all GPUs when passthrough is unknown', () => {
  const snapshot: UsageSnapshot = {
    time: 1,
    node: 'pve',
    gpus,
    samples: [],
    owners: [{ owner: '101', gpu: '0000:01:00.0', engines: { sm: 40 }, memoryBytes: 5, processes: 1 }],
    processes: [],
    collectors: {},
  };
  const ids = (u: ReturnType<typeof containerUsage>) => u.gpus.map((g) => g.info.id);
  assert.deepEqual(ids(containerUsage(snapshot, '101', new Set([intel.id]))), [intel.id, '0000:01:00.0']);
  assert.deepEqual(ids(containerUsage(snapshot, '102', new Set())), []);
  assert.equal(containerUsage(snapshot, '102').gpus.length, gpus.length);
  assert.equal(containerUsage(snapshot, '101', new Set()).gpus[0].container.engines.sm, 40);
});
