// SPDX-License-Identifier: AGPL-3.0-or-later
// Hysteresis on whether nvidia-smi's rows name every user of an NVIDIA GPU (NvidiaSmi.rowSources()).
// When a GPU's rows lapse (pmon hung, restarted, stale) the scanner walks every fd table to find the
// GPU's holders, its dearest pass (docs/collectors.md "Where the fd walk's CPU and memory go"). A source that
// flaps (a driver that stalls every few seconds, a child killed and restarted with backoff) would
// make it pay that whole walk at each flap, when the walk's steady state (new PIDs only) is cheap.
// So rows that lapsed are trusted again only after answering `settleMs` without a break; each
// return doubles the wait for the next lapse (up to 16×), and rows that hold 16 × settleMs without
// a lapse bring it back to settleMs. The first answer after a start is trusted at once: a start
// walks anyway, and a healthy host should leave the walk as soon as it can.
import type { NvidiaRowSource } from './nvidia-smi.ts';

/** The longest wait after a lapse, as a multiple of settleMs. */
export const MAX_SETTLE_FACTOR = 16;

interface GpuTrust {
  /** what say() answered last */
  said: NvidiaRowSource;
  /** since when the rows have answered without a break; undefined while they do not */
  answeringSince?: number;
  /** the rows lapsed: said again only after `waitMs` of answering */
  lapsed: boolean;
  waitMs: number;
}

export class RowTrust {
  private readonly gpus = new Map<number, GpuTrust>();

  constructor(private readonly settleMs: number) {}

  /**
   * What to say for GPU `index` now that its rows' own state is `raw`: `raw`, except "rows" after a
   * lapse, which stays what was said during the lapse ("none", "compute-only") until settled.
   */
  say(index: number, raw: NvidiaRowSource, now: number): NvidiaRowSource {
    let t = this.gpus.get(index);
    if (!t) {
      t = { said: raw, lapsed: false, waitMs: this.settleMs };
      this.gpus.set(index, t);
    }
    if (raw === 'rows') {
      t.answeringSince ??= now;
      const answered = now - t.answeringSince;
      if (t.lapsed) {
        if (answered < t.waitMs) return t.said;
        t.lapsed = false;
        t.waitMs = Math.min(t.waitMs * 2, this.settleMs * MAX_SETTLE_FACTOR);
      } else if (answered >= this.settleMs * MAX_SETTLE_FACTOR) t.waitMs = this.settleMs;
    } else {
      if (t.said === 'rows') t.lapsed = true;
      t.answeringSince = undefined;
    }
    t.said = raw;
    return raw;
  }

  /** How long GPU `index`'s rows must answer after their next lapse (tests, diagnostics). */
  waitAfterLapse(index: number): number {
    return this.gpus.get(index)?.waitMs ?? this.settleMs;
  }

  /** Forgets every GPU (a stop: the next start trusts the first answer). */
  clear(): void {
    this.gpus.clear();
  }
}
