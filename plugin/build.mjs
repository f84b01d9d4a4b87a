// SPDX-License-Identifier: AGPL-3.0-or-later
// Builds the browser side: a small boot script loaded on every PVE page (plain, non-strict
// IIFE: it holds the Ext override that relies on callParent) and the panel code as an ES
// module chunk that the boot script imports only when the GPU tab first opens.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outdir = path.join(root, 'dist/plugin');
const define = { __PVE_GPU_TAB_VERSION__: JSON.stringify(pkg.version) };

await esbuild.build({
  entryPoints: { 'pve-gpu-tab': path.join(here, 'src/boot/boot.js') },
  outdir,
  bundle: true,
  format: 'iife',
  // The repo tsconfig is strict, which makes esbuild prepend "use strict"; the boot script
  // must stay sloppy-mode code for Ext's callParent (Function.caller).
  tsconfigRaw: { compilerOptions: { strict: false, alwaysStrict: false } },
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  legalComments: 'none',
  define,
  logLevel: 'warning',
});

await esbuild.build({
  entryPoints: { 'pve-gpu-tab-panel': path.join(here, 'src/panel/index.ts') },
  outdir,
  bundle: true,
  format: 'esm',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  legalComments: 'none',
  define,
  logLevel: 'warning',
});

const boot = readFileSync(path.join(outdir, 'pve-gpu-tab.js'), 'utf8');
if (/["']use strict["']/.test(boot)) {
  throw new Error(
    'plugin/build.mjs: the boot script came out as strict-mode code; Ext callParent would fail',
  );
}
