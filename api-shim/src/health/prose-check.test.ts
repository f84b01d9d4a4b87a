// SPDX-License-Identifier: AGPL-3.0-or-later
// The check that keeps the engine's own English out of evidence and message parameters
// (messages.test-util.ts proseProblems; fixtures.test.ts and engine.property.test.ts run it on
// every report): it must catch the texts it was written for, and let quotes of the world pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckResult, Evidence, HealthReport, Msg } from '../api/types.ts';
import { proseProblems, wordsOf } from './messages.test-util.ts';

const world = new Set(
  wordsOf('dev0: /dev/dri/renderD128,gid=104 lxc.idmap: u 0 100000 65536 render:x:104 i915'),
);

function report(evidence: Evidence[], explanationMsg: Msg = { id: 'check.pass' }): HealthReport {
  const check = {
    id: 'dev.path_missing',
    area: 'dev',
    severity: 'fail',
    evidence,
    explanationMsg,
  } as CheckResult;
  return { checks: [check], idmap: [] } as unknown as HealthReport;
}

test('English the engine wrote itself is caught, in evidence and in parameters', () => {
  for (const text of [
    'missing',
    'exists',
    'PVE default map: u 0 100000 65536',
    '(none)',
    '3 lxc.idmap u lines',
    'char 226:128',
  ])
    assert.equal(proseProblems(report([{ source: '/dev/dri/renderD128', text }]), world).length, 1, text);
  const param = report([], {
    id: 'host.gpu_inventory.used',
    params: { used: '/dev/dri/renderD128 (raw bind)' },
  });
  assert.equal(proseProblems(param, world).length, 1);
});

test('quotes of what was read, notation and messages pass', () => {
  const ok = report(
    [
      { source: '/etc/pve/lxc/101.conf', line: 1, text: 'dev0: /dev/dri/renderD128,gid=104' },
      { source: '/etc/group', text: 'render:x:104' },
      { source: '/dev/dri/renderD128', text: 'does not exist', textMsg: { id: 'evidence.missing' } },
    ],
    { id: 'ct.read_limits', params: { checks: 'dev.path_missing, ct.node_check', paths: '/dev/dri' } },
  );
  assert.deepEqual(proseProblems(ok, world), []);
  // a check id is notation only as a whole: its words alone are English
  assert.equal(proseProblems(report([{ source: '/x', text: 'path missing' }]), world).length, 1);
});
