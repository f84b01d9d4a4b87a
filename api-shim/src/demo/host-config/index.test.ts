// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { HealthEngine } from '../../health/health-source.ts';
import { HostRoot } from '../../host/host-root.ts';
import { writeDemoHostConfig } from './index.ts';

function fakeUsageSide(dir: string): void {
  // what the usage side writes that the health side relies on: the init processes' cgroups
  for (const [vmid, pid] of [
    ['101', 1101],
    ['102', 1102],
    ['103', 1103],
    ['105', 1105],
  ] as const) {
    mkdirSync(path.join(dir, `proc/${pid}`), { recursive: true });
    writeFileSync(path.join(dir, `proc/${pid}/cgroup`), `0::/lxc/${vmid}/ns/init\n`);
  }
  writeFileSync(
    path.join(dir, 'proc/devices'),
    'Character devices:\n195 nvidia-frontend\n226 drm\n236 nvidia-uvm\n511 kfd\n',
  );
}

for (const order of ['health first', 'usage first']) {
  test(`demo host config: 101, 102 and 105 healthy, 103 broken (${order})`, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'demo-hc-'));
    try {
      mkdirSync(path.join(dir, 'proc'), { recursive: true });
      if (order === 'usage first') fakeUsageSide(dir);
      await writeDemoHostConfig(dir);
      if (order === 'health first') fakeUsageSide(dir);
      await writeDemoHostConfig(dir); // idempotent
      const engine = new HealthEngine({ host: new HostRoot(dir), node: 'pve-demo' });
      const r101 = await engine.report('101');
      const r102 = await engine.report('102');
      const r103 = await engine.report('103');
      const r105 = await engine.report('105');
      assert.ok(r101 && r102 && r103 && r105);
      for (const r of [r101, r102, r103, r105]) assert.equal(r.ctStatus, 'running');
      const bad = (r: typeof r101) =>
        r.checks
          .filter((c) => c.severity === 'fail' || c.severity === 'warn')
          .map((c) => `${c.id}: ${c.explanation}`);
      assert.deepEqual(bad(r101), []);
      assert.deepEqual(bad(r102), []);
      // ROCm's two nodes, both with the container's render gid (992 on its Debian 13)
      assert.deepEqual(bad(r105), []);
      const verdict = (id: string) => r105.checks.find((c) => c.id === id)?.severity;
      for (const id of [
        'dev.kfd_gid',
        'amd.kfd',
        'acc.driver',
        'cgroup.not_allowed',
        'ct.service_user_groups',
      ])
        assert.equal(verdict(id), 'pass', id);
      assert.deepEqual(
        r105.devices.map((d) => [d.container.path, d.host.devt, d.container.group]),
        [
          ['/dev/dri/renderD129', '226:129', 'render'],
          ['/dev/kfd', '511:0', 'render'],
        ],
      );
      const ids103 = r103.checks
        .filter((c) => c.severity === 'fail' || c.severity === 'warn')
        .map((c) => c.id);
      assert.ok(ids103.includes('dev.gid_wrong_group'), ids103.join(','));
      assert.ok(ids103.includes('idmap.gap'), ids103.join(','));
      const fix = r103.checks.find((c) => c.id === 'dev.gid_wrong_group')?.fix;
      assert.deepEqual(fix?.add, ['dev0: /dev/dri/renderD128,gid=105']);
      assert.equal(r101.devices[0].container.group, 'render');
      assert.equal(r101.devices[0].host.devt, '226:128');
      assert.ok(r101.checks.some((c) => c.id === 'mon.pmu_in_ct' && c.severity === 'info'));
      assert.equal(await engine.report('104'), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
