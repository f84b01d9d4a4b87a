// SPDX-License-Identifier: AGPL-3.0-or-later
// The GPU tab in PVE's UI language. The shell sets the language the way PVE's page does
// (plugin/shell/shell-lang.js: PVELangCookie → the i18n file's gettext + Proxmox.defaultLang),
// with stand-ins of PVE's German and Japanese i18n files that hold a few of PVE's real
// translations (plugin/shell/locale/). Checked per language: the text is in that language
// (PVE's own translation where PVE has the string, the plugin's catalogue elsewhere), only
// that language's catalogue chunk is fetched, and at 1024×768 nothing makes the tab scroll
// sideways.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { EN } from '../../plugin/src/i18n/en.ts';
import { formatMessage, placeholdersOf } from '../../plugin/src/i18n/message-format.ts';
import type { FakeMode } from '../support/fake-shim.ts';
import { englishFound, englishPieces } from './english-leftovers.ts';
import { clickNav, navEntries, selectResource, until } from './helpers.ts';
import { userTexts } from './page-checks.ts';
import { browser, shell, shim, useShellWorld } from './shell-world.ts';

useShellWorld();

interface Opened {
  page: Page;
  errors: string[];
  /** URLs of catalogue chunks the page fetched */
  catalogues: string[];
}

async function open(lang: string, select: string, extra: Record<string, string> = {}): Promise<Opened> {
  // a fresh browser context per page: the language cookie never leaks into another test
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const errors: string[] = [];
  const catalogues: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (/pve-gpu-tab-i18n-/.test(r.url())) catalogues.push(new URL(r.url()).pathname);
  });
  const qs = new URLSearchParams({ shim: shim.url, select, lang, ...extra }).toString();
  await page.goto(`${shell.url}/?${qs}`);
  await page.waitForFunction(
    () => (window as unknown as { PveShell?: { workspace?: unknown } }).PveShell?.workspace,
  );
  return { page, errors, catalogues };
}

/** How far the GPU tab's scrolling card body can scroll sideways (0 = it cannot). */
async function sidewaysScroll(page: Page, tag: string): Promise<number> {
  return page.evaluate((t) => {
    const tab = document.querySelector(t);
    let el = tab?.parentElement ?? null;
    let worst = 0;
    for (; el; el = el.parentElement) worst = Math.max(worst, el.scrollWidth - el.clientWidth);
    const doc = document.scrollingElement;
    return Math.max(worst, doc ? doc.scrollWidth - doc.clientWidth : 0);
  }, tag);
}

/**
 * Text of the tab's own chrome (labels, headings, buttons, badges), not data and not what the
 * server wrote in English (check titles, evidence sources, check ids).
 */
async function chromeText(page: Page, tag: string): Promise<string> {
  const chrome =
    ':is(button, label, option, h3, th, .figures span, .badge, .sub, .state-title, .axis span, .muted)';
  const serverText = ':is(.check-id, .ev *, details.passed > summary > .muted)';
  const parts = await page.locator(`${tag} ${chrome}:not(${serverText})`).allTextContents();
  return parts.join(' | ');
}

