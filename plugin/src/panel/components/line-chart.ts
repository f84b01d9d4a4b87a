// SPDX-License-Identifier: AGPL-3.0-or-later
// A small SVG line/area chart: a plugin loaded into every PVE page carries no chart library.
// Values arrive already bucketed (series.ts), so a render is one path string per series.
// Read like PVE's RRD charts: value and time axes, the value and time under the pointer (or
// under the cursor moved by the arrow keys), and a legend whose entries switch series off/on.
import { css, html, LitElement, svg } from 'lit';
import { formatPercent } from '../format.ts';
import { currentLocale, t } from '../i18n.ts';
import { base } from './styles.ts';

export interface ChartSeries {
  label: string;
  values: number[];
  /** CSS colour */
  color: string;
  fill?: boolean;
}

const W = 300;
const H = 80;

function pathOf(values: number[], max: number, close: boolean): string {
  const n = values.length;
  if (n === 0) return '';
  const dx = n > 1 ? W / (n - 1) : W;
  let d = '';
  let open = false;
  let firstX = 0;
  let lastX = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      if (open && close) d += `L${lastX.toFixed(1)},${H}L${firstX.toFixed(1)},${H}Z`;
      open = false;
      continue;
    }
    const x = i * dx;
    const y = H - (Math.min(max, Math.max(0, v)) / max) * H;
    if (!open) {
      firstX = x;
      d += `M${x.toFixed(1)},${y.toFixed(1)}`;
      open = true;
    } else d += `L${x.toFixed(1)},${y.toFixed(1)}`;
    // An isolated point (e.g. the first live sample) still shows, as a round dot.
    if (!close && !Number.isFinite(values[i + 1]) && (i === 0 || !Number.isFinite(values[i - 1])))
      d += 'h0.01';
    lastX = x;
  }
  if (open && close) d += `L${lastX.toFixed(1)},${H}L${firstX.toFixed(1)},${H}Z`;
  return d;
}

