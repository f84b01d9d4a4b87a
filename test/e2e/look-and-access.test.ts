// SPDX-License-Identifier: AGPL-3.0-or-later
// The GPU tab as a PVE user and a keyboard or screen reader user meets it: the tab's icon, the
// time frame remembered where PVE keeps its own, keyboard-only use, axe-core in light, dark and
// auto themes on every view, and no sideways overflow from 1024×768 up.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { clickNav, openShell, selectResource, until } from './helpers.ts';
import { axeSerious, focused, horizontalOverflow } from './page-checks.ts';
import { browser, shell, shim, useShellWorld } from './shell-world.ts';

useShellWorld();

const q = (extra: Record<string, string> = {}) => ({ shim: shim.url, ...extra });

/** PVE's state provider keeps the chart choice in localStorage under Ext's "ext-" prefix. */
const storedChoice = (page: Page) =>
  page.evaluate(() => {
    const E = (window as unknown as { Ext: { state: { Manager: { get(k: string): unknown } } } }).Ext;
    return {
      state: E.state.Manager.get('proxmoxRRDTypeSelection') as Record<string, string> | undefined,
      raw: localStorage.getItem('ext-proxmoxRRDTypeSelection'),
    };
  });

describe('native look', () => {
  test('the container tab carries a Font Awesome icon drawn like its neighbours', async () => {
    const { page } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    const icon = (entry: string) =>
      page
        .locator('.pveshell-nav .x-grid-cell-inner', { hasText: new RegExp(`^${entry}$`) })
        .locator('.pveshell-nav-icon')
        .evaluate((el) => ({
          cls: el.className,
          glyph: getComputedStyle(el, '::before').content,
          font: getComputedStyle(el).fontFamily,
        }));
    const gpu = await icon('GPU');
    const resources = await icon('Resources');
    assert.match(gpu.cls, /\bfa fa-microchip\b/);
    assert.equal(gpu.glyph, '"\uf2db"', 'fa-microchip glyph of Font Awesome 4.7');
    assert.equal(gpu.font, resources.font);
    assert.ok(await page.evaluate(() => document.fonts.check('14px FontAwesome')), 'FontAwesome loaded');
    await selectResource(page, 'node/pve');
    await until(
      async () => (await page.locator('.pveshell-nav').textContent())?.includes('GPU') ?? false,
      'node nav',
    );
    assert.match((await icon('GPU')).cls, /\bfa fa-microchip\b/);
    await page.close();
  });

  test("PVE's font and the theme's text colours (light, proxmox-dark, auto)", async () => {
    for (const [theme, scheme, text] of [
      ['crisp', 'light', 'rgb(0, 0, 0)'],
      ['dark', 'light', 'rgb(242, 242, 242)'],
      ['auto', 'dark', 'rgb(242, 242, 242)'],
      ['auto', 'light', 'rgb(0, 0, 0)'],
    ] as const) {
      const { page } = await openShell(browser, shell.url, q({ select: 'lxc/101', theme }), {
        colorScheme: scheme,
      });
      await clickNav(page, 'GPU');
      await page.locator('pvegpu-gpu-card .name').waitFor();
      const look = await page.locator('pvegpu-ct-tab').evaluate((el) => ({
        font: getComputedStyle(el).fontFamily,
        size: getComputedStyle(el).fontSize,
        color: getComputedStyle(el).color,
        dark: el.hasAttribute('dark'),
      }));
      assert.equal(look.font, 'helvetica, arial, verdana, sans-serif', 'ExtJS crisp .x-body');
      assert.equal(look.size, '13px');
      assert.equal(look.color, text, `${theme}/${scheme}`);
      assert.equal(look.dark, text !== 'rgb(0, 0, 0)');
      await page.close();
    }
  });
});

