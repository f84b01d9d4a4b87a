// SPDX-License-Identifier: AGPL-3.0-or-later
// Property: whatever the config says, the engine answers with a well-formed report.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { writeDemoHostConfig } from '../demo/host-config/index.ts';
import { HostRoot } from '../host/host-root.ts';
import { HealthEngine } from './health-source.ts';
import { messageProblems, proseProblems, wordsOf, worldWords } from './messages.test-util.ts';
import { int, pick, prng } from './prng.test-util.ts';

const PATHS = [
  '/dev/dri/renderD128',
  '/dev/dri/card0',
  '/dev/dri/renderD129',
  '/dev/nvidia0',
  '/dev/nvidia-uvm',
  '/dev/kfd',
  '/dev/dri',
  '/dev/dri/by-path/x',
  '/dev/null',
  '/etc/passwd',
  'dev/dri',
  '',
  '/dev/../etc',
];

function randomLine(rand: () => number): string {
  const p = () => pick(rand, PATHS);
  const n = () => String(pick(rand, [0, 1, 44, 104, 105, 993, 65535, 65536, 100000, -1, 4294967296]));
  switch (int(rand, 0, 11)) {
    case 0:
      return `dev${int(rand, 0, 300)}: ${p()}${rand() < 0.5 ? `,gid=${n()}` : ''}${rand() < 0.3 ? `,mode=0${int(rand, 0, 777)}` : ''}${rand() < 0.2 ? `,uid=${n()}` : ''}`;
    case 1:
      return `lxc.idmap: ${pick(rand, ['u', 'g', 'b', 'x'])} ${n()} ${n()} ${n()}`;
    case 2:
      return `lxc.mount.entry: ${p()} ${p().replace(/^\//, '')} none ${pick(rand, ['bind', 'bind,optional', 'bind,optional,create=file', 'bind,create=dir', 'rbind'])} ${pick(rand, ['', '0 0', '0, 0'])}`;
    case 3:
      return `lxc.cgroup2.devices.allow: ${pick(rand, ['a', 'c 226:* rwm', 'c 195:0 rw', 'b *:* rwm', 'c *:* m', 'garbage'])}`;
    case 4:
      return `lxc.cgroup.devices.allow = ${pick(rand, ['a', 'c 195:* rwm'])}`;
    case 5:
      return pick(rand, [
        'unprivileged: 1',
        'unprivileged: 0',
        'unprivileged:',
        '[pve:pending]',
        '[snap1]',
        'delete: dev0',
        '#note',
      ]);
    case 6:
      return `mp${int(rand, 0, 9)}: ${pick(rand, ['/usr/bin', '/dev/dri', '/mnt/data', 'local:vm-1'])},mp=/x${rand() < 0.3 ? ',ro=1' : ''}`;
    case 7:
      return `lxc.${pick(rand, ['apparmor.profile: unconfined', 'seccomp.profile:', 'cap.drop:', 'cap.keep: sys_admin', 'mount.auto: proc:rw sys:rw', 'hook.pre-start: chown 1 /dev/dri/card0'])}`;
    case 8:
      return Array.from({ length: int(rand, 0, 40) }, () => String.fromCharCode(int(rand, 1, 0x7f))).join('');
    default:
      return pick(rand, ['arch: amd64', 'hostname: x', 'ostype: debian', 'lxc.id_map: u 0 100000 65536']);
  }
}

test('property: random configs always give a well-formed report', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'health-prop-'));
  try {
    await writeDemoHostConfig(dir);
    const engine = new HealthEngine({ host: new HostRoot(dir), node: 'p' });
    const demoWorld = worldWords(dir);
    const rand = prng(1234);
    for (let i = 0; i < 150; i++) {
      const conf = Array.from({ length: int(rand, 0, 25) }, () => randomLine(rand)).join('\n');
      writeFileSync(path.join(dir, 'etc/pve/lxc/101.conf'), conf);
      const r = await engine.report('101');
      assert.ok(r, conf);
      assert.equal(r.checks.length > 0, true);
      const total = r.summary.fail + r.summary.warn + r.summary.info + r.summary.pass;
      assert.equal(total, r.checks.filter((c) => !c.causedBy).length);
      // every consequence points at a root cause that fails and says how many follow from it
      for (const c of r.checks.filter((x) => x.causedBy)) {
        const cause: (typeof r.checks)[number] | undefined = r.checks.filter((x) => x.id === c.causedBy?.id)[
          c.causedBy?.index ?? -1
        ];
        assert.ok(cause, `${c.id} → ${JSON.stringify(c.causedBy)}\n${conf}`);
        assert.equal(cause.severity, 'fail');
        assert.equal(cause.causedBy, undefined);
        assert.ok((cause.consequences ?? 0) > 0);
      }
      for (const c of r.checks) {
        assert.ok(
          c.explanation.length > 0 && !c.explanation.includes('could not run'),
          `${c.id}: ${c.explanation}\n${conf}`,
        );
        assert.ok(['fail', 'warn', 'info', 'pass'].includes(c.severity));
      }
      assert.deepEqual(messageProblems(r), [], conf);
      assert.deepEqual(proseProblems(r, new Set([...demoWorld, ...wordsOf(conf)])), [], conf);
      JSON.stringify(r);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
