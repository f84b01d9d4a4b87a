// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /metrics: Prometheus text (metrics.ts renders it). Sys.Audit on the node is checked by the
// auth layer; per-container series only for containers the caller may audit.
import { renderMetrics } from '../metrics.ts';
import type { RequestContext, Service } from '../service.ts';
import { currentOrNone } from './container.ts';
import { containersInSample } from './node.ts';

export async function metrics(ctx: RequestContext, svc: Service): Promise<void> {
  // Asked of the collector when no samples are pushed (a scrape every 15–60 s keeps none warm):
  // the series are this second's, never those of the last time something listened.
  const snap = await currentOrNone(svc);
  const visible = await svc.gate.visibleVmids(ctx, containersInSample(snap));
  const text = renderMetrics(snap, svc.node, (v) => visible.has(v), {
    openStreams: svc.streams.openCount,
    loopDelay: svc.loopDelay(),
    requests: svc.requests(),
    exporters: svc.exporterStats(),
  });
  ctx.res.writeHead(200, {
    'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  ctx.res.end(text);
}
