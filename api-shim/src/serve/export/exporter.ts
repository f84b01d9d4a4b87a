// SPDX-License-Identifier: AGPL-3.0-or-later
// Pushes the GPU figures to the external metric servers the admin configured for PVE
// (Datacenter → Metric Server, /etc/pve/status.cfg), at pvestatd's interval (10 s,
// PVE/Service/pvestatd.pm $updatetime), named so that they join PVE's own series. The sampler's
// listener only adds numbers to an accumulator; reading the config, encoding and sending run on
// the interval timer, and sending never waits for a server (transport.ts). It listens to samples
// only while status.cfg names a server: a listener keeps the collector pushing every sample to
// the server process (collector-client.ts), which costs both processes CPU every second.
import type { UsageSource } from '../../api/sources.ts';
import type { HostRoot } from '../../host/host-root.ts';
import { VERSION } from '../../version.ts';
import type { Logger } from '../log.ts';
import { IntervalAccumulator, type IntervalRecords } from './gpu-records.ts';
import { graphiteBatchSize, graphiteLines } from './graphite.ts';
import { batchLines, influxBatchSize, influxLines, influxWriteUrl } from './influxdb.ts';
import { otlpBodies, otlpMetrics, otlpUrl } from './opentelemetry.ts';
import { type MetricServer, parseStatusCfg } from './status-cfg.ts';
import { HttpSender, type QueuedSender, type SenderStats, TcpSender, UdpSender } from './transport.ts';

export const PVE_STATUS_INTERVAL_MS = 10_000;
export const STATUS_CFG = '/etc/pve/status.cfg';
/**
 * Where the InfluxDB token is looked for, in order. PVE keeps it in /etc/pve/priv, which the
 * service's unit makes inaccessible (it never needs PVE's private keys); an admin who wants the
 * HTTP(S) servers with a token copies the file to the second place (docs/metric-servers.md).
 */
export const TOKEN_DIRS = ['/etc/pve/priv/metricserver', '/etc/pve-gpu-tab/metricserver'];
const NAME_TTL_MS = 60_000;
const MAX_CFG_BYTES = 64 * 1024;

export interface MetricExportOptions {
  host: HostRoot;
  node: string;
  usage: UsageSource;
  logger: Logger;
  intervalMs?: number;
}

type Entry = { key: string; cfg: MetricServer; sender: QueuedSender; token?: string };

export class MetricExporter {
  private readonly acc = new IntervalAccumulator();
  private readonly entries = new Map<string, Entry>();
  private readonly names = new Map<string, { name?: string; at: number }>();
  private cfgStamp = '';
  private cluster = 'single-node';
  private unsubscribe?: () => void;
  private timer?: NodeJS.Timeout;
  private ticking = false;
  /** set by close(): a tick still reading status.cfg then neither listens nor makes senders */
  private closed = false;

  constructor(private readonly opts: MetricExportOptions) {}

  /** Starts the interval; resolves once status.cfg has been read the first time (and samples listened to if it names a server). */
  start(): Promise<void> {
    this.timer = setInterval(() => void this.tick(), this.opts.intervalMs ?? PVE_STATUS_INTERVAL_MS);
    this.timer.unref();
    return this.tick();
  }

  /** Whether samples are being listened to (tests). */
  listening(): boolean {
    return this.unsubscribe !== undefined;
  }

  /** Listens to samples while there is a server to send them to; forgets the interval's numbers when there is none. */
  private listen(): void {
    if (this.entries.size > 0 && !this.unsubscribe) {
      this.unsubscribe = this.opts.usage.onSample((snap) => this.acc.add(snap));
    } else if (this.entries.size === 0 && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
      this.acc.take();
    }
  }

  /** Per server: bytes and batches sent, dropped, failures (for /metrics). */
  stats(): SenderStats[] {
    return [...this.entries.values()].map((e) => ({ ...e.sender.stats }));
  }

  /** One interval: re-read the config when it changed, then encode and hand to the senders. */
  async tick(): Promise<void> {
    if (this.ticking) return; // a slow /etc/pve read skips an interval, never piles up
    this.ticking = true;
    try {
      await this.reloadConfig();
      if (this.closed) return;
      this.listen();
      const data = this.acc.take();
      if (!data || this.entries.size === 0) return;
      await this.resolveNames(data);
      for (const e of this.entries.values()) {
        if (e.cfg.type === 'influxdb' && e.cfg.proto !== 'udp') e.token = await this.readToken(e.cfg.id);
        e.sender.enqueue(this.encode(e.cfg, data));
      }
    } catch (err) {
      this.opts.logger.warn('metric export failed', { error: err });
    } finally {
      this.ticking = false;
    }
  }

