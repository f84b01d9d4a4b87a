// SPDX-License-Identifier: AGPL-3.0-or-later
// `npm run screenshots`: the README's pictures of the GPU tab, taken from `pve-gpu-tab demo`
// (the real shim on a host snapshot) in the PVE-like shell, light and dark. Run it by hand when
// the UI changes; tests never write into the tracked tree (their pictures go to test/out).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { clickNav, openShell, selectResource } from '../e2e/helpers.ts';
import { launchChromium } from '../support/browser.ts';
import { startDemo } from '../support/demo-process.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.resolve(process.argv[2] ?? path.join(repo, 'docs/screenshots'));
const bundle = path.join(repo, 'dist/api-shim/pve-gpu-tab.mjs');

async function shot(page: Page, name: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate(
      (dark) =>
        (window as unknown as { PveShellTheme: { set(t: string): void } }).PveShellTheme.set(
          dark ? 'dark' : 'crisp',
        ),
      theme === 'dark',
    );
    await new Promise((r) => setTimeout(r, 300));
    const file = path.join(outDir, `${name}-${theme}.png`);
    await page.screenshot({ path: file });
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}

execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' });
if (!existsSync(bundle)) throw new Error(`${bundle} missing after the build`);
mkdirSync(outDir, { recursive: true });
const demo = await startDemo({ startMs: 30_000 });
const url = demo.url;
const browser = await launchChromium();
try {
  const { page } = await openShell(browser, url, { select: 'lxc/101' });
  await clickNav(page, 'GPU');
  await page.locator('pvegpu-gpu-card .name').first().waitFor({ timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 3000));
  await shot(page, 'demo');
  await selectResource(page, 'lxc/103');
  await page.locator('pvegpu-ct-tab [data-view="health"]').click();
  await page.locator('pvegpu-health-view [data-summary]').waitFor({ timeout: 10_000 });
  await shot(page, 'demo-health');
  const node = await page.evaluate(() => (window as unknown as { PveShell: { node: string } }).PveShell.node);
  await selectResource(page, `node/${node}`);
  await clickNav(page, 'GPU');
  await page.locator('pvegpu-node-tab .gpu').first().waitFor({ timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 3000));
  await shot(page, 'demo-node');
} finally {
  await browser.close();
  await demo.stop();
}
