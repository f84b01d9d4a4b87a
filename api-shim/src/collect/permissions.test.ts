// SPDX-License-Identifier: AGPL-3.0-or-later
// Permission errors are real only for a non-root reader: the scan runs in a child that drops to
// nobody (65534) and meets fd tables it may not list, as a non-root daemon would on a real host.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { mixedHost, xeFdinfoText } from '../../../test/fixtures/collect/trees.ts';

test('unreadable fd tables are counted and reported, never thrown', (t) => {
  if (process.getuid?.() !== 0) {
    // Without root the test cannot make a tree another user may not read; the same code path
    // then runs as this user against a tree it owns, which proves nothing — say so and fail.
    assert.fail('this test needs root to drop to uid 65534 (run the unit tests as root, as CI does)');
  }
  const tree = mixedHost();
  tree.addProcess({
    pid: 300,
    comm: 'ok',
    cgroup: '/lxc/101/ns',
    fds: { 3: '/dev/dri/renderD129' },
    fdinfo: { 3: xeFdinfoText(1, 1n, 10n) },
  });
  tree.addProcess({
    pid: 301,
    comm: 'secret',
    cgroup: '/lxc/102/ns',
    fds: { 3: '/dev/dri/renderD129' },
    fdinfo: { 3: xeFdinfoText(2, 1n, 10n) },
  });
  chmodSync(tree.dir, 0o755);
  chmodSync(tree.abs('/proc/301/fd'), 0o500);
  const sampler = fileURLToPath(new URL('./sampler.ts', import.meta.url));
  const hostRoot = fileURLToPath(new URL('../host/host-root.ts', import.meta.url));
  const script = path.join(tree.dir, 'probe.mts');
  writeFileSync(
    script,
    `process.setgid(65534); process.setuid(65534);
const { Sampler } = await import(${JSON.stringify(sampler)});
const { HostRoot } = await import(${JSON.stringify(hostRoot)});
const s = new Sampler({ host: new HostRoot(${JSON.stringify(tree.dir)}), node: 'pve' });
const snap = await s.sampleNow();
console.log(JSON.stringify({ fdinfo: snap.collectors.fdinfo, pids: snap.processes.map((p) => p.pid) }));
await s.stop();
`,
  );
  t.diagnostic(script);
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
    encoding: 'utf8',
    cwd: process.cwd(),
  });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
  assert.deepEqual(out.pids, [300]);
  assert.equal(out.fdinfo.state, 'error');
  assert.match(out.fdinfo.message, /1 process could not be read/);
});
