// SPDX-License-Identifier: AGPL-3.0-or-later
// The history's files on disk (store.ts "persistence", journal.ts): saves append only what changed,
// and no crash, torn or damaged journal, or file of an older release loses or corrupts what was
// saved. Every case writes real files in a temp directory and loads them with a fresh store.
import assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { HistoryStore } from './store.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 29, 6, 0, 0);
const SNAPSHOT = 'usage-history.json';
const JOURNAL = 'usage-history.journal';
const here = path.dirname(fileURLToPath(import.meta.url));

/** Minutes [from, to) of three series, three samples a minute; values depend on the minute only. */
function play(store: HistoryStore, from: number, to: number): void {
  for (let m = from; m < to; m++) {
    for (const s of [0, 20, 40]) {
      const t = T0 + m * MIN + s * 1000;
      const engines: Record<string, number> = { render: (m * 13 + s) % 100, video: m % 4 ? 7.25 : 0 };
      if (m % 50 >= 25) engines.copy = 3.5; // a column that comes and goes
      store.record(
        t,
        [
          { owner: '101', gpu: 'g0', engines, memoryBytes: 4096 * (m % 300) },
          { owner: '102', gpu: 'g1', engines: { compute: (m * 7 + s) % 100 }, memoryBytes: 1e6 + m },
        ],
        [{ gpu: 'g0', engines: { render: 50, video: m % 10 } }],
      );
    }
  }
}

/** The time just after minute m's last sample (the minute still open). */
const at = (m: number) => T0 + m * MIN + 45_000;

function logs(): { lines: string[]; logger: (level: string, msg: string) => void } {
  const lines: string[] = [];
  return { lines, logger: (level, msg) => lines.push(`${level}: ${msg}`) };
}

async function loaded(dir: string, nowMs: number, logger?: (level: string, msg: string) => void) {
  const s = new HistoryStore({ stateDir: dir, logger: logger as never });
  await s.load(nowMs);
  return s;
}

async function loadedWith(dir: string, nowMs: number, retentionMinutes: number) {
  const s = new HistoryStore({ stateDir: dir, retentionMinutes });
  await s.load(nowMs);
  return s;
}

/** A store's history as loading it from one whole file (what every release before the journal did) gives. */
async function viaOneFile(store: HistoryStore, nowMs: number, retentionMinutes: number): Promise<string> {
  const dir = tempDir('hist-one');
  const series = store.persistedSeries(nowMs);
  writeFileSync(
    path.join(dir, SNAPSHOT),
    `{"format":"pve-gpu-tab usage history v1","savedAt":${nowMs},"series":${series}}`,
  );
  return (await loadedWith(dir, nowMs, retentionMinutes)).persistedSeries(nowMs);
}

/** What a store holds, as a fresh store loads it back from one whole snapshot (the old behaviour). */
async function reference(upToMinute: number): Promise<string> {
  const dir = tempDir('hist-ref');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, upToMinute + 1);
  await s.save(at(upToMinute));
  return (await loaded(dir, at(upToMinute))).persistedSeries(at(upToMinute));
}

function copyState(from: string, to: string): void {
  for (const f of [SNAPSHOT, JOURNAL])
    if (existsSync(path.join(from, f))) copyFileSync(path.join(from, f), path.join(to, f));
}

test('a save appends only the minutes since the last one; the snapshot is left alone', async () => {
  const dir = tempDir('hist-j');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, 600);
  await s.save(at(599));
  assert.equal(s.lastSave?.kind, 'compact', 'the first save writes the whole history');
  const snap = statSync(path.join(dir, SNAPSHOT));
  const grew: number[] = [];
  let m = 600;
  for (const minutes of [5, 5, 10, 5]) {
    const before = statSync(path.join(dir, JOURNAL)).size;
    play(s, m, m + minutes);
    m += minutes;
    await s.save(at(m - 1));
    assert.equal(s.lastSave?.kind, 'append');
    grew.push(statSync(path.join(dir, JOURNAL)).size - before);
  }
  const after = statSync(path.join(dir, SNAPSHOT));
  assert.deepEqual([after.ino, after.size, after.mtimeMs], [snap.ino, snap.size, snap.mtimeMs]);
  // 3 series × (5 closed minutes + the open one) of ≤ 9 columns: a few KB against a snapshot of 600 minutes
  assert.ok(grew[0] < 3000 && grew[0] * 20 < snap.size, `append ${grew[0]} B, snapshot ${snap.size} B`);
  assert.ok(grew[2] > grew[0] * 1.5, `10 minutes (${grew[2]} B) cost more than 5 (${grew[0]} B)`);
  // nothing changed: nothing written but the open minute, and no minute twice
  assert.equal((await loaded(dir, at(m - 1))).persistedSeries(at(m - 1)), await reference(m - 1));
});

