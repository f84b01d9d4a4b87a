// SPDX-License-Identifier: AGPL-3.0-or-later
// What the browser tests start before their tests: the plugin (and the shim bundle) built, and
// the usual world of a file: a fake shim, the PVE-like shell on loopback and Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
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

export interface ShellWorld {
  browser: Browser;
  shim: FakeShim;
  shell: ShellServer;
  /** Stops all three, whichever started. */
  close(): Promise<void>;
}

/**
 * The plugin built, a fake shim, the shell (with `api` answering PVE API paths on its origin,
 * see startShellServer) and Chromium.
 */
export async function startShellWorld(
  opts: { shim?: FakeShimOptions; api?: (req: IncomingMessage, res: ServerResponse) => boolean } = {},
): Promise<ShellWorld> {
  buildForBrowser();
  const world: Partial<ShellWorld> = {};
  const close = async () => {
    await world.browser?.close();
    await world.shell?.close();
    await world.shim?.close();
  };
  try {
    world.shim = await startFakeShim(opts.shim);
    world.shell = await startShellServer(repo, { api: opts.api });
    world.browser = await launchChromium();
  } catch (err) {
    await close();
    throw err;
  }
  return { ...(world as Required<Omit<ShellWorld, 'close'>>), close };
}
