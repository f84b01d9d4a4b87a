// SPDX-License-Identifier: AGPL-3.0-or-later
// What the browser tests start before their tests: the plugin (and the shim bundle) built, and
// the usual world of a file: a fake shim, the PVE-like shell on loopback and Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { type FakeShim, type FakeShimOptions, startFakeShim } from '../support/fake-shim.ts';
import { type ShellServer, startShellServer } from '../support/shell-server.ts';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shim bundle `npm run build` writes (the demo runs from it). */
export const bundle = path.join(repo, 'dist/api-shim/pve-gpu-tab.mjs');

/** Builds the plugin; with `bundle`, also the shim bundle when there is none yet. */
export function buildForBrowser(opts: { bundle?: boolean } = {}): void {
  if (opts.bundle && !existsSync(bundle))
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' });
  else execFileSync(process.execPath, [path.join(repo, 'plugin/build.mjs')], { stdio: 'inherit' });
}

// The world of the file that called useShellWorld(): node's test runner runs each test file in a
// process of its own, so these bindings are that file's, set before its first test.
export let browser: Browser;
export let shim: FakeShim;
export let shell: ShellServer;

/**
 * Starts, before the file's tests, the plugin build, a fake shim, the shell (with `api`
 * answering PVE API paths on its origin, see startShellServer) and Chromium; stops them after.
 */
export function useShellWorld(
  opts: { shim?: FakeShimOptions; api?: (req: IncomingMessage, res: ServerResponse) => boolean } = {},
): void {
  before(async () => {
    buildForBrowser();
    shim = await startFakeShim(opts.shim);
    shell = await startShellServer(repo, { api: opts.api });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await shell?.close();
    await shim?.close();
  });
}