test('saves without a new minute write only the open one; stop saves the open minute', async () => {
  const dir = tempDir('hist-j');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, 30);
  await s.save(at(29));
  const size = statSync(path.join(dir, JOURNAL)).size;
  await s.save(at(29));
  const one = statSync(path.join(dir, JOURNAL)).size - size;
  assert.ok(one > 0 && one < 400, `only the three open-minute rows: ${one} B`);
  const back = await loaded(dir, at(29));
  assert.equal(back.persistedSeries(at(29)), await reference(29));
});

test('a crash at any byte of an append loads what the saves before it wrote, never worse', async () => {
  const dir = tempDir('hist-j');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, 120);
  await s.save(at(119));
  play(s, 120, 125);
  await s.save(at(124));
  const journal = readFileSync(path.join(dir, JOURNAL));
  const good = journal.length;
  play(s, 125, 130);
  await s.save(at(129));
  const full = readFileSync(path.join(dir, JOURNAL));
  assert.ok(full.length > good + 500);
  // Each series as the store held it after the last complete save, and after the interrupted one.
  const seriesOf = (text: string) =>
    new Map((JSON.parse(text) as Array<{ owner: string }>).map((x) => [x.owner, JSON.stringify(x)]));
  const beforeCrash = seriesOf(await reference(124));
  const afterSave = seriesOf(await reference(129));
  // Every cut in the first and last bytes of the append, around each line end, and every 97th byte.
  const cuts = new Set<number>();
  for (let i = 0; i <= 12; i++) cuts.add(good + i).add(full.length - i);
  for (let i = good; i < full.length; i++)
    if (full[i] === 0x0a)
      cuts
        .add(i)
        .add(i + 1)
        .add(i + 2);
  for (let len = good; len < full.length; len += 97) cuts.add(len);
  let cases = 0;
  for (const len of [...cuts].sort((a, b) => a - b)) {
    const d = tempDir('hist-crash');
    copyState(dir, d);
    writeFileSync(path.join(d, JOURNAL), full.subarray(0, len));
    const log = logs();
    const back = await loaded(d, at(129), log.logger);
    for (const [owner, text] of seriesOf(back.persistedSeries(at(129)))) {
      assert.ok(
        text === beforeCrash.get(owner) || text === afterSave.get(owner),
        `journal cut at ${len} of ${full.length}: series ${owner} is neither its state before nor after the save`,
      );
    }
    assert.equal(
      log.lines.filter((l) => l.startsWith('error')).length,
      0,
      `a cut at ${len} is a crash, not damage`,
    );
    // The next save does not append after the torn line: it rewrites both files, which load cleanly.
    play(back, 130, 131);
    await back.save(at(130));
    const again = logs();
    const reloaded = await loaded(d, at(130), again.logger);
    assert.deepEqual(again.lines, []);
    assert.equal(reloaded.persistedSeries(at(130)), back.persistedSeries(at(130)));
    cases += 1;
  }
  assert.ok(cases > 30);
});

test('a crash that left zeros past the end of the journal (a file system without ordered data) loses only that save', async () => {
  const dir = tempDir('hist-j');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, 60);
  await s.save(at(59));
  play(s, 60, 65);
  await s.save(at(64));
  writeFileSync(path.join(dir, JOURNAL), Buffer.alloc(700), { flag: 'a' });
  const log = logs();
  const back = await loaded(dir, at(64), log.logger);
  assert.equal(back.persistedSeries(at(64)), await reference(64));
  assert.match(log.lines.join('\n'), /^warn: usage history journal ends in an interrupted write/m);
});

