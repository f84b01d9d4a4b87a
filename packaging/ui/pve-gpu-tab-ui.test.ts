// SPDX-License-Identifier: AGPL-3.0-or-later
// The template block helper on PVE 8- and 9-shaped index.html.tpl stand-ins (real files in a
// temp dir, the real perl script): idempotent, atomic, exact removal, refusals that log.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const HELPER = path.join(here, 'pve-gpu-tab-ui');
const TEMPLATES = {
  'PVE 8': path.join(root, 'test/package/fixtures/pve8/index.html.tpl'),
  'PVE 9': path.join(root, 'test/package/fixtures/pve9/index.html.tpl'),
};
const BEGIN = '<!-- BEGIN pve-gpu-tab (managed by package pve-gpu-tab; do not edit) -->';
const END = '<!-- END pve-gpu-tab -->';

const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'pve-gpu-tab-ui-test-'));
after(() => rmSync(tmpRoot, { recursive: true, force: true }));
let counter = 0;

function workDir(): string {
  const dir = path.join(tmpRoot, String(counter++));
  spawnSync('mkdir', ['-p', dir]);
  return dir;
}

function helper(...args: string[]) {
  const r = spawnSync('perl', [HELPER, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PVE_GPU_TAB_NO_SYSLOG: '1' },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function copyTemplate(src: string, dir: string, transform = (s: string) => s): string {
  const file = path.join(dir, 'index.html.tpl');
  writeFileSync(file, transform(readFileSync(src, 'utf8')));
  return file;
}

for (const [name, src] of Object.entries(TEMPLATES)) {
  describe(`template block on a ${name} template`, () => {
    test('apply puts one block of three lines right before </head>, keeping mode and owner', () => {
      const dir = workDir();
      const file = copyTemplate(src, dir);
      chmodSync(file, 0o640);
      const isRoot = process.getuid?.() === 0;
      if (isRoot) chownSync(file, 1234, 4321);
      const before = statSync(file);
      const r = helper('apply', '--template', file);
      assert.equal(r.code, 0, r.stderr);
      const text = readFileSync(file, 'utf8');
      assert.equal(text.split(BEGIN).length, 2, 'exactly one BEGIN marker');
      const lines = text.split('\n');
      const b = lines.findIndex((l) => l.includes(BEGIN));
      assert.equal(lines[b + 2].trim(), END);
      assert.equal(lines[b + 3].trim(), '</head>');
      assert.match(
        lines[b + 1],
        /^\s*\[% TRY %\]\[% INSERT '\/var\/lib\/pve-gpu-tab-ui\/ui-config.html' %\]/,
      );
      assert.match(lines[b + 1], /\[% INSERT '\/usr\/share\/pve-gpu-tab\/www\/index-snippet.html' %\]/);
      // Template Toolkit rethrows from an empty CATCH: every CATCH must have content.
      assert.doesNotMatch(lines[b + 1], /\[% CATCH %\]\[% END %\]/);
      // After pvemanagerlib.js, so PVE.panel.Config exists when the boot script runs.
      assert.ok(b > lines.findIndex((l) => l.includes('pvemanagerlib.js')));
      // Same indentation as the </head> line.
      assert.equal(lines[b].match(/^\s*/)?.[0], lines[b + 3].match(/^\s*/)?.[0]);
      const after = statSync(file);
      assert.equal(after.mode & 0o7777, 0o640);
      assert.equal(after.uid, isRoot ? 1234 : before.uid);
      assert.equal(after.gid, isRoot ? 4321 : before.gid);
      assert.notEqual(after.ino, before.ino, 'replaced by rename, not rewritten in place');
      assert.deepEqual(readdirSync(dir), ['index.html.tpl'], 'no temp file left behind');
    });

    test('apply is idempotent: a second run writes nothing', () => {
      const dir = workDir();
      const file = copyTemplate(src, dir);
      assert.equal(helper('apply', '--template', file).code, 0);
      const first = readFileSync(file);
      const st = statSync(file);
      const r = helper('apply', '--template', file);
      assert.equal(r.code, 0);
      assert.deepEqual(readFileSync(file), first);
      assert.equal(statSync(file).ino, st.ino, 'untouched file keeps its inode');
      assert.equal(helper('status', '--template', file).stdout, 'applied\n');
    });

    test('remove gives back the template byte for byte', () => {
      const dir = workDir();
      const file = copyTemplate(src, dir);
      const original = readFileSync(file);
      assert.equal(helper('status', '--template', file).stdout, 'absent\n');
      assert.equal(helper('apply', '--template', file).code, 0);
      assert.notDeepEqual(readFileSync(file), original);
      assert.equal(helper('remove', '--template', file).code, 0);
      assert.deepEqual(readFileSync(file), original);
      // Removing again is a no-op.
      assert.equal(helper('remove', '--template', file).code, 0);
      assert.deepEqual(readFileSync(file), original);
    });

    test('a block from an older version is replaced, not duplicated', () => {
      const dir = workDir();
      const file = copyTemplate(src, dir);
      const original = readFileSync(file, 'utf8');
      const stale = original.replace(
        /^(\s*)<\/head>/m,
        `$1${BEGIN}\n$1[% TRY %][% INSERT /usr/share/pve-gpu-tab/www/old.html %][% CATCH %]x[% END %]\n$1${END}\n$1</head>`,
      );
      writeFileSync(file, stale);
      assert.equal(helper('apply', '--template', file).code, 0);
      const text = readFileSync(file, 'utf8');
      assert.equal(text.split(BEGIN).length, 2);
      assert.doesNotMatch(text, /old\.html/);
      assert.equal(helper('remove', '--template', file).code, 0);
      assert.equal(readFileSync(file, 'utf8'), original);
    });

    test('CRLF line endings are kept, and removal is still exact', () => {
      const dir = workDir();
      const file = copyTemplate(src, dir, (s) => s.replace(/\n/g, '\r\n'));
      const original = readFileSync(file);
      assert.equal(helper('apply', '--template', file).code, 0);
      const text = readFileSync(file, 'utf8');
      assert.ok(text.includes(`${BEGIN}\r\n`));
      assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF introduced');
      assert.equal(helper('remove', '--template', file).code, 0);
      assert.deepEqual(readFileSync(file), original);
    });
  });
}

describe('refusals leave the file untouched and say why', () => {
  const cases: Array<[string, (s: string) => string, RegExp]> = [
    ['no </head>', (s) => s.replace('</head>', ''), /found 0 times/],
    ['two </head>', (s) => s.replace('</head>', '</head>\n  </head>'), /found 2 times/],
    ['</head> not on its own line', (s) => s.replace(/\n\s*<\/head>/, '</head>'), /not on a line of its own/],
    [
      'BEGIN marker without END',
      (s) => s.replace('</head>', `${BEGIN}\n[% INSERT x %]\n  </head>`),
      /BEGIN marker has no END marker/,
    ],
  ];
  for (const [what, transform, message] of cases) {
    test(what, () => {
      const dir = workDir();
      const file = copyTemplate(TEMPLATES['PVE 9'], dir, transform);
      const before = readFileSync(file);
      const r = helper('apply', '--template', file);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^pve-gpu-tab: refusing to edit .*index\.html\.tpl/);
      assert.match(r.stderr, message);
      assert.deepEqual(readFileSync(file), before);
      assert.match(helper('status', '--template', file).stdout, /^refused: /);
      if (what.startsWith('BEGIN')) {
        assert.equal(helper('remove', '--template', file).code, 2);
        assert.deepEqual(readFileSync(file), before);
      }
    });
  }

  test('a missing template is reported, not created', () => {
    const dir = workDir();
    const file = path.join(dir, 'index.html.tpl');
    const r = helper('apply', '--template', file);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not found/);
    assert.equal(existsSync(file), false);
    assert.equal(helper('remove', '--template', file).code, 0);
  });

  test('unknown command or option: usage and status 1', () => {
    assert.equal(helper('frobnicate').code, 1);
    const r = helper('apply', '--templat', 'x');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Usage: pve-gpu-tab-ui/);
  });
});

