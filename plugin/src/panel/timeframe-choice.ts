// SPDX-License-Identifier: AGPL-3.0-or-later
// The chart time frame, remembered exactly where PVE remembers its own: the Ext state key
// `proxmoxRRDTypeSelection` (proxmox-widget-toolkit src/form/RRDTypeSelector.js stateId, read by
// src/data/RRDStore.js), value { id: 'hour' | 'hourmax' | …, timeframe, cf }. PVE's state
// provider (pve-manager www/manager6/StateProvider.js) extends Ext.state.LocalStorageProvider,
// so the choice lives in the browser's localStorage and holds across panels, containers and
// page reloads; picking "Day" in the GPU tab also turns the Summary charts to Day, and back.
import type { ConsolidationFn, Timeframe } from '../../../api-shim/src/api/types.ts';

/** What PVE's selector offers; our history keeps 9 days, so month and year map to week. */
export type PveTimeframe = Timeframe | 'month' | 'year';

export interface TimeframeChoice {
  timeframe: PveTimeframe;
  cf: ConsolidationFn;
}

/** Where the choice is kept: the boot script hands in one backed by Ext.state.Manager. */
export interface TimeframeStore {
  get(): TimeframeChoice | undefined;
  set(choice: TimeframeChoice): void;
  /** Calls back when anyone (a PVE Summary selector too) changes it; returns the unsubscribe. */
  watch(cb: (choice: TimeframeChoice) => void): () => void;
}

export const DEFAULT_CHOICE: TimeframeChoice = { timeframe: 'hour', cf: 'AVERAGE' };

const KNOWN: PveTimeframe[] = ['hour', 'day', 'week', 'month', 'year'];

/** A stored value as PVE writes it, or undefined for anything else. */
export function parseChoice(state: unknown): TimeframeChoice | undefined {
  if (!state || typeof state !== 'object') return undefined;
  const s = state as { timeframe?: unknown; cf?: unknown };
  if (!KNOWN.includes(s.timeframe as PveTimeframe)) return undefined;
  return { timeframe: s.timeframe as PveTimeframe, cf: s.cf === 'MAX' ? 'MAX' : 'AVERAGE' };
}

/** The value PVE's RRDTypeSelector.getState writes for a choice. */
export function stateOf(choice: TimeframeChoice): { id: string; timeframe: string; cf: ConsolidationFn } {
  return {
    id: choice.timeframe + (choice.cf === 'MAX' ? 'max' : ''),
    timeframe: choice.timeframe,
    cf: choice.cf,
  };
}

/** The frame our history can draw for a PVE choice: month and year show the whole week kept. */
export function chartTimeframe(tf: PveTimeframe): Timeframe {
  return tf === 'month' || tf === 'year' ? 'week' : tf;
}

/** A store for pages without Ext (unit tests, a future UI): memory only. */
export function memoryTimeframeStore(initial?: TimeframeChoice): TimeframeStore {
  let value = initial;
  const listeners = new Set<(c: TimeframeChoice) => void>();
  return {
    get: () => value,
    set(choice) {
      value = choice;
      for (const l of listeners) l(choice);
    },
    watch(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}
