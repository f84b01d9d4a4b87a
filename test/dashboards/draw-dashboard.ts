// SPDX-License-Identifier: AGPL-3.0-or-later
// Draws a Grafana dashboard's panels, given the series its queries answered, as an HTML page in
// Grafana's layout (24-column grid, dark theme, legend table with mean and max) for Chromium to
// screenshot (screenshot.ts). Only what the two dashboards in docs/dashboards use.

export interface Line {
  label: string;
  points: Array<[number, number]>;
}
export interface DrawnPanel {
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  unit: string;
  /** fieldConfig.defaults.custom.stacking.mode is "normal": areas stacked on each other. */
  stacked: boolean;
  lines: Line[];
}

/** The dashboard JSON fields the drawing reads (both dashboards share them). */
export interface GrafanaPanel<Target> {
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  fieldConfig: { defaults: { unit: string; custom?: { stacking?: { mode: string } } } };
  targets: Target[];
}

export function drawnPanel<T>(panel: GrafanaPanel<T>, lines: Line[]): DrawnPanel {
  const d = panel.fieldConfig.defaults;
  return {
    title: panel.title,
    gridPos: panel.gridPos,
    unit: d.unit,
    stacked: d.custom?.stacking?.mode === 'normal',
    lines,
  };
}

const COLORS = [
  '#73bf69',
  '#f2cc0c',
  '#8ab8ff',
  '#ff780a',
  '#f2495c',
  '#5794f2',
  '#b877d9',
  '#fade2a',
  '#37872d',
  '#c4162a',
  '#1f60c4',
  '#8f3bb8',
];

function fmt(v: number, unit: string): string {
  if (unit === 'bytes')
    return v >= 2 ** 30 ? `${(v / 2 ** 30).toFixed(1)} GiB` : `${(v / 2 ** 20).toFixed(0)} MiB`;
  if (unit === 'percent') return `${v.toFixed(0)}%`;
  if (unit === 'watt') return `${v.toFixed(0)} W`;
  return v.toFixed(0);
}

/** The page: `title` and `note` in the header, the x axis from `start` to `end` (ms). */
export function dashboardPage(
  title: string,
  note: string,
  panels: DrawnPanel[],
  start: number,
  end: number,
): string {
  const span = end - start;
  const colW = 1600 / 24;
  const rowH = 40;
  const body = panels
    .map((panel) => {
      const { lines } = panel;
      const { x, y, w, h } = panel.gridPos;
      const W = w * colW - 12;
      const H = h * rowH - 8;
      const plotW = W * (w >= 24 ? 0.62 : 0.5) - 60;
      const plotH = H - 84;
      const unit = panel.unit;
      const stacked = panel.stacked;
      const base = new Map<number, number>();
      const shapes = lines.map((l, i) => {
        const pts = l.points.map(([t, v]) => {
          const b = stacked ? (base.get(t) ?? 0) : 0;
          if (stacked) base.set(t, b + v);
          return [t, b + v, b] as const;
        });
        return { l, pts, color: COLORS[i % COLORS.length] };
      });
      const max = nice(
        Math.max(unit === 'percent' ? 100 : 1, ...shapes.flatMap((s) => s.pts.map((p) => p[1]))),
      );
      const sx = (t: number) => 50 + ((t - start) / span) * plotW;
      const sy = (v: number) => 30 + plotH - (v / max) * plotH;
      const grid = [0, 0.25, 0.5, 0.75, 1]
        .map(
          (f) =>
            `<line x1="50" x2="${50 + plotW}" y1="${sy(f * max)}" y2="${sy(f * max)}" stroke="#2c3235"/><text x="44" y="${sy(f * max) + 4}" text-anchor="end">${fmt(f * max, unit)}</text>`,
        )
        .join('');
      const xt = [0, 0.25, 0.5, 0.75, 1]
        .map((f) => {
          const t = start + f * span;
          // HH:MM as Grafana labels an hour; HH:MM:SS for a window of minutes.
          const clock = new Date(t).toISOString().slice(11, span > 3_600_000 - 1 ? 16 : 19);
          return `<text x="${sx(t)}" y="${30 + plotH + 16}" text-anchor="middle">${clock}</text>`;
        })
        .join('');
      const paths = shapes
        .map(({ pts, color }) => {
          const line = pts.map((p) => `${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`).join(' ');
          if (!stacked)
            return `<polyline fill="none" stroke="${color}" stroke-width="1.5" points="${line}"/>`;
          const lower = [...pts]
            .reverse()
            .map((p) => `${sx(p[0]).toFixed(1)},${sy(p[2]).toFixed(1)}`)
            .join(' ');
          return `<polygon fill="${color}" fill-opacity="0.3" stroke="none" points="${line} ${lower}"/><polyline fill="none" stroke="${color}" stroke-width="1.5" points="${line}"/>`;
        })
        .join('');
      const legend = shapes
        .map(({ l, color }) => {
          const vals = l.points.map((p) => p[1]);
          const mean = vals.reduce((a, b) => a + b, 0) / vals.length;
          return `<tr><td><span style="background:${color}"></span>${htmlText(l.label)}</td><td>${fmt(mean, unit)}</td><td>${fmt(Math.max(...vals), unit)}</td></tr>`;
        })
        .join('');
      return `<div class="panel" style="left:${x * colW + 6}px;top:${y * rowH + 52}px;width:${W}px;height:${H}px">
        <h2>${htmlText(panel.title)}</h2>
        <div class="row"><svg width="${plotW + 76}" height="${plotH + 50}">${grid}${xt}${paths}</svg>
        <table class="legend"><tr><th></th><th>Mean</th><th>Max</th></tr>${legend}</table></div></div>`;
    })
    .join('');
  return `<!doctype html><html><head><style>
    body{margin:0;background:#111217;color:#ccccdc;font:12px Inter,"DejaVu Sans",sans-serif;width:1600px;height:1010px;position:relative}
    header{height:44px;display:flex;align-items:center;padding:0 14px;font-size:16px;border-bottom:1px solid #2c3235}
    header small{margin-left:16px;color:#8e8e8e;font-size:12px}
    .panel{position:absolute;display:flex;flex-direction:column;background:#181b1f;border:1px solid #2c3235;border-radius:2px;overflow:hidden}
    h2{font-size:13px;font-weight:500;margin:6px 10px}
    svg{flex:none} svg text{fill:#8e8e8e;font-size:10px} .row{display:flex;gap:8px;min-width:0}
    .legend{flex:1 1 auto;align-self:flex-start;min-width:0;font-size:11px;border-collapse:collapse;margin-top:6px;table-layout:fixed}
    .legend td,.legend th{padding:1px 6px;text-align:right;color:#ccccdc;font-weight:400;white-space:nowrap}
    .legend td:first-child,.legend th:first-child{text-align:left;overflow:hidden;text-overflow:ellipsis;width:70%}
    .legend span{display:inline-block;width:12px;height:3px;margin-right:6px;vertical-align:middle}
  </style></head><body><header>${htmlText(title)}<small>${htmlText(note)}</small></header>${body}</body></html>`;
}

/** A round axis maximum: 1, 2, 2.5, 5 times a power of ten (MiB for bytes). */
function nice(v: number): number {
  const unitSize = v > 2 ** 20 ? 2 ** 30 / 8 : 1;
  const x = v / unitSize;
  const p = 10 ** Math.floor(Math.log10(x));
  const m = [1, 2, 2.5, 5, 10].find((k) => k * p >= x) ?? 10;
  return m * p * unitSize;
}

function htmlText(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
}