/** English UI strings that must not show in a translated tab (those its catalogue translates). */
async function englishLeftovers(text: string, lang: string): Promise<string[]> {
  const cat: Record<string, string> = (await import(`../../plugin/src/i18n/${lang}.ts`)).default;
  return Object.entries(EN)
    .filter(([id, en]) => en.length >= 6 && placeholdersOf(en).size === 0 && cat[id] !== en)
    .map(([, en]) => en)
    .filter((en) =>
      new RegExp(`(^|[^\\p{L}])${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
    );
}

async function eachView(page: Page, visit: (view: string) => Promise<void>): Promise<void> {
  for (const view of ['usage', 'processes', 'health']) {
    await page.locator(`pvegpu-ct-tab button[data-view="${view}"]`).click();
    await new Promise((r) => setTimeout(r, 150));
    await visit(view);
  }
}

describe('the GPU tab in German (PVELangCookie=de)', () => {
  test('speaks German, with PVE’s own words where PVE has them, and fits 1024×768', async () => {
    const { page, errors, catalogues } = await open('de', 'lxc/101');
    // the shell's own PVE strings came through the stand-in i18n file
    assert.ok((await navEntries(page)).includes('GPU'));
    await clickNav(page, 'GPU');
    const tab = page.locator('pvegpu-ct-tab');
    await tab.locator('pvegpu-gpu-card .name').first().waitFor();
    const buttons = (await tab.locator('.toolbar button').allTextContents()).map((s) => s.trim());
    // "Usage" is "Almacenamiento - Uso" in PVE's Spanish: the tab keeps its own word for it (here
    // the same as PVE's German); "Health" is PVE's "Zustand".
    assert.match(buttons[0], /^Auslastung/);
    assert.match(buttons[1], /^Prozesse/);
    assert.match(buttons[2], /^Zustand/);
    const card = tab.locator('pvegpu-gpu-card').first();
    assert.match(
      (await card.locator('.figures').textContent()) ?? '',
      /Frequenz:[\s\S]*Leistung:[\s\S]*Speicher von CT 101:/,
    );

    await tab.locator('button[data-view="processes"]').click();
    const head = (await tab.locator('pvegpu-process-table th').allTextContents()).map((s) => s.trim());
    assert.ok(head.includes('Befehl'), head.join());

    await tab.locator('button[data-view="health"]').click();
    const health = tab.locator('pvegpu-health-view');
    await health.locator('[data-summary]').waitFor();
    assert.match((await health.locator('[data-summary]').textContent()) ?? '', /geprüft um \d/);
    // PVE's de.po has "default" = "Voreinstellung" and "Count" = "Anzahl": PVE's word wins over
    // the plugin's catalogue ("Standard") for the default id map's rows...
    const cells = await health.locator('table.ranges td').allTextContents();
    assert.ok(cells.includes('Voreinstellung'), cells.join());
    assert.ok((await health.locator('table.ranges th').allTextContents()).includes('Anzahl'));

    const leftovers: string[] = [];
    await eachView(page, async (view) => {
      const text = await chromeText(page, 'pvegpu-ct-tab');
      leftovers.push(...(await englishLeftovers(text, 'de')).map((s) => `${view}: ${s}`));
      assert.ok(
        (await sidewaysScroll(page, 'pvegpu-ct-tab')) <= 0,
        `${view} view scrolls sideways at 1024×768`,
      );
    });

    // CT 103: a broken passthrough, with failed and warning checks
    await selectResource(page, 'lxc/103');
    await until(async () => (await navEntries(page)).includes('GPU'), 'CT 103 panel');
    await clickNav(page, 'GPU');
    await tab.locator('button[data-view="health"]').click();
    await health.locator('[data-count="fail"]').waitFor();
    assert.match((await health.locator('[data-count="fail"]').textContent()) ?? '', /^Fehler: [1-9]\d*$/);
    // health results come as message ids: their titles in German from the catalogue
    const de: Record<string, string> = (await import('../../plugin/src/i18n/de.ts')).default;
    const failed = health.locator('details[data-severity="fail"]').first();
    const failedId = (await failed.getAttribute('data-check')) ?? '';
    assert.equal(
      ((await failed.locator('summary > span').nth(1).textContent()) ?? '').replace(/\s+/g, ' ').trim(),
      de[`${failedId}.title`].replace(/`/g, ''),
    );
    // ...except where PVE means something else: de.po's "warn" is the verb "warnen".
    const badges = await health.locator('.badge').allTextContents();
    assert.ok(badges.includes('Warnung') && !badges.some((b) => b.includes('warnen')), badges.join());
    leftovers.push(...(await englishLeftovers(await chromeText(page, 'pvegpu-ct-tab'), 'de')));
    assert.ok(
      (await sidewaysScroll(page, 'pvegpu-ct-tab')) <= 0,
      'CT 103 health scrolls sideways at 1024×768',
    );
    assert.deepEqual(leftovers, [], 'English left in the German tab');

    assert.deepEqual(catalogues, ['/pve2/js/pve-gpu-tab-i18n-de.js'], 'only the German catalogue is fetched');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the node tab too', async () => {
    const { page, errors } = await open('de', 'node/pve');
    await until(async () => (await navEntries(page)).includes('GPU'), 'node panel');
    await clickNav(page, 'GPU');
    const tab = page.locator('pvegpu-node-tab');
    await tab.locator('.gpu').first().waitFor();
    const head = (await tab.locator('th').allTextContents()).map((s) => s.trim());
    assert.ok(head.includes('Verwendet von') && head.includes('Prozesse'), head.join());
    assert.deepEqual(await englishLeftovers(await chromeText(page, 'pvegpu-node-tab'), 'de'), []);
    assert.ok((await sidewaysScroll(page, 'pvegpu-node-tab')) <= 0, 'node tab scrolls sideways at 1024×768');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('node tab: how each GPU’s clients are found, in German, with the file a walk’s reason is about', async () => {
    const de: Record<string, string> = (await import('../../plugin/src/i18n/de.ts')).default;
    shim.world.mode = 'debugfs-denied';
    try {
      const { page, errors } = await open('de', 'node/pve');
      await until(async () => (await navEntries(page)).includes('GPU'), 'node panel');
      await clickNav(page, 'GPU');
      const item = (via: string) => page.locator(`pvegpu-node-tab [data-discovery="${via}"]`);
      await item('walk').first().waitFor();
      const said = (await item('walk').allTextContents()).map((x) => x.replace(/\s+/g, ' ').trim());
      const walk = (because: string) =>
        formatMessage(de['discovery.walk'], { reason: de[`discovery.because.${because}`] }, 'de');
      // the path a title alone kept from the keyboard is text now
      assert.ok(
        said.includes(`${de['node.discovery']}: ${walk('denied')} (/sys/kernel/debug/dri/0/clients)`),
        said.join('\n'),
      );
      assert.ok(said.includes(`${de['node.discovery']}: ${walk('nvidia')}`), said.join('\n'));
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      shim.world.mode = 'ok';
    }
  });
});

