// SPDX-License-Identifier: AGPL-3.0-or-later
// ROCm compute from host tree to panel: in `pve-gpu-tab demo`, CT 105 runs Ollama on the AMD GPU
// through /dev/kfd (api-shim/src/demo/workload/amd-rocm.ts). No DRM engine counter moves for its
// runner; the KFD's sysfs gives its VRAM, SDMA activity and CU occupancy, the sampler attributes
// it to CT 105 by cgroup, the API serves it and the GPU tab shows it. The container passes the
// render node and /dev/kfd as community-scripts/ProxmoxVE#15401 does: the health panel's /dev/kfd
// checks pass.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { ContainerUsage, HealthReport } from '../../api-shim/src/api/types.ts';
import { launchChromium } from '../support/browser.ts';
import { type DemoProcess, startDemo } from '../support/demo-process.ts';
import { clickNav, openShell, until } from './helpers.ts';
import { buildForBrowser } from './shell-world.ts';

const AMD = '0000:03:00.0';
/** the runner's host PID and its PID inside CT 105 (amd-rocm.ts DEMO_ROCM_PIDS) */
const RUNNER = { pid: 2502, nspid: 231 };
const GiB = 1024 ** 3;

let browser: Browser;
let demo: DemoProcess;
let node = '';

before(async () => {
  buildForBrowser({ bundle: true });
  demo = await startDemo();
  node = (await demo.api<{ node: string }>('/api/v1/version')).node;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

describe('ROCm (KFD) compute in CT 105 of pve-gpu-tab demo', () => {
  test('the API: the runner on the AMD GPU with its CU occupancy, and its VRAM counted once', async () => {
    let u: ContainerUsage | undefined;
    // CU occupancy is a reading of now: the runner answers 24 s of every 40
    await until(
      async () => {
        u = await demo.api<ContainerUsage>(`/api/v1/nodes/${node}/lxc/105/usage`);
        return (u.processes.find((p) => p.pid === RUNNER.pid)?.engines.cu ?? 0) > 0;
      },
      'CT 105 runner with a CU occupancy > 0',
      45_000,
    );
    assert.ok(u);
    assert.deepEqual(
      u.gpus.map((g) => [g.info.id, g.info.driver, g.info.render]),
      [[AMD, 'amdgpu', 'renderD129']],
      'the GPU its config passes (renderD129), no other',
    );
    const g = u.gpus[0];
    assert.equal(g.whole.engineClasses.cu, 'compute');
    assert.equal(g.whole.engineClasses.sdma, 'copy');
    const p = u.processes.find((x) => x.pid === RUNNER.pid);
    assert.deepEqual([p?.nspid, p?.comm, p?.gpu, p?.owner], [RUNNER.nspid, 'ollama', AMD, '105']);
    // the KFD's 8.25–8.5 GiB plus the render node's own 38 MiB: once, not fdinfo + KFD (≥ 16 GiB)
    const mem = p?.memoryBytes ?? 0;
    assert.ok(mem > 8.2 * GiB && mem < 8.6 * GiB, `runner memory ${mem}`);
    assert.equal(g.container.processes, 1);
  });

  test('the GPU tab: the AMD card, CT 105 computing, and the runner in the process list', async () => {
    const { page, errors, pageErrors } = await openShell(browser, demo.url, { select: 'lxc/105' });
    await clickNav(page, 'GPU');
    const card = page.locator('pvegpu-gpu-card').filter({ has: page.locator(`header[data-gpu="${AMD}"]`) });
    await card.locator('.name').waitFor({ timeout: 15_000 });
    assert.match(
      (await card.locator('header').textContent()) ?? '',
      /Radeon RX 7900[\s\S]*amdgpu[\s\S]*renderD129/,
    );
    assert.equal(await page.locator('pvegpu-gpu-card').count(), 1, 'only the GPU CT 105 is given');
    // CU occupancy is the compute chart's, SDMA the copy chart's
    const compute = card.locator('pvegpu-line-chart[data-engine="compute"] .legend');
    await until(
      async () => /CT 105:\s*([1-9]\d*(\.\d)?|0\.[1-9])%/.test((await compute.textContent()) ?? ''),
      'CT 105 compute (CU occupancy) > 0',
      45_000,
    );
    assert.equal(await card.locator('pvegpu-line-chart[data-engine="copy"]').count(), 1);
    // and the card says what those two figures are for a ROCm process
    assert.equal(
      ((await card.locator('[data-note="kfd"]').textContent()) ?? '').trim(),
      "ROCm processes (/dev/kfd): Compute is the share of the GPU's compute units their waves occupy, Copy their SDMA activity.",
    );
    assert.match((await card.locator('b[data-ct-memory]').textContent()) ?? '', /^8\.\d GiB$/);

    await page.locator('pvegpu-ct-tab button[data-view="processes"]').click();
    const row = page.locator(`pvegpu-process-table tr[data-pid="${RUNNER.pid}"]`);
    await row.waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('pvegpu-process-table tbody tr').count(), 1);
    assert.equal((await row.locator('td').first().textContent())?.trim(), String(RUNNER.nspid));
    assert.equal((await row.locator('td.cmd').textContent())?.trim(), 'ollama');
    assert.match((await row.locator('td').last().textContent()) ?? '', /^\s*8\.\d GiB\s*$/);
    const cu = row.locator('td[data-engine="compute"]');
    await until(
      async () => /^([1-9]\d*(\.\d)?|0\.[1-9])\s*%$/.test(((await cu.textContent()) ?? '').trim()),
      "the runner's compute cell > 0",
      45_000,
    );
    assert.equal(await row.locator('td[data-engine="copy"]').count(), 1, 'its SDMA column');
    assert.deepEqual(errors, []);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('the health panel: /dev/kfd with the render gid, amdgpu loaded, allowed in the device cgroup', async () => {
    const report = await demo.api<HealthReport>(`/api/v1/nodes/${node}/lxc/105/health`);
    const bad = report.checks.filter((c) => c.severity === 'fail' || c.severity === 'warn');
    assert.deepEqual(
      bad.map((c) => `${c.id}: ${c.explanation}`),
      [],
    );
    const { page, errors } = await openShell(browser, demo.url, { select: 'lxc/105' });
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-ct-tab button[data-view="health"]').click();
    const health = page.locator('pvegpu-health-view');
    await health.locator('[data-summary]').waitFor({ timeout: 10_000 });
    for (const id of [
      'dev.kfd_gid',
      'amd.kfd',
      'acc.driver',
      'cgroup.not_allowed',
      'ct.service_user_groups',
    ]) {
      assert.equal(report.checks.find((c) => c.id === id)?.severity, 'pass', `${id} in the report`);
      assert.equal(
        await health.locator(`details[data-check="${id}"]`).getAttribute('data-severity'),
        'pass',
        `${id} in the panel`,
      );
    }
    assert.equal(
      await health
        .locator('[data-count="fail"]')
        .textContent()
        .then((t) => Number.parseInt(t ?? '', 10)),
      0,
    );
    assert.equal(
      await health
        .locator('[data-count="warn"]')
        .textContent()
        .then((t) => Number.parseInt(t ?? '', 10)),
      0,
    );
    // amdgpu loaded, which brings /dev/kfd: under the accelerators, whose heading names it
    const acc = health.locator('section[data-area="acc"]');
    assert.equal(
      (await acc.locator('h3').textContent())?.trim(),
      'Accelerators (Coral, Hailo, NPU, /dev/kfd)',
    );
    assert.equal(await acc.locator('details[data-check="acc.driver"]').count(), 1);
    // the device paths: the render node and /dev/kfd (major 511), both into the container's render group
    const kfd = health.locator('.dev-row').filter({ hasText: '/dev/kfd' });
    assert.equal(await kfd.getAttribute('data-verdict'), 'pass');
    assert.match((await kfd.textContent()) ?? '', /511:0[\s\S]*→[\s\S]*render/);
    const render = health.locator('.dev-row').filter({ hasText: '/dev/dri/renderD129' });
    assert.equal(await render.getAttribute('data-verdict'), 'pass');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the node view: only the AMD GPU says what Compute and Copy are, in the user's language", async () => {
    const { page, errors } = await openShell(browser, demo.url, { select: `node/${node}`, lang: 'de' });
    await clickNav(page, 'GPU');
    const amd = page.locator(`pvegpu-node-tab .gpu[data-gpu="${AMD}"]`);
    await amd.locator('[data-note="kfd"]').waitFor({ timeout: 15_000 });
    assert.equal(
      ((await amd.locator('[data-note="kfd"]').textContent()) ?? '').trim(),
      'ROCm-Prozesse (/dev/kfd): Berechnung ist der Anteil der Compute Units der GPU, den ihre Wavefronts belegen, Kopieren ihre SDMA-Aktivität.',
    );
    // the iGPU's and the NVIDIA GPU's figures are busy time: no such note
    assert.equal(await page.locator('pvegpu-node-tab .gpu[data-gpu]').count(), 3);
    assert.equal(await page.locator('pvegpu-node-tab [data-note="kfd"]').count(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
