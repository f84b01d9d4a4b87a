// SPDX-License-Identifier: AGPL-3.0-or-later
// `npm run bench health`: cost of one health report (what GET …/lxc/{vmid}/health does) on the
// demo host snapshot, with 2 000 extra host processes in /proc (the init-PID fallback scans
// /proc when cgroupfs is absent, as in snapshots). Target: a warm report well under 50 ms, so
// it can be served per request. Prints figures; asserts nothing (timings depend on the machine).
// Then issue 11's per-fixture measure table (test/fixtures/health/measure.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SnapshotGatherer } from '../../api-shim/src/collect/snapshot/gather.ts';
import { writeDemoHostConfig } from '../../api-shim/src/demo/host-config/index.ts';
import { writeHealthHost } from '../../api-shim/src/demo/host-config/snapshot.ts';
import { parsePctConfig } from '../../api-shim/src/health/config/pct-config.ts';
import { HealthEngine } from '../../api-shim/src/health/health-source.ts';
import { idmapCoverage } from '../../api-shim/src/health/idmap/coverage.ts';
import { effectiveIdmap } from '../../api-shim/src/health/idmap/idmap.ts';
import { HostRoot } from '../../api-shim/src/host/host-root.ts';
import { FIXTURE_VMID, fixtureHost } from '../fixtures/health/fixture-host.ts';
import { fixtureFiles, loadFixture, measureFixture, measureTable } from '../fixtures/health/measure.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pgt-bench-health-'));
await writeDemoHostConfig(dir);
for (const [vmid, pid] of [
  ['101', 1101],
  ['102', 1102],
  ['103', 1103],
]) {
  mkdirSync(path.join(dir, `proc/${pid}`), { recursive: true });
  writeFileSync(path.join(dir, `proc/${pid}/cgroup`), `0::/lxc/${vmid}/ns/init\n`);
  writeFileSync(path.join(dir, `proc/${pid}/status`), `Name:\tsystemd\nNSpid:\t${pid}\t1\n`);
}
for (let i = 0; i < 2000; i++) {
  const pid = 20000 + i;
  mkdirSync(path.join(dir, `proc/${pid}`), { recursive: true });
  writeFileSync(
    path.join(dir, `proc/${pid}/cgroup`),
    i % 3 ? `0::/lxc/${200 + (i % 50)}/ns/system.slice/x.service\n` : '0::/system.slice/y.service\n',
  );
}
const host = new HostRoot(dir);

async function time(label: string, n: number, fn: () => Promise<unknown>): Promise<void> {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / n;
  process.stdout.write(`${label.padEnd(52)} ${ms.toFixed(2).padStart(8)} ms\n`);
}

await time('cold report (new engine: host + CT facts, init PID)', 20, () =>
  new HealthEngine({ host, node: 'b' }).report('103'),
);
const engine = new HealthEngine({ host, node: 'b' });
await engine.report('101');
await time('warm report, running CT (cached facts)', 200, () => engine.report('101'));
await time('warm report, broken CT 103', 200, () => engine.report('103'));
await time('report of a container that does not exist', 200, () => engine.report('999'));
const big = [
  'unprivileged: 1',
  ...Array.from({ length: 340 }, (_, i) => `lxc.idmap: g ${i * 100} ${100000 + i * 100} ${i % 7 ? 100 : 99}`),
  'lxc.idmap: u 0 100000 65536',
].join('\n');
await time('parse + coverage of a 340-range map', 500, async () =>
  idmapCoverage(effectiveIdmap(parsePctConfig(big).main).entries, 'g'),
);
const rss = process.memoryUsage().rss / 1024 / 1024;
process.stdout.write(`RSS after the runs: ${rss.toFixed(0)} MiB\n`);
rmSync(dir, { recursive: true, force: true });

// Issue 11's measure: per fixture, EXPECT verdicts matched and the fail lines the panel shows
// (root causes, consequences grouped). Target: working configs 0 fails; broken ones exactly their
// root causes. The fixture test asserts the verdicts; this prints the whole table.
process.stdout.write('\nhealth fixtures (test/fixtures/health/configs):\n');
const measures = [];
for (const f of fixtureFiles()) measures.push(await measureFixture(f));
process.stdout.write(`${measureTable(measures)}\n`);

// What a snapshot of a running CT costs (collect/snapshot: the engine run on a recording root).
let snapMs = 0;
let snapMax = { files: 0, reads: 0, bytes: 0 };
for (const f of fixtureFiles()) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pgt-bench-snap-'));
  writeHealthHost(root, fixtureHost(loadFixture(f)));
  const t0 = process.hrtime.bigint();
  const { entries, manifest } = await new SnapshotGatherer(new HostRoot(root), {
    vmids: [FIXTURE_VMID],
  }).gather();
  snapMs += Number(process.hrtime.bigint() - t0) / 1e6;
  const bytes = entries.reduce((s, e) => s + (e.type === 'file' ? Buffer.byteLength(e.data) : 0), 0);
  if (bytes > snapMax.bytes) snapMax = { files: manifest.files, reads: manifest.health.reads, bytes };
  rmSync(root, { recursive: true, force: true });
}
process.stdout.write(
  `\nsnapshot of a fixture host: ${(snapMs / fixtureFiles().length).toFixed(1)} ms on average; the largest ${snapMax.files} entries, ${snapMax.reads} health reads recorded, ${(snapMax.bytes / 1024).toFixed(1)} KiB of files\n`,
);
