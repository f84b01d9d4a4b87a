// SPDX-License-Identifier: AGPL-3.0-or-later
// Every fixture of test/fixtures/health/configs (each cites its public source) becomes a host snapshot; its EXPECT lines are asserted.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURE_VMID, fixtureHost, parseFixture } from '../../../test/fixtures/health/fixture-host.ts';
import { expectationProblem, measureReport, measureTable } from '../../../test/fixtures/health/measure.ts';
import type { CheckResult } from '../api/types.ts';
import { writeHealthHost } from '../demo/host-config/snapshot.ts';
import { HostRoot } from '../host/host-root.ts';
import { HealthEngine } from './health-source.ts';
import { messageProblems, proseProblems, worldWords } from './messages.test-util.ts';
import { worst } from './report.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/health/configs');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.conf'))
  .sort();

test('the fixture set is complete', () => {
  assert.ok(files.length >= 13, `only ${files.length} fixtures in ${dir}`);
});

for (const file of files) {
  test(`fixture ${file}`, async (t) => {
    const fx = parseFixture(file.replace(/\.conf$/, ''), readFileSync(path.join(dir, file), 'utf8'));
    assert.ok(fx.expects.length > 0, 'fixture has EXPECT lines');
    const root = mkdtempSync(path.join(os.tmpdir(), 'health-fx-'));
    try {
      writeHealthHost(root, fixtureHost(fx));
      const report = await new HealthEngine({ host: new HostRoot(root), node: 'pve' }).report(FIXTURE_VMID);
      assert.ok(report, 'report exists');
      assert.equal(report.ctStatus, fx.ct ? 'running' : 'stopped');
      // the EXPECT rule (test/fixtures/health/measure.ts): a check the engine does not report
      // meets only a `pass` expectation
      const m = await measureReport(fx, report);
      if (process.env.HEALTH_FX_DEBUG) console.log(measureTable([m]));
      // the measure of issue 11: verdicts matched, and fail lines shown (root causes only)
      t.diagnostic(
        `${fx.name}: verdicts ${m.expects - m.problems.length}/${m.expects}, fail lines ${m.shown.length}${m.shown.length ? ` (${m.shown.map((c) => `${c.id}${c.consequences ? ` +${c.consequences} grouped` : ''}`).join(', ')})` : ''}`,
      );
      assert.deepEqual(m.problems, []);
      assert.deepEqual(messageProblems(report), []);
      // what the engine says in its own words is a message, rendered in the user's language
      assert.deepEqual(proseProblems(report, worldWords(root)), []);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}

test('the EXPECT rule: a check the engine does not report fails every expectation but pass', () => {
  const result = (severity: 'fail' | 'warn' | 'info' | 'pass') =>
    ({ id: 'dev.path_missing', severity, explanation: 'x' }) as CheckResult;
  const e = (severity: 'fail' | 'warn' | 'info' | 'pass', id = 'dev.path_missing') => ({
    id,
    severity,
    reason: '',
  });
  assert.equal(expectationProblem(e('pass'), []), undefined);
  for (const s of ['fail', 'warn', 'info'] as const)
    assert.match(expectationProblem(e(s), []) ?? '', /did not report/);
  assert.equal(expectationProblem(e('warn'), [result('pass'), result('warn')]), undefined);
  assert.match(expectationProblem(e('fail'), [result('warn')]) ?? '', /expected fail, got warn/);
  assert.match(expectationProblem(e('pass'), [result('info')]) ?? '', /expected pass, got info/);
  // a misspelt id would be an absent check that `pass` lets through: it fails instead
  assert.match(expectationProblem(e('pass', 'dev.path_mising'), []) ?? '', /no check has this id/);
});

/** The variants the fixtures describe in their EXPECT reasons ("becomes fail if …"). */
const VARIANTS: Array<{
  file: string;
  change: string;
  edit: (s: ReturnType<typeof fixtureHost>) => void;
  id: string;
  severity: string;
}> = [
  {
    file: 'f01-intel-raw-idmap-perfmon-blog.conf',
    change: 'root:104:1 missing from /etc/subgid',
    edit: (s) => {
      s.files = { ...s.files, '/etc/subgid': 'root:100000:65536\nroot:5000:1\nroot:44:1\n' };
    },
    id: 'subid.not_allowed',
    severity: 'fail',
  },
  {
    file: 'f03-intel-devN-ubuntu-strongtz308.conf',
    change: 'the iGPU is card1, no card0',
    edit: (s) => {
      s.nodes = (s.nodes ?? []).map((n) =>
        n.path === '/dev/dri/card0' ? { ...n, path: '/dev/dri/card1', minor: 1 } : n,
      );
      s.drm = (s.drm ?? []).map((d) => (d.name === 'card0' ? { ...d, name: 'card1' } : d));
    },
    id: 'dev.path_missing',
    severity: 'fail',
  },
  {
    file: 'f06-idmap-fixed-reddit-render103.conf',
    change: 'root:103:1 missing from /etc/subgid',
    edit: (s) => {
      s.files = { ...s.files, '/etc/subgid': 'root:100000:65536\nroot:44:1\nroot:1000:1\n' };
    },
    id: 'subid.not_allowed',
    severity: 'fail',
  },
];

for (const v of VARIANTS) {
  test(`variant of ${v.file}: ${v.change} → ${v.id} ${v.severity}`, async () => {
    const fx = parseFixture(v.file.replace(/\.conf$/, ''), readFileSync(path.join(dir, v.file), 'utf8'));
    const spec = fixtureHost(fx);
    v.edit(spec);
    const root = mkdtempSync(path.join(os.tmpdir(), 'health-fxv-'));
    try {
      writeHealthHost(root, spec);
      const report = await new HealthEngine({ host: new HostRoot(root), node: 'pve' }).report(FIXTURE_VMID);
      assert.ok(report);
      assert.equal(worst(report.checks.filter((c) => c.id === v.id)), v.severity);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}
