// SPDX-License-Identifier: AGPL-3.0-or-later
// The sampler's clean stop (the collector's SIGTERM, `systemctl stop`) folds the history journal
// into the snapshot, so that an older release installed after the stop, which reads only
// usage-history.json (history/store.ts "persistence"), finds every minute saved.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { mixedHost } from '../../../test/fixtures/collect/trees.ts';
import { HistoryStore } from '../history/store.ts';
import { HostRoot } from '../host/host-root.ts';
import { Sampler } from './sampler.ts';

test('a clean stop leaves a snapshot that holds the journal’s minutes', async () => {
  const state = tempDir('sampler-stop');
  const now = Date.now();
  const minute = Math.floor(now / 60_000);
  // A history whose last hour is only in the journal (the saves since the last compaction).
  const before = new HistoryStore({ stateDir: state });
  const record = (m: number) =>
    before.record(
      m * 60_000,
      [{ owner: '101', gpu: 'g0', engines: { render: m % 100 }, memoryBytes: m }],
      [],
    );
  for (let m = minute - 120; m < minute - 60; m++) record(m);
  await before.save((minute - 60) * 60_000);
  for (let m = minute - 60; m < minute - 1; m++) record(m);
  await before.save((minute - 1) * 60_000);
  assert.equal(before.lastSave?.kind, 'append');

  const t = mixedHost();
  const sampler = new Sampler({ host: new HostRoot(t.dir), node: 'pve', stateDir: state });
  await sampler.start({ timer: false });
  await sampler.stop();

  const older = tempDir('sampler-stop-older');
  copyFileSync(path.join(state, 'usage-history.json'), path.join(older, 'usage-history.json'));
  const snapshotOnly = new HistoryStore({ stateDir: older });
  await snapshotOnly.load();
  const hour = snapshotOnly.query('101', 'hour', 'AVERAGE').series[0]?.points ?? [];
  const seen = hour.filter((p) => p.engines !== undefined).map((p) => p.t / 60);
  assert.ok(
    seen.includes(minute - 2),
    `the journal's last minute is in the snapshot (minutes: ${seen.at(-1)})`,
  );
  assert.equal(readFileSync(path.join(state, 'usage-history.journal'), 'utf8').split('\n').length, 2);
});
