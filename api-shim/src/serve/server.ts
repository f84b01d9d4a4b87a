// SPDX-License-Identifier: AGPL-3.0-or-later
// The api-shim HTTP(S) service: GET-only JSON under /api/v1, live streams, /metrics and the
// certificate-accepted page, behind CORS, auth and limits. Collector failures arrive as states in
// the documents; a failing handler answers an error and never takes the daemon down.

import type { IncomingMessage, ServerResponse } from 'node:http';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { HealthSource, UsageSource } from '../api/sources.ts';
import type { ApiError, ConsolidationFn, NodeUsage, Timeframe, UsageSnapshot } from '../api/types.ts';
import { containerUsage, nodeUsage } from '../api/usage-views.ts';
import type { HostRoot } from '../host/host-root.ts';
import { VERSION } from '../version.ts';
import { type Authorizer, type AuthResult, AuthUnavailableError } from './auth/authorizer.ts';
import { type Credential, extractCredential, TICKET_LIFETIME_S } from './auth/credential.ts';
import { PveApiAuthorizer } from './auth/pve-permissions.ts';
import { FORWARD_HEADER, forwardToPeer } from './cluster/forward.ts';
import { PeerDirectory } from './cluster/peers.ts';
import type { ShimConfig } from './config-file.ts';
import { ContainerGpus } from './container-gpus.ts';
import { applyCors, corsPolicy, isPreflight, originAllowed, varyOrigin, writePreflight } from './cors.ts';
import { MetricExporter } from './export/exporter.ts';
import { defaultLimits, type Limits, RateLimiter, StreamSlots } from './limits.ts';
import { jsonLogger, type Logger } from './log.ts';
import { renderMetrics } from './metrics.ts';
import { certAcceptedPage } from './pages/cert-accepted.ts';
import { isRouteError, type Route, route, splitTarget } from './router.ts';
import { SseStream } from './sse.ts';
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
  /** Demo statics; return true when handled. Never sees /api or /metrics. */
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
}

