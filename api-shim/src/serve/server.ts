// SPDX-License-Identifier: AGPL-3.0-or-later
// The api-shim HTTP(S) service, assembled: the listening socket with its connection guard, the
// front door (origin, rate, method), the route table behind one auth layer, the stream manager,
// and the lifecycle (certificate reload, SIGHUP reload, shutdown). What each endpoint does lives
// in handlers/, which endpoints exist and who may call them in routes.ts.

import type { IncomingMessage, ServerResponse } from 'node:http';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { httpMsg } from '../api/http-messages.ts';
import type { HealthSource, UsageSource } from '../api/sources.ts';
import type { HostRoot } from '../host/host-root.ts';
import { VERSION } from '../version.ts';
import type { Authorizer } from './auth/authorizer.ts';
import { AccessGate } from './auth/gate.ts';
import { PveApiAuthorizer } from './auth/pve-permissions.ts';
import { PeerDirectory } from './cluster/peers.ts';
import type { ShimConfig } from './config-file.ts';
import { ConnectionGuard, type ConnectionStats } from './connection-guard.ts';
import { ContainerGpus } from './container-gpus.ts';
import { createDispatcher } from './dispatch.ts';
import { MetricExporter } from './export/exporter.ts';
import { FrontDoor } from './front-door.ts';
import { defaultLimits, type Limits } from './limits.ts';
import { jsonLogger, type Logger } from './log.ts';
import { Router } from './router.ts';
import { ROUTES, type RouteSpec } from './routes.ts';
import type { Service } from './service.ts';
import { StreamManager } from './stream-manager.ts';
import { type CertWatcher, loadNodeCertificate, watchNodeCertificate } from './tls.ts';

export type { Authorizer } from './auth/authorizer.ts';
export { allowAll } from './auth/authorizer.ts';

export interface ShimOptions {
  config: ShimConfig;
  host: HostRoot;
  /** This node's name (PVE node name). */
  node: string;
  usage: UsageSource;
  health: HealthSource;
  /** Default: the PVE API permission client (config.pveApi, cluster CA under host). */
  authorizer?: Authorizer;
  /** Default: pveproxy's certificate under host, reloaded on change. false = plain HTTP, loopback only. */
  tls?: { key: string; cert: string } | false;
  /** Demo statics; return true when handled. Never sees the API's routes (routes.ts). */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean;
  logger?: Logger;
  /** Overrides of the built-in limits (tests, benchmarks); config keys win for streams and rate. */
  limits?: Partial<Limits>;
  /** How often the certificate files are polled, ms (default 60 s). */
  certPollMs?: number;
  /** How often a peer's certificate pin may be re-read after a mismatch, ms (default 60 s). */
  pinRefreshMs?: number;
  /** Pushing to the metric servers of /etc/pve/status.cfg; false = off (default: PVE's 10 s). */
  metricExport?: { intervalMs?: number } | false;
  /** The route table (tests and benchmarks); default ROUTES. */
  routes?: readonly RouteSpec[];
}

export interface RunningShim {
  url: string;
  port: number;
  /** Connection guard counters (tests, benchmarks). */
  connections: ConnectionStats;
  /**
   * SIGHUP: re-reads the certificate and the PVE trust now and applies a new config's live
   * settings (log level, origins, rate, stream caps, auth cache). Settings that need a new socket
   * (port, listen) or new collectors are kept and reported as needing a restart.
   */
  reload(config?: ShimConfig): Promise<{ restartNeeded: string[] }>;
  close(): Promise<void>;
}

/**
 * How often the event-loop delay is sampled (monitorEventLoopDelay's timer). Each sample wakes an
 * idle daemon: at 10 ms that alone was ≈ 0.8 % of a core on the development VM (serve's whole
 * idle cost, not the collector's pushed sample it was taken for); at 100 ms ≈ 0.1 %. A stall is
 * still seen whenever it outlasts one interval, read short by at most the interval
 * (docs/api.md, pve_gpu_tab_event_loop_delay_seconds).
 */
const LOOP_RESOLUTION_MS = 100;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;
/** Keys a running service cannot change; a new value takes effect at the next start. */
const RESTART_KEYS: Array<keyof ShimConfig> = [
  'port',
  'listen',
  'root',
  'stateDir',
  'nvidiaSmi',
  'sampleIntervalMs',
  'pveApi',
];

function limitsFor(config: ShimConfig, overrides: Partial<Limits> | undefined): Limits {
  return {
    ...defaultLimits(),
    maxStreams: config.maxStreams,
    maxStreamsPerClient: config.maxStreamsPerClient,
    ratePerMinute: config.rateLimitPerMinute,
    ...overrides,
  };
}

