// SPDX-License-Identifier: AGPL-3.0-or-later
// A small SVG line/area chart: a plugin loaded into every PVE page carries no chart library.
// Values arrive already bucketed (series.ts), so a render is one path string per series.
import { css, html, LitElement, svg } from 'lit';
import { t } from '../i18n.ts';
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
    spanLabel: { type: String },
    end: { type: Number },
    span: { type: Number },
    hover: { state: true },
  };

  heading = '';
  series: ChartSeries[] = [];
  max = 100;
  /** left end of the time axis, e.g. "1 hour ago" */
  spanLabel = '';
  /** time (ms) of the right edge and the width of the window, for the hover read-out */
  end = 0;
  span = 0;
  /** bucket index under the pointer, -1 when none */
  hover = -1;
  format: (v: number | undefined) => string = (v) => (v === undefined ? '–' : `${v.toFixed(0)}%`);

  static styles = [
    base,
    css`
      :host {
        border: 1px solid var(--pvegpu-border);
        border-radius: 3px;
        padding: 6px 8px 4px;
        background: var(--pwt-panel-background, #fff);
      }
      .head {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        font-weight: 600;
      }
      .legend {
        display: flex;
        gap: 10px;
        font-size: 11px;
        font-weight: normal;
      }
      .swatch {
        display: inline-block;
        width: 9px;
        height: 9px;
        margin-right: 3px;
        border-radius: 2px;
      }
      svg {
        display: block;
        width: 100%;
        height: 80px;
        margin-top: 4px;
      }
      .grid {
        stroke: var(--pwt-chart-grid-stroke, #dddddd);
        stroke-width: 1;
        vector-effect: non-scaling-stroke;
      }
      path {
        vector-effect: non-scaling-stroke;
      }
      .wrap {
        position: relative;
      }
      .tip {
        position: absolute;
        top: 0;
        padding: 2px 6px;
        font-size: 11px;
        white-space: nowrap;
        pointer-events: none;
        background: var(--pwt-panel-background, #fff);
        border: 1px solid var(--pvegpu-border);
        border-radius: 3px;
      }
      .cursor {
        stroke: var(--pwt-text-color, #000);
        stroke-opacity: 0.5;
        vector-effect: non-scaling-stroke;
      }
      .axis {
        display: flex;
        justify-content: space-between;
        font-size: 10px;
        color: var(--pvegpu-muted);
      }
    `,
  ];

  private onMove = (e: MouseEvent) => {
    const n = this.series[0]?.values.length ?? 0;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    if (n < 2 || box.width <= 0) return;
    this.hover = Math.max(0, Math.min(n - 1, Math.round(((e.clientX - box.left) / box.width) * (n - 1))));
  };

  render() {
    const max = this.max > 0 ? this.max : 100;
    const n = this.series[0]?.values.length ?? 0;
    const hx = this.hover >= 0 && n > 1 ? (this.hover / (n - 1)) * W : undefined;
    let tip: unknown = '';
    if (hx !== undefined) {
      const t = this.span > 0 ? this.end - this.span + ((this.hover + 0.5) * this.span) / n : undefined;
      const left = (hx / W) * 100;
      tip = html`<div class="tip" style=${left > 50 ? `right:${100 - left}%` : `left:${left}%`}>
        ${t === undefined ? '' : html`${new Date(t).toLocaleString()}<br />`}
        ${this.series.map((s) => html`<span>${s.label}: <b>${this.format(Number.isFinite(s.values[this.hover]) ? s.values[this.hover] : undefined)}</b></span> `)}
      </div>`;
    }
    return html`<div class="head">
        <span>${this.heading}</span>
        <span class="legend">
          ${this.series.map(
            (s) =>
              html`<span
                ><span class="swatch" style="background:${s.color}"></span>${s.label}:
                <b>${this.format(lastFinite(s.values))}</b></span
              >`,
          )}
        </span>
      </div>
      <div class="wrap" @mousemove=${this.onMove} @mouseleave=${() => {
        this.hover = -1;
      }}>
      <svg viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img" aria-label=${this.heading}>
        ${[0.25, 0.5, 0.75].map((f) => svg`<line class="grid" x1="0" x2=${W} y1=${H * f} y2=${H * f}></line>`)}
        ${this.series.map((s) =>
          s.fill
            ? svg`<path d=${pathOf(s.values, max, true)} fill=${s.color} fill-opacity="0.35" stroke="none"></path>
                  <path d=${pathOf(s.values, max, false)} fill="none" stroke=${s.color} stroke-width="1.5" stroke-linecap="round"></path>`
            : svg`<path d=${pathOf(s.values, max, false)} fill="none" stroke=${s.color} stroke-width="1.5" stroke-linecap="round"></path>`,
        )}
        ${hx === undefined ? '' : svg`<line class="cursor" x1=${hx} x2=${hx} y1="0" y2=${H}></line>`}
      </svg>
      ${tip}
      </div>
      <div class="axis"><span>${this.spanLabel}</span><span>${t('chart.max', { value: this.format(this.max) })}</span><span>${t('chart.now')}</span></div>`;
  }
}

if (!customElements.get('pvegpu-line-chart')) customElements.define('pvegpu-line-chart', PveGpuLineChart);