describe('time frame', () => {
  test("kept under PVE's own state key, across containers and page reloads, and shared with PVE", async () => {
    const { page, errors } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-gpu-card .name').waitFor();
    const tf = page.locator('pvegpu-ct-tab select.timeframe');
    assert.equal(await tf.inputValue(), 'hour', 'Hour by default, like PVE');
    await tf.selectOption('week');
    await page.locator('pvegpu-ct-tab button[data-cf="MAX"]').click();
    const saved = await storedChoice(page);
    assert.deepEqual(saved.state, { id: 'weekmax', timeframe: 'week', cf: 'MAX' });
    assert.match(saved.raw ?? '', /weekmax/);
    // another container: the same choice
    await selectResource(page, 'lxc/102');
    await page.locator('pvegpu-gpu-card .name').waitFor();
    await until(
      () => shim.requests.some((r) => r.path.endsWith('/lxc/102/history?timeframe=week&cf=MAX')),
      'CT 102 asks for week/MAX',
    );
    assert.equal(await tf.inputValue(), 'week');
    assert.equal(
      await page.locator('pvegpu-ct-tab button[data-cf="MAX"]').getAttribute('aria-pressed'),
      'true',
    );
    // a page reload: still week/MAX (PVE restores the GPU tab too)
    await page.reload();
    await page.waitForFunction(
      () => (window as unknown as { PveShell?: { workspace?: unknown } }).PveShell?.workspace,
    );
    await selectResource(page, 'lxc/101');
    await page.locator('pvegpu-gpu-card .name').waitFor();
    assert.equal(await tf.inputValue(), 'week');
    assert.equal(
      await page.locator('pvegpu-ct-tab button[data-cf="MAX"]').getAttribute('aria-pressed'),
      'true',
    );
    // PVE's own selector (a Summary's RRDTypeSelector) changes it: the GPU charts follow
    const before = shim.requests.length;
    await page.evaluate(() => {
      const E = (window as unknown as { Ext: { state: { Manager: { set(k: string, v: unknown): void } } } })
        .Ext;
      E.state.Manager.set('proxmoxRRDTypeSelection', { id: 'day', timeframe: 'day', cf: 'AVERAGE' });
    });
    await until(
      () =>
        shim.requests.slice(before).some((r) => r.path.endsWith('/lxc/101/history?timeframe=day&cf=AVERAGE')),
      'day/AVERAGE after PVE changed its choice',
    );
    assert.equal(await tf.inputValue(), 'day');
    // PVE's month and year: our 9 days of history show as week, PVE's choice stays
    await page.evaluate(() => {
      const E = (window as unknown as { Ext: { state: { Manager: { set(k: string, v: unknown): void } } } })
        .Ext;
      E.state.Manager.set('proxmoxRRDTypeSelection', { id: 'year', timeframe: 'year', cf: 'AVERAGE' });
    });
    await until(async () => (await tf.inputValue()) === 'week', 'year shown as week');
    assert.equal((await storedChoice(page)).state?.timeframe, 'year');
    // the node view's charts follow the same choice
    await selectResource(page, 'node/pve');
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-node-tab .gpu').first().waitFor();
    await until(
      () => shim.requests.some((r) => r.path === '/api/v1/nodes/pve/history?timeframe=week&cf=AVERAGE'),
      'node history in the shared time frame',
    );
    assert.equal(await page.locator('pvegpu-node-tab select.timeframe').inputValue(), 'week');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the time frame controls show only where there is a chart', async () => {
    const { page } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-gpu-card .name').waitFor();
    const controls = page.locator('pvegpu-ct-tab .timeframes');
    assert.equal(await controls.count(), 1);
    await page.locator('pvegpu-ct-tab [data-view="processes"]').click();
    await page.locator('pvegpu-process-table tbody tr').first().waitFor();
    assert.equal(await controls.count(), 0, 'not in Processes');
    await page.locator('pvegpu-ct-tab [data-view="health"]').click();
    await page.locator('pvegpu-health-view [data-summary]').waitFor();
    assert.equal(await controls.count(), 0, 'not in Health');
    await page.close();
  });
});

