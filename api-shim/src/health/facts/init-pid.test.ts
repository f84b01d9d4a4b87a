// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { HostRoot } from '../../host/host-root.ts';
import { findInitPid, stillInContainer } from './init-pid.ts';

function proc(dir: string, pid: number, cgroup: string, nspid?: string) {
  mkdirSync(path.join(dir, `proc/${pid}`), { recursive: true });
  writeFileSync(path.join(dir, `proc/${pid}/cgroup`), `0::${cgroup}\n`);
  if (nspid) writeFileSync(path.join(dir, `proc/${pid}/status`), `Name:\tx\nNSpid:\t${nspid}\n`);
}

test('findInitPid picks the PID 1 of the container namespace, from /proc or cgroupfs', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'initpid-'));
  try {
    proc(dir, 900, '/lxc.monitor/101');
    proc(dir, 950, '/lxc/101/ns/system.slice/jellyfin.service', '950\t120');
    proc(dir, 1101, '/lxc/101/ns/init.scope', '1101\t1');
    proc(dir, 1201, '/lxc/1010/ns/init.scope', '1201\t1');
    const host = new HostRoot(dir);
    assert.equal(await findInitPid(host, '101'), 1101);
    assert.equal(await findInitPid(host, '1010'), 1201);
    assert.equal(await findInitPid(host, '102'), undefined);
    assert.equal(await findInitPid(host, '../1'), undefined);
    assert.equal(await stillInContainer(host, 1101, '101'), true);
    assert.equal(await stillInContainer(host, 1101, '102'), false);
    // cgroupfs first: cheap on a real host
    mkdirSync(path.join(dir, 'sys/fs/cgroup/lxc/102/ns/init.scope'), { recursive: true });
    writeFileSync(path.join(dir, 'sys/fs/cgroup/lxc/102/ns/init.scope/cgroup.procs'), '1301\n');
    proc(dir, 1301, '/lxc/102/ns/init.scope', '1301\t1');
    assert.equal(await findInitPid(host, '102'), 1301);
    // once lxc/ exists in cgroupfs, its answer is final: no O(processes) /proc scan
    assert.equal(await findInitPid(host, '101'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
