// SPDX-License-Identifier: AGPL-3.0-or-later
// The package tests need root (chroot, mount, dpkg) and a few Debian tools. When something is
// missing they fail with the apt-get line to run — never a silent skip.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

function findExecutable(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '/usr/bin:/bin').split(':').concat(['/usr/sbin', '/sbin']);
  for (const dir of dirs) {
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return path.join(dir, name);
    } catch {}
  }
  return undefined;
}

const TOOLS: Array<[string, string]> = [
  ['dpkg-buildpackage', 'dpkg-dev'],
  ['dh', 'debhelper'],
  ['fakeroot', 'fakeroot'],
  ['lintian', 'lintian'],
  ['debootstrap', 'debootstrap'],
  ['gpg', 'gnupg'],
  ['gpgv', 'gpgv'],
  ['apt-ftparchive', 'apt-utils'],
  ['openssl', 'openssl'],
  ['systemd-analyze', 'systemd'],
  ['tar', 'tar'],
];

/** Throws a message naming what to install (or that root is needed); returns when all is there. */
export function requirePackageTestTools(extra: Array<[string, string]> = []): void {
  const problems: string[] = [];
  if (process.getuid?.() !== 0) {
    problems.push('The package tests need root (debootstrap, chroot, mount, dpkg): run them with sudo.');
  }
  const missing = [...TOOLS, ...extra].filter(([exe]) => !findExecutable(exe));
  if (missing.length) {
    const pkgs = [...new Set(missing.map(([, p]) => p))];
    problems.push(
      `Missing ${missing.map(([e]) => e).join(', ')}. Install with:  sudo apt-get install ${pkgs.join(' ')}`,
    );
  }
  if (problems.length) throw new Error(problems.join('\n'));
}
