// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { contentType, shellFiles } from './static-files.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('shellFiles maps the shell, ExtJS, theme images and the plugin', () => {
  const files = shellFiles(repo);
  for (const url of [
    '/',
    '/shell/pve-standin.js',
    '/ext/ext-all.js',
    '/ext/theme-crisp-all.css',
    '/pve2/js/pve-gpu-tab.js',
  ]) {
    assert.ok(files[url], url);
  }
  const images = Object.keys(files).filter((u) => u.startsWith('/ext/images/'));
  assert.ok(images.length > 50, `theme images: ${images.length}`);
  for (const [url, file] of Object.entries(files)) {
    assert.ok(path.isAbsolute(file), url);
    if (!url.startsWith('/pve2/')) assert.ok(existsSync(file), `${url} → ${file}`);
  }
  assert.equal(contentType(files['/']), 'text/html; charset=utf-8');
  assert.equal(contentType('x.PNG'), 'image/png');
});