export async function startShim(opts: ShimOptions): Promise<RunningShim> {
  const { host, node, usage, health } = opts;
  let config = opts.config;
  const logger = opts.logger ?? jsonLogger(config.logLevel);
  const limits = limitsFor(config, opts.limits);
  if (opts.tls === false && !LOOPBACK.test(config.listen)) {
    throw new Error(`plain HTTP is only allowed on a loopback address, not '${config.listen}'`);
  }
  const ownAuthorizer =
    opts.authorizer === undefined
      ? new PveApiAuthorizer({
          baseUrl: config.pveApi,
          host,
          logger,
          cacheSeconds: config.authCacheSeconds,
          callsPerClient: limits.authCallsPerAddress,
          queuePerClient: limits.authQueuePerAddress,
          timeoutMs: limits.authCallTimeoutMs,
        })
      : undefined;
  const authorizer: Authorizer = opts.authorizer ?? (ownAuthorizer as Authorizer);
  const gate = new AccessGate(authorizer);
  const peers = new PeerDirectory(host, opts.pinRefreshMs);
  const streams = new StreamManager(limits, gate, logger);
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  loopDelay.enable();
  let requests = 0;
  let closing = false;
  // Started once listening: a shim that cannot start pushes nothing.
  let exporter: MetricExporter | undefined;
  const scheme = opts.tls === false ? 'http' : 'https';
  const front = new FrontDoor(config, limits.ratePerMinute, scheme, peers, node);

  const serverOptions: http.ServerOptions = {
    maxHeaderSize: limits.maxHeaderBytes,
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: limits.headersTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
  };
  let server: http.Server;
  let certWatcher: CertWatcher | undefined;
  if (opts.tls === false) {
    server = http.createServer(serverOptions);
  } else {
    const material = opts.tls ? { ...opts.tls, certPath: '', keyPath: '' } : await loadNodeCertificate(host);
    const tlsServer = https.createServer({
      ...serverOptions,
      key: material.key,
      cert: material.cert,
      minVersion: 'TLSv1.2',
      handshakeTimeout: limits.handshakeTimeoutMs,
    });
    if (!opts.tls) {
      certWatcher = watchNodeCertificate(
        host,
        material,
        (m) => tlsServer.setSecureContext({ key: m.key, cert: m.cert, minVersion: 'TLSv1.2' }),
        logger,
        opts.certPollMs,
      );
    }
    server = tlsServer;
  }
  server.timeout = 120_000;
  const guard = new ConnectionGuard(server, limits, logger);

  const svc: Service = {
    get config() {
      return config;
    },
    node,
    host,
    usage,
    health,
    logger,
    limits,
    gate,
    streams,
    containerGpus: new ContainerGpus(health, usage, logger),
    requests: () => requests,
    // The histogram holds whole timer intervals: take the sampling resolution off.
    loopDelay: () => ({
      p50: Math.max(0, loopDelay.percentile(50) / 1e9 - LOOP_RESOLUTION_MS / 1000),
      p99: Math.max(0, loopDelay.percentile(99) / 1e9 - LOOP_RESOLUTION_MS / 1000),
      max: Math.max(0, loopDelay.max / 1e9 - LOOP_RESOLUTION_MS / 1000),
    }),
    exporterStats: () => exporter?.stats(),
    extraRoutes: opts.extraRoutes,
  };
  server.on(
    'request',
    createDispatcher({
      svc,
      router: new Router(opts.routes ?? ROUTES),
      front,
      peers,
      closing: () => closing,
      onRequest: () => {
        requests += 1;
      },
    }),
  );
  server.on('tlsClientError', () => {
    // Browsers that have not accepted the certificate abort handshakes all day; not news. The
    // connection guard destroys the socket (it also sees these as clientError).
  });

  const listenOn = (address: string) =>
    new Promise<void>((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      server.once('error', onError);
      server.listen(config.port, address, () => {
        server.off('error', onError);
        resolve();
      });
    });
  try {
    await listenOn(config.listen);
  } catch (err) {
    // Hosts booted with ipv6.disable=1 cannot bind "::"; all IPv4 addresses is what was meant.
    const code = (err as NodeJS.ErrnoException).code;
    if (config.listen !== '::' || (code !== 'EAFNOSUPPORT' && code !== 'EADDRNOTAVAIL')) throw err;
    logger.warn('IPv6 is not available; listening on all IPv4 addresses', { code });
    await listenOn('0.0.0.0');
  }
  server.on('error', (err) => logger.error('server error', { error: err }));
  const port = (server.address() as AddressInfo).port;
  const shownHost = ['::', '0.0.0.0', ''].includes(config.listen)
    ? '127.0.0.1'
    : config.listen.includes(':')
      ? `[${config.listen}]`
      : config.listen;
  const url = `${scheme}://${shownHost}:${port}`;
  logger.info('listening', { url, node, version: VERSION, listen: config.listen, port });
  if (opts.metricExport !== false) {
    exporter = new MetricExporter({ host, node, usage, logger, intervalMs: opts.metricExport?.intervalMs });
    void exporter.start();
  }

  return {
    url,
    port,
    connections: guard.stats,
    reload: async (next) => {
      await certWatcher?.check();
      const restartNeeded: string[] = [];
      if (next) {
        for (const k of RESTART_KEYS) if (String(next[k]) !== String(config[k])) restartNeeded.push(k);
        const kept: Partial<ShimConfig> = {};
        for (const k of RESTART_KEYS) Object.assign(kept, { [k]: config[k] });
        config = { ...next, ...kept };
        const l = limitsFor(config, opts.limits);
        front.reload(config, l.ratePerMinute);
        streams.resize(l.maxStreams, l.maxStreamsPerClient);
        ownAuthorizer?.setCacheSeconds(config.authCacheSeconds);
        logger.setLevel?.(config.logLevel);
      }
      ownAuthorizer?.refreshTrust();
      logger.info('reloaded', { restartNeeded });
      return { restartNeeded };
    },
    close: async () => {
      if (closing) return;
      closing = true;
      certWatcher?.stop();
      exporter?.close();
      front.stop();
      loopDelay.disable();
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      // Let the last events reach the clients (bounded), then drop idle keep-alive sockets.
      await Promise.race([
        streams.closeAll('shutting-down', httpMsg('http.msg.stream_shutting_down')),
        new Promise((r) => setTimeout(r, 1000).unref()),
      ]);
      server.closeIdleConnections();
      // Sockets still in their TLS handshake are not the HTTP server's to close: the guard's.
      guard.closeIdle();
      const force = setTimeout(() => {
        server.closeAllConnections();
        guard.closeAll();
      }, 5000);
      force.unref();
      await done;
      clearTimeout(force);
      ownAuthorizer?.close();
      logger.info('stopped', { node });
    },
  };
}

export type { Credential } from './auth/credential.ts';
