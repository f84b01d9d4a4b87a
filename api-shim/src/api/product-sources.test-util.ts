// SPDX-License-Identifier: AGPL-3.0-or-later
// The message tests' view of the product code: every .ts file under a directory except tests
// (they look for the message ids the code names, and each needs a template).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** api-shim/src */
export const SHIM_SOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The product's .ts files under `dir` (recursively), tests left out. */
export function productSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? productSources(path.join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.test-util.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}