describe('ui-config: the browser learns a non-default port or base URL', () => {
  function uiConfig(conf: string) {
    const dir = workDir();
    const confFile = path.join(dir, 'pve-gpu-tab.conf');
    writeFileSync(confFile, conf);
    const out = path.join(dir, 'ui', 'ui-config.html');
    const r = helper('ui-config', '--config', confFile, '--ui-config', out);
    return { ...r, out, confFile, dir };
  }

  test('defaults (the shipped config, all commented out): no file', () => {
    const r = uiConfig(readFileSync(path.join(root, 'packaging/config/pve-gpu-tab.conf'), 'utf8'));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(existsSync(r.out), false);
  });

  test('port 9443: a script setting window.PveGpuTabConfig, world-readable', () => {
    const r = uiConfig('# comment\nport: 9443\nlisten: ::\n');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      readFileSync(r.out, 'utf8'),
      '<script type="text/javascript">window.PveGpuTabConfig = { port: 9443 };</script>\n',
    );
    assert.equal(statSync(r.out).mode & 0o777, 0o644);
  });

  test('public_base_url is passed as a JSON string; back to defaults removes the file', () => {
    const r = uiConfig('port: 8247\npublic_base_url: https://proxy.example.com/gpu/\n');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      readFileSync(r.out, 'utf8'),
      '<script type="text/javascript">window.PveGpuTabConfig = { baseUrl: "https://proxy.example.com/gpu" };</script>\n',
    );
    writeFileSync(r.confFile, '#port: 8247\n');
    assert.equal(helper('ui-config', '--config', r.confFile, '--ui-config', r.out).code, 0);
    assert.equal(existsSync(r.out), false);
  });

  test('a hostile or broken value never reaches the page', () => {
    const r = uiConfig('port: 99999\npublic_base_url: https://x/</script><script>alert(1)</script>\n');
    assert.equal(r.code, 0);
    assert.equal(existsSync(r.out), false);
    assert.match(r.stderr, /pve-gpu-tab.conf:1: ignoring invalid port '99999'/);
    assert.match(r.stderr, /pve-gpu-tab.conf:2: ignoring invalid public_base_url/);
  });

  test('purge removes the file and its directory', () => {
    const r = uiConfig('port: 9000\n');
    assert.ok(existsSync(r.out));
    assert.equal(helper('purge', '--ui-config', r.out).code, 0);
    assert.equal(existsSync(path.dirname(r.out)), false);
  });
});