describe('keyboard', () => {
  test('keyboard only: into the tab, views by arrow keys, sort by Enter/Space, charts, focus visible', async () => {
    const { page, errors } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    await clickNav(page, 'Resources');
    // PVE's nav moves with the arrow keys; from Resources one down is the GPU tab
    await page.keyboard.press('ArrowDown');
    await page.locator('pvegpu-gpu-card .name').waitFor();
    // Tab until the focus is inside the GPU tab
    let f = await focused(page);
    for (let i = 0; i < 15 && !f.inTab; i++) {
      await page.keyboard.press('Tab');
      f = await focused(page);
    }
    assert.equal(f.role, 'tab', `first stop in the GPU tab: ${JSON.stringify(f)}`);
    assert.equal(f.view, 'usage');
    assert.notEqual(f.outline.split(' ')[0], 'none', 'focus is visible');
    // Tab order in Usage: one stop for the tabs, time frame, Maximum, Average, engine toggles, charts
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const s = await focused(page);
      assert.notEqual(s.outline.split(' ')[0], 'none', `focus visible on ${JSON.stringify(s)}`);
      stops.push(s.tag === 'select' ? 'select' : s.role === 'group' ? 'chart' : s.text);
    }
    assert.equal(stops[0], 'select');
    assert.deepEqual(stops.slice(1, 3), ['Maximum', 'Average']);
    assert.ok(stops.includes('Render/3D'), stops.join(' | '));
    assert.ok(stops.includes('chart') || stops.some((s) => s.startsWith('CT 101')), stops.join(' | '));
    // a chart reads its values by arrow keys
    const chart = page.locator('pvegpu-line-chart[data-engine="video"] .wrap');
    await chart.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.match(
      (await page.locator('pvegpu-line-chart[data-engine="video"] .tip').textContent()) ?? '',
      /CT 101:/,
    );
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('pvegpu-line-chart[data-engine="video"] .tip').count(), 0);
    // back to the tabs: Shift+Tab from the time frame
    await page.locator('pvegpu-ct-tab select.timeframe').focus();
    await page.keyboard.press('Shift+Tab');
    f = await focused(page);
    assert.equal(f.view, 'usage');
    await page.keyboard.press('ArrowRight');
    f = await focused(page);
    assert.equal(f.view, 'processes');
    assert.equal(
      await page.locator('pvegpu-ct-tab [data-view="processes"]').getAttribute('aria-selected'),
      'true',
    );
    await page.locator('pvegpu-process-table tbody tr').first().waitFor();
    // Tab into the sortable headers
    await page.keyboard.press('Tab');
    f = await focused(page);
    assert.equal(f.sort, 'pid', JSON.stringify(f));
    const pidHeader = page.locator('pvegpu-process-table th[data-sort="pid"]');
    const rows = page.locator('pvegpu-process-table tbody tr');
    await page.keyboard.press('Enter');
    assert.equal(await pidHeader.getAttribute('aria-sort'), 'ascending');
    assert.match((await rows.first().textContent()) ?? '', /298/);
    await page.keyboard.press('Space');
    assert.equal(await pidHeader.getAttribute('aria-sort'), 'descending');
    assert.match((await rows.first().textContent()) ?? '', /312/);
    // End jumps to Health; Home back to Usage
    await page.locator('pvegpu-ct-tab [data-view="processes"]').focus();
    await page.keyboard.press('End');
    assert.equal((await focused(page)).view, 'health');
    await page.locator('pvegpu-health-view [data-summary]').waitFor();
    await page.keyboard.press('Home');
    assert.equal((await focused(page)).view, 'usage');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('health checks open and close from the keyboard', async () => {
    const { page } = await openShell(browser, shell.url, q({ select: 'lxc/103' }));
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-ct-tab [data-view="health"]').click();
    const warn = page.locator('pvegpu-health-view details[data-check="idmap.gap"]');
    await warn.waitFor();
    // from the Health tab, Tab along until the idmap.gap check's summary has the focus
    await page.locator('pvegpu-ct-tab [data-view="health"]').focus();
    let f = await focused(page);
    for (let i = 0; i < 30 && !(f.tag === 'summary' && f.text.includes('idmap.gap')); i++) {
      await page.keyboard.press('Tab');
      f = await focused(page);
    }
    assert.equal(f.tag, 'summary', JSON.stringify(f));
    assert.notEqual(f.outline.split(' ')[0], 'none');
    await page.keyboard.press('Enter');
    assert.equal(await warn.evaluate((el) => (el as HTMLDetailsElement).open), true);
    await page.close();
  });
});

