// SPDX-License-Identifier: AGPL-3.0-or-later
// Debian's Chromium through playwright-core (playwright's own browser downloads are not
// used). A missing Chromium fails with the Debian package to install.
import { accessSync, constants } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    throw new Error(
      `${CHROMIUM} not found. The browser tests need Debian's Chromium: apt-get install chromium`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}
