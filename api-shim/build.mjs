// SPDX-License-Identifier: AGPL-3.0-or-later
// Bundles the api-shim (daemon + CLI) into one ESM file that runs on Node 18 and 20
// with no node_modules beside it (DESIGN.md decision 7).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const common = {
  entryPoints: [path.join(here, 'src/cli.ts')],
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'esm',
  splitting: false,
  sourcemap: false,
  legalComments: 'eof',
  define: { __PVE_GPU_TAB_VERSION__: JSON.stringify(pkg.version) },
  // Some bundled CommonJS dependencies call require(); give ESM output a real one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __pgtCreateRequire } from 'node:module';\nconst require = __pgtCreateRequire(import.meta.url);",
  },
  // proxmox-api imports undici for its own fetch engine, which the shim never uses (it talks to
  // PVE through its own node:https engine with the cluster CA): keep 766 KiB out of the bundle.
  alias: { undici: path.join(here, 'src/serve/auth/undici-stub.ts') },
  logLevel: 'warning',
};

// The checkout's bundle (npm start, e2e, benchmarks) carries the demo; the packaged one does not
// (DESIGN.md Layout: the demo stays out of the shipped bundles; its page needs a built checkout).
await esbuild.build({
  ...common,
  outfile: path.join(root, 'dist/api-shim/pve-gpu-tab.mjs'),
});
await esbuild.build({
  ...common,
  outfile: path.join(root, 'dist/api-shim/package/pve-gpu-tab.mjs'),
  define: { ...common.define, 'process.env.PVE_GPU_TAB_PACKAGED': '"1"' },
});
