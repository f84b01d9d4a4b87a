// SPDX-License-Identifier: AGPL-3.0-or-later
// A small SVG line/area chart: a plugin loaded into every PVE page carries no chart library.
// Values arrive already bucketed (series.ts), so a render is one path string per series.
import { css, html, LitElement, svg } from 'lit';
import { gettext } from '../i18n.ts';
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
  };

  heading = '';
  series: ChartSeries[] = [];
  max = 100;
  /** left end of the time axis, e.g. "1 hour ago" */
  spanLabel = '';
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
      .axis {
        display: flex;
        justify-content: space-between;
        font-size: 10px;
        color: var(--pvegpu-muted);
      }
    `,
  ];

  render() {
    const max = this.max > 0 ? this.max : 100;
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
      <svg viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img" aria-label=${this.heading}>
        ${[0.25, 0.5, 0.75].map((f) => svg`<line class="grid" x1="0" x2=${W} y1=${H * f} y2=${H * f}></line>`)}
        ${this.series.map((s) =>
          s.fill
            ? svg`<path d=${pathOf(s.values, max, true)} fill=${s.color} fill-opacity="0.35" stroke="none"></path>
                  <path d=${pathOf(s.values, max, false)} fill="none" stroke=${s.color} stroke-width="1.5" stroke-linecap="round"></path>`
            : svg`<path d=${pathOf(s.values, max, false)} fill="none" stroke=${s.color} stroke-width="1.5" stroke-linecap="round"></path>`,
        )}
      </svg>
      <div class="axis"><span>${this.spanLabel}</span><span>${gettext('max')} ${this.format(this.max)}</span><span>${gettext('now')}</span></div>`;
  }
}

if (!customElements.get('pvegpu-line-chart')) customElements.define('pvegpu-line-chart', PveGpuLineChart);
