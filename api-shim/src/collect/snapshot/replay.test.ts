// SPDX-License-Identifier: AGPL-3.0-or-later
// The snapshot round trip (issue 11 "Snapshots that replay"): for every health fixture, the host
// tree is snapshotted with `SnapshotGatherer`, written as a tarball, extracted by Debian's tar into
// a new directory, and the health engine run there must answer exactly as on the tree itself.
// Unredacted, the reports are equal but for the time they were made, and every read the engine
// made on the tree got the same answer on the snapshot (a missing fact fails naming its path);
// redacted (the default), the verdicts are equal.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURE_VMID, fixtureHost, parseFixture } from '../../../../test/fixtures/health/fixture-host.ts';
import type { HealthReport } from '../../api/types.ts';
import { writeHealthHost } from '../../demo/host-config/snapshot.ts';
import { HealthEngine } from '../../health/health-source.ts';
import { HostRoot } from '../../host/host-root.ts';
import { ReadLog } from '../../host/read-recorder.ts';
import { SNAPSHOT_DIR, SnapshotGatherer, type SnapshotManifest } from './gather.ts';
import { comparable, readDifferences, verdicts } from './replay.test-util.ts';
import { writeTarGz } from './tar.ts';

const dir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../test/fixtures/health/configs',
);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.conf'))
  .sort();

/**
 * The in-container reader's deadline in these runs. Two runs are compared read for read, four
 * fixtures at a time, each read a perl child: on a machine loaded by other test runs one took
 * 1.7 s, and one past the default 3 s read as `timeout` in one run only (f03 failed so, once).
 * The deadline bounds a hostile container, which these fixtures are not.
 */
const CT_READ_TIMEOUT_MS = 120_000;

async function reportWithReads(root: string): Promise<{ report?: HealthReport; log: ReadLog }> {
  const host = new HostRoot(root);
  const log = new ReadLog();
  host.recorder = log;
  const report = await new HealthEngine({
    host,
    node: 'pve',
    ctReader: { timeoutMs: CT_READ_TIMEOUT_MS },
  }).report(FIXTURE_VMID);
  return { report, log };
}

/** Snapshot of `root` → tarball → extracted by tar into a fresh directory; returns that root. */
async function roundTrip(
  root: string,
  redact: boolean,
): Promise<{ root: string; manifest: SnapshotManifest }> {
  const { entries, manifest } = await new SnapshotGatherer(new HostRoot(root), {
    vmids: [FIXTURE_VMID],
    redact,
    ctReader: { timeoutMs: CT_READ_TIMEOUT_MS },
  }).gather();
  const out = mkdtempSync(path.join(os.tmpdir(), 'snap-replay-'));
  await writeTarGz(path.join(out, 's.tar.gz'), entries);
  const tar = spawnSync('tar', ['-xzf', path.join(out, 's.tar.gz'), '-C', out], { encoding: 'utf8' });
  assert.equal(tar.status, 0, `tar (Debian package tar) failed: ${tar.stderr}`);
  return { root: path.join(out, SNAPSHOT_DIR), manifest };
}

test('the replay covers the fixture set', () => {
  assert.ok(files.length >= 13, `only ${files.length} fixtures in ${dir}`);
});

/** Each fixture waits mostly on child processes (the in-container reader, tar): four at a time. */
const CONCURRENCY = 4;

describe('every fixture replays from its snapshot', { concurrency: CONCURRENCY }, () => {
  for (const file of files) {
    test(`snapshot of fixture ${file} replays to the same health report`, async () => {
      const fx = parseFixture(file.replace(/\.conf$/, ''), readFileSync(path.join(dir, file), 'utf8'));
      const root = mkdtempSync(path.join(os.tmpdir(), 'snap-fx-'));
      const made: string[] = [];
      try {
        writeHealthHost(root, fixtureHost(fx));
        const original = await reportWithReads(root);
        assert.ok(original.report, 'the fixture has a report');

        const raw = await roundTrip(root, false);
        made.push(path.dirname(raw.root));
        assert.deepEqual(raw.manifest.health.vmids, [FIXTURE_VMID]);
        assert.deepEqual(raw.manifest.unreplayable, []);
        assert.deepEqual(raw.manifest.omitted, []);
        const replay = await reportWithReads(raw.root);
        assert.deepEqual(
          readDifferences(original.log.reads, replay.log.reads),
          [],
          'every fact the engine read on the host reads the same in the snapshot',
        );
        assert.deepEqual(comparable(replay.report), comparable(original.report));

        const redacted = await roundTrip(root, true);
        made.push(path.dirname(redacted.root));
        const again = await reportWithReads(redacted.root);
        assert.deepEqual(verdicts(again.report), verdicts(original.report), 'redaction changes no verdict');
      } finally {
        rmSync(root, { recursive: true, force: true });
        for (const d of made) rmSync(d, { recursive: true, force: true });
      }
    });
  }
});

/**
 * A fixture tree as a real host is: its device nodes made with mknod (root, as the reader's chroot
 * needs) instead of sidecar facts. The engine then stat()s real nodes, and the snapshot must turn
 * them into sidecar facts that read the same.
 */
function realNodes(root: string): number {
  const dir = path.join(root, 'dev/.nodes.d');
  let made = 0;
  for (const f of readdirSync(dir)) {
    const nodes = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<
      string,
      { type: string; major?: number; minor?: number; uid: number; gid: number; mode: string }
    >;
    for (const [p, n] of Object.entries(nodes)) {
      if (n.type !== 'char' && n.type !== 'block') continue;
      const at = path.join(root, p);
      mkdirSync(path.dirname(at), { recursive: true });
      const r = spawnSync(
        'mknod',
        ['-m', n.mode, at, n.type === 'char' ? 'c' : 'b', String(n.major), String(n.minor)],
        {
          encoding: 'utf8',
        },
      );
      assert.equal(r.status, 0, `mknod (coreutils) ${at}: ${r.stderr} — run the unit tests as root`);
      chownSync(at, n.uid, n.gid);
      made += 1;
    }
  }
  rmSync(dir, { recursive: true });
  return made;
}

let realNodeRuns = 0;
describe('every fixture with real device nodes replays from its snapshot', {
  concurrency: CONCURRENCY,
}, () => {
  for (const file of files) {
    test(`fixture ${file} with real device nodes replays from its snapshot`, async () => {
      assert.equal(process.getuid?.(), 0, 'mknod needs root');
      const fx = parseFixture(file.replace(/\.conf$/, ''), readFileSync(path.join(dir, file), 'utf8'));
      const root = mkdtempSync(path.join(os.tmpdir(), 'snap-fxn-'));
      let made: string | undefined;
      try {
        writeHealthHost(root, fixtureHost(fx));
        assert.ok(realNodes(root) > 0, 'the fixture has device nodes');
        const original = await reportWithReads(root);
        if (original.log.reads.some((r) => r.op === 'node' && r.facts.type === 'char')) realNodeRuns += 1;
        const raw = await roundTrip(root, false);
        made = path.dirname(raw.root);
        const replay = await reportWithReads(raw.root);
        assert.deepEqual(readDifferences(original.log.reads, replay.log.reads), []);
        assert.deepEqual(comparable(replay.report), comparable(original.report));
      } finally {
        rmSync(root, { recursive: true, force: true });
        if (made) rmSync(made, { recursive: true, force: true });
      }
    });
  }
});

test('most fixtures had the engine stat() real nodes (the path a real host takes)', () => {
  assert.ok(realNodeRuns >= files.length / 2, `only ${realNodeRuns} of ${files.length}`);
});
