// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { Series } from './series.ts';
import { HistoryStore } from './store.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 29, 6, 0, 0);

function fill(store: HistoryStore, fromMs: number, minutes: number) {
  for (let m = 0; m < minutes; m++) {
    for (let s = 0; s < 60; s += 10) {
      const t = fromMs + m * MIN + s * 1000;
      // container 101: video 20 % in even minutes, 60 % in odd ones; one 90 % spike per minute
      const video = s === 30 ? 90 : m % 2 ? 60 : 20;
      store.record(
        t,
        [{ owner: '101', gpu: 'g0', engines: { video }, memoryBytes: 1000 + m }],
        [{ gpu: 'g0', engines: { video: video + 5 } }],
      );
    }
  }
}

test('hour: one point per minute, AVERAGE and MAX, whole-GPU alongside; open minute is live', () => {
  const store = new HistoryStore();
  fill(store, T0, 10);
  const now = T0 + 9 * MIN + 55_000;
  const avg = store.query('101', 'hour', 'AVERAGE', now);
  assert.equal(avg.step, 60);
  assert.equal(avg.series.length, 1);
  const pts = avg.series[0].points;
  assert.equal(pts.length, 70);
  assert.equal(pts[69].t, (T0 + 9 * MIN) / 1000);
  // minute 8 (even): 5 × 20 + 90 → 31.67
  assert.equal(pts[68].engines?.video, Math.round(((20 * 5 + 90) / 6) * 100) / 100);
  assert.equal(pts[68].gpuEngines?.video, Math.round(((25 * 5 + 95) / 6) * 100) / 100);
  assert.equal(pts[68].memoryBytes, 1008);
  assert.equal(pts[0].engines, undefined); // before any data
  const max = store.query('101', 'hour', 'MAX', now).series[0].points;
  assert.equal(max[68].engines?.video, 90);
});

test('node: each GPU as a whole, engines and memory of the GPU itself', () => {
  const store = new HistoryStore();
  for (let m = 0; m < 3; m++) {
    for (let s = 0; s < 60; s += 10) {
      store.record(
        T0 + m * MIN + s * 1000,
        [{ owner: '101', gpu: 'g0', engines: { video: 10 }, memoryBytes: 5 }],
        [
          { gpu: 'g0', engines: { video: s === 30 ? 80 : 20 }, memoryBytes: 4096 },
          { gpu: 'g1', engines: { compute: 50 } },
        ],
      );
    }
  }
  const now = T0 + 2 * MIN + 55_000;
  const avg = store.queryNode('hour', 'AVERAGE', now);
  assert.equal(avg.step, 60);
  assert.deepEqual(
    avg.series.map((s) => s.gpu),
    ['g0', 'g1'],
  );
  const p = avg.series[0].points[68];
  assert.equal(p.engines?.video, 30); // (5 × 20 + 80) / 6
  assert.equal(p.memoryBytes, 4096);
  assert.equal(p.gpuEngines, undefined, 'no container side in the node history');
  assert.equal(avg.series[1].points[68].engines?.compute, 50);
  assert.equal(store.queryNode('hour', 'MAX', now).series[0].points[68].engines?.video, 80);
  assert.equal(avg.series[0].points[0].engines, undefined, 'before any data');
});

test('day and week consolidate minutes into 30 min and 3 h steps', () => {
  const store = new HistoryStore();
  fill(store, T0, 60);
  const now = T0 + 59 * MIN;
  const day = store.query('101', 'day', 'AVERAGE', now);
  assert.equal(day.step, 1800);
  const last2 = day.series[0].points.slice(-2);
  assert.equal(last2[0].t, (T0 / 1000) | 0);
  // each 30-minute step: 15 even (31.67) + 15 odd (65) minutes
  assert.ok(Math.abs((last2[0].engines?.video ?? 0) - (31.667 + 65) / 2) < 0.05);
  const week = store.query('101', 'week', 'MAX', now);
  assert.equal(week.step, 10800);
  assert.equal(week.series[0].points.at(-1)?.engines?.video, 90);
  // a container that never used the GPU gets zeros where the GPU has data, not gaps
  const other = store.query('105', 'hour', 'AVERAGE', now).series[0].points.at(-2);
  assert.deepEqual([other?.engines, other?.memoryBytes], [{}, 0]);
});

