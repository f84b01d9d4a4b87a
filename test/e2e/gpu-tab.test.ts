// SPDX-License-Identifier: AGPL-3.0-or-later
// The GPU tab in the PVE-like shell (real ExtJS, PVE.panel.Config stand-in), on Debian's
// Chromium, against the fixture shim (test/support/fake-shim.ts).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { startFakeShim } from '../support/fake-shim.ts';
import { clickNav, navEntries, openShell, selectResource, stopPageTimers, until } from './helpers.ts';
import { browser, repo, shell, shim, useShellWorld } from './shell-world.ts';

/** The page's ExtJS, as far as these tests touch it (evaluated in the browser). */
declare const Ext: { ComponentQuery: { query(s: string): Array<{ savedItems: Record<string, unknown> }> } };

// Pictures of each run, for a look at what the tests saw; never into the tracked tree.
const shots = path.join(repo, 'test/out/screenshots');

useShellWorld();

before(async () => {
  mkdirSync(shots, { recursive: true });
});

const q = (extra: Record<string, string> = {}) => ({ shim: shim.url, ...extra });

describe('boot script', () => {
  test('is plain non-strict script code (Ext callParent needs Function.caller)', () => {
    const boot = readFileSync(path.join(repo, 'dist/plugin/pve-gpu-tab.js'), 'utf8');
    assert.doesNotMatch(boot, /["']use strict["']/);
    assert.doesNotMatch(boot, /^\s*(import|export)\s/m);
    assert.ok(
      gzipSync(boot).length <= 10 * 1024,
      `boot script is ${gzipSync(boot).length} bytes gzipped (limit 10 KiB)`,
    );
  });
});

describe('the tab in the container panel', () => {
  test('appears after Resources for containers, namespaced, and not for templates', async () => {
    const { page, errors, pageErrors } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    const nav = await navEntries(page);
    assert.equal(nav[nav.indexOf('Resources') + 1], 'GPU');
    assert.equal(nav.filter((n) => n === 'GPU').length, 1);
    const ids = await page.evaluate(() =>
      Object.keys(Ext.ComponentQuery.query('pveLXCConfig')[0].savedItems),
    );
    assert.ok(ids.includes('pvegpu-ct'), ids.join());
    await selectResource(page, 'lxc/9000');
    await until(async () => (await navEntries(page)).includes('Permissions'), 'template panel');
    assert.ok(!(await navEntries(page)).includes('GPU'), 'no GPU tab for a template');
    await selectResource(page, 'lxc/102');
    await until(async () => (await navEntries(page)).includes('GPU'), 'GPU tab back on CT 102');
    assert.deepEqual(errors, []);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('no tab without VM.Audit / Sys.Audit in GuiCap', async () => {
    const { page } = await openShell(
      browser,
      shell.url,
      q({ select: 'lxc/101', nocap: 'VM.Audit,Sys.Audit' }),
    );
    assert.ok((await navEntries(page)).includes('Resources'));
    assert.ok(!(await navEntries(page)).includes('GPU'));
    await selectResource(page, 'node/pve');
    await until(async () => (await navEntries(page)).includes('Task History'), 'node panel');
    assert.ok(!(await navEntries(page)).includes('GPU'));
    await page.close();
  });

  test('PVE keeps the GPU tab across containers (hstateid), falls back to Summary on a template', async () => {
    const { page } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-gpu-card .name').waitFor();
    await selectResource(page, 'lxc/102');
    await until(
      async () =>
        (await page.locator('pvegpu-gpu-card .name').allTextContents()).includes('NVIDIA GeForce RTX 3060'),
      'CT 102 opens on its GPU tab',
    );
    assert.equal(await page.locator('pvegpu-ct-tab').count(), 1, 'the previous card was destroyed');
    await selectResource(page, 'lxc/9000');
    await until(
      async () =>
        (await page.locator('.x-panel-body').allTextContents()).join(' ').includes('Summary of CT 9000'),
      'template on Summary',
    );
    assert.equal(await page.locator('pvegpu-ct-tab').count(), 0);
    await page.close();
  });

  test('opens with live data, streams only while shown, no console errors', async () => {
    const { page, errors, pageErrors } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    const before = shim.activeStreams();
    const t0 = Date.now();
    await clickNav(page, 'GPU');
    const card = page.locator('pvegpu-gpu-card');
    await card.locator('.name').waitFor();
    const firstData = Date.now() - t0;
    assert.equal(await card.locator('.name').textContent(), 'Intel UHD Graphics 770');
    assert.match((await card.locator('header').textContent()) ?? '', /i915[\s\S]*0000:00:02\.0/);
    assert.ok(firstData < 5000, `first data after ${firstData} ms`);
    assert.equal(shim.activeStreams(), before + 1);
    // live: the frequency figure follows the fixture's 1 s samples
    const freq = card.locator('.figures b').first();
    const seen = new Set<string>();
    await until(async () => {
      seen.add((await freq.textContent()) ?? '');
      return seen.size >= 3;
    }, 'three different live frequency values');
    const video = card.locator('pvegpu-line-chart[data-engine="video"]');
    assert.match((await video.locator('.legend').textContent()) ?? '', /CT 101:\s*\d+%/);
    // opens on Hour like PVE's charts: the shim's history plus the live tail, no picking needed
    assert.equal(await page.locator('pvegpu-ct-tab select.timeframe').inputValue(), 'hour');
    await until(
      async () => ((await video.locator('path').first().getAttribute('d')) ?? '').split('L').length > 10,
      'hour chart drawn from history at once',
    );
    assert.ok(shim.requests.some((r) => r.path.endsWith('/lxc/101/history?timeframe=hour&cf=AVERAGE')));
    await video.locator('svg').hover({ position: { x: 200, y: 40 } });
    const tip = (await video.locator('.tip').textContent()) ?? '';
    assert.match(tip, /CT 101:\s*\d+%[\s\S]*whole GPU:/);
    assert.match(tip, /\d{1,2}:\d{2}/, 'the time under the pointer');
    // axis labels: values on the left, times below
    assert.deepEqual(await video.locator('.y span').allTextContents(), ['100%', '50%', '0%']);
    assert.equal(await video.locator('.x span').count(), 3);
    // the ticket travels in the Authorization header, never in the URL
    const streamReq = shim.requests.filter((r) => r.path.endsWith('/lxc/101/stream')).at(-1);
    assert.match(streamReq?.authorization ?? '', /^PVEAuthCookie=PVE%3Aroot%40pam%3A/);
    assert.ok(!shim.requests.some((r) => r.path.includes('ticket')));
    // time frame and Maximum, as PVE's selector offers them
    await page.locator('pvegpu-ct-tab select.timeframe').selectOption('day');
    await page.locator('pvegpu-ct-tab button[data-cf="MAX"]').click();
    await until(
      () => shim.requests.some((r) => r.path.includes('timeframe=day&cf=MAX')),
      'day/MAX history request',
    );
    // a legend entry switches its series off and on
    const wholeSeries = video.locator('.legend button').nth(1);
    // the legend keeps the text colour of the chart (not the pressed-button colours)
    assert.equal(
      await wholeSeries.evaluate((el) => getComputedStyle(el).color),
      await video.evaluate((el) => getComputedStyle(el).color),
    );
    const paths = () => video.locator('path').count();
    const drawn = await paths();
    await wholeSeries.click();
    assert.equal(await wholeSeries.getAttribute('aria-pressed'), 'false');
    assert.equal(await paths(), drawn - 1);
    await wholeSeries.click();
    assert.equal(await paths(), drawn);
    // an engine toggle removes that engine's chart from every card
    await page.locator('pvegpu-ct-tab button[data-toggle-engine="copy"]').click();
    await until(
      async () => (await card.locator('pvegpu-line-chart[data-engine="copy"]').count()) === 0,
      'copy chart hidden',
    );
    await page.locator('pvegpu-ct-tab button[data-toggle-engine="copy"]').click();
    await card.locator('pvegpu-line-chart[data-engine="copy"]').waitFor();
    // browser tab hidden → stream paused; visible again → resumed
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await until(() => shim.activeStreams() === before, 'stream closed while hidden');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await until(() => shim.activeStreams() === before + 1, 'stream reopened when visible');
    // leaving the tab destroys the card and ends the stream
    await clickNav(page, 'Summary');
    await until(() => shim.activeStreams() === before, 'stream closed after leaving the tab');
    assert.equal(await page.locator('pvegpu-ct-tab').count(), 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('opening the tab again sends no new CORS preflight (Max-Age honoured)', async () => {
    const { page } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    const preflights = () =>
      shim.requests.filter((r) => r.method === 'OPTIONS' && r.path.endsWith('/lxc/101/stream')).length;
    const before = preflights();
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-gpu-card .name').waitFor();
    assert.equal(preflights(), before + 1, 'one preflight for the first stream');
    for (let i = 0; i < 2; i++) {
      await clickNav(page, 'Summary');
      await page.locator('pvegpu-ct-tab').waitFor({ state: 'detached' });
      await clickNav(page, 'GPU');
      await page.locator('pvegpu-gpu-card .name').waitFor();
    }
    assert.equal(preflights(), before + 1, 'the browser reused the cached preflight');
    await page.close();
  });

  test('processes: PID inside the container, command, sortable', async () => {
    const { page } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-ct-tab button[data-view="processes"]').click();
    const rows = page.locator('pvegpu-process-table tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 2);
    // default: by memory, descending → ffmpeg (180 MiB) first
    assert.match((await rows.first().textContent()) ?? '', /312[\s\S]*ffmpeg/);
    await page.locator('pvegpu-process-table th[data-sort="pid"]').click();
    assert.match((await rows.first().textContent()) ?? '', /298[\s\S]*jellyfin/);
    await page.locator('pvegpu-process-table th[data-sort="pid"]').click();
    assert.match((await rows.first().textContent()) ?? '', /312/);
    await page.close();
  });

  test('health: verdicts, evidence, fix with copy, idmap and device diagrams', async () => {
    const { page, errors } = await openShell(browser, shell.url, q({ select: 'lxc/103' }));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shell.url });
    await clickNav(page, 'GPU');
    const tab = page.locator('pvegpu-ct-tab');
    assert.equal(await tab.locator('button[data-view="health"] .badge.fail').textContent(), '1');
    await tab.locator('button[data-view="health"]').click();
    const health = page.locator('pvegpu-health-view');
    await health.locator('[data-summary]').waitFor();
    assert.match((await health.locator('[data-count="fail"]').textContent()) ?? '', /1/);
    const failCheck = health.locator('details[data-check="dev.gid_wrong_group"]');
    assert.equal(await failCheck.getAttribute('data-severity'), 'fail');
    assert.equal(
      await failCheck.evaluate((el) => (el as HTMLDetailsElement).open),
      true,
      'fail checks start open',
    );
    assert.match((await failCheck.textContent()) ?? '', /dev0: \/dev\/dri\/renderD128,gid=44/);
    // the first section is the area with the worst verdict
    assert.equal(await health.locator('section').first().getAttribute('data-area'), 'dev');
    // the service user's failure follows from the wrong gid: shown under it, not counted again
    const consequence = failCheck.locator('.consequences details[data-check="ct.service_user_groups"]');
    assert.equal(await consequence.count(), 1);
    assert.equal(await health.locator('section[data-area="ct"]').count(), 0);
    await failCheck.locator('button.copy').last().click();
    await until(
      async () => ((await failCheck.locator('button.copy').last().textContent()) ?? '').includes('Copied'),
      'copied',
    );
    // and said to a screen reader by the view's status region
    assert.equal(await health.locator('[role="status"][data-copy-status]').textContent(), 'Copied');
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      'dev0: /dev/dri/renderD128,gid=104',
    );
    const warn = health.locator('details[data-check="idmap.gap"]');
    assert.equal(await warn.getAttribute('data-severity'), 'warn');
    await warn.locator('summary').click();
    assert.match((await warn.textContent()) ?? '', /lxc\.idmap: g 105 100105 65431/);
    // idmap diagram: gap highlighted, passthrough id marked
    const g = health.locator('.idmap[data-kind="g"]');
    assert.equal(await g.locator('rect.gap').count(), 1);
    assert.equal(await g.locator('rect.range.passthrough:not(.host)').count(), 1);
    assert.match((await g.locator('.mark-label').allTextContents()).join(' '), /render \(104\)/);
    assert.match((await g.locator('tr.gap-row').textContent()) ?? '', /105–65535/);
    // device path diagram
    const dev = health.locator('.dev-row').first();
    assert.equal(await dev.getAttribute('data-verdict'), 'fail');
    assert.match((await dev.textContent()) ?? '', /226:128[\s\S]*render[\s\S]*→[\s\S]*video/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('states', () => {
  test('shim not reachable: explains, links to accept the certificate; PVE panel keeps working', async () => {
    const closed = await startFakeShim();
    const deadUrl = closed.url;
    await closed.close();
    const { page, pageErrors } = await openShell(browser, shell.url, { shim: deadUrl, select: 'lxc/101' });
    await clickNav(page, 'GPU');
    const state = page.locator('pvegpu-ct-tab [data-state="unreachable"]');
    await state.waitFor();
    assert.equal(await state.locator('a.accept-cert').getAttribute('href'), `${deadUrl}/`);
    await clickNav(page, 'Network');
    await until(
      async () =>
        (await page.locator('.x-panel-body').allTextContents()).join(' ').includes('Network (stand-in)'),
      'Network tab',
    );
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('certificate accepted in another tab: coming back retries at once', async () => {
    const { page, pageErrors } = await openShell(browser, shell.url, q({ select: 'lxc/101' }), {
      clock: true,
    });
    // what Chromium does with a certificate it has not accepted: the request fails, no details
    await page.route(`${shim.url}/**`, (route) => route.abort('failed'));
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-ct-tab [data-state="unreachable"]').waitFor();
    // The stream's own reconnect is a timer: with the page's timers stopped it cannot come, so
    // only the focus can bring the data (a timed wait for the card could be met by the reconnect).
    await stopPageTimers(page);
    await page.unroute(`${shim.url}/**`);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.locator('pvegpu-gpu-card .name').waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('pvegpu-ct-tab [data-state="unreachable"]').count(), 0);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('node view, certificate accepted in another tab: coming back retries at once, not at the next reconnect', async () => {
    const { page, pageErrors } = await openShell(browser, shell.url, q({ select: 'node/pve' }), {
      clock: true,
    });
    let failedStreams = 0;
    await page.route(`${shim.url}/**`, (route) => {
      if (route.request().url().endsWith('/stream')) failedStreams += 1;
      return route.abort('failed');
    });
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-node-tab [data-state="unreachable"]').waitFor();
    await until(async () => failedStreams >= 1, 'a try of the stream');
    // no timer of the page fires from here: not the stream's next reconnect, whenever it was due
    await stopPageTimers(page);
    await page.unroute(`${shim.url}/**`);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.locator('pvegpu-node-tab .gpu').first().waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('pvegpu-node-tab [data-state="unreachable"]').count(), 0);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  for (const [mode, state, text] of [
    ['unauthorized', 'unauthenticated', /log in again/],
    ['forbidden', 'forbidden', /VM\.Audit on \/vms\/101/],
    [
      'driver-mismatch',
      'collector-driver-mismatch',
      /driver\/library version mismatch \(userspace NVML 550\.120\)[\s\S]*Reboot the node/,
    ],
  ] as const) {
    test(`${mode}: shows "${state}" with the next step`, async () => {
      shim.world.mode = mode;
      try {
        const { page, pageErrors } = await openShell(
          browser,
          shell.url,
          q({ select: mode === 'driver-mismatch' ? 'lxc/102' : 'lxc/101' }),
        );
        await clickNav(page, 'GPU');
        const box = page.locator(`pvegpu-ct-tab [data-state="${state}"]`).first();
        await box.waitFor();
        assert.match((await box.textContent()) ?? '', text);
        assert.deepEqual(pageErrors, []);
        await page.close();
      } finally {
        shim.world.mode = 'ok';
      }
    });
  }

  test('stopped container: no stream, health still shown', async () => {
    const { page } = await openShell(browser, shell.url, q({ select: 'lxc/101', stopped: '101' }));
    const before = shim.activeStreams();
    await clickNav(page, 'GPU');
    const tab = page.locator('pvegpu-ct-tab');
    await tab.locator('[data-state="stopped"]').waitFor();
    await tab.locator('pvegpu-health-view [data-summary]').waitFor();
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(shim.activeStreams(), before);
    await page.close();
  });

  test('container stops and starts: the stream follows statusStore', async () => {
    const { page, pageErrors } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    const before = shim.activeStreams();
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-gpu-card .name').waitFor();
    assert.equal(shim.activeStreams(), before + 1);
    const setStatus = (s: string) =>
      page.evaluate((st) => {
        (window as unknown as { PveShell: { setStatus(v: number, s: string): void } }).PveShell.setStatus(
          101,
          st,
        );
      }, s);
    await setStatus('stopped');
    await page.locator('pvegpu-ct-tab [data-state="stopped"]').first().waitFor();
    await until(() => shim.activeStreams() === before, 'stream closed when the container stopped');
    await setStatus('running');
    await page.locator('pvegpu-gpu-card .name').waitFor();
    await until(() => shim.activeStreams() === before + 1, 'stream reopened when it started');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('no GPU passed through: says how to pass one', async () => {
    const { page } = await openShell(browser, shell.url, q({ select: 'lxc/104', cts: '104:web' }));
    await clickNav(page, 'GPU');
    const box = page.locator('pvegpu-ct-tab [data-state="no-gpu"]').first();
    await box.waitFor();
    assert.match((await box.textContent()) ?? '', /dev0: \/dev\/dri\/renderD128,gid=/);
    await page.close();
  });
});

describe('the PVE panel survives plugin failures', () => {
  test('addTabs throws: the container panel opens without the GPU tab', async () => {
    const { page, pageErrors } = await openShell(browser, shell.url, q());
    await page.evaluate(() => {
      (window as unknown as { PveGpuTab: { addTabs: () => void } }).PveGpuTab.addTabs = () => {
        throw new Error('plugin bug');
      };
    });
    await selectResource(page, 'lxc/101');
    await until(async () => (await navEntries(page)).includes('Permissions'), 'panel rendered');
    assert.ok(!(await navEntries(page)).includes('GPU'));
    await clickNav(page, 'Resources');
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { PveShell: { errors: string[] } }).PveShell.errors),
      [],
    );
    await page.close();
  });

  test('boot script loaded twice: still one GPU tab (a duplicate itemId would throw in PVE)', async () => {
    const { page, pageErrors } = await openShell(browser, shell.url, q());
    // the stand-in, like PVE, throws on a duplicate itemId
    const throws = await page.evaluate(() => {
      try {
        const E = (window as unknown as { Ext: { create(c: object): unknown } }).Ext;
        E.create({
          xtype: 'pvePanelConfig',
          items: [
            { itemId: 'a', title: 'A' },
            { itemId: 'a', title: 'A' },
          ],
        });
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(throws, true);
    await page.addScriptTag({ url: '/pve2/js/pve-gpu-tab.js?ver=0.1.0' });
    await selectResource(page, 'lxc/101');
    await until(async () => (await navEntries(page)).includes('Permissions'), 'panel rendered');
    assert.equal((await navEntries(page)).filter((n) => n === 'GPU').length, 1);
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-gpu-card .name').waitFor();
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('the panel chunk throws on load: the tab says so, other tabs work', async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route('**/pve2/js/pve-gpu-tab-panel.js*', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("panel exploded");' }),
    );
    await page.goto(`${shell.url}/?${new URLSearchParams(q({ select: 'lxc/101' }))}`);
    await page.waitForFunction(
      () => (window as unknown as { PveShell?: { workspace?: unknown } }).PveShell?.workspace,
    );
    await clickNav(page, 'GPU');
    const err = page.locator('[data-state="load-error"]');
    await err.waitFor();
    assert.match((await err.textContent()) ?? '', /panel exploded/);
    await clickNav(page, 'DNS');
    await until(
      async () =>
        (await page.locator('.x-panel-body').allTextContents()).join(' ').includes('DNS (stand-in)'),
      'DNS tab',
    );
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('the shim is down: the node panel and the container panels still work', async () => {
    const { page, pageErrors } = await openShell(browser, shell.url, {
      shim: 'http://127.0.0.1:9',
      select: 'node/pve',
    });
    assert.ok((await navEntries(page)).includes('GPU'));
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-node-tab [data-state="unreachable"]').waitFor();
    await selectResource(page, 'lxc/102');
    await until(async () => (await navEntries(page)).includes('Resources'), 'container panel');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});

describe('node view', () => {
  test('lists the GPUs and the containers using them; a container links to its tab', async () => {
    const { page, errors } = await openShell(browser, shell.url, q({ select: 'node/pve' }));
    const nav = await navEntries(page);
    assert.equal(nav[nav.indexOf('Task History') - 1], 'GPU');
    await clickNav(page, 'GPU');
    const node = page.locator('pvegpu-node-tab');
    await node.locator('.gpu').first().waitFor();
    assert.equal(await node.locator('.gpu').count(), 2);
    // history charts per GPU, in PVE's time frame (Hour by default)
    const video = node.locator('.gpu[data-gpu="0000:00:02.0"] pvegpu-line-chart[data-engine="video"]');
    await until(
      async () => ((await video.locator('path').first().getAttribute('d')) ?? '').split('L').length > 10,
      'node video chart drawn from history',
    );
    assert.ok(shim.requests.some((r) => r.path === '/api/v1/nodes/pve/history?timeframe=hour&cf=AVERAGE'));
    assert.equal(
      await node.locator('.gpu[data-gpu="0000:01:00.0"] pvegpu-line-chart[data-engine="memory"]').count(),
      1,
    );
    const intel = node.locator('.gpu[data-gpu="0000:00:02.0"]');
    assert.deepEqual(
      await intel.locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-owner'))),
      ['101', 'host'],
    );
    // named like PVE's resource tree, from PVE.data.ResourceStore
    const link = node.locator('.gpu[data-gpu="0000:01:00.0"] a[data-open-ct="102"]');
    assert.equal((await link.textContent())?.trim(), 'CT 102 (ollama)');
    await link.click();
    await page.locator('pvegpu-ct-tab pvegpu-gpu-card .name').waitFor();
    assert.equal(await page.locator('pvegpu-gpu-card .name').textContent(), 'NVIDIA GeForce RTX 3060');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('themes (pictures in test/out/screenshots)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`${theme} theme`, async () => {
      const extra: Record<string, string> = theme === 'dark' ? { theme: 'dark' } : {};
      const { page, errors } = await openShell(browser, shell.url, q({ select: 'lxc/101', ...extra }));
      const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
      assert.equal(scheme, theme === 'dark' ? 'dark' : 'normal');
      await clickNav(page, 'GPU');
      await page.locator('pvegpu-gpu-card .name').waitFor();
      // the picture with a drawn line (two points at least), not a fixed wait for one
      await page.locator('pvegpu-gpu-card pvegpu-line-chart path[d*="L"]').first().waitFor();
      const bg = await page.locator('pvegpu-ct-tab').evaluate((el) => getComputedStyle(el).color);
      assert.equal(bg, theme === 'dark' ? 'rgb(242, 242, 242)' : 'rgb(0, 0, 0)');
      await page.screenshot({ path: path.join(shots, `ct-usage-${theme}.png`) });
      await selectResource(page, 'lxc/103');
      await page.locator('pvegpu-ct-tab button[data-view="health"]').click();
      await page.locator('pvegpu-health-view [data-summary]').waitFor();
      await page.screenshot({ path: path.join(shots, `ct-health-${theme}.png`) });
      await selectResource(page, 'node/pve');
      await clickNav(page, 'GPU');
      await page.locator('pvegpu-node-tab .gpu').first().waitFor();
      await page.screenshot({ path: path.join(shots, `node-${theme}.png`) });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