describe('screen reader: the Copy buttons of a fix', () => {
  test('each is described by what it copies: the block it belongs to and its lines', async () => {
    const { page } = await openShell(browser, shell.url, q({ select: 'lxc/103' }));
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-ct-tab [data-view="health"]').click();
    await page.locator('pvegpu-health-view [data-summary]').waitFor();
    // the accessible description as the browser computes it from aria-describedby
    const described = await page.locator('pvegpu-health-view button.copy').evaluateAll((buttons) =>
      buttons.map((b) => {
        const root = b.getRootNode() as ShadowRoot;
        const ids = (b.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        return ids.map((id) => root.getElementById(id)?.textContent?.trim() ?? `(no #${id})`).join(' | ');
      }),
    );
    assert.ok(described.length >= 4, JSON.stringify(described));
    assert.equal(new Set(described).size, described.length, `alike: ${JSON.stringify(described)}`);
    assert.ok(described.includes('Remove | dev0: /dev/dri/renderD128,gid=44'), JSON.stringify(described));
    assert.ok(described.includes('Add | dev0: /dev/dri/renderD128,gid=104'), JSON.stringify(described));
    await page.close();
  });
});

describe('keyboard: a command line cut short', () => {
  test('Tab reaches it, Enter shows it whole with the host PID, Space cuts it again; its name is the whole line', async () => {
    const { page, errors } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-gpu-card .name').waitFor();
    await page.locator('pvegpu-ct-tab [data-view="usage"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('pvegpu-process-table tbody tr').first().waitFor();
    const cell = page.locator('pvegpu-process-table tr[data-pid="41234"] td.cmd');
    const full = (await cell.getAttribute('title')) ?? '';
    assert.ok(full.length > 300, full);
    // Tab along the headers into the rows until the long command has the focus
    let f = await focused(page);
    for (let i = 0; i < 20 && !(f.tag === 'button' && full.startsWith(f.text)); i++) {
      await page.keyboard.press('Tab');
      f = await focused(page);
    }
    assert.equal(f.tag, 'button', JSON.stringify(f));
    assert.ok(full.startsWith(f.text), JSON.stringify(f));
    assert.notEqual(f.outline.split(' ')[0], 'none', 'focus is visible');
    // a screen reader names the button by the whole line and hears whether it is shown whole
    const button = page.getByRole('button', { name: full, exact: true });
    assert.equal(await button.count(), 1);
    const shape = () =>
      button.evaluate((el) => ({
        expanded: el.getAttribute('aria-expanded'),
        cut: el.scrollWidth > el.clientWidth + 1,
        height: el.getBoundingClientRect().height,
      }));
    const hostPid = () =>
      page.locator('pvegpu-process-table tr[data-pid="41234"] td.num').first().textContent();
    const before = await shape();
    assert.deepEqual([before.expanded, before.cut], ['false', true]);
    assert.doesNotMatch((await hostPid()) ?? '', /41234/);
    await page.keyboard.press('Enter');
    const open = await shape();
    assert.deepEqual([open.expanded, open.cut], ['true', false]);
    assert.ok(open.height > before.height * 3, `wrapped: ${before.height} → ${open.height}`);
    // with it the host PID, until now only in a title the keyboard cannot reach
    assert.match((await hostPid()) ?? '', /host PID 41234/);
    assert.deepEqual(await horizontalOverflow(page, 'pvegpu-ct-tab'), []);
    // it stays whole while the table updates live: two updates more
    const sent = shim.streamEvents();
    await until(async () => shim.streamEvents() >= sent + 2, 'two live updates', 15_000);
    assert.equal((await shape()).expanded, 'true');
    await page.keyboard.press('Space');
    const closed = await shape();
    assert.deepEqual([closed.expanded, closed.cut], ['false', true]);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('keyboard: states and the node and Datacenter views', () => {
  /** Lets Lit render what the last event changed. */
  const settled = (page: Page) =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  test('Retry keeps the focus: on Retry while the service stays down, on the view tab once it answers', async () => {
    const { page, pageErrors } = await openShell(browser, shell.url, q({ select: 'lxc/101' }));
    // the certificate not accepted yet: every request to the service fails
    let refused = 0;
    await page.route(`${shim.url}/**`, (route) => {
      refused += 1;
      return route.abort('failed');
    });
    await clickNav(page, 'GPU');
    const retry = page.locator('pvegpu-ct-tab [data-state="unreachable"] button');
    await retry.waitFor();
    await retry.focus();
    const before = refused;
    await page.keyboard.press('Enter');
    // the retry's requests (stream, health, history) have all failed again
    await until(() => refused >= before + 3, 'the retry was refused');
    await settled(page);
    let f = await focused(page);
    assert.equal(f.text, 'Retry', `focus after a failed retry: ${JSON.stringify(f)}`);
    // accepted now: Enter again, the data comes, the focus lands on the selected view tab
    await page.unroute(`${shim.url}/**`);
    await page.keyboard.press('Enter');
    await page.locator('pvegpu-gpu-card .name').first().waitFor();
    await settled(page);
    f = await focused(page);
    assert.ok(
      f.inTab && f.role === 'tab' && f.view === 'usage',
      `focus after the retry worked: ${JSON.stringify(f)}`,
    );
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('the same in the node view', async () => {
    const { page } = await openShell(browser, shell.url, q({ select: 'node/pve' }));
    await page.route(`${shim.url}/**`, (route) => route.abort('failed'));
    await clickNav(page, 'GPU');
    const retry = page.locator('pvegpu-node-tab [data-state="unreachable"] button');
    await retry.waitFor();
    await retry.focus();
    await page.unroute(`${shim.url}/**`);
    await page.keyboard.press('Enter');
    await page.locator('pvegpu-node-tab .gpu').first().waitFor();
    await settled(page);
    const f = await focused(page);
    assert.ok(f.inTab && f.tag === 'select', `focus after the retry worked: ${JSON.stringify(f)}`);
    await page.close();
  });

  /** Tab from PVE's nav through the GPU element: each stop's name and focus ring, until it leaves. */
  async function tabWalk(page: Page): Promise<Array<{ name: string; tag: string; outline: string }>> {
    const stops: Array<{ name: string; tag: string; outline: string }> = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const s = await page.evaluate(`(() => {
        let el = document.activeElement, inTab = false;
        while (el && el.shadowRoot && el.shadowRoot.activeElement) {
          if (el.tagName.toLowerCase().startsWith('pvegpu-')) inTab = true;
          el = el.shadowRoot.activeElement;
        }
        if (!el || !inTab) return null;
        const root = el.getRootNode();
        const by = (el.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean)
          .map((id) => (root.getElementById ? root.getElementById(id) : null)?.textContent || '').join(' ');
        const name = (el.getAttribute('aria-label') || by || el.textContent || el.getAttribute('title') || '')
          .replace(/s+/g, ' ').trim();
        const cs = getComputedStyle(el);
        return { name, tag: el.tagName.toLowerCase(), outline: cs.outlineStyle + ' ' + cs.outlineWidth };
      })()`);
      if (s) stops.push(s as { name: string; tag: string; outline: string });
      else if (stops.length > 0) break;
    }
    return stops;
  }

  test('node view: every stop has a name and a visible focus; a container opens with Enter', async () => {
    const { page, errors } = await openShell(browser, shell.url, q({ select: 'node/pve' }));
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-node-tab .gpu').first().waitFor();
    const stops = await tabWalk(page);
    assert.ok(stops.length >= 5, JSON.stringify(stops));
    for (const s of stops) {
      assert.ok(s.name.length > 0, `a ${s.tag} without a name`);
      assert.notEqual(s.outline.split(' ')[0], 'none', `no visible focus on ${s.tag} "${s.name}"`);
    }
    assert.ok(
      stops.some((s) => s.tag === 'a' && s.name === 'CT 101 (jellyfin)'),
      stops.map((s) => s.name).join(' | '),
    );
    // live data arrives every second: the focus stays on the link through several updates
    const link = page.locator('pvegpu-node-tab a', { hasText: 'CT 101 (jellyfin)' });
    await link.focus();
    const seen = shim.requests.length;
    const sent = shim.streamEvents();
    await until(async () => shim.streamEvents() >= sent + 2, 'two live updates', 15_000);
    assert.equal((await focused(page)).text, 'CT 101 (jellyfin)', 'focus kept through live updates');
    assert.equal(shim.requests.length, seen, 'the updates came by the open stream');
    await page.keyboard.press('Enter');
    await until(
      async () => (await page.locator('.pveshell-nav').textContent())?.includes('Resources') ?? false,
      'CT 101 opened',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Datacenter → GPU: every stop has a name and a visible focus, kept across its polls', async () => {
    const { page } = await openShell(
      browser,
      shell.url,
      q({ select: 'root', nodes: 'pve', cts: '101:jellyfin' }),
    );
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-cluster-tab tr.owner a').first().waitFor();
    const stops = await tabWalk(page);
    assert.ok(stops.length >= 1, JSON.stringify(stops));
    for (const s of stops) {
      assert.ok(s.name.length > 0, `a ${s.tag} without a name`);
      assert.notEqual(s.outline.split(' ')[0], 'none', `no visible focus on ${s.tag} "${s.name}"`);
    }
    const link = page.locator('pvegpu-cluster-tab tr.owner a').first();
    await link.focus();
    const polls = () => shim.requests.filter((r) => r.path === '/api/v1/nodes/pve/gpu').length;
    const before = polls();
    await until(() => polls() > before, 'the view polled again', 15_000);
    await settled(page);
    assert.match((await focused(page)).text, /^CT 101/, 'focus kept across a poll');
    await page.close();
  });
});

/** Each view of the tab, opened on a fresh page: [name, query, steps]. */
const VIEWS: Array<[string, Record<string, string>, (page: Page) => Promise<void>]> = [
  [
    'CT usage',
    { select: 'lxc/101' },
    async (page) => {
      await clickNav(page, 'GPU');
      await page.locator('pvegpu-gpu-card .name').waitFor();
      await page.locator('pvegpu-line-chart[data-engine="video"] svg').hover({ position: { x: 100, y: 40 } });
    },
  ],
  [
    'CT processes',
    { select: 'lxc/101' },
    async (page) => {
      await clickNav(page, 'GPU');
      await page.locator('pvegpu-ct-tab [data-view="processes"]').click();
      await page.locator('pvegpu-process-table tbody tr').first().waitFor();
    },
  ],
  [
    'CT health',
    { select: 'lxc/103' },
    async (page) => {
      await clickNav(page, 'GPU');
      await page.locator('pvegpu-ct-tab [data-view="health"]').click();
      await page.locator('pvegpu-health-view [data-summary]').waitFor();
      // every check open: its evidence and fixes are scanned and measured too
      await page.locator('pvegpu-health-view').evaluate((el) => {
        for (const d of Array.from(el.shadowRoot?.querySelectorAll('details') ?? [])) d.open = true;
      });
    },
  ],
  [
    'CT without GPU',
    { select: 'lxc/104', cts: '104:web' },
    async (page) => {
      await clickNav(page, 'GPU');
      await page.locator('pvegpu-ct-tab [data-state="no-gpu"]').first().waitFor();
    },
  ],
  [
    'node',
    { select: 'node/pve' },
    async (page) => {
      await clickNav(page, 'GPU');
      await page.locator('pvegpu-node-tab .gpu').first().waitFor();
    },
  ],
];

describe('axe-core', () => {
  for (const theme of ['crisp', 'dark'] as const) {
    for (const [name, query, open] of VIEWS) {
      test(`${name}, ${theme === 'crisp' ? 'light' : 'dark'} theme: no serious or critical violation`, async () => {
        const { page } = await openShell(browser, shell.url, q({ ...query, theme }));
        await open(page);
        const sel = name === 'node' ? 'pvegpu-node-tab' : 'pvegpu-ct-tab';
        const found = await axeSerious(page, sel);
        assert.deepEqual(found, [], JSON.stringify(found, null, 1));
        await page.close();
      });
    }
  }
});

describe('no sideways overflow', () => {
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    for (const [name, query, open] of VIEWS) {
      test(`${name} at ${width}×${height}`, async () => {
        const { page } = await openShell(browser, shell.url, q(query), { viewport: { width, height } });
        await open(page);
        const sel = name === 'node' ? 'pvegpu-node-tab' : 'pvegpu-ct-tab';
        const over = await horizontalOverflow(page, sel);
        assert.deepEqual(over, [], over.join('\n'));
        if (name === 'CT processes') {
          // the long command line is cut with an ellipsis, readable in full on hover and, from
          // the keyboard, by its disclosure button (the keyboard test above)
          const cmd = page.locator('pvegpu-process-table tr[data-pid="41234"] td.cmd');
          const title = (await cmd.getAttribute('title')) ?? '';
          assert.ok(title.length > 300 && title.endsWith('.m3u8'), title);
          assert.equal(
            await cmd.locator('button').evaluate((el) => getComputedStyle(el).textOverflow),
            'ellipsis',
          );
        }
        await page.close();
      });
    }
  }
});
