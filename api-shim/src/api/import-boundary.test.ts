// SPDX-License-Identifier: AGPL-3.0-or-later
// The privilege boundary in the tree (DESIGN.md decision 9, "Layout"): what only the collector
// process does (collect/, collector/, health/, history/) and what the network server does (serve/)
// never import each other; they meet only in api/ (the socket protocol's types and pure views of
// them) and the neutral host/ root-prefix reader. Only the command layer (cli/) wires both.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const COLLECTOR_SIDE = ['collect', 'collector', 'health', 'history'];
const SERVER_SIDE = ['serve'];
/** Folder → folders (top level under api-shim/src) its product code must not import. */
const FORBIDDEN: Record<string, string[]> = {
  api: [...COLLECTOR_SIDE, ...SERVER_SIDE, 'cli', 'demo', 'host'],
  host: [...COLLECTOR_SIDE, ...SERVER_SIDE, 'cli', 'demo'],
  serve: [...COLLECTOR_SIDE, 'cli', 'demo'],
  ...Object.fromEntries(COLLECTOR_SIDE.map((d) => [d, [...SERVER_SIDE, 'cli', 'demo']])),
};

function productFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...productFiles(p));
    else if (/\.ts$/.test(name) && !/\.test\.ts$|\.test-util\.ts$/.test(name)) out.push(p);
  }
  return out;
}

/** Relative specifiers of static imports, re-exports and dynamic import() calls. */
export function importSpecifiers(text: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
  return [...text.matchAll(re)].map((m) => m[1]);
}

test('importSpecifiers finds static, type-only, re-exported and dynamic imports', () => {
  const text = [
    "import { a } from '../serve/x.ts';",
    "import type { B } from '../collect/y.ts';",
    "export { c } from './z.ts';",
    "const m = await import('../health/w.ts');",
    "import '../demo/side-effect.ts';",
  ].join('\n');
  assert.deepEqual(importSpecifiers(text), [
    '../serve/x.ts',
    '../collect/y.ts',
    './z.ts',
    '../health/w.ts',
    '../demo/side-effect.ts',
  ]);
});

test('collector-side and server-side folders meet only through api/', () => {
  const violations: string[] = [];
  let checked = 0;
  for (const [folder, forbidden] of Object.entries(FORBIDDEN)) {
    let files: string[];
    try {
      files = productFiles(path.join(src, folder));
    } catch {
      continue; // a folder that does not exist (yet) imports nothing
    }
    for (const file of files) {
      checked++;
      for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
        const target = path.relative(src, path.resolve(path.dirname(file), spec));
        const top = target.split(path.sep)[0];
        if (target.startsWith('..') || forbidden.includes(top)) {
          violations.push(`${path.relative(src, file)} imports ${spec}`);
        }
      }
    }
  }
  assert.ok(checked > 50, `only ${checked} files checked: is the tree where this test expects it?`);
  assert.deepEqual(violations, []);
});
