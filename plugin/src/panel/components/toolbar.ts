// SPDX-License-Identifier: AGPL-3.0-or-later
// The tab's controls: the view switcher as real tabs (WAI-ARIA tabs pattern: arrow keys,
// Home/End, one tab stop), PVE's time frame selector (proxmox-widget-toolkit RRDTypeSelector:
// a frame list and Maximum/Average), and the engine toggles of the charts.
import { css, html, type TemplateResult } from 'lit';
import type { EngineClass } from '../../../../api-shim/src/api/types.ts';
import { label, t } from '../i18n.ts';
import type { TimeframeChoice } from '../timeframe-choice.ts';
import { engineLabel } from './engine-label.ts';

export interface TabSpec {
  view: string;
  label: string;
  extra?: unknown;
}

/** role=tablist of role=tab buttons; only the selected tab is in the Tab order. */
export function viewTabs(
  tabs: TabSpec[],
  current: string,
  pick: (view: string) => void,
  onKeydown: (e: KeyboardEvent) => void,
): TemplateResult {
  return html`<div class="tabs" role="tablist" aria-label=${t('tab.title')} @keydown=${onKeydown}>
    ${tabs.map(
      (t) => html`<button
        role="tab"
        id=${`pvegpu-tab-${t.view}`}
        data-view=${t.view}
        aria-selected=${t.view === current ? 'true' : 'false'}
        aria-controls="pvegpu-panel"
        tabindex=${t.view === current ? 0 : -1}
        @click=${() => pick(t.view)}
      >
        ${t.label}${t.extra ?? ''}
      </button>`,
    )}
  </div>`;
}

/** The view an arrow/Home/End key moves to, or undefined for any other key. */
export function tabKeydown<V extends string>(e: KeyboardEvent, views: V[], current: V): V | undefined {
  const i = views.indexOf(current);
  let next: number;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      next = (i + 1) % views.length;
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      next = (i - 1 + views.length) % views.length;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = views.length - 1;
      break;
    default:
      return undefined;
  }
  e.preventDefault();
  return views[next];
}

const FRAMES = [
  ['hour', 'timeframe.hour'],
  ['day', 'timeframe.day'],
  ['week', 'timeframe.week'],
] as const;

/**
 * PVE's selector as the GPU history allows: hour, day and week (9 days are kept; PVE's month and
 * year show as week here but stay PVE's choice for its own charts), and Maximum/Average.
 */
export function timeframeControls(
  choice: TimeframeChoice,
  pick: (c: TimeframeChoice) => void,
): TemplateResult {
  const shown = choice.timeframe === 'month' || choice.timeframe === 'year' ? 'week' : choice.timeframe;
  return html`<span class="timeframes" role="group" aria-label=${t('timeframe.label')}>
    <select
      class="timeframe"
      aria-label=${t('timeframe.label')}
      @change=${(e: Event) =>
        pick({
          timeframe: (e.target as HTMLSelectElement).value as TimeframeChoice['timeframe'],
          cf: choice.cf,
        })}
    >
      ${FRAMES.map(([v, label]) => html`<option value=${v} ?selected=${shown === v}>${t(label)}</option>`)}
    </select>
    <span class="seg">
      <button
        data-cf="MAX"
        aria-pressed=${choice.cf === 'MAX' ? 'true' : 'false'}
        @click=${() => pick({ timeframe: choice.timeframe, cf: 'MAX' })}
      >
        ${t('cf.maximum')}
      </button><button
        data-cf="AVERAGE"
        aria-pressed=${choice.cf === 'AVERAGE' ? 'true' : 'false'}
        @click=${() => pick({ timeframe: choice.timeframe, cf: 'AVERAGE' })}
      >
        ${t('cf.average')}
      </button>
    </span>
  </span>`;
}

const HIDDEN_KEY = 'pve-gpu-tab-hidden-engines';

/** Engine classes whose charts the user switched off, kept in this browser like PVE's choices. */
export class HiddenEngines {
  private readonly set: Set<string>;

  constructor(initial?: Iterable<string>) {
    if (initial) this.set = new Set(initial);
    else {
      let saved: unknown = [];
      try {
        saved = JSON.parse(globalThis.localStorage?.getItem(HIDDEN_KEY) ?? '[]');
      } catch {}
      this.set = new Set(Array.isArray(saved) ? saved.filter((x) => typeof x === 'string') : []);
    }
  }

  has(cls: string): boolean {
    return this.set.has(cls);
  }

  /** A new value (Lit sees the change), saved for the next visit. */
  toggled(cls: string): HiddenEngines {
    const next = new Set(this.set);
    if (next.has(cls)) next.delete(cls);
    else next.add(cls);
    try {
      globalThis.localStorage?.setItem(HIDDEN_KEY, JSON.stringify([...next]));
    } catch {}
    return new HiddenEngines(next);
  }
}

export function engineToggles(
  classes: EngineClass[],
  hidden: HiddenEngines,
  change: (next: HiddenEngines) => void,
): TemplateResult {
  return html`<div class="engines" role="group" aria-label=${t('dc.engines')}>
    <span class="muted">${label('dc.engines')}</span>
    ${classes.map(
      (c) => html`<button
        class="chip"
        data-toggle-engine=${c}
        aria-pressed=${hidden.has(c) ? 'false' : 'true'}
        @click=${() => change(hidden.toggled(c))}
      >
        ${engineLabel(c)}
      </button>`,
    )}
  </div>`;
}

export const toolbarStyles = css`
  .toolbar {
    display: flex;
    gap: 6px 10px;
    align-items: center;
    margin-bottom: 10px;
    flex-wrap: wrap;
  }
  .spacer {
    flex: 1;
  }
  .tabs {
    display: inline-flex;
    border-bottom: 1px solid var(--pvegpu-border);
  }
  .tabs [role='tab'] {
    border: 1px solid transparent;
    border-bottom: 3px solid transparent;
    border-radius: 3px 3px 0 0;
    background: none;
    padding: 4px 12px 3px;
    color: var(--pvegpu-muted);
  }
  .tabs [role='tab'][aria-selected='true'] {
    color: inherit;
    font-weight: 600;
    border-bottom-color: var(--pvegpu-accent-ui);
  }
  .tabs [role='tab']:hover {
    color: inherit;
    background: var(--pvegpu-header);
  }
  .count {
    margin-left: 6px;
  }
  .timeframes {
    display: inline-flex;
    gap: 5px;
    align-items: center;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--pwt-panel-background, #fff);
    border: 1px solid var(--pvegpu-border-strong);
    border-radius: 3px;
    padding: 2px 4px;
  }
  .seg {
    display: inline-flex;
  }
  .seg button {
    border-radius: 0;
  }
  .seg button + button {
    border-left-width: 0;
  }
  .seg button:first-child {
    border-radius: 3px 0 0 3px;
  }
  .seg button:last-child {
    border-radius: 0 3px 3px 0;
  }
  .engines {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
    margin-bottom: 8px;
  }
  .chip[aria-pressed='false'] {
    text-decoration: line-through;
    color: var(--pvegpu-muted);
    background: none;
  }
`;
