// SPDX-License-Identifier: AGPL-3.0-or-later
// NVIDIA as real drivers behave, end to end: `pve-gpu-tab demo --nvidia-mode <mode>` runs the real
// sampler on a host snapshot whose stand-in nvidia-smi reproduces a recorded output
// (test/fixtures/collect/samples/README.md), the real HTTP service answers, and the panel in
// Chromium shows it. One demo per mode: more than four GPUs, pmon "Not supported", MIG, a
// driver/library mismatch, and a hung nvidia-smi.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { ContainerUsage, NodeUsage } from '../../api-shim/src/api/types.ts';
import { launchChromium } from '../support/browser.ts';
import { type DemoProcess, startDemo } from '../support/demo-process.ts';
import { clickNav, type OpenedPage, openShell, selectResource, until } from './helpers.ts';
import { buildForBrowser } from './shell-world.ts';

const NODE = 'pve-demo';

let browser: Browser;

/** Runs `body` against a demo in `mode`, with a page; stops both (and waits for the demo to exit) whatever happens. */
async function withDemo(
  mode: string,
  select: string,
  body: (demo: DemoProcess, opened: OpenedPage) => Promise<void>,
): Promise<void> {
  const demo = await startDemo({ args: ['--nvidia-mode', mode] });
  let opened: OpenedPage | undefined;
  try {
    opened = await openShell(browser, demo.url, { select });
    await clickNav(opened.page, 'GPU');
    await body(demo, opened);
    assert.deepEqual(opened.pageErrors, [], 'no uncaught exception in the page');
  } finally {
    await opened?.page.close();
    await demo.stop();
  }
}

