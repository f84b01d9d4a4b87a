// SPDX-License-Identifier: AGPL-3.0-or-later
// /metrics in the Prometheus text exposition format (version 0.0.4): per-GPU and per-container
// series, vmid as a label, and NVIDIA MIG instances (metrics-mig.ts). Pure: the caller decides
// which containers the scraper may see.
import type { UsageSnapshot } from '../api/types.ts';
import type { SenderStats } from './export/transport.ts';
import { addMigSeries, migFamilies } from './metrics-mig.ts';
import { Family } from './prom-family.ts';
import { staleGpus } from './stale-figures.ts';

export interface ServiceStats {
  openStreams: number;
  requests: number;
  /** Event-loop delay percentiles since start, seconds (how late the daemon answers). */
  loopDelay?: { p50: number; p99: number; max: number };
  /** The metric servers of /etc/pve/status.cfg this node pushes to (export/exporter.ts). */
  exporters?: SenderStats[];
}

function seconds(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : Math.round(ms / 100) / 10;
}

export function renderMetrics(
  snapshot: UsageSnapshot | undefined,
  node: string,
  mayShow: (vmid: string) => boolean,
  stats: ServiceStats,
): string {
  const f = {
    info: new Family('pve_gpu_info', 'gauge', 'GPU inventory; always 1.'),
    engine: new Family('pve_gpu_engine_busy_percent', 'gauge', 'Busy percent of a GPU engine, all clients.'),
    freq: new Family('pve_gpu_frequency_mhz', 'gauge', 'Current GPU frequency.'),
    power: new Family('pve_gpu_power_watts', 'gauge', 'GPU power draw.'),
    temp: new Family('pve_gpu_temperature_celsius', 'gauge', 'GPU temperature.'),
    memUsed: new Family('pve_gpu_memory_used_bytes', 'gauge', 'GPU memory in use.'),
    memTotal: new Family('pve_gpu_memory_total_bytes', 'gauge', 'GPU memory size.'),
    up: new Family('pve_gpu_collector_up', 'gauge', '1 when the GPU or collector reports state ok.'),
    staleAge: new Family(
      'pve_gpu_collector_stale_seconds',
      'gauge',
      'Age of the last good reading of a stale GPU or collector; its figures are left out meanwhile.',
    ),
    discovery: new Family(
      'pve_gpu_client_discovery_info',
      'gauge',
      "How a GPU's client processes are found (debugfs: the kernel's DRM client list; nvidia-smi: an NVIDIA GPU's process rows; walk: every fd table) and why the walk; always 1.",
    ),
    ctEngine: new Family(
      'pve_gpu_container_engine_busy_percent',
      'gauge',
      "Busy percent of a GPU engine due to a container's processes.",
    ),
    ctMem: new Family(
      'pve_gpu_container_memory_bytes',
      'gauge',
      "GPU memory held by a container's processes.",
    ),
    ctProcs: new Family('pve_gpu_container_processes', 'gauge', 'Processes of a container using a GPU.'),
    ...migFamilies(),
    sampleTime: new Family('pve_gpu_sample_timestamp_seconds', 'gauge', 'Time of the latest sample.'),
    streams: new Family('pve_gpu_tab_open_streams', 'gauge', 'Open live streams.'),
    requests: new Family('pve_gpu_tab_requests_total', 'counter', 'HTTP requests served.'),
    loop: new Family(
      'pve_gpu_tab_event_loop_delay_seconds',
      'gauge',
      'Event-loop delay of the daemon since start.',
    ),
    exportBytes: new Family(
      'pve_gpu_tab_export_sent_bytes_total',
      'counter',
      'Bytes sent to a metric server of /etc/pve/status.cfg.',
    ),
    exportBatches: new Family(
      'pve_gpu_tab_export_sent_batches_total',
      'counter',
      'Datagrams or requests sent to a metric server.',
    ),
    exportDropped: new Family(
      'pve_gpu_tab_export_dropped_batches_total',
      'counter',
      'Batches dropped because the metric server failed or fell behind.',
    ),
    exportFailures: new Family(
      'pve_gpu_tab_export_failures_total',
      'counter',
      'Failed deliveries to a metric server.',
    ),
    exportUp: new Family(
      'pve_gpu_tab_export_up',
      'gauge',
      '1 when the last delivery to the metric server succeeded.',
    ),
  };
  if (snapshot) {
    f.sampleTime.add({ node }, snapshot.time / 1000);
    for (const [collector, status] of Object.entries(snapshot.collectors)) {
      f.up.add({ node, collector, state: status.state }, status.state === 'ok' ? 1 : 0);
      if (status.state === 'stale') f.staleAge.add({ node, collector }, seconds(status.ageMs));
    }
    // Old figures would be stamped with the scrape's time: left out (stale-figures.ts).
    const old = staleGpus(snapshot);
    for (const g of snapshot.gpus) {
      f.info.add(
        {
          node,
          gpu: g.id,
          vendor: g.vendor,
          driver: g.driver,
          name: g.name,
          ...(g.driverVersion ? { driver_version: g.driverVersion } : {}),
        },
        1,
      );
    }
    for (const s of snapshot.samples) {
      const base = { node, gpu: s.gpu };
      f.up.add({ ...base, collector: 'gpu', state: s.status.state }, s.status.state === 'ok' ? 1 : 0);
      if (s.status.state === 'stale') f.staleAge.add({ ...base, collector: 'gpu' }, seconds(s.status.ageMs));
      if (s.discovery)
        f.discovery.add({ ...base, via: s.discovery.via, because: s.discovery.because ?? '' }, 1);
      f.memTotal.add(base, s.memoryTotalBytes);
      if (old.has(s.gpu)) continue;
      for (const [engine, pct] of Object.entries(s.engines)) {
        f.engine.add({ ...base, engine, class: s.engineClasses[engine] ?? 'other' }, pct);
      }
      f.freq.add(base, s.freqMHz);
      f.power.add(base, s.powerWatts);
      f.temp.add(base, s.temperatureC);
      f.memUsed.add(base, s.memoryUsedBytes);
    }
    for (const o of snapshot.owners) {
      if (o.owner !== 'host' && !mayShow(o.owner)) continue;
      if (old.has(o.gpu)) continue;
      const base = { node, gpu: o.gpu, vmid: o.owner };
      for (const [engine, pct] of Object.entries(o.engines)) f.ctEngine.add({ ...base, engine }, pct);
      f.ctMem.add(base, o.memoryBytes);
      f.ctProcs.add(base, o.processes);
    }
    addMigSeries(f, snapshot, node, old, mayShow);
  }
  f.streams.add({ node }, stats.openStreams);
  f.requests.add({ node }, stats.requests);
  if (stats.loopDelay) {
    f.loop.add({ node, quantile: '0.5' }, stats.loopDelay.p50);
    f.loop.add({ node, quantile: '0.99' }, stats.loopDelay.p99);
    f.loop.add({ node, quantile: '1' }, stats.loopDelay.max);
  }
  for (const e of stats.exporters ?? []) {
    const l = { node, server: e.id, type: e.type, proto: e.proto };
    f.exportBytes.add(l, e.sentBytes);
    f.exportBatches.add(l, e.sentBatches);
    f.exportDropped.add(l, e.droppedBatches);
    f.exportFailures.add(l, e.failures);
    f.exportUp.add(l, e.state === 'failing' ? 0 : 1);
  }
  return Object.values(f)
    .map((x) => x.render())
    .join('');
}
