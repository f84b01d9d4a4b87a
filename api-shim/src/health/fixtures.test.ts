// SPDX-License-Identifier: AGPL-3.0-or-later
// Every fixture of test/fixtures/health/configs (each cites its public source) becomes a host snapshot; its EXPECT lines are asserted.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURE_VMID, fixtureHost, parseFixture } from '../../../test/fixtures/health/fixture-host.ts';
import { writeHealthHost } from '../demo/host-config/snapshot.ts';
import { HostRoot } from '../host/host-root.ts';
import { HealthEngine } from './health-source.ts';
import { messageProblems } from './messages.test-util.ts';
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
      const problems: string[] = [];
      for (const e of fx.expects) {
        const results = report.checks.filter((c) => c.id === e.id);
        const got = results.length ? worst(results) : 'absent';
        const ok = got === e.severity || (e.severity === 'pass' && got === 'absent');
        if (process.env.HEALTH_FX_DEBUG) console.log(`${fx.name} ${e.id} expected ${e.severity} got ${got}`);
        if (!ok)
          problems.push(
            `${e.id}: expected ${e.severity}, got ${got} — ${results.map((r) => r.explanation).join(' | ')}`,
          );
      }
      // the measure of issue 11: verdicts matched, and fail lines shown (root causes only)
      const shown = report.checks.filter((c) => c.severity === 'fail' && !c.causedBy);
      t.diagnostic(
        `${fx.name}: verdicts ${fx.expects.length - problems.length}/${fx.expects.length}, fail lines ${shown.length}${shown.length ? ` (${shown.map((c) => `${c.id}${c.consequences ? ` +${c.consequences} grouped` : ''}`).join(', ')})` : ''}`,
      );
      assert.deepEqual(problems, []);
      assert.deepEqual(messageProblems(report), []);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}

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