test('a crash during a compaction: before the snapshot rename, or between the two renames', async () => {
  const dir = tempDir('hist-j');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, 100);
  await s.save(at(99));
  play(s, 100, 103);
  await s.save(at(102)); // the journal holds minute 102 open (one sample less than it will have)
  const oldSnapshot = readFileSync(path.join(dir, SNAPSHOT));
  const oldJournal = readFileSync(path.join(dir, JOURNAL));

  // (a) killed while writing the new snapshot's temp file: the old pair is whole
  const a = tempDir('hist-crash');
  copyState(dir, a);
  writeFileSync(path.join(a, `${SNAPSHOT}.tmp-99999`), oldSnapshot.subarray(0, 1000));
  writeFileSync(path.join(a, `${JOURNAL}.tmp-99999`), 'x');
  const backA = await loaded(a, at(102));
  assert.equal(backA.persistedSeries(at(102)), await reference(102));
  assert.deepEqual(readdirSync(a).sort(), [JOURNAL, SNAPSHOT]);

  // (b) killed after the snapshot's rename, before the journal's: the old journal is already in the
  // snapshot, and replaying it would put minute 102's partial rows back over the closed ones
  play(s, 103, 106);
  (s as unknown as { compactDue: boolean }).compactDue = true;
  await s.save(at(105));
  assert.equal(s.lastSave?.kind, 'compact');
  const b = tempDir('hist-crash');
  copyFileSync(path.join(dir, SNAPSHOT), path.join(b, SNAPSHOT));
  writeFileSync(path.join(b, JOURNAL), oldJournal);
  const log = logs();
  const backB = await loaded(b, at(105), log.logger);
  assert.equal(backB.persistedSeries(at(105)), await reference(105));
  assert.match(log.lines.join('\n'), /already in the snapshot/);
  assert.equal(existsSync(path.join(b, JOURNAL)), false);
  // and the next save starts a journal of its own (a compaction), which loads
  play(backB, 106, 108);
  await backB.save(at(107));
  assert.equal(backB.lastSave?.kind, 'compact');
  assert.equal((await loaded(b, at(107))).persistedSeries(at(107)), await reference(107));
});

test('a damaged journal line is skipped and the file set aside; the rest of the history loads', async () => {
  const dir = tempDir('hist-j');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, 60);
  await s.save(at(59));
  play(s, 60, 65);
  await s.save(at(64));
  play(s, 65, 70);
  await s.save(at(69));
  const lines = readFileSync(path.join(dir, JOURNAL), 'utf8').split('\n');
  // Line 1 is the header, then 3 lines per save; damage container 102's line of the first append
  // so that it still parses as JSON (a digit changed): only the checksum tells.
  const i = lines.findIndex((l) => l.includes('"owner":"102"'));
  assert.ok(i > 0 && i < 4);
  lines[i] = lines[i].replace(/\[(\d+),/, (_, n) => `[${Number(n) + 1000},`);
  writeFileSync(path.join(dir, JOURNAL), lines.join('\n'));
  const log = logs();
  const back = await loaded(dir, at(69), log.logger);
  assert.match(log.lines.join('\n'), /^error: usage history journal is damaged/m);
  assert.ok(readdirSync(dir).some((f) => f.startsWith(`${JOURNAL}.corrupt-`)));
  assert.equal(existsSync(path.join(dir, JOURNAL)), false);
  const ref = JSON.parse(await reference(69)) as Array<{ owner: string; points: number[][] }>;
  const got = JSON.parse(back.persistedSeries(at(69))) as Array<{ owner: string; points: number[][] }>;
  // 101 and the GPU: every minute. 102: all but the minutes only the damaged line held (60–63: it also
  // held 59 closed, which the snapshot has open, and 64 open, which the next line has closed); none invented.
  for (const owner of ['101', '*']) {
    assert.deepEqual(
      got.find((x) => x.owner === owner),
      ref.find((x) => x.owner === owner),
    );
  }
  const minutes102 = got.find((x) => x.owner === '102')?.points.map((p) => p[0]) ?? [];
  const refRows = new Map(ref.find((x) => x.owner === '102')?.points.map((p) => [p[0], JSON.stringify(p)]));
  for (const p of got.find((x) => x.owner === '102')?.points ?? []) {
    if (p[0] - Math.floor(T0 / MIN) === 59) continue; // saved open in the snapshot, closed in the damaged line
    assert.equal(JSON.stringify(p), refRows.get(p[0]), `minute ${p[0]} of 102`);
  }
  assert.deepEqual(
    minutes102
      .filter((m) => m - Math.floor(T0 / MIN) >= 58 && m - Math.floor(T0 / MIN) <= 65)
      .map((m) => m - Math.floor(T0 / MIN)),
    [58, 59, 64, 65],
  );
  assert.equal(minutes102.length, (ref.find((x) => x.owner === '102')?.points.length ?? 0) - 4);
  // the next save rewrites both files; they load without complaint
  await back.save(at(69));
  const again = logs();
  assert.equal(
    (await loaded(dir, at(69), again.logger)).persistedSeries(at(69)),
    back.persistedSeries(at(69)),
  );
  assert.deepEqual(again.lines, []);
});

