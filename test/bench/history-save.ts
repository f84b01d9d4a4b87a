// SPDX-License-Identifier: AGPL-3.0-or-later
// The collector's history save, which no daemon window of the collect bench sees (it comes every
// 5 minutes): CPU per save, averaged over the 5 minutes as % of one core, for a full 9-day history
// of the bench's shape (8 containers and the GPU as a whole on one i915 GPU: 4 engines and memory,
// 9 series). Printed two ways, in-process, same store, same files:
//   before        = what every save did until the journal: the whole history encoded as one string
//                   (HistoryStore.persistedSeries, the encoder that save used) and written to a temp
//                   file, fsynced, renamed
//   compaction    = the whole rewrite now: the same text written piece by piece (1 024 rows at a time)
//   journal       = the minutes of the last 5 minutes appended and fsynced (store.ts "persistence"),
//                   plus the compaction's CPU spread over the saves between two compactions
// Run by `npm run bench collect` beside the daemons' 1 Hz figures, or alone: `npm run bench history`.
import { promises as fsp, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HistoryStore } from '../../api-shim/src/history/store.ts';
import { RETENTION_MINUTES } from '../../api-shim/src/history/timeframes.ts';

const ENGINES = ['render', 'copy', 'video', 'video-enhance'];
const OWNERS = ['101', '102', '103', '104', '105', '106', '107', '108'];
const GPU = '0000:00:02.0';
const SAVE_EVERY_S = 300; // the sampler's saveMs

function engines(i: number, t: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let e = 0; e < ENGINES.length; e++) out[ENGINES[e]] = ((t * 7 + i * 13 + e * 29) % 10_000) / 100;
  return out;
}

/** 1 Hz samples of every series for [fromS, toS) seconds after `t0`. */
function sample(store: HistoryStore, t0: number, fromS: number, toS: number): void {
  for (let s = fromS; s < toS; s++) {
    const t = t0 + s * 1000;
    store.record(
      t,
      OWNERS.map((owner, i) => ({ owner, gpu: GPU, engines: engines(i, s), memoryBytes: 1e8 + i * 1e6 + s })),
      [{ gpu: GPU, engines: engines(99, s), memoryBytes: 2e9 + s }],
    );
  }
}

function cpuMs(f: () => Promise<void>): Promise<number> {
  const c0 = process.cpuUsage();
  return f().then(() => {
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  });
}

/** The save before the journal (store.ts at 8131a74): one string, temp file, fsync, rename. */
async function wholeFileSave(store: HistoryStore, file: string, nowMs: number): Promise<void> {
  const text = `{"format":"pve-gpu-tab usage history v1","savedAt":${nowMs},"series":${store.persistedSeries(nowMs)}}`;
  const tmp = `${file}.tmp`;
  const handle = await fsp.open(tmp, 'w', 0o640);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsp.rename(tmp, file);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (ms: number) => `${((ms / (SAVE_EVERY_S * 1000)) * 100).toFixed(3)} %`;

export async function historySaveFigures(opts: { saves?: number; rewrites?: number } = {}): Promise<void> {
  const saves = opts.saves ?? 24;
  const rewrites = opts.rewrites ?? 5;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pgt-bench-history-'));
  try {
    const store = new HistoryStore({ stateDir: dir });
    const now0 = Math.floor(Date.now() / 60_000) * 60_000;
    const first = Math.floor(now0 / 60_000) - RETENTION_MINUTES + 1;
    // nine days of closed minutes (as the demo back-fills them), then live 1 Hz samples
    for (let m = first; m < Math.floor(now0 / 60_000); m++) {
      const avg: Record<string, number> = {};
      const max: Record<string, number> = {};
      for (const [k, v] of Object.entries(engines(m % 9, m))) {
        avg[k] = v;
        max[k] = Math.min(100, v * 1.5);
      }
      for (const owner of [...OWNERS, HistoryStore.WHOLE_GPU]) {
        store.putMinute(owner, GPU, {
          minute: m,
          avg: { ...avg, '#mem': 1e8 },
          max: { ...max, '#mem': 1.2e8 },
        });
      }
    }
    let t = SAVE_EVERY_S;
    sample(store, now0, 0, t);
    const before: number[] = [];
    const rewrite: number[] = [];
    let snapshotBytes = 0;
    for (let i = 0; i < rewrites; i++) {
      global.gc?.();
      before.push(await cpuMs(() => wholeFileSave(store, path.join(dir, 'before.json'), now0 + t * 1000)));
      global.gc?.();
      (store as unknown as { compactDue: boolean }).compactDue = true;
      rewrite.push(await cpuMs(() => store.save(now0 + t * 1000)));
      snapshotBytes = store.lastSave?.bytes ?? 0;
    }
    const append: number[] = [];
    const appended: number[] = [];
    for (let i = 0; i < saves; i++) {
      sample(store, now0, t, t + SAVE_EVERY_S);
      t += SAVE_EVERY_S;
      global.gc?.();
      const ms = await cpuMs(() => store.save(now0 + t * 1000));
      if (store.lastSave?.kind !== 'append') throw new Error(`save ${i} was a ${store.lastSave?.kind}`);
      append.push(ms);
      appended.push(store.lastSave.bytes);
    }
    const beforeMs = median(before);
    const compactMs = median(rewrite);
    const appendMs = median(append);
    // a compaction once the journal passes max(256 KiB, a quarter of the snapshot)
    const perSave = median(appended);
    const savesBetween = Math.max(256 * 1024, snapshotBytes / 4) / perSave;
    const amortised = compactMs / savesBetween;
    const out = (s: string) => process.stdout.write(`${s}\n`);
    out(
      '\nhistory save, every 5 min (9 days × 9 series × 5 columns; CPU of the save, all threads, averaged over 5 min):',
    );
    out(
      `  before (the whole history as one string, written each save): ${beforeMs.toFixed(0)} ms CPU per save, ` +
        `${(snapshotBytes / 1e6).toFixed(1)} MB = ${pct(beforeMs)} of one core (median of ${rewrites})`,
    );
    out(
      `  now: journal append ${appendMs.toFixed(2)} ms CPU per save, ${(perSave / 1024).toFixed(1)} KiB (median of ${saves}); ` +
        `compaction (written piece by piece) ${compactMs.toFixed(0)} ms every ${savesBetween.toFixed(0)} saves ` +
        `(${((savesBetween * SAVE_EVERY_S) / 3600).toFixed(1)} h) = ${amortised.toFixed(2)} ms per save`,
    );
    out(
      `  averaged: before ${pct(beforeMs)} of one core, now ${pct(appendMs + amortised)} (${(beforeMs / (appendMs + amortised)).toFixed(0)}× less)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
