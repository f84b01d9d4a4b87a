// SPDX-License-Identifier: AGPL-3.0-or-later
// nv.mig_caps on the MIG fixtures (m01 works, m02 has no cap node, m03 has them blocked) and on
// variants of them: half an instance, a cap node the host has not created yet, a GPU without MIG.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURE_VMID, fixtureHost, parseFixture } from '../../../../test/fixtures/health/fixture-host.ts';
import type { CheckResult } from '../../api/types.ts';
import { type HealthHostSpec, writeHealthHost } from '../../demo/host-config/snapshot.ts';
import { HostRoot } from '../../host/host-root.ts';
import { parseAccessMinor, readMigCapInstances } from '../facts/nvidia-mig.ts';
import { HealthEngine } from '../health-source.ts';

const dir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../test/fixtures/health/configs',
);

async function migResults(
  file: string,
  edit?: (s: HealthHostSpec) => void,
): Promise<{ results: CheckResult[]; root: string }> {
  const fx = parseFixture(file.replace(/\.conf$/, ''), readFileSync(path.join(dir, file), 'utf8'));
  const spec = fixtureHost(fx);
  edit?.(spec);
  const root = mkdtempSync(path.join(os.tmpdir(), 'health-mig-'));
  writeHealthHost(root, spec);
  const report = await new HealthEngine({ host: new HostRoot(root), node: 'pve' }).report(FIXTURE_VMID);
  assert.ok(report);
  return { results: report.checks.filter((c) => c.id === 'nv.mig_caps'), root };
}

const CONF = `/etc/pve/lxc/${FIXTURE_VMID}.conf`;

test('an access file: its DeviceFileMinor (NVIDIA MIG User Guide format)', () => {
  assert.equal(parseAccessMinor('DeviceFileMinor: 102\nDeviceFileMode: 292\nDeviceFileModify: 1\n'), 102);
  assert.equal(parseAccessMinor('DeviceFileMode: 292\n'), undefined);
  assert.equal(parseAccessMinor(undefined), undefined);
});

test('the host facts: each GI with its CIs and their minors, from /proc/driver/nvidia/capabilities', async () => {
  const { root } = await migResults('m01-nvidia-mig-devN-gi-ci-pair.conf');
  try {
    assert.deepEqual(await readMigCapInstances(new HostRoot(root)), [
      { gpu: 0, gi: 11, giMinor: 102, cis: [{ ci: 0, minor: 103 }] },
      { gpu: 0, gi: 12, giMinor: 111, cis: [{ ci: 0, minor: 112 }] },
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('m01: the GI and CI cap nodes of one instance are passed: the check runs and passes', async () => {
  const { results, root } = await migResults('m01-nvidia-mig-devN-gi-ci-pair.conf');
  rmSync(root, { recursive: true, force: true });
  assert.equal(results.length, 1, 'the check ran');
  assert.equal(results[0].severity, 'pass');
});

test('m02: no cap node at all: fail, and the fix adds the pair of the first instance as devN', async () => {
  const { results, root } = await migResults('m02-nvidia-mig-devN-no-caps.conf');
  rmSync(root, { recursive: true, force: true });
  assert.equal(results.length, 1);
  const r = results[0];
  assert.equal(r.severity, 'fail');
  assert.equal(r.explanationMsg.id, 'nv.mig_caps.none');
  assert.equal(r.explanationMsg.params?.instances, 'GI 11 (CI 0), GI 12 (CI 0)');
  assert.match(r.explanation, /\/dev\/nvidia0/);
  assert.deepEqual(r.fix?.add, [
    'dev4: /dev/nvidia-caps/nvidia-cap102',
    'dev5: /dev/nvidia-caps/nvidia-cap103',
  ]);
  assert.deepEqual(r.fix?.commands ?? [], [], 'the host has both nodes already');
});

test('m03: the caps directory bound, its major not allowed (privileged): fail, the allow lines to add', async () => {
  const { results, root } = await migResults('m03-nvidia-mig-raw-caps-dir-blocked.conf');
  rmSync(root, { recursive: true, force: true });
  assert.equal(results.length, 1);
  assert.equal(results[0].explanationMsg.id, 'nv.mig_caps.blocked');
  // one mistake, one failure: the missing allow line (cgroup.not_allowed, vital under MIG) is the cause
  assert.equal(results[0].causedBy?.id, 'cgroup.not_allowed');
  assert.deepEqual(results[0].fix?.add, [
    'lxc.cgroup2.devices.allow: c 237:102 rw',
    'lxc.cgroup2.devices.allow: c 237:103 rw',
    'lxc.cgroup2.devices.allow: c 237:111 rw',
    'lxc.cgroup2.devices.allow: c 237:112 rw',
  ]);
});

test('m03 with an allow line for the caps major: passes', async () => {
  const { results, root } = await migResults('m03-nvidia-mig-raw-caps-dir-blocked.conf', (s) => {
    s.files = { ...s.files, [CONF]: `${s.files?.[CONF]}lxc.cgroup2.devices.allow: c 237:* rwm\n` };
  });
  rmSync(root, { recursive: true, force: true });
  assert.equal(results[0]?.severity, 'pass');
});

test('half an instance (the GI cap without its CI cap): fail naming the missing node', async () => {
  const { results, root } = await migResults('m01-nvidia-mig-devN-gi-ci-pair.conf', (s) => {
    s.files = {
      ...s.files,
      [CONF]: (s.files?.[CONF] ?? '').replace('dev5: /dev/nvidia-caps/nvidia-cap103\n', ''),
    };
  });
  rmSync(root, { recursive: true, force: true });
  assert.equal(results[0]?.severity, 'fail');
  assert.equal(results[0].explanationMsg.id, 'nv.mig_caps.half');
  assert.equal(results[0].explanationMsg.params?.nodes, '/dev/nvidia-caps/nvidia-cap103');
  assert.deepEqual(results[0].fix?.add, ['dev5: /dev/nvidia-caps/nvidia-cap103']);
});

test('a cap node the host has not created: the fix creates it with nvidia-modprobe -f', async () => {
  const { results, root } = await migResults('m02-nvidia-mig-devN-no-caps.conf', (s) => {
    s.nodes = (s.nodes ?? []).filter((n) => n.path !== '/dev/nvidia-caps/nvidia-cap103');
  });
  rmSync(root, { recursive: true, force: true });
  assert.deepEqual(results[0]?.fix?.commands, [
    'nvidia-modprobe -f /proc/driver/nvidia/capabilities/gpu0/mig/gi11/ci0/access',
  ]);
});

test('a GPU without MIG instances: the check does not apply', async () => {
  const { results, root } = await migResults('m02-nvidia-mig-devN-no-caps.conf', (s) => {
    const gone = (f: string) => f.startsWith('/proc/driver/nvidia/capabilities/');
    s.files = Object.fromEntries(Object.entries(s.files ?? {}).filter(([f]) => !gone(f)));
    s.modes = Object.fromEntries(Object.entries(s.modes ?? {}).filter(([f]) => !gone(f)));
  });
  rmSync(root, { recursive: true, force: true });
  assert.deepEqual(results, []);
});