export interface RunningShim {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOP_RESOLUTION_MS = 10;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function clientOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

export async function startShim(opts: ShimOptions): Promise<RunningShim> {
  const { config, host, node, usage, health } = opts;
  const logger = opts.logger ?? jsonLogger(config.logLevel);
  const limits: Limits = {
    ...defaultLimits(),
    maxStreams: config.maxStreams,
    maxStreamsPerClient: config.maxStreamsPerClient,
    ratePerMinute: config.rateLimitPerMinute,
    ...opts.limits,
  };
  if (opts.tls === false && !LOOPBACK.test(config.listen)) {
    throw new Error(`plain HTTP is only allowed on a loopback address, not '${config.listen}'`);
  }
  const ownAuthorizer =
    opts.authorizer === undefined
      ? new PveApiAuthorizer({ baseUrl: config.pveApi, host, logger, cacheSeconds: config.authCacheSeconds })
      : undefined;
  const authorizer: Authorizer = opts.authorizer ?? (ownAuthorizer as Authorizer);
  const cors = corsPolicy(config.uiPorts, config.publicBaseUrl);
  const rate = new RateLimiter(limits.ratePerMinute);
  const slots = new StreamSlots(limits.maxStreams, limits.maxStreamsPerClient);
  const peers = new PeerDirectory(host, opts.pinRefreshMs);
  const streams = new Set<SseStream>();
  const stats = { requests: 0 };
  const fromPeer = new WeakSet<IncomingMessage>();
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  loopDelay.enable();
  // Started once listening: a shim that cannot start pushes nothing.
  let exporter: MetricExporter | undefined;
  let peerStreamSeq = 0;
  let closing = false;

  const serverOptions: http.ServerOptions = {
    maxHeaderSize: limits.maxHeaderBytes,
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: limits.headersTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
  };
  let server: http.Server;
  let certWatcher: CertWatcher | undefined;
  const scheme = opts.tls === false ? 'http' : 'https';
  if (opts.tls === false) {
    server = http.createServer(serverOptions);
  } else {
    const material = opts.tls ? { ...opts.tls, certPath: '', keyPath: '' } : await loadNodeCertificate(host);
    const tlsServer = https.createServer({
      ...serverOptions,
      key: material.key,
      cert: material.cert,
      minVersion: 'TLSv1.2',
      handshakeTimeout: Math.min(10_000, limits.headersTimeoutMs),
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
  server.maxConnections = limits.maxConnections;
  server.timeout = 120_000;

  // ------------------------------------------------------------------ helpers

  const sendJson = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(text);
  };
  const sendError = (res: ServerResponse, e: HttpError) => {
    const body: ApiError = { error: e.error, message: e.message };
    sendJson(res, e.status, body, e.headers);
  };

  const check = async (cred: Credential | undefined, path: string, privilege: string): Promise<void> => {
    if (!cred) return; // anonymous: only reachable with a demo authorizer
    let result: AuthResult;
    try {
      result = await authorizer.authorize(cred, path, privilege);
    } catch (err) {
      if (err instanceof AuthUnavailableError) throw new HttpError(503, 'auth-unavailable', err.message);
      throw err;
    }
    if (result === 'unauthenticated') {
      throw new HttpError(401, 'unauthenticated', 'the PVE API did not accept this ticket or token');
    }
    if (result === 'denied' && privilege !== '') {
      throw new HttpError(403, 'forbidden', `permission check failed: ${privilege} on ${path}`);
    }
  };

  /** A caller who may see the node may see the share of each container it may audit. */
  const visibleVmids = async (cred: Credential | undefined, vmids: string[]): Promise<Set<string>> => {
    const out = new Set<string>();
    await Promise.all(
      vmids.map(async (v) => {
        if (!cred) return void out.add(v);
        try {
          if ((await authorizer.authorize(cred, `/vms/${v}`, 'VM.Audit')) === 'granted') out.add(v);
        } catch {
          // PVE unreachable: show nothing rather than too much.
        }
      }),
    );
    return out;
  };

  const filteredNodeUsage = async (cred: Credential | undefined): Promise<NodeUsage | undefined> => {
    const snap = usage.latest();
    if (!snap) return undefined;
    const view = nodeUsage(snap);
    const vmids = [...new Set(snap.owners.map((o) => o.owner).filter((o) => o !== 'host'))];
    const visible = await visibleVmids(cred, vmids);
    return {
      ...view,
      gpus: view.gpus.map((g) => ({
        ...g,
        owners: g.owners.filter((o) => o.owner === 'host' || visible.has(o.owner)),
      })),
    };
  };

  const containerKnown = async (vmid: string): Promise<boolean> => {
    if ((await host.stat(`/etc/pve/nodes/${node}/lxc/${vmid}.conf`)) !== undefined) return true;
    if ((await host.stat(`/etc/pve/lxc/${vmid}.conf`)) !== undefined) return true;
    return usage.latest()?.owners.some((o) => o.owner === vmid) ?? false;
  };

  const requireContainer = async (vmid: string) => {
    if (!(await containerKnown(vmid))) {
      throw new HttpError(404, 'no-such-container', `container ${vmid} does not exist on node ${node}`);
    }
  };

  const latestOr503 = () => {
    const snap = usage.latest();
    if (!snap) {
      throw new HttpError(
        503,
        'no-sample-yet',
        'the first GPU sample is not ready yet; try again in a second',
        {
          'Retry-After': '1',
        },
      );
    }
    return snap;
  };

  // ------------------------------------------------------------------ streams

  const containerGpus = new ContainerGpus(health, usage, logger);

  // Every stream of one container gets the same text per sample: serialize it once.
  const serialized = new WeakMap<UsageSnapshot, Map<string, string>>();
  const containerJson = (snap: UsageSnapshot, vmid: string): string => {
    let perVmid = serialized.get(snap);
    if (!perVmid) {
      perVmid = new Map();
      serialized.set(snap, perVmid);
    }
    let json = perVmid.get(vmid);
    if (json === undefined) {
      json = JSON.stringify(containerUsage(snap, vmid, containerGpus.get(vmid)));
      perVmid.set(vmid, json);
    }
    return json;
  };

  const takeStreamSlot = (req: IncomingMessage): { release: () => void } => {
    // A peer's forwarded streams share the global cap, not one address's cap.
    const slot = slots.acquire(fromPeer.has(req) ? `${clientOf(req)}#${++peerStreamSeq}` : clientOf(req));
    if (!slot.ok) {
      throw slot.reason === 'server'
        ? new HttpError(503, 'too-many-streams', 'the service has reached its limit of live streams', {
            'Retry-After': '5',
          })
        : new HttpError(429, 'too-many-streams', 'too many live streams from this address', {
            'Retry-After': '5',
          });
    }
    return slot;
  };

  const openStream = (
    req: IncomingMessage,
    res: ServerResponse,
    cred: Credential | undefined,
    authPath: string,
    privilege: string,
    subscribe: (stream: SseStream) => () => void,
  ) => {
    const slot = takeStreamSlot(req);
    const stream = new SseStream(res, limits.maxStreamBacklogBytes, limits.heartbeatMs);
    streams.add(stream);
    const unsubscribe = subscribe(stream);
    // Permissions can be revoked and tickets expire while a stream is open: check again.
    const reauth = setInterval(async () => {
      try {
        await check(cred, authPath, privilege);
      } catch (err) {
        const e = err instanceof HttpError ? err : undefined;
        if (e && e.status !== 503) stream.close(e.error, e.message);
      }
    }, limits.streamReauthMs);
    reauth.unref();
    let expiry: NodeJS.Timeout | undefined;
    if (cred?.kind === 'ticket') {
      const ms = (cred.issuedAt + TICKET_LIFETIME_S) * 1000 - Date.now();
      expiry = setTimeout(
        () => stream.close('unauthenticated', 'ticket expired; reconnect with a fresh ticket'),
        Math.max(0, ms),
      );
      expiry.unref();
    }
    stream.onClose(() => {
      clearInterval(reauth);
      if (expiry) clearTimeout(expiry);
      unsubscribe();
      slot.release();
      streams.delete(stream);
      logger.debug('stream closed', { client: clientOf(req), path: authPath });
    });
  };

  const ctStream = (
    req: IncomingMessage,
    res: ServerResponse,
    cred: Credential | undefined,
    vmid: string,
  ) => {
    openStream(req, res, cred, `/vms/${vmid}`, 'VM.Audit', (stream) => {
      const push = (snap: UsageSnapshot) => {
        try {
          stream.sendJson('usage', containerJson(snap, vmid));
        } catch (err) {
          logger.error('usage view failed', { error: err, vmid });
        }
      };
      const unsubscribe = usage.onSample(push);
      void containerGpus.refresh(vmid).then(() => {
        const first = usage.latest();
        if (first && !stream.isClosed) push(first);
      });
      return unsubscribe;
    });
  };

  const nodeStream = (req: IncomingMessage, res: ServerResponse, cred: Credential | undefined) => {
    openStream(req, res, cred, `/nodes/${node}`, 'Sys.Audit', (stream) => {
      let busy = false;
      const push = async () => {
        if (busy || stream.isClosed) return; // a slow permission answer skips a sample, never queues
        busy = true;
        try {
          const view = await filteredNodeUsage(cred);
          if (view) stream.send('usage', view);
        } catch (err) {
          logger.error('node view failed', { error: err });
        } finally {
          busy = false;
        }
      };
      void push();
      return usage.onSample(() => void push());
    });
  };

  // ------------------------------------------------------------------ routes

  const handleApi = async (
    req: IncomingMessage,
    res: ServerResponse,
    r: Exclude<Route, { kind: 'page' } | { kind: 'other' }>,
    query: URLSearchParams,
    pathAndQuery: string,
  ) => {
    const isStream = r.kind === 'ct-stream' || r.kind === 'node-stream';
    // EventSource cannot set headers: streams may carry the ticket in ?ticket=.
    const extracted = extractCredential(req, isStream ? (query.get('ticket') ?? undefined) : undefined);
    if (extracted && 'problem' in extracted) throw new HttpError(401, 'unauthenticated', extracted.problem);
    const cred = extracted?.credential;
    if (!cred && !authorizer.anonymous) {
      throw new HttpError(
        401,
        'unauthenticated',
        'no PVE ticket or API token (Authorization: PVEAuthCookie=… or PVEAPIToken=…)',
      );
    }
    if ('node' in r && r.node !== node) {
      if (req.headers[FORWARD_HEADER] !== undefined) {
        throw new HttpError(
          400,
          'forward-loop',
          `this is node ${node}, not ${r.node}; refusing to forward a forwarded request`,
        );
      }
      // The ticket goes in a header to the peer, never in its URL.
      const q = new URLSearchParams(query);
      q.delete('ticket');
      const qs = q.toString();
      const path = pathAndQuery.split('?')[0] + (qs ? `?${qs}` : '');
      if (isStream) {
        // A stream relayed to a peer holds a slot here too, so one client cannot pile streams
        // onto the other node through this one.
        const slot = takeStreamSlot(req);
        res.on('close', slot.release);
      }
      await forwardToPeer(
        {
          peers,
          port: config.port,
          localNode: node,
          timeoutMs: config.peerTimeoutMs,
          streamIdleMs: limits.heartbeatMs * 3,
        },
        r.node,
        path,
        cred,
        res,
        isStream,
        (f) => sendError(res, new HttpError(f.status, f.error, f.message)),
      );
      return;
    }
    switch (r.kind) {
      case 'version':
        await check(cred, '/', '');
        return sendJson(res, 200, { version: VERSION, node });
      case 'metrics': {
        await check(cred, `/nodes/${node}`, 'Sys.Audit');
        const snap = usage.latest();
        const vmids = [...new Set((snap?.owners ?? []).map((o) => o.owner).filter((o) => o !== 'host'))];
        const visible = await visibleVmids(cred, vmids);
        const text = renderMetrics(snap, node, (v) => visible.has(v), {
          openStreams: slots.open,
          // The histogram holds whole timer intervals: take the sampling resolution off.
          loopDelay: {
            p50: Math.max(0, loopDelay.percentile(50) / 1e9 - LOOP_RESOLUTION_MS / 1000),
            p99: Math.max(0, loopDelay.percentile(99) / 1e9 - LOOP_RESOLUTION_MS / 1000),
            max: Math.max(0, loopDelay.max / 1e9 - LOOP_RESOLUTION_MS / 1000),
          },
          requests: stats.requests,
          exporters: exporter?.stats(),
        });
        res.writeHead(200, {
          'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        res.end(text);
        return;
      }
      case 'node-gpu': {
        await check(cred, `/nodes/${node}`, 'Sys.Audit');
        latestOr503();
        return sendJson(res, 200, await filteredNodeUsage(cred));
      }
      case 'node-stream':
        await check(cred, `/nodes/${node}`, 'Sys.Audit');
        return nodeStream(req, res, cred);
      case 'ct-usage':
        await check(cred, `/vms/${r.vmid}`, 'VM.Audit');
        await requireContainer(r.vmid);
        latestOr503();
        await containerGpus.refresh(r.vmid);
        return sendJson(res, 200, containerUsage(latestOr503(), r.vmid, containerGpus.get(r.vmid)));
      case 'ct-history': {
        await check(cred, `/vms/${r.vmid}`, 'VM.Audit');
        const timeframe = query.get('timeframe') ?? 'hour';
        const cf = query.get('cf') ?? 'AVERAGE';
        if (!['hour', 'day', 'week'].includes(timeframe)) {
          throw new HttpError(400, 'bad-timeframe', 'timeframe must be hour, day or week');
        }
        if (!['AVERAGE', 'MAX'].includes(cf)) throw new HttpError(400, 'bad-cf', 'cf must be AVERAGE or MAX');
        await requireContainer(r.vmid);
        let history: unknown;
        try {
          history = await usage.history(r.vmid, timeframe as Timeframe, cf as ConsolidationFn);
        } catch (err) {
          logger.error('history failed', { error: err, vmid: r.vmid });
          throw new HttpError(
            503,
            'history-unavailable',
            `history is not available: ${(err as Error).message}`,
          );
        }
        return sendJson(res, 200, history);
      }
      case 'ct-stream':
        await check(cred, `/vms/${r.vmid}`, 'VM.Audit');
        await requireContainer(r.vmid);
        return ctStream(req, res, cred, r.vmid);
      case 'ct-health': {
        await check(cred, `/vms/${r.vmid}`, 'VM.Audit');
        let report: Awaited<ReturnType<HealthSource['report']>>;
        try {
          report = await health.report(r.vmid);
        } catch (err) {
          logger.error('health check failed', { error: err, vmid: r.vmid });
          throw new HttpError(
            503,
            'health-unavailable',
            `the health checks failed: ${(err as Error).message}`,
          );
        }
        if (!report)
          throw new HttpError(404, 'no-such-container', `container ${r.vmid} does not exist on node ${node}`);
        return sendJson(res, 200, report);
      }
    }
  };

  const uiUrlFor = (req: IncomingMessage): string | undefined => {
    try {
      const h = new URL(`https://${req.headers.host ?? ''}`).hostname;
      if (!h) return undefined;
      const port = config.uiPorts[0] ?? 8006;
      return `https://${h.includes(':') ? `[${h}]` : h}${port === 443 ? '' : `:${port}`}/`;
    } catch {
      return undefined;
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    stats.requests += 1;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    varyOrigin(res);
    if (closing) res.setHeader('Connection', 'close');

    const origin = req.headers.origin;
    if (origin !== undefined) {
      const own = `${scheme}://${req.headers.host ?? ''}`;
      if (origin !== own && !originAllowed(cors, origin, req.headers.host)) {
        throw new HttpError(
          403,
          'origin-not-allowed',
          "cross-origin requests are only accepted from this node's PVE web interface",
        );
      }
      applyCors(res, origin);
    }
    // After CORS, so that a browser can read the 429.
    // Requests a peer forwards for its users all come from the peer's address: they were limited
    // there, per user address. The header alone proves nothing; the address must be a member's.
    if (
      req.headers[FORWARD_HEADER] !== undefined &&
      (await peers.isPeerAddress(req.socket.remoteAddress, node))
    ) {
      fromPeer.add(req);
    }
    const wait = fromPeer.has(req) ? 0 : rate.take(clientOf(req));
    if (wait > 0)
      throw new HttpError(429, 'rate-limited', 'too many requests from this address', {
        'Retry-After': String(wait),
      });

    if (isPreflight(req)) {
      if (origin === undefined) throw new HttpError(400, 'bad-preflight', 'preflight without Origin');
      const method = String(req.headers['access-control-request-method']);
      if (method !== 'GET')
        throw new HttpError(405, 'method-not-allowed', 'only GET is accepted', { Allow: 'GET, OPTIONS' });
      return writePreflight(res, origin);
    }
    if (req.method !== 'GET') {
      throw new HttpError(405, 'method-not-allowed', 'only GET is accepted', { Allow: 'GET, OPTIONS' });
    }
    const len = Number(req.headers['content-length'] ?? 0);
    if (len > 0 || req.headers['transfer-encoding'] !== undefined) {
      throw new HttpError(413, 'body-not-allowed', 'GET requests carry no body');
    }
    const target = splitTarget(req.url);
    if (isRouteError(target)) throw new HttpError(target.status, target.error, target.message);
    const r = route(target.pathname);
    if (isRouteError(r)) throw new HttpError(r.status, r.error, r.message);
    if (r.kind === 'other' || r.kind === 'page') {
      if (opts.extraRoutes?.(req, res)) return;
      if (r.kind === 'page') {
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
          'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        });
        res.end(certAcceptedPage(node, VERSION, uiUrlFor(req)));
        return;
      }
      throw new HttpError(404, 'not-found', 'no such page');
    }
    await handleApi(req, res, r, target.query, req.url ?? '/');
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = Date.now();
    // A plain answer that takes too long is cut off; streams clear this when they start.
    const deadline = setTimeout(() => {
      if (!res.headersSent) sendError(res, new HttpError(503, 'timeout', 'the answer took too long'));
      else if (!res.getHeader('Content-Type')?.toString().startsWith('text/event-stream')) res.destroy();
    }, limits.responseTimeoutMs);
    res.on('close', () => {
      clearTimeout(deadline);
      logger.debug('request', {
        method: req.method,
        // The path only: a ?ticket= never reaches a log.
        path: (req.url ?? '').split('?')[0].slice(0, 200),
        status: res.statusCode,
        ms: Date.now() - started,
        client: clientOf(req),
      });
    });
    res.on('finish', () => clearTimeout(deadline));
    handle(req, res)
      .then(() => {
        if (res.getHeader('Content-Type')?.toString().startsWith('text/event-stream')) clearTimeout(deadline);
      })
      .catch((err: unknown) => {
        if (err instanceof HttpError) {
          if (err.status >= 500)
            logger.warn('request failed', { status: err.status, error: err.error, message: err.message });
          return sendError(res, err);
        }
        logger.error('request handler crashed', {
          error: err,
          path: (req.url ?? '').split('?')[0].slice(0, 200),
        });
        sendError(res, new HttpError(500, 'internal', 'internal error; see the daemon log'));
      });
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    // Oversized heads, timeouts and garbage: answer briefly when possible, never crash.
    if (!socket.writable) return socket.destroy();
    const status =
      err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const body = JSON.stringify({
      error: status === 431 ? 'headers-too-large' : status === 408 ? 'timeout' : 'bad-request',
      message: err.code ?? 'bad request',
    });
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  server.on('tlsClientError', () => {
    // Browsers that have not accepted the certificate abort handshakes all day; not news.
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
    exporter.start();
  }

  return {
    url,
    port,
    close: async () => {
      if (closing) return;
      closing = true;
      certWatcher?.stop();
      exporter?.close();
      rate.stop();
      loopDelay.disable();
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      const flushed = [...streams].map((s) => {
        s.close('shutting-down', 'the GPU service is restarting');
        return s.finished;
      });
      // Let the last events reach the clients (bounded), then drop idle keep-alive sockets.
      await Promise.race([Promise.all(flushed), new Promise((r) => setTimeout(r, 1000).unref())]);
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), 5000);
      force.unref();
      await done;
      clearTimeout(force);
      ownAuthorizer?.close();
      logger.info('stopped', { node });
    },
  };
}

export type { Credential } from './auth/credential.ts';