/** Axis label of a time: clock time within a day, date and time beyond. */
export function axisTime(t: number, span: number): string {
  const d = new Date(t);
  return span <= 86_400_000
    ? d.toLocaleTimeString(currentLocale(), { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleString(currentLocale(), {
        month: 'numeric',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
}

function lastFinite(values: number[]): number | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (Number.isFinite(values[i])) return values[i];
  return undefined;
}

export class PveGpuLineChart extends LitElement {
  static properties = {
    heading: { type: String },
    series: { attribute: false },
    max: { type: Number },
    format: { attribute: false },
    end: { type: Number },
    span: { type: Number },
    hover: { state: true },
    hiddenSeries: { state: true },
  };

  heading = '';
  series: ChartSeries[] = [];
  max = 100;
  /** time (ms) of the right edge and the width of the window, for the axis and the read-out */
  end = 0;
  span = 0;
  /** bucket index under the pointer or keyboard cursor, -1 when none */
  hover = -1;
  /** labels of the series the user switched off in the legend */
  hiddenSeries: ReadonlySet<string> = new Set();
  format: (v: number | undefined) => string = (v) => (v === undefined ? '–' : formatPercent(v, 0));

  static styles = [
    base,
    css`
      :host {
        border: 1px solid var(--pvegpu-border);
        border-radius: 3px;
        padding: 6px 8px 4px;
        background: var(--pvegpu-bg, #fff);
        min-width: 0;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 2px 8px;
        font-weight: 600;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 6px;
        font-size: 11px;
        font-weight: normal;
      }
      /* A series switch reads as a legend entry, not as a pressed button: the base style's
         pressed colours (text in the panel colour) would hide its label. */
      .legend button,
      .legend button[aria-pressed='true'] {
        border: none;
        background: none;
        color: inherit;
        padding: 0 2px;
        font-size: 11px;
      }
      .legend button[aria-pressed='false'] {
        color: var(--pvegpu-muted);
        text-decoration: line-through;
      }
      .swatch {
        display: inline-block;
        width: 9px;
        height: 9px;
        margin-right: 3px;
        border-radius: 2px;
      }
      .plot {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        column-gap: 4px;
        margin-top: 4px;
      }
      .y {
        display: flex;
        flex-direction: column;
        justify-content: space-between;
        text-align: right;
        font-size: 10px;
        line-height: 10px;
        color: var(--pvegpu-muted);
        height: 80px;
      }
      .x {
        grid-column: 2;
        display: flex;
        justify-content: space-between;
        font-size: 10px;
        color: var(--pvegpu-muted);
      }
      svg {
        display: block;
        width: 100%;
        height: 80px;
      }
      .grid {
        stroke: var(--pvegpu-grid);
        stroke-width: 1;
        vector-effect: non-scaling-stroke;
      }
      path {
        vector-effect: non-scaling-stroke;
      }
      .wrap {
        position: relative;
        min-width: 0;
      }
      .tip {
        position: absolute;
        top: 0;
        padding: 2px 6px;
        font-size: 11px;
        white-space: nowrap;
        pointer-events: none;
        background: var(--pvegpu-bg, #fff);
        border: 1px solid var(--pvegpu-border-strong);
        border-radius: 3px;
        z-index: 1;
      }
      .cursor {
        stroke: var(--pvegpu-text, #000);
        stroke-opacity: 0.6;
        vector-effect: non-scaling-stroke;
      }
    `,
  ];

  private get buckets(): number {
    return this.series[0]?.values.length ?? 0;
  }

  private onMove = (e: MouseEvent) => {
    const n = this.buckets;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    if (n < 2 || box.width <= 0) return;
    this.hover = Math.max(0, Math.min(n - 1, Math.round(((e.clientX - box.left) / box.width) * (n - 1))));
  };

  /** Arrow keys walk the cursor through the buckets, Home/End jump, Escape leaves. */
  private onKey = (e: KeyboardEvent) => {
    const n = this.buckets;
    if (n < 2) return;
    const at = this.hover < 0 ? n - 1 : this.hover;
    const step = e.shiftKey ? 10 : 1;
    let next: number | undefined;
    if (e.key === 'ArrowLeft') next = Math.max(0, at - (this.hover < 0 ? 0 : step));
    else if (e.key === 'ArrowRight') next = Math.min(n - 1, at + (this.hover < 0 ? 0 : step));
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape') next = -1;
    if (next === undefined) return;
    e.preventDefault();
    this.hover = next;
  };

  private toggle(label: string) {
    const next = new Set(this.hiddenSeries);
    if (next.has(label)) next.delete(label);
    else next.add(label);
    this.hiddenSeries = next;
  }

  /** Start time of bucket i's middle, ms. */
  private timeAt(i: number): number | undefined {
    const n = this.buckets;
    return this.span > 0 && n > 0 ? this.end - this.span + ((i + 0.5) * this.span) / n : undefined;
  }

  render() {
    const max = this.max > 0 ? this.max : 100;
    const n = this.buckets;
    const shown = this.series.filter((s) => !this.hiddenSeries.has(s.label));
    const hx = this.hover >= 0 && n > 1 ? (this.hover / (n - 1)) * W : undefined;
    let tip: unknown = '';
    if (hx !== undefined) {
      const t = this.timeAt(this.hover);
      const left = (hx / W) * 100;
      tip = html`<div class="tip" style=${left > 50 ? `right:${100 - left}%` : `left:${left}%`}>
        ${t === undefined ? '' : html`<span class="tip-time">${new Date(t).toLocaleString(currentLocale())}</span><br />`}
        ${shown.map((s) => html`<span>${s.label}: <b>${this.format(Number.isFinite(s.values[this.hover]) ? s.values[this.hover] : undefined)}</b></span> `)}
      </div>`;
    }
    const latest = this.series
      .map((s) => `${t('label.value', { label: s.label })} ${this.format(lastFinite(s.values))}`)
      .join(t('list.separator'));
    return html`<div class="head">
        <span>${this.heading}</span>
        <span class="legend">
          ${this.series.map(
            (s) =>
              html`<button
                aria-pressed=${this.hiddenSeries.has(s.label) ? 'false' : 'true'}
                @click=${() => this.toggle(s.label)}
              ><span class="swatch" style="background:${s.color}"></span>${s.label}:
                <b>${this.format(lastFinite(s.values))}</b></button>`,
          )}
        </span>
      </div>
      <div class="plot">
        <div class="y" aria-hidden="true">
          <span>${this.format(max)}</span><span>${this.format(max / 2)}</span><span>${this.format(0)}</span>
        </div>
        <div
          class="wrap"
          tabindex="0"
          role="group"
          aria-label=${`${t('label.value', { label: this.heading })} ${latest}`}
          @mousemove=${this.onMove}
          @mouseleave=${() => {
            this.hover = -1;
          }}
          @keydown=${this.onKey}
          @blur=${() => {
            this.hover = -1;
          }}
        >
          <svg viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" aria-hidden="true">
            ${[0.25, 0.5, 0.75].map((f) => svg`<line class="grid" x1="0" x2=${W} y1=${H * f} y2=${H * f}></line>`)}
            ${shown.map((s) =>
              s.fill
                ? svg`<path d=${pathOf(s.values, max, true)} fill=${s.color} fill-opacity="0.35" stroke="none"></path>
                      <path d=${pathOf(s.values, max, false)} fill="none" stroke=${s.color} stroke-width="1.5" stroke-linecap="round"></path>`
                : svg`<path d=${pathOf(s.values, max, false)} fill="none" stroke=${s.color} stroke-width="1.5" stroke-linecap="round"></path>`,
            )}
            ${hx === undefined ? '' : svg`<line class="cursor" x1=${hx} x2=${hx} y1="0" y2=${H}></line>`}
          </svg>
          <div role="status" aria-live="polite">${tip}</div>
        </div>
        <div class="x" aria-hidden="true">
          ${
            this.span > 0
              ? [0, 0.5, 1].map(
                  (f) => html`<span>${axisTime(this.end - this.span * (1 - f), this.span)}</span>`,
                )
              : ''
          }
        </div>
      </div>`;
  }
}

if (!customElements.get('pvegpu-line-chart')) customElements.define('pvegpu-line-chart', PveGpuLineChart);
