// SPDX-License-Identifier: AGPL-3.0-or-later
// The PVE-like shell's files by URL path, for the demo server (`pve-gpu-tab demo`) and the
// browser tests. URL layout mirrors PVE where it matters: the plugin lives at /pve2/js/.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function walk(dir: string, urlPrefix: string, out: Record<string, string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file, `${urlPrefix}${name}/`, out);
    else out[`${urlPrefix}${name}`] = file;
  }
}

const fontAwesomeDir = '/usr/share/fonts-font-awesome';

/**
 * URL path → absolute file path. The plugin files come from dist/plugin (run the build
 * first); ExtJS from node_modules/extjs-gpl.
 */
export function shellFiles(repoRoot: string): Record<string, string> {
  const root = path.resolve(repoRoot);
  const shell = path.join(root, 'plugin/shell');
  const ext = path.join(root, 'node_modules/extjs-gpl/build');
  const theme = path.join(ext, 'classic/theme-crisp/resources');
  const files: Record<string, string> = {
    '/': path.join(shell, 'index.html'),
    '/index.html': path.join(shell, 'index.html'),
    '/shell/shell.css': path.join(shell, 'shell.css'),
    '/shell/shell-dark.css': path.join(shell, 'shell-dark.css'),
    '/shell/shell-config.js': path.join(shell, 'shell-config.js'),
    '/shell/pve-standin.js': path.join(shell, 'pve-standin.js'),
    '/shell/shell-lang.js': path.join(shell, 'shell-lang.js'),
    '/ext/ext-all.js': path.join(ext, 'ext-all.js'),
    '/ext/theme-crisp-all.css': path.join(theme, 'theme-crisp-all.css'),
    '/ext/theme-crisp-all_1.css': path.join(theme, 'theme-crisp-all_1.css'),
    '/ext/theme-crisp-all_2.css': path.join(theme, 'theme-crisp-all_2.css'),
    '/pve2/js/pve-gpu-tab.js': path.join(root, 'dist/plugin/pve-gpu-tab.js'),
    '/pve2/js/pve-gpu-tab-panel.js': path.join(root, 'dist/plugin/pve-gpu-tab-panel.js'),
  };
  // Everything else the build wrote (the catalogue chunks), flat under /pve2/js/ as the package installs it.
  walk(path.join(root, 'dist/plugin'), '/pve2/js/', files);
  // Stand-ins for PVE's i18n files (/pve2/locale/ is /usr/share/pve-i18n/ on a host).
  walk(path.join(shell, 'locale'), '/pve2/locale/', files);
  // The theme CSS refers to images/… relative to itself.
  walk(path.join(theme, 'images'), '/ext/images/', files);
  // Font Awesome 4.7 where PVE serves it (pveproxy maps /pve2/fa/ to Debian's
  // fonts-font-awesome); absent on a machine without that package, then icons stay blank.
  walk(fontAwesomeDir, '/pve2/fa/', files);
  return files;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.json': 'application/json',
};

/** Content-Type for a file served from shellFiles(). */
export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
