// SPDX-License-Identifier: AGPL-3.0-or-later
// UI benchmark (`npm run bench ui`): plugin sizes gzipped (boot, panel, each language's catalogue), tab click → first data, main-thread
// time per live update, and JS heap growth over 10 minutes' worth of live updates.
// The fixture shim sends updates faster than 1 s (UI_BENCH_INTERVAL_MS, default 50) so that
// 600 updates (10 minutes at 1 s) take half a minute; UI_BENCH_REALTIME=1 runs the real
// 10 minutes at 1 s instead. Heap figures are taken after a forced GC.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startFakeShim } from '../support/fake-shim.ts';
import { startShellServer } from '../support/shell-server.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const realtime = process.env.UI_BENCH_REALTIME === '1';
const intervalMs = realtime ? 1000 : Number(process.env.UI_BENCH_INTERVAL_MS ?? 50);
const UPDATES = 600;

const TARGETS = { bootGzipKiB: 10, heapGrowthMiB: 5 };
let failed = false;

function report(name: string, value: number, unit: string, target?: number): void {
  const ok = target === undefined || value <= target;
  if (!ok) failed = true;
  const t = target === undefined ? '' : `  (target ≤ ${target} ${unit}${ok ? '' : ', MISSED'})`;
  process.stdout.write(`${name.padEnd(58)} ${value.toFixed(2).padStart(10)} ${unit}${t}\n`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const gz = (f: string) => gzipSync(readFileSync(path.join(repo, 'dist/plugin', f))).length / 1024;
report('boot script pve-gpu-tab.js (gzip)', gz('pve-gpu-tab.js'), 'KiB', TARGETS.bootGzipKiB);
report('panel chunk pve-gpu-tab-panel.js (gzip)', gz('pve-gpu-tab-panel.js'), 'KiB');
// One catalogue chunk per language; a page fetches only its UI language's (test/e2e/languages.test.ts).
for (const f of readdirSync(path.join(repo, 'dist/plugin'))
  .filter((n) => /^pve-gpu-tab-i18n-.*\.js$/.test(n))
  .sort())
  report(`catalogue ${f.slice('pve-gpu-tab-i18n-'.length, -3)} (gzip)`, gz(f), 'KiB');

const shim = await startFakeShim({ intervalMs });
// A node across a WAN: every answer (CORS preflights too) 50 ms late.
const latencyMs = Number(process.env.UI_BENCH_LATENCY_MS ?? 50);
const slowShim = await startFakeShim({ intervalMs: 1000, latencyMs });
const shell = await startShellServer(repo);
const browser = await launchChromium(['--js-flags=--expose-gc']);

async function openCt(page: Page, vmid: string, shimUrl = shim.url): Promise<number> {
  await page.goto(`${shell.url}/?shim=${encodeURIComponent(shimUrl)}&select=lxc/${vmid}`);
  await page.waitForFunction(
    () => (window as unknown as { PveShell?: { workspace?: unknown } }).PveShell?.workspace,
  );
  return clickGpu(page);
}

async function clickGpu(page: Page): Promise<number> {
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('.pveshell-nav .x-grid-cell-inner', { hasText: /^GPU$/ }).click();
  await page.locator('pvegpu-gpu-card .name').waitFor();
  return (await page.evaluate(() => performance.now())) - t0;
}

/**
 * Click → first data on the second and later opens of the tab in one page (the panel chunk
 * and the CORS preflights cached), against the shim with added latency; and how many
 * preflights those opens sent.
 */
async function warmOpens(): Promise<{ times: number[]; preflights: number }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await openCt(page, '101', slowShim.url);
  const before = slowShim.requests.filter((r) => r.method === 'OPTIONS').length;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.locator('.pveshell-nav .x-grid-cell-inner', { hasText: /^Summary$/ }).click();
    await page.locator('pvegpu-ct-tab').waitFor({ state: 'detached' });
    times.push(await clickGpu(page));
  }
  await page.close();
  return { times, preflights: slowShim.requests.filter((r) => r.method === 'OPTIONS').length - before };
}

async function heapMiB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m: { name: string; value: number }) => m.name === name)?.value ?? 0;
}

/** Counts usage events the page received, via the card's frequency figure changing. */
async function countUpdates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __updates: number };
    w.__updates = 0;
    const tab = document.querySelector('pvegpu-ct-tab') as HTMLElement & { updateComplete: Promise<boolean> };
    const orig = (tab as unknown as { onUsage: (u: unknown) => void }).onUsage.bind(tab);
    (tab as unknown as { onUsage: (u: unknown) => void }).onUsage = (u: unknown) => {
      w.__updates += 1;
      orig(u);
    };
  });
}

try {
  // 1. tab click → first data (fresh page each time, panel chunk cached after the first)
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    times.push(await openCt(page, '101'));
    await page.close();
  }
  report('tab click → first data (first, cold chunk)', times[0], 'ms');
  report('tab click → first data (median of 5)', median(times), 'ms');
  const warm = await warmOpens();
  report(`warm tab click → first data, +${latencyMs} ms latency (median of 5)`, median(warm.times), 'ms');
  report('CORS preflights sent by those 5 warm opens', warm.preflights, '');

  // 2. main-thread time per live update, 3. heap growth over 600 updates
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await openCt(page, '101');
  await countUpdates(page);
  const updates = () => page.evaluate(() => (window as unknown as { __updates: number }).__updates);
  while ((await updates()) < 20) await new Promise((r) => setTimeout(r, 100));
  const heap0 = await heapMiB(cdp);
  const task0 = await metric(cdp, 'TaskDuration');
  const n0 = await updates();
  const started = Date.now();
  while ((await updates()) < n0 + UPDATES) await new Promise((r) => setTimeout(r, realtime ? 5000 : 200));
  const n1 = await updates();
  const task1 = await metric(cdp, 'TaskDuration');
  const heap1 = await heapMiB(cdp);
  report(`main-thread time per live update (${n1 - n0} updates)`, ((task1 - task0) * 1000) / (n1 - n0), 'ms');
  report('JS heap after warm-up', heap0, 'MiB');
  report(
    `JS heap growth over ${UPDATES} updates (10 min at 1 s)`,
    heap1 - heap0,
    'MiB',
    TARGETS.heapGrowthMiB,
  );
  process.stdout.write(
    `(updates every ${intervalMs} ms; ran ${((Date.now() - started) / 1000).toFixed(0)} s${realtime ? '' : '; UI_BENCH_REALTIME=1 for the real 10 minutes'})\n`,
  );
  await page.close();
} finally {
  await browser.close();
  await shell.close();
  await shim.close();
  await slowShim.close();
}
process.exit(failed ? 1 : 0);
