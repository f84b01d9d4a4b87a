// SPDX-License-Identifier: AGPL-3.0-or-later
// The registry drives everything: every driver module has a fixture, claims its GPU in the
// inventory, names the engines its fixture's GPU reports, and shows the CT's usage through the
// sampler — so adding a driver is its module, one registry line and its fixture.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { DriverFixture } from '../../../../test/fixtures/collect/drivers/fixture.ts';
import { tempDir } from '../../../../test/fixtures/collect/samples.ts';
import { until } from '../../../../test/support/until.ts';
import { HostRoot } from '../../host/host-root.ts';
import { Sampler } from '../sampler.ts';
import { DRIVERS, driverFor } from './registry.ts';

const FIXTURES = new URL('../../../../test/fixtures/collect/drivers/', import.meta.url);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('every registered driver has its fixture; kernel drivers are claimed by one module each', () => {
  const claimed = DRIVERS.flatMap((d) => d.kernelDrivers);
  assert.equal(new Set(claimed).size, claimed.length);
  assert.equal(DRIVERS.filter((d) => d.kernelDrivers.length === 0).length, 1, 'one fallback module');
  for (const d of DRIVERS) {
    assert.ok(existsSync(fileURLToPath(new URL(`${d.name}.ts`, FIXTURES))), `fixture for ${d.name}`);
  }
});

// Each module's fixture, and its variants <module>-<variant>.ts (the same card on another driver:
// Arc DG2 on xe is xe-dg2.ts, on i915 i915.ts).
const VARIANTS = readdirSync(fileURLToPath(FIXTURES)).filter((f) => /^[a-z0-9]+-[a-z0-9-]+\.ts$/.test(f));
for (const [driver, file] of DRIVERS.flatMap((d) => [
  [d, `${d.name}.ts`] as const,
  ...VARIANTS.filter((f) => f.startsWith(`${d.name}-`)).map((f) => [d, f] as const),
])) {
  test(`driver ${driver.name}: ${file} through the sampler`, async () => {
    const { fixture } = (await import(new URL(file, FIXTURES).href)) as {
      fixture: DriverFixture;
    };
    const dir = tempDir(`driver-${file.replace(/\.ts$/, '')}`);
    const tree = fixture.build(dir);
    const s = new Sampler({
      host: new HostRoot(dir),
      node: 'pve',
      intervalMs: 200,
      nvidiaSmi: fixture.nvidiaSmi?.(dir),
    });
    try {
      let snap = await s.sampleNow();
      if (driver.usage === 'nvidia-smi') {
        await s.start(); // its children start with the sampler
        // its stand-in is a node process: slow to start on a loaded machine
        snap = await until(
          async () => {
            const x = await s.sampleNow();
            const busy =
              x.samples.find((y) => y.gpu === fixture.gpu)?.busyPercent !== undefined &&
              x.owners.some((o) => o.gpu === fixture.gpu && Object.values(o.engines).some((v) => v > 0));
            return busy && x;
          },
          `${fixture.gpu} busy through nvidia-smi`,
          90_000,
        );
      } else {
        await sleep(20);
        fixture.advance(tree);
        snap = await s.sampleNow();
      }
      const gpu = snap.gpus.find((g) => g.id === fixture.gpu);
      assert.ok(gpu, `GPU ${fixture.gpu} in the inventory`);
      assert.equal(driverFor(gpu.driver), driver, `${gpu.driver} is read by ${driver.name}`);
      const whole = snap.samples.find((x) => x.gpu === fixture.gpu);
      assert.ok(whole);
      for (const f of fixture.whole) assert.notEqual(whole[f], undefined, `${driver.name}: whole-GPU ${f}`);
      for (const [f, v] of Object.entries(fixture.expect ?? {})) {
        assert.equal(whole[f as keyof typeof whole], v, `${file}: whole-GPU ${f}`);
      }
      const names = Object.keys(whole.engines);
      assert.ok(names.length > 0);
      for (const e of names) {
        assert.ok(Object.hasOwn(driver.engines, e), `${driver.name} knows engine ${e}`);
        assert.equal(whole.engineClasses[e], driver.engines[e]);
      }
      const ct = snap.owners.find((o) => o.owner === '101' && o.gpu === fixture.gpu);
      assert.ok(ct, 'CT 101 uses the GPU');
      assert.ok(
        Object.values(ct.engines).some((v) => v > 0),
        `CT 101 busy on ${driver.name}: ${JSON.stringify(ct.engines)}`,
      );
    } finally {
      await s.stop();
    }
  });
}
