// SPDX-License-Identifier: AGPL-3.0-or-later
// The history lifecycle both tabs share: the stored choice at connect, a choice made elsewhere
// (a PVE Summary) reloads, a pick here is stored, an answer for a replaced choice never lands,
// a load in flight is aborted by the next one and by leaving the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsolidationFn, Timeframe } from '../../../api-shim/src/api/types.ts';
import { HistoryController } from './history-controller.ts';
import { memoryTimeframeStore } from './timeframe-choice.ts';

type Doc = { timeframe: Timeframe; cf: ConsolidationFn; step: number; tag: string };

function host(): ReactiveControllerHost & { updates: number; controllers: ReactiveController[] } {
  const h = {
    updates: 0,
    controllers: [] as ReactiveController[],
    addController(c: ReactiveController) {
      h.controllers.push(c);
    },
    removeController() {},
    requestUpdate() {
      h.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  return h;
}

test('history: the stored choice, a choice made elsewhere, a pick here, stale answers and aborts', async () => {
  const store = memoryTimeframeStore({ timeframe: 'month', cf: 'MAX' });
  const asked: Array<{
    timeframe: Timeframe;
    cf: ConsolidationFn;
    signal: AbortSignal;
    answer: (d: Doc) => void;
  }> = [];
  const h = host();
  const history = new HistoryController<Doc>(h, {
    store: () => store,
    fetch: (timeframe, cf, signal) =>
      new Promise<Doc>((answer, fail) => {
        asked.push({ timeframe, cf, signal, answer });
        signal.addEventListener('abort', () => fail(new Error('aborted')));
      }),
  });
  const docTag = () => history.document?.tag;
  assert.deepEqual(h.controllers, [history]);
  (globalThis as { document?: unknown }).document ??= { visibilityState: 'visible' };
  history.hostConnected();
  assert.deepEqual(history.choice, { timeframe: 'month', cf: 'MAX' });
  assert.equal(history.timeframe, 'week', 'month is drawn as the week kept');
  assert.deepEqual([asked[0].timeframe, asked[0].cf], ['week', 'MAX']);

  // A PVE Summary picks Day: reload; the week answer, arriving late, is dropped.
  store.set({ timeframe: 'day', cf: 'AVERAGE' });
  assert.equal(asked[0].signal.aborted, true);
  assert.deepEqual([asked[1].timeframe, asked[1].cf], ['day', 'AVERAGE']);
  asked[0].answer({ timeframe: 'week', cf: 'MAX', step: 10800, tag: 'late' });
  await Promise.resolve();
  assert.equal(docTag(), undefined);
  asked[1].answer({ timeframe: 'day', cf: 'AVERAGE', step: 1800, tag: 'day' });
  await new Promise((r) => setImmediate(r));
  assert.equal(docTag(), 'day');

  // Points are converted once per document.
  let conversions = 0;
  const convert = () => {
    conversions += 1;
    return [{ t: 1, v: 2 }];
  };
  history.seriesPoints('g|mem', convert);
  history.seriesPoints('g|mem', convert);
  assert.equal(conversions, 1);

  // A pick here is stored (PVE's Summary sees it) and loads; the same pick again does nothing.
  history.choose({ timeframe: 'hour', cf: 'MAX' });
  assert.deepEqual(store.get(), { timeframe: 'hour', cf: 'MAX' });
  assert.equal(asked.length, 3);
  history.choose({ timeframe: 'hour', cf: 'MAX' });
  assert.equal(asked.length, 3);
  asked[2].answer({ timeframe: 'hour', cf: 'MAX', step: 60, tag: 'hour' });
  await new Promise((r) => setImmediate(r));
  assert.equal(docTag(), 'hour');
  history.seriesPoints('g|mem', convert);
  assert.equal(conversions, 2, 'a new document converts again');

  // Leaving the page aborts what is in flight and stops listening to the store.
  history.load();
  history.hostDisconnected();
  assert.equal(asked[3].signal.aborted, true);
  store.set({ timeframe: 'week', cf: 'AVERAGE' });
  assert.equal(asked.length, 4);
});
