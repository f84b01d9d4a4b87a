// SPDX-License-Identifier: AGPL-3.0-or-later
// The in-container reader's options (health/facts/ct-reader.ts: a deadline of 3 s a batch by
// default, and the perl it runs) are options of the health engine and of the snapshot gatherer.
// replay.test.ts compares two runs of the engine read for read, four fixtures at a time, each
// run a perl child: on a machine loaded by other test runs a child took 1.7 s (load 7.7), and
// one past 3 s read as `timeout` in one run and not in the other (fixture f03 failed so, once,
// in an overlapping run). Those tests give the reader a deadline no load reaches; this test
// holds that the options get there: a "perl" that never answers, with a short deadline, leaves
// every in-container read `timeout` at once.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURE_VMID, fixtureHost, parseFixture } from '../../../../test/fixtures/health/fixture-host.ts';
import { writeHealthHost } from '../../demo/host-config/snapshot.ts';
import type { CtReaderOptions } from '../../health/facts/ct-reader.ts';
import { HealthEngine } from '../../health/health-source.ts';
import { HostRoot } from '../../host/host-root.ts';
import { ReadLog } from '../../host/read-recorder.ts';
import { SnapshotGatherer } from './gather.ts';

const fixture = 'f03-intel-devN-ubuntu-strongtz308';
const file = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  `../../../../test/fixtures/health/configs/${fixture}.conf`,
);

async function ctProblems(root: string, ctReader?: CtReaderOptions): Promise<string[]> {
  const host = new HostRoot(root);
  const log = new ReadLog();
  host.recorder = log;
  await new HealthEngine({ host, node: 'pve', ctReader }).report(FIXTURE_VMID);
  const ct = log.reads.flatMap((r) => (r.op === 'ct' ? [r.result.problem ?? 'read'] : []));
  assert.ok(ct.length > 0, 'the fixture container is read from inside');
  return [...new Set(ct)].sort();
}

test('the health engine and the snapshot gatherer pass their reader options to the in-container reader', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ct-deadline-'));
  try {
    writeHealthHost(root, fixtureHost(parseFixture(fixture, readFileSync(file, 'utf8'))));
    const silent = path.join(root, 'silent-perl');
    writeFileSync(silent, '#!/bin/sh\nexec sleep 600\n');
    chmodSync(silent, 0o755);
    const stuck: CtReaderOptions = { perl: silent, timeoutMs: 200 };
    assert.deepEqual(await ctProblems(root), ['missing', 'read'], 'the real reader reads the fixture');
    assert.deepEqual(await ctProblems(root, stuck), ['timeout']);
    const { manifest } = await new SnapshotGatherer(new HostRoot(root), {
      vmids: [FIXTURE_VMID],
      redact: false,
      ctReader: stuck,
    }).gather();
    assert.ok(
      manifest.unreplayable.some((u) => u.path.endsWith('/dev') && u.why === 'container read: timeout'),
      JSON.stringify(manifest.unreplayable),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
