// SPDX-License-Identifier: AGPL-3.0-or-later
// The service's sandbox: systemd's own exposure score (offline analysis of the unit file) and
// the few privileges the daemon really needs, nothing more.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sh } from './support/chroot.ts';
import { requirePackageTestTools } from './support/preflight.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const UNIT = path.join(root, 'packaging/systemd/pve-gpu-tab.service');

/** Directive → values, in file order (a directive may repeat). */
function directives(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    map.set(m[1], [...(map.get(m[1]) ?? []), m[2]]);
  }
  return map;
}

test('systemd-analyze security: overall exposure ≤ 4.0', () => {
  requirePackageTestTools();
  const r = sh('systemd-analyze', ['security', '--offline=true', '--no-pager', UNIT]);
  const m = /Overall exposure level for pve-gpu-tab\.service: (\d+\.\d+)/.exec(r.stdout + r.stderr);
  assert.ok(
    m,
    `no exposure figure in systemd-analyze output (systemd ≥ 250 needed for --offline):\n${r.stdout}${r.stderr}`,
  );
  const exposure = Number(m[1]);
  process.stdout.write(`# systemd-analyze security exposure: ${exposure}\n`);
  assert.ok(exposure <= 4.0, `exposure ${exposure} > 4.0`);
});

test('the unit keeps only the privileges the daemon needs', () => {
  const d = directives(readFileSync(UNIT, 'utf8'));
  const one = (k: string) => d.get(k)?.at(-1);
  assert.equal(one('User'), 'pve-gpu-tab', 'not root');
  assert.equal(one('CapabilityBoundingSet'), 'CAP_SYS_PTRACE CAP_DAC_READ_SEARCH');
  assert.equal(one('AmbientCapabilities'), 'CAP_SYS_PTRACE CAP_DAC_READ_SEARCH');
  assert.equal(one('NoNewPrivileges'), 'yes');
  assert.equal(one('ProtectSystem'), 'strict');
  assert.equal(one('StateDirectory'), 'pve-gpu-tab', 'the only writable path: /var/lib/pve-gpu-tab');
  assert.equal(d.get('ReadWritePaths'), undefined);
  assert.equal(one('ProtectHome'), 'yes');
  assert.equal(one('PrivateTmp'), 'yes');
  assert.equal(one('RestrictAddressFamilies'), 'AF_INET AF_INET6 AF_UNIX');
  assert.ok(d.get('SystemCallFilter')?.includes('@system-service'));
  assert.equal(one('Restart'), 'on-failure');
  assert.equal(
    one('ExecStart'),
    '/usr/bin/node --max-semi-space-size=1 /usr/share/pve-gpu-tab/pve-gpu-tab.mjs serve',
  );
  // Every process must stay visible to read its fdinfo: no hidepid.
  assert.equal(d.get('ProtectProc'), undefined);
  // Only the root-run start step may write the browser config PVE's page includes.
  assert.equal(one('ExecStartPre'), '-+/usr/lib/pve-gpu-tab/pve-gpu-tab-ui ui-config');
});