describe('the GPU tab in Japanese (PVELangCookie=ja)', () => {
  test('speaks Japanese, with PVE’s own words where PVE has them, and fits 1024×768', async () => {
    const { page, errors, catalogues } = await open('ja', 'lxc/101');
    await clickNav(page, 'GPU');
    const tab = page.locator('pvegpu-ct-tab');
    await tab.locator('pvegpu-gpu-card .name').first().waitFor();
    const buttons = (await tab.locator('.toolbar button').allTextContents()).map((s) => s.trim());
    assert.match(buttons[0], /^使用状況/);
    assert.match(buttons[1], /^プロセス/);
    // ja.po leaves "Health" untranslated: the plugin's catalogue fills in.
    assert.match(buttons[2], /^正常性/);
    assert.match(
      (await tab.locator('pvegpu-gpu-card .figures').first().textContent()) ?? '',
      /周波数：[\s\S]*電力：/,
    );

    await tab.locator('button[data-view="health"]').click();
    const health = tab.locator('pvegpu-health-view');
    await health.locator('[data-summary]').waitFor();
    assert.match((await health.locator('[data-count="fail"]').textContent()) ?? '', /^失敗 \d+ 件$/);
    // ja.po: "Count" = "カウント" (PVE's word wins over the catalogue's 個数), "default" = "既定値"
    const th = await health.locator('table.ranges th').allTextContents();
    assert.ok(th.includes('カウント') && th.includes('コンテナ'), th.join());
    // health results come as message ids: the passed checks' titles in Japanese
    const ja: Record<string, string> = (await import('../../plugin/src/i18n/ja.ts')).default;
    const firstPassed = health.locator('details.passed details[data-check]').first();
    const passedId = (await firstPassed.getAttribute('data-check')) ?? '';
    assert.equal(
      ((await firstPassed.locator('summary > span').nth(1).textContent()) ?? '').replace(/\s+/g, ' ').trim(),
      ja[`${passedId}.title`].replace(/`/g, ''),
    );
    const passed = await health.locator('details.passed summary').allTextContents();
    assert.ok(
      passed.some((s) => /\d+ 件のチェックに合格/.test(s)),
      passed.join(),
    );

    const leftovers: string[] = [];
    await eachView(page, async (view) => {
      leftovers.push(
        ...(await englishLeftovers(await chromeText(page, 'pvegpu-ct-tab'), 'ja')).map(
          (s) => `${view}: ${s}`,
        ),
      );
      assert.ok(
        (await sidewaysScroll(page, 'pvegpu-ct-tab')) <= 0,
        `${view} view scrolls sideways at 1024×768`,
      );
    });
    assert.deepEqual(leftovers, [], 'English left in the Japanese tab');
    assert.deepEqual(
      catalogues,
      ['/pve2/js/pve-gpu-tab-i18n-ja.js'],
      'only the Japanese catalogue is fetched',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('a language the plugin has no catalogue for', () => {
  test('Swedish: no catalogue fetched, English and PVE’s strings, no errors', async () => {
    const { page, errors, catalogues } = await open('sv', 'lxc/101');
    await clickNav(page, 'GPU');
    const tab = page.locator('pvegpu-ct-tab');
    await tab.locator('pvegpu-gpu-card .name').first().waitFor();
    assert.match((await tab.locator('.toolbar button').first().textContent()) ?? '', /Usage/);
    assert.deepEqual(catalogues, []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

/**
 * Every view and every state of the tab, the node view and Datacenter → GPU, as a user of
 * another language meets them: [name, element, query, fake shim mode, steps once the GPU entry
 * is open]. The whole rendered DOM is read (text and the attributes screen readers and tooltips
 * read), not only the chrome.
 */
const SCENES: Array<[string, string, Record<string, string>, FakeMode, (page: Page) => Promise<void>]> = [
  [
    'CT usage, a chart read-out open',
    'pvegpu-ct-tab',
    { select: 'lxc/101' },
    'ok',
    async (page) => {
      await page.locator('pvegpu-gpu-card .name').first().waitFor();
      await page.locator('pvegpu-line-chart[data-engine="video"] svg').hover({ position: { x: 100, y: 40 } });
    },
  ],
  [
    'CT processes',
    'pvegpu-ct-tab',
    { select: 'lxc/101' },
    'ok',
    async (page) => {
      await page.locator('pvegpu-ct-tab [data-view="processes"]').click();
      await page.locator('pvegpu-process-table tbody tr').first().waitFor();
    },
  ],
  [
    'CT health, every check open',
    'pvegpu-ct-tab',
    { select: 'lxc/103' },
    'ok',
    async (page) => {
      await page.locator('pvegpu-ct-tab [data-view="health"]').click();
      await page.locator('pvegpu-health-view [data-summary]').waitFor();
      await page.locator('pvegpu-health-view').evaluate((el) => {
        for (const d of Array.from(el.shadowRoot?.querySelectorAll('details') ?? [])) d.open = true;
      });
    },
  ],
  [
    'CT without GPU',
    'pvegpu-ct-tab',
    { select: 'lxc/104', cts: '104:web' },
    'ok',
    async (page) => {
      await page.locator('pvegpu-ct-tab [data-state="no-gpu"]').first().waitFor();
    },
  ],
  [
    'CT stopped',
    'pvegpu-ct-tab',
    { select: 'lxc/101', stopped: '101' },
    'ok',
    async (page) => {
      await page.locator('pvegpu-ct-tab [data-state="stopped"]').first().waitFor();
      await page.locator('pvegpu-health-view [data-summary]').waitFor();
    },
  ],
  [
    'NVIDIA driver/library mismatch',
    'pvegpu-ct-tab',
    { select: 'lxc/102' },
    'driver-mismatch',
    async (page) => {
      await page.locator('pvegpu-ct-tab [data-state="collector-driver-mismatch"]').waitFor();
      await page.locator('pvegpu-gpu-card [data-gpu-state="driver-mismatch"]').waitFor();
    },
  ],
  [
    'permission denied',
    'pvegpu-ct-tab',
    { select: 'lxc/101' },
    'forbidden',
    async (page) => {
      await page.locator('pvegpu-ct-tab [data-state="forbidden"]').waitFor();
    },
  ],
  [
    'login not accepted',
    'pvegpu-ct-tab',
    { select: 'lxc/101' },
    'unauthorized',
    async (page) => {
      await page.locator('pvegpu-ct-tab [data-state="unauthenticated"]').waitFor();
    },
  ],
  [
    'service not reachable',
    'pvegpu-ct-tab',
    { select: 'lxc/101', shim: 'http://127.0.0.1:9' },
    'ok',
    async (page) => {
      await page.locator('pvegpu-ct-tab [data-state="unreachable"]').waitFor();
    },
  ],
  [
    'node view',
    'pvegpu-node-tab',
    { select: 'node/pve' },
    'ok',
    async (page) => {
      await page.locator('pvegpu-node-tab .gpu').first().waitFor();
    },
  ],
  [
    'node view, permission denied',
    'pvegpu-node-tab',
    { select: 'node/pve' },
    'forbidden',
    async (page) => {
      await page.locator('pvegpu-node-tab [data-state="forbidden"]').waitFor();
    },
  ],
  [
    'Datacenter → GPU',
    'pvegpu-cluster-tab',
    { select: 'root', nodes: 'pve' },
    'ok',
    async (page) => {
      await page.locator('pvegpu-cluster-tab tr.owner').first().waitFor();
    },
  ],
];

/** A number with a decimal point before a unit: English notation where German has a comma. */
const POINT_DECIMAL = /\d\.\d+\s?(%|W|MHz|°C|[KMGT]?i?B)(?![\w.])/;

for (const lang of ['de', 'ja'] as const) {
  describe(`nothing left in English, every view and state (${lang})`, () => {
    for (const [name, tag, query, mode, steps] of SCENES) {
      test(name, async () => {
        shim.world.mode = mode;
        try {
          const { select, ...extra } = query;
          const { page } = await open(lang, select, extra);
          await until(async () => (await navEntries(page)).includes('GPU'), 'GPU entry');
          await clickNav(page, 'GPU');
          await steps(page);
          const texts = await userTexts(page, tag);
          assert.ok(texts.length > 3, `${tag} rendered nothing`);
          assert.deepEqual(
            englishFound(texts, await englishPieces(lang)),
            [],
            `English in the ${lang} ${name}`,
          );
          if (lang === 'de') {
            const points = texts
              .filter((x) => POINT_DECIMAL.test(x.text))
              .map((x) => `${x.where}: ${x.text}`);
            assert.deepEqual(points, [], 'German numbers take a decimal comma');
          }
          await page.close();
        } finally {
          shim.world.mode = 'ok';
        }
      });
    }
  });
}

describe('error answers in the user`s language', () => {
  test('German: the shim`s reason under the state, from its message id; German numbers', async () => {
    shim.world.mode = 'forbidden';
    try {
      const { page } = await open('de', 'lxc/101');
      await clickNav(page, 'GPU');
      const box = page.locator('pvegpu-ct-tab [data-state="forbidden"]');
      await box.waitFor();
      assert.match(
        ((await box.textContent()) ?? '').replace(/\s+/g, ' '),
        /\(Berechtigungsprüfung fehlgeschlagen: VM\.Audit auf \/vms\/101\)/,
      );
      await page.close();
    } finally {
      shim.world.mode = 'ok';
    }
  });

  test('an error id from a newer shim: the translated title, and the shim`s English, not the id', async () => {
    shim.world.mode = 'newer-shim';
    try {
      const { page, errors } = await open('de', 'lxc/101');
      await clickNav(page, 'GPU');
      const box = page.locator('pvegpu-ct-tab [data-state="unavailable"]');
      await box.waitFor();
      assert.equal(
        ((await box.locator('.state-title').textContent()) ?? '').trim(),
        'Der GPU-Dienst hat einen Fehler gemeldet',
      );
      const body = (await box.textContent()) ?? '';
      assert.match(body, /the GPU is on fire; call the fire brigade/);
      assert.doesNotMatch(body, /http\.msg\./);
      // the 503s themselves are logged by Chromium; nothing else may be
      assert.deepEqual(
        errors.filter((e) => !e.startsWith('Failed to load resource')),
        [],
      );
      await page.close();
    } finally {
      shim.world.mode = 'ok';
    }
  });
});
