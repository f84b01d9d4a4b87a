// SPDX-License-Identifier: AGPL-3.0-or-later
// The two services' sandboxes: systemd's own exposure score (offline analysis of the unit files,
// printed on every run) and the few privileges each process really needs, nothing more. That the
// sandboxes hold under a real systemd is proven in apt-install.test.ts (boot under systemd-nspawn).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sh } from './support/chroot.ts';
import { requirePackageTestTools } from './support/preflight.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = path.join(root, 'packaging/systemd/pve-gpu-tab.service');
const COLLECTOR = path.join(root, 'packaging/systemd/pve-gpu-tab-collector.service');
const BUNDLE = '/usr/bin/node --max-semi-space-size=1 /usr/share/pve-gpu-tab/pve-gpu-tab.mjs';
const SOCKET = '/run/pve-gpu-tab/collector.sock';

/** Directive → values, in file order (a directive may repeat). */
export function directives(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    map.set(m[1], [...(map.get(m[1]) ?? []), m[2]]);
  }
  return map;
}

function exposure(unit: string): number {
  const r = sh('systemd-analyze', ['security', '--offline=true', '--no-pager', unit]);
  const name = path.basename(unit).replace(/\./g, '\\.');
  const m = new RegExp(`Overall exposure level for ${name}: (\\d+\\.\\d+)`).exec(r.stdout + r.stderr);
  assert.ok(
    m,
    `no exposure figure in systemd-analyze output (systemd ≥ 250 needed for --offline):\n${r.stdout}${r.stderr}`,
  );
  return Number(m[1]);
}

test('systemd-analyze security: server ≤ 2.0, collector ≤ 3.0', () => {
  requirePackageTestTools();
  const server = exposure(SERVER);
  const collector = exposure(COLLECTOR);
  process.stdout.write(`# systemd-analyze security exposure: pve-gpu-tab.service ${server}\n`);
  process.stdout.write(`# systemd-analyze security exposure: pve-gpu-tab-collector.service ${collector}\n`);
  assert.ok(server <= 2.0, `server exposure ${server} > 2.0`);
  assert.ok(collector <= 3.0, `collector exposure ${collector} > 3.0`);
});

test('both units restart with pve-cluster and document themselves with a shipped file', () => {
  for (const unit of [SERVER, COLLECTOR]) {
    const d = directives(readFileSync(unit, 'utf8'));
    const one = (k: string) => d.get(k)?.at(-1);
    assert.equal(one('PartOf'), 'pve-cluster.service', `${unit}: restarted with pmxcfs`);
    assert.match(one('After') ?? '', /\bpve-cluster\.service\b/);
    assert.equal(one('ExecReload'), '/bin/sh -c "kill -HUP $MAINPID"');
    assert.equal(one('Restart'), 'on-failure');
    // debian/rules keeps this one file uncompressed for exactly this line (dh_compress -X).
    assert.match(one('Documentation') ?? '', /file:\/\/\/usr\/share\/doc\/pve-gpu-tab\/security\.md/);
    assert.equal(one('NoNewPrivileges'), 'yes');
    assert.equal(one('ProtectSystem'), 'strict');
    assert.equal(one('ProtectHome'), 'yes');
    assert.equal(one('PrivateTmp'), 'yes');
    assert.ok(d.get('SystemCallFilter')?.includes('@system-service'));
    assert.equal(d.get('ReadWritePaths'), undefined);
    for (const secret of ['/var/lib/pve-cluster', '/etc/corosync', '/etc/shadow', '/etc/pve/priv']) {
      assert.ok(one('InaccessiblePaths')?.split(/\s+/).includes(`-${secret}`), `${unit}: ${secret}`);
    }
  }
  const server = readFileSync(SERVER, 'utf8');
  assert.match(server, /^After=.*\bpve-gpu-tab-collector\.service\b/m);
  assert.match(server, /^Wants=pve-gpu-tab-collector\.service$/m);
});

test('the server: unprivileged, no capabilities, nothing writable, no other process visible', () => {
  const d = directives(readFileSync(SERVER, 'utf8'));
  const one = (k: string) => d.get(k)?.at(-1);
  assert.equal(one('User'), 'pve-gpu-tab', 'not root');
  assert.equal(one('SupplementaryGroups'), 'www-data', 'reads /etc/pve as pveproxy does');
  assert.equal(one('CapabilityBoundingSet'), '');
  assert.equal(one('AmbientCapabilities'), '');
  assert.equal(d.get('StateDirectory'), undefined);
  assert.equal(d.get('RuntimeDirectory'), undefined);
  assert.equal(one('ProtectProc'), 'invisible');
  assert.equal(one('PrivateDevices'), 'yes');
  assert.equal(one('RestrictAddressFamilies'), 'AF_INET AF_INET6 AF_UNIX');
  assert.ok(d.get('SystemCallFilter')?.some((f) => f.startsWith('~@privileged')));
  assert.equal(one('ExecStart'), `${BUNDLE} serve --collector ${SOCKET}`);
  // Only the root-run start step may write the browser config PVE's page includes.
  assert.equal(one('ExecStartPre'), '-+/usr/lib/pve-gpu-tab/pve-gpu-tab-ui ui-config');
});