test('saved atomically and loaded back; older than retention dropped', async () => {
  const dir = tempDir('hist');
  const a = new HistoryStore({ stateDir: dir });
  fill(a, T0, 5);
  await a.save(T0 + 5 * MIN);
  assert.deepEqual(readdirSync(dir).sort(), ['usage-history.journal', 'usage-history.json']);
  const b = new HistoryStore({ stateDir: dir });
  await b.load(T0 + 5 * MIN);
  const q = (s: HistoryStore) => s.query('101', 'hour', 'AVERAGE', T0 + 5 * MIN).series[0].points.slice(-6);
  assert.deepEqual(q(b), q(a));
  const late = new HistoryStore({ stateDir: dir });
  await late.load(T0 + 10 * 24 * 60 * MIN);
  assert.equal(
    late.query('101', 'hour', 'AVERAGE', T0 + 5 * MIN).series[0].points.filter((p) => p.engines).length,
    0,
  );
});

test('a corrupt history file is logged, moved aside and replaced — never fatal', async () => {
  const dir = tempDir('hist');
  writeFileSync(
    path.join(dir, 'usage-history.json'),
    '{"format": "pve-gpu-tab usage history v1", "series": [{"owner": 1',
  );
  const logs: string[] = [];
  const s = new HistoryStore({ stateDir: dir, logger: (level, msg) => logs.push(`${level}: ${msg}`) });
  await s.load(T0);
  assert.match(logs.join('\n'), /^error: usage history file is corrupt/m);
  assert.ok(readdirSync(dir).some((f) => f.startsWith('usage-history.json.corrupt-')));
  fill(s, T0, 2);
  await s.save(T0 + 2 * MIN);
  assert.equal(JSON.parse(readFileSync(path.join(dir, 'usage-history.json'), 'utf8')).series.length, 2);
  assert.equal(existsSync(path.join(dir, `usage-history.json.tmp-${process.pid}`)), false);
});

test('memory stays bounded: series capped, rings fixed-size', () => {
  const store = new HistoryStore({ retentionMinutes: 60 });
  for (let i = 0; i < 300; i++)
    store.record(T0 + i, [{ owner: String(100 + i), gpu: 'g', engines: { r: 1 }, memoryBytes: 0 }], []);
  assert.equal(store.size, 128);
  // 3 days at 1 Hz into a 60-minute ring: still one ring
  const one = new HistoryStore({ retentionMinutes: 60 });
  for (let m = 0; m < 3 * 24 * 60; m += 7)
    one.record(T0 + m * MIN, [{ owner: '101', gpu: 'g', engines: { r: m % 100 }, memoryBytes: 1 }], []);
  const pts = one.query('101', 'hour', 'AVERAGE', T0 + (3 * 24 * 60 - 1) * MIN).series[0].points;
  assert.ok(pts.filter((p) => p.engines).length <= 60);
});

test('the demo back-fill loads as a full week of history', async () => {
  const { writeDemoHistory } = await import('../demo/workload/history.ts');
  const dir = tempDir('demohist');
  await writeDemoHistory(dir, T0);
  const s = new HistoryStore({ stateDir: dir });
  await s.load(T0);
  const week = s.query('101', 'week', 'MAX', T0);
  // one series per GPU of the node (each has whole-GPU history): the iGPU, NVIDIA and AMD
  assert.equal(week.series.length, 3);
  const igpu = week.series.find((x) => x.gpu === '0000:00:02.0');
  // every 3 h step of the 70 but the open one (T0 starts a step) has data
  assert.equal(igpu?.points.filter((p) => p.engines && Object.keys(p.engines).length).length, 69);
  assert.ok(igpu?.points.some((p) => (p.engines?.video ?? 0) > 40));
  assert.ok(
    (s
      .query('102', 'day', 'AVERAGE', T0)
      .series.find((x) => x.gpu === '0000:01:00.0')
      ?.points.at(-2)?.memoryBytes ?? 0) > 8e9,
  );
  // CT 105's ROCm runner on the AMD GPU: CU occupancy (engine "cu") and SDMA, with its VRAM
  const rocm = s.query('105', 'week', 'MAX', T0).series.find((x) => x.gpu === '0000:03:00.0');
  assert.ok(rocm?.points.some((p) => (p.engines?.cu ?? 0) > 30 && (p.engines?.sdma ?? 0) > 0));
  assert.ok(rocm?.points.every((p) => p.memoryBytes === undefined || p.memoryBytes > 8e9));
});

