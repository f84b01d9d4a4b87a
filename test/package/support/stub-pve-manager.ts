// SPDX-License-Identifier: AGPL-3.0-or-later
// A stand-in `pve-manager` .deb that lays out the real files the GPU tab touches: the index
// template pveproxy renders (PVE 8 or PVE 9 shape) and the /pve2/js/ directory. Nothing else
// of Proxmox: the tests only need dpkg to own these paths (so the file trigger fires).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { must } from './chroot.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export const STUB_TEMPLATES = {
  8: path.join(fixtures, 'pve8/index.html.tpl'),
  9: path.join(fixtures, 'pve9/index.html.tpl'),
} as const;

/** Builds pve-manager_<version>_all.deb into `outDir` and returns its path. */
export function buildStubPveManager(
  version: string,
  shape: 8 | 9,
  outDir: string,
  transform: (template: string) => string = (t) => t,
): string {
  const work = mkdtempSync(path.join(os.tmpdir(), 'pve-gpu-tab-stub-'));
  try {
    const pkg = path.join(work, 'pkg');
    mkdirSync(path.join(pkg, 'DEBIAN'), { recursive: true });
    writeFileSync(
      path.join(pkg, 'DEBIAN/control'),
      [
        'Package: pve-manager',
        `Version: ${version}`,
        'Architecture: all',
        'Maintainer: pve-gpu-tab tests <tests@pve-gpu-tab.org>',
        'Section: admin',
        'Priority: optional',
        `Description: stand-in for Proxmox VE ${shape}'s pve-manager (pve-gpu-tab package tests)`,
        '',
      ].join('\n'),
    );
    const share = path.join(pkg, 'usr/share/pve-manager');
    mkdirSync(path.join(share, 'js'), { recursive: true });
    mkdirSync(path.join(share, 'css'), { recursive: true });
    writeFileSync(path.join(share, 'index.html.tpl'), transform(readFileSync(STUB_TEMPLATES[shape], 'utf8')));
    writeFileSync(path.join(share, 'js/pvemanagerlib.js'), `// stand-in pvemanagerlib.js ${version}\n`);
    writeFileSync(path.join(share, 'css/ext6-pve.css'), '/* stand-in */\n');
    mkdirSync(outDir, { recursive: true });
    const deb = path.join(outDir, `pve-manager_${version}_all.deb`);
    must('dpkg-deb', ['--root-owner-group', '--build', pkg, deb]);
    return deb;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
