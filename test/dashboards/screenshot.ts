// SPDX-License-Identifier: AGPL-3.0-or-later
// `npm run dashboards:screenshot`: docs/screenshots/grafana-influxdb.png, how
// docs/dashboards/grafana-influxdb.json looks. Grafana is not packaged in Debian, so this
// renders the dashboard itself: an hour of synthetic GPU load of two nodes goes through the real
// exporter into Debian's real influxd (UDP, as PVE's default), each panel's own InfluxQL query
// (with Grafana's $timeFilter, $__interval and $node filled in as Grafana would) is run against
// it, and the answers are drawn as line charts in Debian's Chromium. Not a test: run it by hand
// when the dashboard changes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UsageSource } from '../../api-shim/src/api/sources.ts';
import type { GpuInfo, UsageSnapshot } from '../../api-shim/src/api/types.ts';
import { HostRoot } from '../../api-shim/src/host/host-root.ts';
import { MetricExporter } from '../../api-shim/src/serve/export/exporter.ts';
import { silentLogger } from '../../api-shim/src/serve/log.ts';
import { launchChromium } from '../support/browser.ts';
import { startInfluxd } from '../support/real-servers.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wave = (t: number, period: number, lo: number, hi: number, phase = 0) =>
  lo + ((hi - lo) * (1 + Math.sin((2 * Math.PI * t) / period + phase))) / 2;

/** Node pve1: an Arc A380 (Jellyfin transcodes, Frigate detects) and an RTX 3060 (Ollama); pve2: an iGPU (Plex). */
function snapshot(node: string, time: number): UsageSnapshot {
  const s = time / 1000;
  const gpu = (id: string, name: string, driver: string) => ({
    id,
    pci: id,
    vendor: (driver === 'nvidia' ? 'nvidia' : 'intel') as GpuInfo['vendor'],
    vendorId: '8086',
    deviceId: '0',
    name,
    driver,
    card: 'card0',
    render: 'renderD128',
    byPath: [],
  });
  const classes = {
    render: 'render',
    video: 'video',
    'video-enhance': 'video-enhance',
    compute: 'compute',
    copy: 'copy',
  } as const;
  if (node === 'pve1') {
    const jf = {
      video: wave(s, 900, 5, 60),
      'video-enhance': wave(s, 900, 2, 25),
      render: wave(s, 300, 0, 8),
    };
    const fr = { video: wave(s, 120, 8, 14, 1), compute: wave(s, 60, 10, 30) };
    const ol = { compute: Math.max(0, wave(s, 1800, -40, 95, 2)) };
    return {
      time,
      node,
      gpus: [
        gpu('0000:03:00.0', 'Intel Arc A380', 'i915'),
        gpu('0000:01:00.0', 'NVIDIA GeForce RTX 3060', 'nvidia'),
      ],
      samples: [
        {
          gpu: '0000:03:00.0',
          status: { state: 'ok' },
          engineClasses: { ...classes },
          engines: {
            video: jf.video + fr.video,
            'video-enhance': jf['video-enhance'],
            render: jf.render,
            compute: fr.compute,
            copy: 1,
          },
          powerWatts: 12 + jf.video / 5,
          freqMHz: 2000,
        },
        {
          gpu: '0000:01:00.0',
          status: { state: 'ok' },
          engineClasses: { ...classes },
          engines: { compute: ol.compute, copy: ol.compute / 10 },
          powerWatts: 20 + ol.compute * 1.3,
          freqMHz: 1800,
        },
      ],
      owners: [
        { owner: '101', gpu: '0000:03:00.0', engines: jf, memoryBytes: 600 * 2 ** 20, processes: 2 },
        { owner: '103', gpu: '0000:03:00.0', engines: fr, memoryBytes: 300 * 2 ** 20, processes: 1 },
        {
          owner: '102',
          gpu: '0000:01:00.0',
          engines: ol,
          memoryBytes: (ol.compute > 1 ? 7 : 0.5) * 2 ** 30,
          processes: 1,
        },
      ],
      processes: [],
      collectors: {},
    };
  }
  const px = { video: wave(s, 600, 10, 45, 3), render: wave(s, 600, 1, 6) };
  return {
    time,
    node,
    gpus: [gpu('0000:00:02.0', 'Intel UHD Graphics 770', 'i915')],
    samples: [
      {
        gpu: '0000:00:02.0',
        status: { state: 'ok' },
        engineClasses: { ...classes },
        engines: { ...px, copy: 0.5 },
        powerWatts: 4 + px.video / 10,
      },
    ],
    owners: [{ owner: '201', gpu: '0000:00:02.0', engines: px, memoryBytes: 200 * 2 ** 20, processes: 1 }],
    processes: [],
    collectors: {},
  };
}

type Panel = {
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  fieldConfig: { defaults: { unit: string } };
  targets: Array<{ query: string; alias: string }>;
};
type Series = {
  name: string;
  tags?: Record<string, string>;
  columns: string[];
  values: Array<[string, ...Array<number | null>]>;
};

