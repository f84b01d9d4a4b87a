// SPDX-License-Identifier: AGPL-3.0-or-later
// docs/dashboards/grafana-prometheus.json from real data: Debian's real prometheus scrapes the
// /metrics of two real shims (pve1, pve2; HTTPS, a PVE API token checked by the mock PVE API, as
// test/integration/prometheus.test.ts and docs/metric-servers.md configure it) every second for a
// minute, and each panel's own PromQL (with Grafana's $node filled in for "All") is run through
// Prometheus's /api/v1/query_range. The synthetic load plays 60 times as fast, so the minute shows
// the same hour of waves as the InfluxDB picture.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { UsageSource } from '../../api-shim/src/api/sources.ts';
import { HostRoot } from '../../api-shim/src/host/host-root.ts';
import { defaultConfig } from '../../api-shim/src/serve/config-file.ts';
import { silentLogger } from '../../api-shim/src/serve/log.ts';
import { type RunningShim, startShim } from '../../api-shim/src/serve/server.ts';
import { FakeHealth, makeCluster, NODE_A, NODE_B } from '../support/mock-pve/fixture.ts';
import { startPrometheus } from '../support/real-servers.ts';
import { type DrawnPanel, drawnPanel, type GrafanaPanel, type Line } from './draw-dashboard.ts';
import { snapshot } from './synthetic-load.ts';

/** Real time scraped, and how much faster than real time the synthetic load runs. */
export const COLLECT_MS = 60_000;
const SPEED = 3_600_000 / COLLECT_MS;
// test/support/mock-pve/fixture.ts: auditor@pve has PVEAuditor on / (sees every container).
const TOKEN = 'auditor@pve!prom=11111111-2222-3333-4444-555555555555';

type RangeAnswer = {
  status: string;
  error?: string;
  data: { result: Array<{ metric: Record<string, string>; values: Array<[number, string]> }> };
};

export async function prometheusPanels(
  dashboardFile: string,
): Promise<{ title: string; panels: DrawnPanel[]; start: number; end: number }> {
  const fx = await makeCluster();
  const shims: RunningShim[] = [];
  let prom: Awaited<ReturnType<typeof startPrometheus>> | undefined;
  try {
    const t0 = Date.now();
    const synthetic = (now: number) => t0 - 3_600_000 + (now - t0) * SPEED;
    for (const [node, root, listen] of [
      [NODE_A, fx.rootA, '127.0.0.1'],
      [NODE_B, fx.rootB, '127.0.0.2'],
    ] as const) {
      const usage: UsageSource = {
        // Every scrape sees the load at its own (sped-up) moment.
        latest: () => ({ ...snapshot(node, synthetic(Date.now())), time: Date.now() }),
        current: async () => ({ ...snapshot(node, synthetic(Date.now())), time: Date.now() }),
        onSample: () => () => {},
        history: () => ({ vmid: '', timeframe: 'hour', cf: 'AVERAGE', step: 60, series: [] }),
        nodeHistory: () => ({ timeframe: 'hour', cf: 'AVERAGE', step: 60, series: [] }),
      };
      shims.push(
        await startShim({
          config: {
            ...defaultConfig(),
            port: 0,
            listen,
            pveApi: fx.pve.url,
            root,
            rateLimitPerMinute: 100_000,
          },
          host: new HostRoot(root),
          node,
          usage,
          health: new FakeHealth(node, []),
          logger: silentLogger,
        }),
      );
    }
    const ca = path.join(fx.dir, 'pve-root-ca.pem');
    writeFileSync(ca, fx.pki.caCert);
    prom = await startPrometheus(`scrape_configs:
  - job_name: pve-gpu
    scheme: https
    tls_config: { ca_file: ${ca} }
    authorization:
      type: PVEAPIToken
      credentials: ${TOKEN}
    static_configs:
      - targets: [${shims.map((s) => `'${new URL(s.url).host}'`).join(', ')}]
`);
    const start = Date.now();
    await new Promise((r) => setTimeout(r, COLLECT_MS));
    const end = Date.now();
    const dashboard = JSON.parse(readFileSync(dashboardFile, 'utf8')) as {
      title: string;
      panels: Array<GrafanaPanel<{ expr: string; legendFormat: string }>>;
    };
    const rendered: DrawnPanel[] = [];
    for (const panel of dashboard.panels) {
      const lines: Line[] = [];
      for (const target of panel.targets) {
        // Grafana writes a multi-value variable set to "All" into a regex as (a|b).
        const query = target.expr.replaceAll('$node', `(${NODE_A}|${NODE_B})`);
        const params = new URLSearchParams({
          query,
          start: String(start / 1000),
          end: String(end / 1000),
          step: '1',
        });
        const r = (await (await fetch(`${prom.url}/api/v1/query_range?${params}`)).json()) as RangeAnswer;
        if (r.status !== 'success') throw new Error(`${query}: ${r.error}\n${prom.output()}`);
        for (const s of r.data.result) {
          const label = target.legendFormat
            .replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k) => s.metric[k] ?? '')
            .replace(/\s+/g, ' ')
            .trim();
          const points = s.values.map(([t, v]) => [t * 1000, Number(v)] as [number, number]);
          if (points.length) lines.push({ label, points });
        }
      }
      rendered.push(drawnPanel(panel, lines));
    }
    return { title: dashboard.title, panels: rendered, start, end };
  } finally {
    await prom?.stop();
    for (const s of shims) await s.close();
    await fx.cleanup();
  }
}
