// SPDX-License-Identifier: AGPL-3.0-or-later
// docs/dashboards/grafana-influxdb.json from real data: an hour of the synthetic load of two nodes
// goes through the real exporter into Debian's real influxd (UDP, as PVE's default), and each
// panel's own InfluxQL query (with Grafana's $timeFilter, $__interval and $node filled in as
// Grafana would) is run against it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { UsageSource } from '../../api-shim/src/api/sources.ts';
import type { UsageSnapshot } from '../../api-shim/src/api/types.ts';
import { HostRoot } from '../../api-shim/src/host/host-root.ts';
import { MetricExporter } from '../../api-shim/src/serve/export/exporter.ts';
import { silentLogger } from '../../api-shim/src/serve/log.ts';
import { startInfluxd } from '../support/real-servers.ts';
import { type DrawnPanel, drawnPanel, type GrafanaPanel, type Line } from './draw-dashboard.ts';
import { snapshot } from './synthetic-load.ts';

type Series = {
  name: string;
  tags?: Record<string, string>;
  columns: string[];
  values: Array<[string, ...Array<number | null>]>;
};

export async function influxdbPanels(
  dashboardFile: string,
  end: number,
): Promise<{ title: string; panels: DrawnPanel[] }> {
  const influx = await startInfluxd({ udpDatabase: 'proxmox', user: 'pve', password: 'screenshot' });
  const roots: string[] = [];
  try {
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
        current: async () => undefined,
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
      await exporter.start(); // status.cfg read: it subscribes to samples once it has a server
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
    const dashboard = JSON.parse(readFileSync(dashboardFile, 'utf8')) as {
      title: string;
      panels: Array<GrafanaPanel<{ query: string; alias: string }>>;
    };
    const rendered: DrawnPanel[] = [];
    for (const panel of dashboard.panels) {
      const lines: Line[] = [];
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
      rendered.push(drawnPanel(panel, lines));
    }
    return { title: dashboard.title, panels: rendered };
  } finally {
    await influx.stop();
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  }
}
