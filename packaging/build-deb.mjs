#!/usr/bin/env node
// SPDX-License-Identifier: AGPL-3.0-or-later
// Builds the pve-gpu-tab .deb from dist/ in a scratch copy of the tree, so that the work tree
// never collects debhelper droppings and the .deb does not land in the parent directory.
//   node packaging/build-deb.mjs [--out DIR]      (after `npm run build`)
// Prints the path of the .deb on stdout. Needs dpkg-dev, debhelper, fakeroot; no network.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The parts of the tree debian/rules reads. */
const SOURCES = ['debian', 'packaging', 'dist', 'docs', 'README.md', 'LICENSE'];

export function buildDeb({ out = path.join(root, 'build/deb'), log = process.stderr } = {}) {
  for (const f of ['dist/api-shim/package/pve-gpu-tab.mjs', 'dist/plugin/pve-gpu-tab.js']) {
    if (!existsSync(path.join(root, f))) {
      throw new Error(`${f} is missing: run 'npm ci && npm run build' first (docs/install.md)`);
    }
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'pve-gpu-tab-deb-'));
  try {
    const src = path.join(scratch, 'pve-gpu-tab');
    mkdirSync(src);
    for (const s of SOURCES) {
      if (existsSync(path.join(root, s))) cpSync(path.join(root, s), path.join(src, s), { recursive: true });
    }
    const r = spawnSync('dpkg-buildpackage', ['-b', '-us', '-uc', '--no-sign'], {
      cwd: src,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
    if (r.error)
      throw new Error(`dpkg-buildpackage: ${r.error.message} (install dpkg-dev debhelper fakeroot)`);
    if (r.status !== 0) {
      log.write(r.stdout + r.stderr);
      throw new Error(`dpkg-buildpackage failed with status ${r.status}`);
    }
    const debs = readdirSync(scratch).filter((n) => n.endsWith('.deb'));
    if (debs.length !== 1) throw new Error(`expected one .deb, got: ${debs.join(', ') || 'none'}`);
    mkdirSync(out, { recursive: true });
    const target = path.join(out, debs[0]);
    rmSync(target, { force: true });
    try {
      renameSync(path.join(scratch, debs[0]), target);
    } catch {
      cpSync(path.join(scratch, debs[0]), target);
    }
    return target;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  try {
    const deb = buildDeb({ out: values.out ? path.resolve(values.out) : undefined });
    process.stdout.write(`${deb}\n`);
  } catch (err) {
    process.stderr.write(`build-deb: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