test('a journal of garbage is set aside and the snapshot still loads; a journal without a snapshot is replayed', async () => {
  const dir = tempDir('hist-j');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, 40);
  await s.save(at(39));
  writeFileSync(path.join(dir, JOURNAL), 'not a journal\n\u0000\u0001{"owner":\n');
  const log = logs();
  const back = await loaded(dir, at(39), log.logger);
  assert.equal(back.persistedSeries(at(39)), await reference(39));
  assert.match(log.lines.join('\n'), /^error: usage history journal is damaged/m);

  // The snapshot lost (removed by hand, or corrupt and set aside): the journal's minutes still load.
  const d2 = tempDir('hist-j');
  const s2 = new HistoryStore({ stateDir: d2 });
  play(s2, 0, 40);
  await s2.save(at(39));
  play(s2, 40, 45);
  await s2.save(at(44));
  writeFileSync(path.join(d2, SNAPSHOT), '{"format": "pve-gpu-tab usage history v1", "series": [{"own');
  const log2 = logs();
  const back2 = await loaded(d2, at(44), log2.logger);
  assert.match(log2.lines.join('\n'), /^error: usage history file is corrupt/m);
  const got = JSON.parse(back2.persistedSeries(at(44))) as Array<{ points: number[][] }>;
  assert.deepEqual(
    got[0].points.map((p) => p[0] - Math.floor(T0 / MIN)),
    [39, 40, 41, 42, 43, 44],
    'minute 39 (open at the first save, closed since) to the open 44',
  );
});

test('an upgrade loads the whole-file history of earlier releases, then journals on', async () => {
  // Written by the release before the journal (test/fixtures/history/README.md): 40 minutes.
  const dir = tempDir('hist-up');
  copyFileSync(
    path.join(here, '../../../test/fixtures/history/usage-history-v1.json'),
    path.join(dir, SNAPSHOT),
  );
  const now = T0 + 39 * MIN + 50_000;
  const log = logs();
  const old = await loaded(dir, now, log.logger);
  assert.deepEqual(log.lines, []);
  // The same samples recorded afresh and saved: the same history, minute for minute.
  const fresh = new HistoryStore({ stateDir: tempDir('hist-up-ref') });
  recordFixtureSamples(fresh);
  await fresh.save(now);
  const want = (
    await loaded((fresh as unknown as { opts: { stateDir: string } }).opts.stateDir, now)
  ).persistedSeries(now);
  assert.equal(old.persistedSeries(now), want);
  assert.equal(JSON.parse(want).length, 4);
  // First save after the upgrade: the whole file once (with the journal's token), then appends.
  await old.save(now);
  assert.equal(old.lastSave?.kind, 'compact');
  const doc = JSON.parse(readFileSync(path.join(dir, SNAPSHOT), 'utf8'));
  assert.equal(
    doc.format,
    'pve-gpu-tab usage history v1',
    'an older release still reads it (the token is an extra field)',
  );
  assert.equal(typeof doc.journal, 'string');
  old.record(
    now + 20_000,
    [{ owner: '101', gpu: '0000:00:02.0', engines: { compute: 1, render: 1, video: 1 }, memoryBytes: 1 }],
    [],
  );
  await old.save(now + 20_000);
  assert.equal(old.lastSave?.kind, 'append');
  assert.equal(
    (await loaded(dir, now + 20_000)).persistedSeries(now + 20_000),
    old.persistedSeries(now + 20_000),
  );
});

/** The samples the v1 fixture was written from (test/fixtures/history/README.md). */
function recordFixtureSamples(s: HistoryStore): void {
  for (let m = 0; m < 40; m++) {
    for (let sec = 0; sec < 60; sec += 15) {
      const t = T0 + m * MIN + sec * 1000;
      const engines: Record<string, number> = { render: (m * 7 + sec) % 100, video: m % 3 ? 12.5 : 0 };
      if (m >= 20) engines.compute = 33.33;
      s.record(
        t,
        [
          { owner: '101', gpu: '0000:00:02.0', engines, memoryBytes: 1_000_000 + m * 4096 },
          ...(m < 30
            ? [{ owner: '102', gpu: '0000:01:00.0', engines: { sm: 50 + (m % 10) }, memoryBytes: 8e9 }]
            : []),
        ],
        [
          { gpu: '0000:00:02.0', engines: { render: 60, video: 20 } },
          { gpu: '0000:01:00.0', engines: { sm: 70 }, memoryBytes: 9e9 },
        ],
      );
    }
  }
}

