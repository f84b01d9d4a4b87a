// SPDX-License-Identifier: AGPL-3.0-or-later
// Builds the browser side: a small boot script loaded on every PVE page (plain, non-strict
// IIFE: it holds the Ext override that relies on callParent) and the panel code as an ES
// module chunk that the boot script imports only when the GPU tab first opens, with one
// catalogue chunk per language (src/i18n/<lang>.ts → pve-gpu-tab-i18n-<lang>.js), of which the
// boot script loads only the one of the UI language.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outdir = path.join(root, 'dist/plugin');
const i18nDir = path.join(here, 'src/i18n');
const languages = readdirSync(i18nDir)
  .filter((f) => /^[a-z]{2,3}(_[A-Z]{2,3})?\.ts$/.test(f) && f !== 'en.ts')
  .map((f) => f.slice(0, -3));

/** The boot script's few strings (tab title, load error) in every language, from the catalogues. */
async function bootStrings() {
  const ids = ['tab.title', 'boot.loadError'];
  const imports = languages.map((l, i) => `import c${i} from './${l}.ts';`).join('\n');
  const table = languages.map((l, i) => `${JSON.stringify(l)}: c${i}`).join(',');
  const out = await esbuild.build({
    stdin: {
      contents: `import { EN } from './en.ts';\n${imports}\nexport default { en: EN, ${table} };`,
      resolveDir: i18nDir,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const all = (
    await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`)
  ).default;
  return Object.fromEntries(
    Object.entries(all).map(([lang, cat]) => [lang, Object.fromEntries(ids.map((id) => [id, cat[id]]))]),
  );
}

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
  define: { ...define, __PVE_GPU_TAB_BOOT_STRINGS__: JSON.stringify(await bootStrings()) },
  logLevel: 'warning',
});

await esbuild.build({
  entryPoints: {
    'pve-gpu-tab-panel': path.join(here, 'src/panel/index.ts'),
    ...Object.fromEntries(languages.map((l) => [`pve-gpu-tab-i18n-${l}`, path.join(i18nDir, `${l}.ts`)])),
  },
  outdir,
  bundle: true,
  format: 'esm',
  // Module scripts are always decoded as UTF-8 (HTML spec, "fetch a single module script"):
  // catalogues stay readable and half the size of \u escapes.
  charset: 'utf8',
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