test('the collector: no network at all, only the capabilities its reads need', () => {
  const d = directives(readFileSync(COLLECTOR, 'utf8'));
  const one = (k: string) => d.get(k)?.at(-1);
  assert.equal(d.get('User'), undefined, 'uid 0, so the in-container reader can drop to the CT root');
  assert.equal(one('Group'), 'pve-gpu-tab', 'the socket and /run/pve-gpu-tab belong to the server group');
  assert.equal(
    one('CapabilityBoundingSet'),
    'CAP_SYS_PTRACE CAP_DAC_READ_SEARCH CAP_SYS_CHROOT CAP_SETUID CAP_SETGID',
  );
  assert.equal(one('RestrictAddressFamilies'), 'AF_UNIX');
  assert.equal(one('PrivateNetwork'), 'yes');
  assert.equal(one('IPAddressDeny'), 'any');
  assert.equal(one('RuntimeDirectory'), 'pve-gpu-tab');
  assert.equal(one('RuntimeDirectoryMode'), '0750');
  assert.equal(one('StateDirectory'), 'pve-gpu-tab', 'the only writable path: /var/lib/pve-gpu-tab');
  // Every process must stay visible to read its fdinfo: no hidepid.
  assert.equal(d.get('ProtectProc'), undefined);
  assert.equal(one('ExecStart'), `${BUNDLE} collector --socket ${SOCKET}`);
});

// The collector learns GPU clients from /sys/kernel/debug/dri/<minor>/clients (docs/collectors.md
// "Discovery from the kernel's DRM client list"); the walk it falls back to costs 30× more CPU. So
// the unit must keep /sys/kernel/debug visible. ProtectKernelTunables=yes does: systemd's
// src/core/namespace.c, protect_kernel_tunables_sys_table, lists { "/sys/kernel/debug",
// MOUNT_READ_ONLY, true } (read-only, not inaccessible; bookworm's 252 spells it READONLY). And
// PrivateNetwork=yes's own sysfs instance (systemd ≥ 254, systemd/systemd#26458, namespace.c
// mount_private_sysfs()) bind-mounts the old /sys's submounts, debugfs among them, back over it
// (bind_mount_submounts()). What would hide it is any of the lines checked below;
// systemd-boot.test.ts reads debugfs under the installed unit itself, on bookworm and trixie.
test('the collector: nothing in its unit hides /sys/kernel/debug (the DRM client list)', () => {
  const d = directives(readFileSync(COLLECTOR, 'utf8'));
  const paths = (k: string) =>
    (d.get(k) ?? []).flatMap((v) => v.split(/\s+/)).map((p) => p.replace(/^[-+]+/, ''));
  const hides = (p: string) =>
    ['/', '/sys', '/sys/kernel', '/sys/kernel/debug'].includes(p.split(':')[0].replace(/\/$/, '') || '/') ||
    p.startsWith('/sys/kernel/debug/');
  for (const k of ['InaccessiblePaths', 'TemporaryFileSystem', 'BindPaths', 'BindReadOnlyPaths']) {
    for (const p of paths(k))
      assert.ok(!hides(p), `${k}=${p} would hide /sys/kernel/debug from the collector`);
  }
  // ProtectKernelTunables= mounts it read-only, which is all the collector needs; an empty
  // ProtectKernelTunables= or "no" would be fine too, but the unit keeps the protection.
  assert.equal(d.get('ProtectKernelTunables')?.at(-1), 'yes');
  // PrivateDevices= only replaces /dev; MountAPIVFS=/RootDirectory=/RootImage= would give it a new /sys.
  for (const k of ['RootDirectory', 'RootImage', 'MountAPIVFS']) assert.equal(d.get(k), undefined, k);
  // debugfs's root is 0700 root (DEBUGFS_DEFAULT_MODE, the kernel's fs/debugfs/inode.c) and the
  // clients file 0444 (drm_debugfs.c): uid 0 reads it as the owner, with no capability at all.
  assert.equal(d.get('User'), undefined, 'uid 0: the owner of debugfs');
  assert.equal(d.get('DynamicUser'), undefined);
  assert.equal(d.get('PrivateUsers'), undefined, 'a user namespace would map root away from the owner');
});
