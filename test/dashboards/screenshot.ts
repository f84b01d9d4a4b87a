// SPDX-License-Identifier: AGPL-3.0-or-later
// `npm run dashboards:screenshot [influxdb|prometheus]`: docs/screenshots/grafana-influxdb.png and
// grafana-prometheus.png, how the dashboards of docs/dashboards look. Grafana is not packaged in
// Debian, so this renders each dashboard itself: the synthetic load (synthetic-load.ts) goes into
// the real database (influxdb-panels.ts: influxd; prometheus-panels.ts: prometheus scraping the
// shim), each panel's own query is run against it, and the answers are drawn as line charts in
// Debian's Chromium (draw-dashboard.ts). Not a test: run it by hand when a dashboard changes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/browser.ts';
import { type DrawnPanel, dashboardPage } from './draw-dashboard.ts';
import { influxdbPanels } from './influxdb-panels.ts';
import { prometheusPanels } from './prometheus-panels.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function shoot(name: string, html: string, panels: DrawnPanel[]): Promise<void> {
  const browser = await launchChromium();
  try {
    const p = await browser.newPage({ viewport: { width: 1600, height: 1010 } });
    await p.setContent(html);
    const out = path.join(repo, `docs/screenshots/${name}.png`);
    await p.screenshot({ path: out });
    process.stdout.write(
      `${out}: ${panels.map((r) => `${r.title} (${r.lines.length} series)`).join('; ')}\n`,
    );
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const only = process.argv[2];
  // Both at once: the Prometheus one mostly waits for a minute of scrapes.
  await Promise.all([
    (!only || only === 'influxdb') &&
      (async () => {
        const end = Math.floor(Date.now() / 1000) * 1000;
        const d = await influxdbPanels(path.join(repo, 'docs/dashboards/grafana-influxdb.json'), end);
        const note =
          'Node: All · Last 1 hour · rendered from influxd by test/dashboards/screenshot.ts (not Grafana)';
        await shoot(
          'grafana-influxdb',
          dashboardPage(d.title, note, d.panels, end - 3_600_000, end),
          d.panels,
        );
      })(),
    (!only || only === 'prometheus') &&
      (async () => {
        const d = await prometheusPanels(path.join(repo, 'docs/dashboards/grafana-prometheus.json'));
        const note =
          'Node: All · 1 minute of scrapes (the synthetic hour at 60× speed) · rendered from prometheus by test/dashboards/screenshot.ts (not Grafana)';
        await shoot('grafana-prometheus', dashboardPage(d.title, note, d.panels, d.start, d.end), d.panels);
      })(),
  ]);
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
