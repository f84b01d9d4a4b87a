// SPDX-License-Identifier: AGPL-3.0-or-later
// Shared steps of the browser tests: open the shell on a container, pick a tab, watch errors.
import type { Browser, Page } from 'playwright-core';

export interface OpenedPage {
  page: Page;
  /** console errors and uncaught exceptions seen so far */
  errors: string[];
  pageErrors: string[];
}

export async function openShell(
  browser: Browser,
  shellUrl: string,
  query: Record<string, string>,
  opts: {
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    /**
     * The page's timers on Playwright's clock (running as the real one until a test pauses it
     * with page.clock.pauseAt(), after which no timer of the page fires).
     */
    clock?: boolean;
  } = {},
): Promise<OpenedPage> {
  const page = await browser.newPage({
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  if (opts.clock) await page.clock.install();
  const errors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const qs = new URLSearchParams(query).toString();
  await page.goto(`${shellUrl}/?${qs}`);
  await page.waitForFunction(
    () => (window as unknown as { PveShell?: { workspace?: unknown } }).PveShell?.workspace,
  );
  return { page, errors, pageErrors };
}

/** Names of the nav entries of the open config panel. */
export async function navEntries(page: Page): Promise<string[]> {
  return page.$$eval('.pveshell-nav .x-grid-cell-inner', (els) =>
    els.map((e) => (e.textContent ?? '').trim()),
  );
}

export async function clickNav(page: Page, text: string): Promise<void> {
  await page.locator('.pveshell-nav .x-grid-cell-inner', { hasText: new RegExp(`^${text}$`) }).click();
}

export async function selectResource(page: Page, id: string): Promise<void> {
  await page.evaluate((rid) => {
    (
      window as unknown as { PveShell: { workspace: { selectById(id: string): void } } }
    ).PveShell.workspace.selectById(rid);
  }, id);
}

/** Waits until `fn` returns true (polling), or fails with `what`. */
export async function until(
  fn: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

/**
 * Stops every timer of the page (opened with `clock: true`) from here on: what happens next comes
 * from events, network answers and rendering, never from a timer that was already running.
 */
export async function stopPageTimers(page: Page): Promise<void> {
  // pauseAt() refuses a time the page's clock has passed, and the clock runs on while the page's
  // Date.now() travels back to the test (over a millisecond on a loaded machine): try again with
  // the page's new time and a wider step, never so wide that a timer 1 s away could fire.
  for (const ahead of [1, 5, 20, 50, 100]) {
    try {
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + ahead);
      return;
    } catch (e) {
      if (!/to the past/.test(String(e))) throw e;
    }
  }
  throw new Error("stopPageTimers: the page's clock kept running past each pause time");
}