test('disk stays bounded: the journal is folded into the snapshot once it reaches a quarter of it', async () => {
  const dir = tempDir('hist-j');
  const s = new HistoryStore({ stateDir: dir, retentionMinutes: 24 * 60 });
  let compactions = 0;
  let worst = 0;
  for (let m = 0; m < 4 * 24 * 60; m += 5) {
    playSparse(s, m, m + 5);
    await s.save(at(m + 4));
    if (s.lastSave?.kind === 'compact') compactions += 1;
    const snapshot = statSync(path.join(dir, SNAPSHOT)).size;
    const journal = statSync(path.join(dir, JOURNAL)).size;
    worst = Math.max(worst, journal - Math.max(256 * 1024, snapshot / 4) - (s.lastSave?.bytes ?? 0));
  }
  assert.ok(worst <= 0, `the journal outgrew its bound by ${worst} B`);
  // the first save, then one whenever the journal passes its bound (256 KiB here: ≈ 1.5 days of saves)
  assert.ok(compactions >= 2 && compactions < 10, `${compactions} compactions in 4 days of 5-minute saves`);
  // a day of retention: the snapshot holds a day (and the minutes since its last rewrite), not four
  const snapshot = JSON.parse(readFileSync(path.join(dir, SNAPSHOT), 'utf8'));
  const rows = snapshot.series[0].points.length;
  assert.ok(rows <= 24 * 60, `${rows} rows in the snapshot`);
  assert.equal(
    (await loadedWith(dir, at(4 * 24 * 60 - 1), 24 * 60)).persistedSeries(at(4 * 24 * 60 - 1)),
    await viaOneFile(s, at(4 * 24 * 60 - 1), 24 * 60),
  );
});

/** One sample a minute (the bound test runs four days). */
function playSparse(store: HistoryStore, from: number, to: number): void {
  for (let m = from; m < to; m++) {
    store.record(
      T0 + m * MIN,
      [{ owner: '101', gpu: 'g0', engines: { render: m % 100, video: 1 }, memoryBytes: m }],
      [{ gpu: 'g0', engines: { render: 50 } }],
    );
  }
}

test('an evicted series stays gone after a restart', async () => {
  const dir = tempDir('hist-j');
  const s = new HistoryStore({ stateDir: dir });
  for (let i = 0; i < 128; i++)
    s.record(T0 + i, [{ owner: String(1000 + i), gpu: 'g', engines: { r: 1 }, memoryBytes: 0 }], []);
  await s.save(T0 + MIN);
  s.record(T0 + 500, [{ owner: '9999', gpu: 'g', engines: { r: 1 }, memoryBytes: 0 }], []);
  await s.save(T0 + MIN);
  assert.equal(s.lastSave?.kind, 'append');
  const back = await loaded(dir, T0 + MIN);
  assert.equal(back.size, 128);
  assert.equal(back.query('1000', 'hour', 'AVERAGE', T0 + MIN).series.length, 0, 'the least recent series');
  assert.equal(back.query('9999', 'hour', 'AVERAGE', T0 + MIN).series.length, 1);
});

test('a failed append (the journal made unwritable) loses nothing: the next save writes those minutes', async () => {
  const dir = tempDir('hist-j');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, 30);
  await s.save(at(29));
  play(s, 30, 35);
  truncateSync(path.join(dir, JOURNAL), statSync(path.join(dir, JOURNAL)).size); // unchanged, a sanity anchor
  const j = path.join(dir, JOURNAL);
  const keep = readFileSync(j);
  // A directory in the journal's place: open(O_WRONLY) fails with EISDIR, nothing is written.
  const { rmSync, mkdirSync } = await import('node:fs');
  rmSync(j);
  mkdirSync(j);
  await assert.rejects(s.save(at(34)));
  rmSync(j, { recursive: true });
  writeFileSync(j, keep);
  play(s, 35, 40);
  await s.save(at(39));
  assert.equal(s.lastSave?.kind, 'append');
  assert.equal((await loaded(dir, at(39))).persistedSeries(at(39)), await reference(39));
});

