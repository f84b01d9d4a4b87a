// SPDX-License-Identifier: AGPL-3.0-or-later
// `npm run screenshots`: the README's pictures of the GPU tab, taken from `pve-gpu-tab demo`
// (the real shim on a host snapshot) in the PVE-like shell, light and dark. Run it by hand when
// the UI changes; tests never write into the tracked tree (their pictures go to test/out).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { clickNav, openShell, selectResource } from '../e2e/helpers.ts';
import { launchChromium } from '../support/browser.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.resolve(process.argv[2] ?? path.join(repo, 'docs/screenshots'));
const bundle = path.join(repo, 'dist/api-shim/pve-gpu-tab.mjs');

/** Starts the demo on an ephemeral port; resolves with its URL and the process. */
async function startDemo(): Promise<{ url: string; demo: ChildProcess }> {
  const demo = spawn(process.execPath, [bundle, 'demo', '--listen', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  demo.stderr?.on('data', (d) => {
    out += d;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not print its URL in 30 s:\n${out}`)), 30_000);
    demo.stdout?.on('data', (d) => {
      out += d;
      const m = /demo: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    demo.on('exit', (code) => reject(new Error(`demo exited with ${code}:\n${out}`)));
  });
  return { url, demo };
}

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
const { url, demo } = await startDemo();
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
  demo.kill('SIGTERM');
}
