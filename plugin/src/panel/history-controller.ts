// SPDX-License-Identifier: AGPL-3.0-or-later
// The history a tab draws under its live data, in PVE's shared chart time frame
// (timeframe-choice.ts): loaded when the tab connects, when the time frame changes (picked in
// the tab, or in any PVE Summary through the shared store), every 5 minutes while the page is
// visible (the live rings hold one hour; older parts of day/week views come from fresh history),
// and when the tab asks (the stream resumed, a retry). An answer for a choice since replaced
// never draws over the new one. The container and the node tab each kept a copy of this.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsolidationFn, Timeframe } from '../../../api-shim/src/api/types.ts';
import type { Point } from './series.ts';
import {
  chartTimeframe,
  DEFAULT_CHOICE,
  parseChoice,
  type TimeframeChoice,
  type TimeframeStore,
} from './timeframe-choice.ts';

const REFRESH_MS = 300_000;

/** What every history document says about itself (ContainerHistory, NodeHistory). */
interface HistoryDocument {
  timeframe: Timeframe;
  cf: ConsolidationFn;
  /** seconds between points */
  step: number;
}

export interface HistoryOptions<H> {
  /** the tab's store, read when the tab connects (the boot script hands it in after construction) */
  store: () => TimeframeStore;
  fetch: (timeframe: Timeframe, cf: ConsolidationFn, signal: AbortSignal) => Promise<H>;
  /** a failed load (history is an extra: the live part still draws) */
  onError?: (err: unknown) => void;
}

const same = (a: TimeframeChoice, b: TimeframeChoice) => a.timeframe === b.timeframe && a.cf === b.cf;

export class HistoryController<H extends HistoryDocument> implements ReactiveController {
  /** What the user (here or in a PVE Summary) last picked; Hour by default like PVE. */
  choice: TimeframeChoice = DEFAULT_CHOICE;
  /** The last history that answered the current choice. */
  document: H | undefined;
  /** Chart points per series key, converted once per history document. */
  private readonly points = new Map<string, Point[]>();
  private abort: AbortController | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opts: HistoryOptions<H>,
  ) {
    host.addController(this);
  }

  /** The frame the history is drawn in (month and year show the week kept). */
  get timeframe(): Timeframe {
    return chartTimeframe(this.choice.timeframe);
  }

  hostConnected(): void {
    const store = this.opts.store();
    this.choice = parseChoice(store.get()) ?? DEFAULT_CHOICE;
    this.unwatch = store.watch((state) => {
      const next = parseChoice(state);
      if (!next || same(next, this.choice)) return;
      this.choice = next;
      this.host.requestUpdate();
      this.load();
    });
    this.load();
    this.timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') this.load();
    }, REFRESH_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.unwatch?.();
    this.abort?.abort();
  }

  /** A pick in the tab is PVE's pick too: stored under PVE's own key, seen by its Summary charts. */
  choose(choice: TimeframeChoice): void {
    if (same(choice, this.choice)) return;
    this.choice = choice;
    this.opts.store().set(choice);
    this.host.requestUpdate();
    this.load();
  }

  async load(): Promise<void> {
    this.abort?.abort();
    const ac = new AbortController();
    this.abort = ac;
    try {
      const doc = await this.opts.fetch(this.timeframe, this.choice.cf, ac.signal);
      // An answer for a choice since replaced must not draw over the new one.
      if (doc.timeframe !== this.timeframe || doc.cf !== this.choice.cf) return;
      this.document = doc;
      this.points.clear();
      this.host.requestUpdate();
    } catch (err) {
      if (ac.signal.aborted) return;
      this.opts.onError?.(err);
    }
  }

  /** The points of one chart series, `convert`ed from the document once until the next one. */
  seriesPoints(key: string, convert: (doc: H | undefined) => Point[]): Point[] {
    let out = this.points.get(key);
    if (!out) {
      out = convert(this.document);
      this.points.set(key, out);
    }
    return out;
  }
}