test('temp files of a killed run are removed at start; a failed save leaves none behind', async () => {
  const dir = tempDir('hist');
  // A run killed between write and rename left these (pids of earlier daemons).
  writeFileSync(path.join(dir, 'usage-history.json.tmp-4242'), '{"half":');
  writeFileSync(path.join(dir, 'usage-history.json.tmp-77'), '');
  writeFileSync(path.join(dir, 'unrelated.tmp-1'), 'kept');
  const s = new HistoryStore({ stateDir: dir });
  await s.load(T0);
  assert.deepEqual(readdirSync(dir).sort(), ['unrelated.tmp-1']);

  // The rename fails (the target is a non-empty directory): the write must not leave its temp.
  mkdirSync(path.join(dir, 'usage-history.json', 'x'), { recursive: true });
  fill(s, T0, 2);
  await assert.rejects(s.save(T0 + 2 * MIN));
  assert.deepEqual(readdirSync(dir).sort(), ['unrelated.tmp-1', 'usage-history.json']);
});

test('a series is saved as the same rows its points give, written straight from the rings', () => {
  const s = new Series(60);
  let t = T0;
  for (let i = 0; i < 200; i++) {
    t += i % 7 === 0 ? 61_000 : 1000;
    const engines: Record<string, number> = { render: (i * 37) % 101, video: i / 7 };
    if (i % 5 === 0) engines.copy = 100;
    s.add(t, engines, i % 3 === 0 ? undefined : i * 4096);
  }
  s.put({ minute: Math.floor(T0 / MIN) + 3, avg: { render: 1.005 }, max: {} });
  const from = Math.floor(t / MIN) - 40;
  const pts = s.points(from);
  const open = s.current();
  if (open && !pts.some((p) => p.minute === open.minute)) pts.push(open);
  const columns = [...new Set(pts.flatMap((p) => Object.keys(p.avg)))].sort();
  const r = (v: number | undefined) =>
    v === undefined || Number.isNaN(v) ? null : Math.round(v * 100) / 100;
  const viaPoints = pts.map((p) => [p.minute, ...columns.flatMap((c) => [r(p.avg[c]), r(p.max[c])])]);
  const saved = s.persisted(from);
  assert.deepEqual(saved.columns, columns);
  assert.equal(`[${saved.rows.join(',')}]`, JSON.stringify(viaPoints));
  assert.ok(saved.rows.length > 30 && columns.includes(Series.MEMORY_COLUMN));
});

test('the open minute reads and saves as it will once closed: an engine it lacks is 0, memory none', () => {
  const s = new Series(60);
  const m0 = Math.floor(T0 / MIN);
  s.add(m0 * MIN, { render: 10, video: 5 }, 4096);
  s.add((m0 + 1) * MIN + 1000, { render: 3 }); // the open minute: video idle, no memory reading
  const open = { point: s.current(), rows: s.persisted(m0).rows };
  s.close();
  const closed = { point: s.get(m0 + 1), rows: s.persisted(m0).rows };
  assert.deepEqual({ ...open.point?.avg }, { render: 3, video: 0 });
  assert.deepEqual({ ...open.point?.max }, { render: 3, video: 0 });
  assert.deepEqual(open, closed);
});
