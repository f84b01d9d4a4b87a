// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab health` end to end through the CLI entry point, on the demo host's config side.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { writeDemoHostConfig } from '../demo/host-config/index.ts';
import { HealthEngine } from '../health/health-source.ts';
import { HostRoot } from '../host/host-root.ts';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '../cli.ts');
let dir = '';

function health(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, 'health', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'health-cli-'));
  await writeDemoHostConfig(dir);
  for (const [vmid, pid] of [
    ['101', 1101],
    ['102', 1102],
    ['103', 1103],
  ]) {
    mkdirSync(path.join(dir, `proc/${pid}`), { recursive: true });
    writeFileSync(path.join(dir, `proc/${pid}/cgroup`), `0::/lxc/${vmid}/ns/init\n`);
  }
  // a container with warnings only: a cosmetic raw bind plus an allow rule for a node it does not bind
  writeFileSync(
    path.join(dir, 'etc/pve/lxc/104.conf'),
    'unprivileged: 1\nlxc.apparmor.profile: unconfined\n',
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('exit status: 0 healthy, 1 warnings, 2 failures, 3 usage or no such container', () => {
  assert.equal(health('101', '--root', dir).code, 0);
  assert.equal(health('104', '--root', dir).code, 1);
  const broken = health('103', '--root', dir);
  assert.equal(broken.code, 2);
  assert.match(broken.out, /\[FAIL\] dev\.gid_wrong_group/);
  assert.match(broken.out, /\+ dev0: \/dev\/dri\/renderD128,gid=105/);
  assert.equal(health('999', '--root', dir).code, 3);
  assert.equal(health('abc', '--root', dir).code, 3);
  assert.equal(health('--bogus').code, 3);
  assert.equal(health().code, 3);
});

test('--json prints exactly the HealthReport the engine (and the HTTP API) produce', async () => {
  const r = health('103', '--root', dir, '--node', 'pve1', '--json');
  assert.equal(r.code, 2);
  const doc = JSON.parse(r.out);
  const direct = await new HealthEngine({ host: new HostRoot(dir), node: 'pve1' }).report('103');
  assert.ok(direct);
  assert.deepEqual({ ...doc, generatedAt: 0 }, { ...direct, generatedAt: 0 });
  assert.equal(doc.vmid, '103');
  assert.ok(
    doc.idmap
      .find((d: { kind: string }) => d.kind === 'g')
      .gaps.some((g: { start: number }) => g.start === 103),
  );
});