  /** For tests and shutdown: every queue delivered or dropped. */
  async drained(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => e.sender.drained()));
  }

  close(): void {
    this.closed = true;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.timer) clearInterval(this.timer);
    for (const e of this.entries.values()) e.sender.close();
    this.entries.clear();
  }

  private encode(cfg: MetricServer, data: IntervalRecords): Buffer[] {
    const { node } = this.opts;
    const name = (vmid: string) => this.names.get(vmid)?.name;
    if (cfg.type === 'influxdb') return batchLines(influxLines(data, node, name), influxBatchSize(cfg));
    if (cfg.type === 'graphite') return batchLines(graphiteLines(data, node, cfg), graphiteBatchSize(cfg));
    const resource = {
      'service.name': 'proxmox-ve',
      'proxmox.cluster': this.cluster,
      'proxmox.node': node,
      'pve-gpu-tab.version': VERSION,
      ...cfg.resourceAttributes,
    };
    return otlpBodies(otlpMetrics(data, node, name), resource, cfg);
  }

  private async reloadConfig(): Promise<void> {
    const { host, logger } = this.opts;
    const st = await host.stat(STATUS_CFG);
    const stamp = st ? `${st.mtimeMs}:${st.size}:${st.ino}` : 'none';
    if (stamp === this.cfgStamp) return;
    this.cfgStamp = stamp;
    const text = st ? ((await host.readText(STATUS_CFG, MAX_CFG_BYTES)) ?? '') : '';
    await this.readClusterName();
    if (this.closed) return; // closed while reading: no sender made after close() closed them
    const { servers, problems } = parseStatusCfg(text);
    for (const p of problems) logger.warn('status.cfg', { problem: p });
    const wanted = new Map<string, MetricServer>();
    // pvestatd skips disabled servers (PVE/ExtMetric.pm foreach_plug).
    for (const s of servers) if (!s.disable) wanted.set(configKey(s), s);
    for (const [key, e] of this.entries) {
      if (!wanted.has(key)) {
        e.sender.close();
        this.entries.delete(key);
      }
    }
    for (const [key, cfg] of wanted) {
      if (this.entries.has(key)) continue;
      const entry: Entry = { key, cfg, sender: undefined as unknown as QueuedSender };
      entry.sender = this.makeSender(cfg, entry);
      this.entries.set(key, entry);
      logger.info('metric server', { id: cfg.id, type: cfg.type, server: cfg.server, port: cfg.port });
    }
  }

  private makeSender(cfg: MetricServer, entry: Entry): QueuedSender {
    if (cfg.type === 'influxdb') {
      if (cfg.proto === 'udp') return new UdpSender(cfg.id, cfg.type, cfg.server, cfg.port);
      return new HttpSender(cfg.id, cfg.type, {
        url: influxWriteUrl(cfg),
        headers: (): Record<string, string> => ({
          'Content-Type': 'text/plain; charset=utf-8',
          ...(entry.token ? { Authorization: `Token ${entry.token}` } : {}),
        }),
        timeoutMs: Math.max(1, cfg.timeout) * 1000,
        verifyCertificate: cfg.verifyCertificate,
      });
    }
    if (cfg.type === 'graphite') {
      if (cfg.proto === 'udp') return new UdpSender(cfg.id, cfg.type, cfg.server, cfg.port);
      return new TcpSender(cfg.id, cfg.type, cfg.server, cfg.port, Math.max(1, cfg.timeout) * 1000);
    }
    return new HttpSender(cfg.id, cfg.type, {
      url: otlpUrl(cfg),
      headers: () => ({
        'Content-Type': 'application/json',
        ...(cfg.compression === 'gzip' ? { 'Content-Encoding': 'gzip' } : {}),
        ...cfg.headers,
      }),
      timeoutMs: cfg.timeout * 1000,
      verifyCertificate: cfg.verifySsl,
    });
  }

  private async readToken(id: string): Promise<string | undefined> {
    for (const dir of TOKEN_DIRS) {
      try {
        const text = await this.opts.host.readText(`${dir}/${id}.pw`, 4096);
        if (text !== undefined) return text.trim() || undefined;
      } catch {
        // EACCES (the unit hides /etc/pve/priv): try the next place. Never log the content.
      }
    }
    return undefined;
  }

  private async readClusterName(): Promise<void> {
    try {
      const text = await this.opts.host.readText('/etc/pve/.members', 256 * 1024);
      const name = text ? (JSON.parse(text) as { cluster?: { name?: unknown } }).cluster?.name : undefined;
      this.cluster = typeof name === 'string' && name ? name : 'single-node';
    } catch {
      this.cluster = 'single-node';
    }
  }

  /** The container's hostname, as PVE's "host" tag / "name" attribute of a guest. */
  private async resolveNames(data: IntervalRecords): Promise<void> {
    const now = Date.now();
    const vmids = new Set(data.records.filter((r) => r.vmid).map((r) => r.vmid as string));
    for (const vmid of vmids) {
      const known = this.names.get(vmid);
      if (known && now - known.at < NAME_TTL_MS) continue;
      let name: string | undefined;
      try {
        const conf =
          (await this.opts.host.readText(`/etc/pve/nodes/${this.opts.node}/lxc/${vmid}.conf`, 64 * 1024)) ??
          (await this.opts.host.readText(`/etc/pve/lxc/${vmid}.conf`, 64 * 1024));
        // The current config ends at the first snapshot section ("[name]").
        const current = conf?.split(/^\[/m)[0] ?? '';
        name = /^hostname:\s*(\S+)\s*$/m.exec(current)?.[1];
      } catch {
        name = undefined;
      }
      this.names.set(vmid, { name, at: now });
    }
    if (this.names.size > 4 * vmids.size + 64) {
      for (const [vmid, v] of this.names) if (now - v.at >= NAME_TTL_MS) this.names.delete(vmid);
    }
  }
}

/** A changed server config replaces its sender; an unchanged one keeps its queue and counters. */
function configKey(s: MetricServer): string {
  return JSON.stringify(s);
}
