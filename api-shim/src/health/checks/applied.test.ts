// SPDX-License-Identifier: AGPL-3.0-or-later
// ct.generated_config (a running container judged by what LXC applied) and ct.read_limits (an
// in-container read cut short by the reader's bounds), each on its own small host tree.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { HealthReport } from '../../api/types.ts';
import { writeHealthHost } from '../../demo/host-config/snapshot.ts';
import { HostRoot } from '../../host/host-root.ts';
import { HealthEngine } from '../health-source.ts';

const INTEL = { pci: '0000:00:02.0', vendorId: '0x8086', driver: 'i915' };
const BIND = 'lxc.mount.entry: /dev/dri/renderD128 dev/dri/renderD128 none bind,optional,create=file';

async function runningReport(conf: string, generated: string, ctGroup: string): Promise<HealthReport> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'health-applied-'));
  try {
    writeHealthHost(dir, {
      files: {
        '/etc/group': 'root:x:0:\nvideo:x:44:\nrender:x:104:\n',
        '/etc/subuid': 'root:100000:65536\n',
        '/etc/subgid': 'root:100000:65536\n',
        '/sys/fs/cgroup/cgroup.controllers': 'cpu\n',
        '/etc/pve/lxc/100.conf': conf,
        '/var/lib/lxc/100/config': generated,
      },
      nodes: [{ path: '/dev/dri/renderD128', major: 226, minor: 128, gid: 104, mode: '0666' }],
      drm: [{ name: 'renderD128', ...INTEL }],
      containers: [
        {
          vmid: '100',
          pid: 7100,
          writeProc: true,
          files: { '/etc/group': ctGroup, '/etc/passwd': 'root:x:0:0::/root:/bin/sh\n' },
        },
      ],
    });
    const r = await new HealthEngine({ host: new HostRoot(dir), node: 'pve' }).report('100');
    assert.ok(r);
    assert.equal(r.ctStatus, 'running');
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GROUP = 'root:x:0:\nvideo:x:44:\nrender:x:104:\n';

test('ct.generated_config: a running container is judged by the lines LXC applied, and the difference is named', async () => {
  // The config gained a bind after the start; the generated config (what LXC applied) still has
  // a hook-written bind the config lacks.
  const conf = `arch: amd64\nunprivileged: 0\n${BIND}\n`;
  const generated = [
    'lxc.arch = amd64',
    'lxc.mount.entry = /dev/dri/card0 dev/dri/card0 none bind,optional,create=file',
    '',
  ].join('\n');
  const r = await runningReport(conf, generated, GROUP);
  const results = r.checks.filter((c) => c.id === 'ct.generated_config');
  const ids = results.map((c) => c.explanationMsg.id).sort();
  assert.deepEqual(
    ids,
    ['ct.generated_config.extra', 'ct.generated_config.not_applied'],
    JSON.stringify(results),
  );
  for (const c of results) assert.equal(c.severity, 'info');
  const notApplied = results.find((c) => c.explanationMsg.id === 'ct.generated_config.not_applied');
  assert.match(String(notApplied?.explanationMsg.params?.lines), /renderD128/);
  assert.deepEqual(notApplied?.fix?.commands, ['pct reboot 100']);
  const extra = results.find((c) => c.explanationMsg.id === 'ct.generated_config.extra');
  assert.match(String(extra?.explanationMsg.params?.lines), /card0/);
  assert.ok(extra?.evidence.some((e) => e.source.includes('/var/lib/lxc/100/config')));

  // The same config, applied as it is: nothing to say.
  const same = await runningReport(
    conf,
    `lxc.arch = amd64\n${BIND.replace('lxc.mount.entry: ', 'lxc.mount.entry = ')}\n`,
    GROUP,
  );
  assert.deepEqual(
    same.checks.filter((c) => c.id === 'ct.generated_config' && c.severity !== 'pass'),
    [],
  );
});

test('ct.read_limits: a /etc/group cut at the reader cap is a warning naming the checks that rest on it', async () => {
  // ETC_CAP in facts/container-facts.ts is 256 KiB; this group file is well over it.
  const many = Array.from({ length: 20000 }, (_, i) => `g${i}:x:${20000 + i}:user${i}`).join('\n');
  const conf = 'arch: amd64\nunprivileged: 0\ndev0: /dev/dri/renderD128,gid=104\n';
  const r = await runningReport(conf, 'lxc.arch = amd64\n', `${GROUP}${many}\n`);
  const lim = r.checks.filter((c) => c.id === 'ct.read_limits');
  assert.equal(lim.length, 1, JSON.stringify(r.checks.map((c) => c.id)));
  assert.equal(lim[0].severity, 'warn');
  assert.equal(lim[0].explanationMsg.params?.paths, '/etc/group');
  // why it was not read whole is evidence in words, a message the browser translates
  assert.deepEqual(
    lim[0].evidence.map((e) => e.textMsg?.id),
    ['evidence.read.truncated'],
  );
  assert.match(String(lim[0].explanationMsg.params?.checks), /ct\.service_user_groups/);

  const small = await runningReport(conf, 'lxc.arch = amd64\n', GROUP);
  assert.deepEqual(
    small.checks.filter((c) => c.id === 'ct.read_limits' && c.severity !== 'pass'),
    [],
  );
});
