// SPDX-License-Identifier: AGPL-3.0-or-later
// What each test stage needs from the system, and a clear message naming the Debian
// package when it is missing. Never a silent skip.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** stage → [executable (or absolute path of a file), Debian package] */
export const STAGE_DEPS = {
  // Font Awesome 4.7 as PVE serves it at /pve2/fa/ (pve-manager depends on the same package):
  // the browser tests check that the GPU tab's icon draws like its neighbours'.
  e2e: [
    ['chromium', 'chromium'],
    ['/usr/share/fonts-font-awesome/css/font-awesome.css', 'fonts-font-awesome'],
  ],
  // The metric servers the exporter and /metrics are tested against (test/integration).
  integration: [
    ['influxd', 'influxdb'],
    ['carbon-cache', 'graphite-carbon'],
    ['whisper-fetch', 'python3-whisper'],
    ['prometheus', 'prometheus'],
  ],
  package: [
    ['dpkg-buildpackage', 'dpkg-dev'],
    ['dh', 'debhelper'],
    ['fakeroot', 'fakeroot'],
    ['lintian', 'lintian'],
    ['debootstrap', 'debootstrap'],
    ['gpg', 'gnupg'],
    ['apt-ftparchive', 'apt-utils'],
    ['openssl', 'openssl'],
    // boots the installed package under a real systemd (test/package/apt-install.test.ts)
    ['systemd-nspawn', 'systemd-container'],
  ],
  bench: [['chromium', 'chromium']],
};

export function findExecutable(name) {
  if (path.isAbsolute(name)) {
    try {
      accessSync(name, constants.R_OK);
      return name;
    } catch {
      return undefined;
    }
  }
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(':').concat(['/usr/sbin', '/sbin'])) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

/** Returns a message listing what to install, or undefined when everything is there. */
export function missingDeps(stage) {
  const missing = (STAGE_DEPS[stage] ?? []).filter(([exe]) => !findExecutable(exe));
  if (missing.length === 0) return undefined;
  const pkgs = [...new Set(missing.map(([, pkg]) => pkg))];
  return (
    `The ${stage} tests need ${missing.map(([exe]) => exe).join(', ')}, which is not installed.\n` +
    `Install it with:  sudo apt-get install ${pkgs.join(' ')}\n` +
    `(or run:  sudo npm run setup  to install everything the tests need)`
  );
}
