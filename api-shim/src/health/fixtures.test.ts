// SPDX-License-Identifier: AGPL-3.0-or-later
// Every research fixture becomes a host snapshot; its EXPECT lines are asserted.
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
import { worst } from './report.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/health/configs');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.conf'))
  .sort();

test('the fixture set is complete', () => {
  assert.ok(files.length >= 13, `only ${files.length} fixtures in ${dir}`);
});

for (const file of files) {
  test(`fixture ${file}`, async () => {
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
      assert.deepEqual(problems, []);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}