before(async () => {
  buildForBrowser({ bundle: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

describe('the demo in each recorded NVIDIA behaviour', () => {
  test('multi: six GPUs (two pmon groups), each process on the GPU its index maps to', async () => {
    await withDemo('multi', `node/${NODE}`, async (demo, { page }) => {
      // Index 4 is bus b7 and index 5 bus 87 (not in bus order); the host job on index i runs 10 + 15·i % SM.
      await until(
        async () => {
          const u = await demo.api<NodeUsage>(`/api/v1/nodes/${NODE}/gpu`);
          const sm = (pci: string) => u.gpus.find((g) => g.info.id === pci)?.owners[0]?.engines.sm;
          return sm('0000:b7:00.0') === 70 && sm('0000:87:00.0') === 85 && sm('0000:0f:00.0') === 25;
        },
        'pmon rows of both groups (-i 0,1,2,3 and -i 4,5) mapped to their PCI address',
        30_000,
      );
      const cards = page.locator('pvegpu-node-tab .gpu[data-gpu]');
      await until(
        async () => (await cards.count()) === 8,
        'the iGPU, the AMD GPU and six NVIDIA GPUs in the node view',
        15_000,
      );
      const b7 = page.locator('pvegpu-node-tab .gpu[data-gpu="0000:b7:00.0"] tr[data-owner="host"]');
      const n87 = page.locator('pvegpu-node-tab .gpu[data-gpu="0000:87:00.0"] tr[data-owner="host"]');
      await until(
        async () =>
          /70(\.0)?\s*%/.test((await b7.textContent()) ?? '') &&
          /85(\.0)?\s*%/.test((await n87.textContent()) ?? ''),
        'the panel shows index 4 on 0000:b7:00.0 and index 5 on 0000:87:00.0',
        15_000,
      );
      // CT 102's ollama runner is on index 0 = 0000:07:00.0
      await selectResource(page, 'lxc/102');
      await clickNav(page, 'GPU');
      const card = page.locator('pvegpu-gpu-card header[data-gpu="0000:07:00.0"]');
      await card.waitFor({ timeout: 10_000 });
    });
  });

  test('pmon-unsupported: memory per process, utilisation shown as not measured, the state never flaps', async () => {
    await withDemo('pmon-unsupported', 'lxc/102', async (demo, { page }) => {
      const box = page.locator('pvegpu-ct-tab [data-state="collector-unsupported"]');
      await box.waitFor({ timeout: 30_000 });
      assert.match((await box.textContent()) ?? '', /nvidia-processes/);
      await page.locator('pvegpu-ct-tab button[data-view="processes"]').click();
      const row = page.locator('pvegpu-process-table tr[data-pid="2202"]');
      await row.waitFor({ timeout: 15_000 });
      assert.equal(await row.getAttribute('data-util'), 'unknown');
      assert.match((await row.textContent()) ?? '', /\d(\.\d)? GiB/, 'its memory is shown');
      const notMeasured =
        'Not measured: the driver reports no per-process utilisation on this GPU (`nvidia-smi pmon` is not supported); the memory figure is real.';
      const cell = row.locator('td[data-engine]').first();
      assert.equal(await cell.locator('[title]').getAttribute('title'), notMeasured);
      // a screen reader's browse mode reads the cell's text, not an aria-label on a span: the
      // explanation is text there, the dash hidden from it
      assert.equal(await cell.textContent(), `–${notMeasured}`);
      assert.equal(await cell.locator('[aria-hidden="true"]').textContent(), '–');
      // Watch the states over six of the demo's samples (1 s apart; pmon exited once, a restart
      // loop would flap to "restarting"): counted in samples, so a slow machine only waits longer.
      const seen = new Set<string>();
      const times = new Set<number>();
      await until(
        async () => {
          const u = await demo.api<ContainerUsage>(`/api/v1/nodes/${NODE}/lxc/102/usage`);
          times.add(u.time);
          seen.add(`${u.collectors.nvidia?.state}/${u.collectors['nvidia-processes']?.state}`);
          const states = await page
            .locator('pvegpu-ct-tab [data-state^="collector-"]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
          seen.add(states.join(','));
          return times.size >= 6;
        },
        "six of the demo's samples",
        60_000,
      );
      assert.deepEqual([...seen].sort(), ['collector-unsupported', 'ok/unsupported']);
    });
  });

  test('mig: the instances under their GPU, each with its processes, in the CT and the node view', async () => {
    await withDemo('mig', 'lxc/102', async (demo, { page }) => {
      const mig = page.locator('pvegpu-gpu-card table.mig');
      await until(
        async () => (await mig.locator('tr[data-gi]').count()) === 3,
        'three MIG instances',
        30_000,
      );
      const gi3 = mig.locator('tr[data-gi="3"]');
      await until(
        async () => (await gi3.locator('[data-pid="2202"]').count()) === 1,
        'the ollama runner listed under GPU instance 3',
        15_000,
      );
      assert.match((await gi3.textContent()) ?? '', /MIG 2g\.20gb · GPU instance 3/);
      assert.match((await gi3.textContent()) ?? '', /\/ 19\.5 GiB/, 'the instance memory total (19968 MiB)');
      assert.equal(
        await mig.locator('tr[data-gi="5"] [data-pid]').count(),
        0,
        "another owner's process is not shown",
      );
      const u = await demo.api<ContainerUsage>(`/api/v1/nodes/${NODE}/lxc/102/usage`);
      assert.deepEqual(
        u.processes.filter((p) => p.pid === 2202).map((p) => [p.gpuInstance, p.computeInstance]),
        [[3, 0]],
      );
      await page.locator('pvegpu-ct-tab button[data-view="processes"]').click();
      const cell = page.locator('pvegpu-process-table tr[data-pid="2202"] td[data-gi="3"]');
      await cell.waitFor({ timeout: 10_000 });
      assert.match((await cell.textContent()) ?? '', /MIG 2g\.20gb/);
      // The node view: GI 3 used by CT 102, GI 5 by a host job, GI 6 by nobody.
      await selectResource(page, `node/${NODE}`);
      await clickNav(page, 'GPU');
      const nodeMig = page.locator('pvegpu-node-tab .gpu[data-gpu="0000:01:00.0"] table.mig');
      await until(
        async () =>
          (await nodeMig.locator('tr[data-gi="3"] [data-owner="102"]').count()) === 1 &&
          (await nodeMig.locator('tr[data-gi="5"] [data-owner="host"]').count()) === 1,
        'owners per instance in the node view',
        15_000,
      );
      assert.equal(await nodeMig.locator('tr[data-gi="6"] [data-owner]').count(), 0);
    });
  });

  test('mismatch: a clear driver/library state naming both versions, not a crash', async () => {
    await withDemo('mismatch', 'lxc/102', async (demo, { page }) => {
      const state = page.locator('pvegpu-gpu-card [data-gpu-state="driver-mismatch"]');
      await state.waitFor({ timeout: 30_000 });
      assert.match((await state.textContent()) ?? '', /570\.124/);
      const box = page.locator('pvegpu-ct-tab [data-state="collector-driver-mismatch"]');
      await box.waitFor({ timeout: 10_000 });
      assert.match((await box.textContent()) ?? '', /Loaded kernel module: 550\.144\.03/);
      // the rest of the host is still measured
      const u = await demo.api<NodeUsage>(`/api/v1/nodes/${NODE}/gpu`);
      assert.equal(u.gpus.find((g) => g.info.id === '0000:00:02.0')?.whole.status.state, 'ok');
    });
  });

  test('hung: nvidia-smi stops answering; the GPU is shown stale with the age of its figures', async () => {
    await withDemo('hung', 'lxc/102', async (_demo, { page }) => {
      const stale = page.locator('pvegpu-gpu-card [data-gpu-state="stale"]');
      await stale.waitFor({ timeout: 40_000 });
      const age = async () => Number(/for (\d+) s/.exec((await stale.textContent()) ?? '')?.[1]);
      const first = await age();
      assert.ok(first >= 3, `the age is shown (${first} s)`);
      await until(
        async () => (await age()) >= first + 2,
        'the age grows: old figures are never served as live',
        15_000,
      );
      // the node view says it too, with the age, under the GPU's state badge
      await selectResource(page, `node/${NODE}`);
      await clickNav(page, 'GPU');
      const nodeStale = page.locator('pvegpu-node-tab [data-gpu-state="stale"]');
      await nodeStale.waitFor({ timeout: 15_000 });
      assert.match((await nodeStale.textContent()) ?? '', /for \d+ s/);
    });
  });
});