async function main(): Promise<void> {
  const influx = await startInfluxd({ udpDatabase: 'proxmox', user: 'pve', password: 'screenshot' });
  const roots: string[] = [];
  try {
    const end = Math.floor(Date.now() / 1000) * 1000;
    for (const node of ['pve1', 'pve2']) {
      const root = mkdtempSync(path.join(os.tmpdir(), 'pgt-dash-'));
      roots.push(root);
      mkdirSync(path.join(root, 'etc/pve/lxc'), { recursive: true });
      const names: Record<string, string> = {
        '101': 'jellyfin',
        '102': 'ollama',
        '103': 'frigate',
        '201': 'plex',
      };
      for (const [vmid, name] of Object.entries(names))
        writeFileSync(path.join(root, `etc/pve/lxc/${vmid}.conf`), `hostname: ${name}\n`);
      writeFileSync(
        path.join(root, 'etc/pve/status.cfg'),
        `influxdb: influx\n\tserver 127.0.0.1\n\tport ${influx.udpPort}\n`,
      );
      const listeners = new Set<(s: UsageSnapshot) => void>();
      const usage: UsageSource = {
        latest: () => undefined,
        onSample: (l) => {
          listeners.add(l);
          return () => listeners.delete(l);
        },
        history: () => ({ vmid: '', timeframe: 'hour', cf: 'AVERAGE', step: 60, series: [] }),
        nodeHistory: () => ({ timeframe: 'hour', cf: 'AVERAGE', step: 60, series: [] }),
      };
      const exporter = new MetricExporter({
        host: new HostRoot(root),
        node,
        usage,
        logger: silentLogger,
        intervalMs: 3_600_000,
      });
      exporter.start();
      // One hour at 1 Hz, a 10 s interval at a time, as the service would have sent it.
      for (let t = end - 3600_000; t <= end; t += 1000) {
        const snap = snapshot(node, t);
        for (const l of listeners) l(snap);
        if ((t / 1000) % 10 === 0) {
          await exporter.tick();
          await exporter.drained();
          await new Promise((r) => setTimeout(r, 15)); // influxd's UDP socket buffer is small
        }
      }
      exporter.close();
    }
    await new Promise((r) => setTimeout(r, 1500));
    const dashboard = JSON.parse(
      readFileSync(path.join(repo, 'docs/dashboards/grafana-influxdb.json'), 'utf8'),
    ) as { title: string; panels: Panel[] };
    const rendered: Array<{
      panel: Panel;
      lines: Array<{ label: string; points: Array<[number, number]> }>;
    }> = [];
    for (const panel of dashboard.panels) {
      const lines: Array<{ label: string; points: Array<[number, number]> }> = [];
      for (const target of panel.targets) {
        const q = target.query
          .replaceAll('$timeFilter', `time > ${end - 3600_000}ms AND time <= ${end}ms`)
          .replaceAll('$__interval', '1m')
          .replaceAll('/^$node$/', '/^(pve1|pve2)$/');
        const r = (await influx.query(q, 'proxmox')) as { results: Array<{ series?: Series[] }> };
        for (const s of r.results[0].series ?? []) {
          for (let c = 1; c < s.columns.length; c++) {
            const label = target.alias
              .replace(/\$tag_(\w+)/g, (_, k) => s.tags?.[k] ?? '')
              .replace('$col', s.columns[c])
              .replace(/\s+/g, ' ')
              .trim();
            const points = s.values
              .filter((v) => v[c] !== null)
              .map((v) => [Date.parse(v[0]), v[c] as number] as [number, number]);
            if (points.length) lines.push({ label, points });
          }
        }
      }
      rendered.push({ panel, lines });
    }
    const html = page(dashboard.title, rendered, end);
    const browser = await launchChromium();
    const p = await browser.newPage({ viewport: { width: 1600, height: 1010 } });
    await p.setContent(html);
    const out = path.join(repo, 'docs/screenshots/grafana-influxdb.png');
    await p.screenshot({ path: out });
    await browser.close();
    process.stdout.write(
      `${out}: ${rendered.map((r) => `${r.panel.title} (${r.lines.length} series)`).join('; ')}\n`,
    );
  } finally {
    await influx.stop();
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  }
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

function page(
  title: string,
  panels: Array<{ panel: Panel; lines: Array<{ label: string; points: Array<[number, number]> }> }>,
  end: number,
): string {
  const colW = 1600 / 24;
  const rowH = 40;
  const body = panels
    .map(({ panel, lines }) => {
      const { x, y, w, h } = panel.gridPos;
      const W = w * colW - 12;
      const H = h * rowH - 8;
      const plotW = W * (w >= 24 ? 0.62 : 0.5) - 60;
      const plotH = H - 84;
      const unit = panel.fieldConfig.defaults.unit;
      const stacked = /share|memory/i.test(panel.title);
      const times = [...new Set(lines.flatMap((l) => l.points.map((p) => p[0])))].sort((a, b) => a - b);
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
      const sx = (t: number) => 50 + ((t - (end - 3600_000)) / 3600_000) * plotW;
      const sy = (v: number) => 30 + plotH - (v / max) * plotH;
      const grid = [0, 0.25, 0.5, 0.75, 1]
        .map(
          (f) =>
            `<line x1="50" x2="${50 + plotW}" y1="${sy(f * max)}" y2="${sy(f * max)}" stroke="#2c3235"/><text x="44" y="${sy(f * max) + 4}" text-anchor="end">${fmt(f * max, unit)}</text>`,
        )
        .join('');
      const xt = [0, 15, 30, 45, 60]
        .map((m) => {
          const t = end - 3600_000 + m * 60_000;
          const d = new Date(t);
          return `<text x="${sx(t)}" y="${30 + plotH + 16}" text-anchor="middle">${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}</text>`;
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
      void times;
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
  </style></head><body><header>${htmlText(title)}<small>Node: All · Last 1 hour · rendered from influxd by test/dashboards/screenshot.ts (not Grafana)</small></header>${body}</body></html>`;
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

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