test('a compaction writes the snapshot one series per line, piece by piece, as the same document', async () => {
  const dir = tempDir('hist-j');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, 2500); // more rows per series than one piece (1 024)
  await s.save(at(2499));
  assert.equal(s.lastSave?.kind, 'compact');
  const text = readFileSync(path.join(dir, SNAPSHOT), 'utf8');
  const lines = text.split('\n');
  assert.deepEqual([lines.length, lines.at(-2), lines.at(-1)], [6, ']}', ''], 'header, 3 series, end');
  const doc = JSON.parse(text);
  assert.equal(JSON.stringify(doc.series), s.persistedSeries(at(2499)));
  assert.equal(doc.series[0].points.length, 2500);
  // and a file of the same document on one line (as the first journal release wrote it) loads the same
  const one = tempDir('hist-j');
  writeFileSync(path.join(one, SNAPSHOT), JSON.stringify(doc));
  assert.equal(
    (await loaded(one, at(2499))).persistedSeries(at(2499)),
    (await loaded(dir, at(2499))).persistedSeries(at(2499)),
  );
});

test('a full history keeps one minute per slot: the oldest minute never shares its slot with the open one', async () => {
  const retention = 10;
  const dir = tempDir('hist-full');
  const s = new HistoryStore({ stateDir: dir, retentionMinutes: retention });
  play(s, 0, retention + 1); // minutes 0 … 9 closed, minute 10 open: 11 minutes for 10 slots
  const now = at(retention);
  const rows = (JSON.parse(s.persistedSeries(now)) as Array<{ points: number[][] }>)[0].points;
  assert.deepEqual(
    rows.map((r) => r[0]),
    Array.from({ length: retention }, (_, i) => i + 1 + Math.floor(T0 / MIN)),
    'the retention counts the open minute',
  );
  assert.equal(await viaOneFile(s, now, retention), s.persistedSeries(now), 'saved and loaded back alike');
  await s.save(now);
  assert.equal((await loadedWith(dir, now, retention)).persistedSeries(now), s.persistedSeries(now));
});

test('a clean stop leaves the whole history in the snapshot: an older release, which reads only that file, loses nothing', async () => {
  const dir = tempDir('hist-stop');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, 120);
  await s.save(at(119));
  play(s, 120, 130);
  await s.save(at(129));
  assert.equal(s.lastSave?.kind, 'append');
  play(s, 130, 133);
  await s.save(at(132), { final: true });
  assert.equal(s.lastSave?.kind, 'compact');
  // An older release (before the journal) reads usage-history.json alone, with one JSON.parse:
  // the same document re-serialised on one line takes that path of the loader.
  const older = tempDir('hist-older');
  const doc = JSON.parse(readFileSync(path.join(dir, SNAPSHOT), 'utf8'));
  writeFileSync(path.join(older, SNAPSHOT), JSON.stringify(doc));
  assert.equal((await loaded(older, at(132))).persistedSeries(at(132)), await reference(132));
  // This release, started again on both files: the same, with an empty journal to append to.
  const back = await loaded(dir, at(132));
  assert.equal(back.persistedSeries(at(132)), await reference(132));
  assert.equal(readFileSync(path.join(dir, JOURNAL), 'utf8').split('\n').length, 2, 'the header only');
});

test('after a crash, an older release rewrites the snapshot without the journal; this release, back, replays the journal over it', async () => {
  const dir = tempDir('hist-crash-older');
  const s = new HistoryStore({ stateDir: dir });
  play(s, 0, 120);
  await s.save(at(119));
  play(s, 120, 130);
  await s.save(at(129));
  assert.equal(s.lastSave?.kind, 'append', 'minutes 120–129 only in the journal: then a crash');
  // The older release (before the journal) loads usage-history.json alone and rewrites it, 5
  // minutes after its start and at its stop, from what it loaded: without the token (it knows
  // no such field). It saw no GPU in use here.
  const doc = JSON.parse(readFileSync(path.join(dir, SNAPSHOT), 'utf8'));
  delete doc.journal;
  doc.savedAt = at(140);
  writeFileSync(path.join(dir, SNAPSHOT), JSON.stringify(doc));
  const { lines, logger } = logs();
  const back = await loaded(dir, at(129), logger);
  assert.equal(back.persistedSeries(at(129)), await reference(129), "the journal's minutes are back");
  assert.deepEqual(lines, ["info: usage history journal replayed over an older release's file"]);
  // its first save rewrites both files: a snapshot with a token again, and the history whole
  await back.save(at(129));
  assert.equal(back.lastSave?.kind, 'compact');
  assert.equal((await loaded(dir, at(129))).persistedSeries(at(129)), await reference(129));
});
