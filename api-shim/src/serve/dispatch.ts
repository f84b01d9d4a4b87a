// SPDX-License-Identifier: AGPL-3.0-or-later
// One request, start to end: front door (origin, rate, method), route table lookup, the one auth
// layer (credential; forward to the node the path names; privilege on the route's ACL path),
// then the route's handler. Errors become JSON answers; a plain answer that takes too long is
// cut off; a handler that throws never takes the daemon down.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpMsg } from '../api/http-messages.ts';
import { FORWARD_HEADER, forwardToPeer } from './cluster/forward.ts';
import type { PeerDirectory } from './cluster/peers.ts';
import type { FrontDoor } from './front-door.ts';
import { HttpError, sendError } from './http-error.ts';
import { isRouteError, type Router, splitTarget } from './router.ts';
import type { RouteSpec } from './routes.ts';
import type { RequestContext, Service } from './service.ts';

export interface DispatchParts {
  svc: Service;
  router: Router<RouteSpec>;
  front: FrontDoor;
  peers: PeerDirectory;
  /** True once shutdown began: answers carry Connection: close. */
  closing: () => boolean;
  onRequest: () => void;
}

const isEventStream = (res: ServerResponse) =>
  res.getHeader('Content-Type')?.toString().startsWith('text/event-stream') ?? false;

const logPath = (req: IncomingMessage) => (req.url ?? '').split('?')[0].slice(0, 200);

export function createDispatcher(parts: DispatchParts): (req: IncomingMessage, res: ServerResponse) => void {
  const { svc } = parts;

  const handle = async (req: IncomingMessage, res: ServerResponse, signal: AbortSignal) => {
    parts.onRequest();
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // Nothing this service answers is meant to be shown inside another page.
    res.setHeader('X-Frame-Options', 'DENY');
    if (parts.closing()) res.setHeader('Connection', 'close');
    const admitted = await parts.front.admit(req, res);
    if (admitted.answered) return;

    const target = splitTarget(req.url);
    if (isRouteError(target)) throw new HttpError(target.status, target.error, target.msg);
    const match = parts.router.match('GET', target.pathname);
    if (isRouteError(match)) throw new HttpError(match.status, match.error, match.msg);
    if (!match) {
      if (svc.extraRoutes?.(req, res)) return;
      throw new HttpError(404, 'not-found', httpMsg('http.msg.no_such_page'));
    }
    const { spec, params } = match;
    const credential = svc.gate.authenticate(
      req,
      spec.access.kind === 'public',
      spec.stream ? (target.query.get('ticket') ?? undefined) : undefined,
    );
    const ctx: RequestContext = {
      req,
      res,
      params,
      query: target.query,
      credential,
      client: req.socket.remoteAddress ?? 'unknown',
      signal,
    };
    if (params.node !== undefined && params.node !== svc.node) {
      await relay(ctx, spec, target.query, req.url ?? '/');
      return;
    }
    if (spec.access.kind === 'privilege') {
      await svc.gate.require(ctx, spec.access.on(params, svc), spec.access.privilege);
    }
    await spec.handler(ctx, svc);
  };

  /** The node in the path is another cluster member: its shim answers (and checks privileges). */
  const relay = async (ctx: RequestContext, spec: RouteSpec, query: URLSearchParams, url: string) => {
    const target = ctx.params.node;
    if (ctx.req.headers[FORWARD_HEADER] !== undefined) {
      throw new HttpError(400, 'forward-loop', httpMsg('http.msg.forward_loop', { node: svc.node, target }));
    }
    // The ticket goes in a header to the peer, never in its URL.
    const q = new URLSearchParams(query);
    q.delete('ticket');
    const qs = q.toString();
    const path = url.split('?')[0] + (qs ? `?${qs}` : '');
    if (spec.stream) svc.streams.reserve(ctx);
    await forwardToPeer(
      {
        peers: parts.peers,
        port: svc.config.port,
        localNode: svc.node,
        timeoutMs: svc.config.peerTimeoutMs,
        streamIdleMs: svc.limits.heartbeatMs * 3,
      },
      target,
      path,
      ctx.credential,
      ctx.res,
      spec.stream === true,
      (f) => sendError(ctx.res, new HttpError(f.status, f.error, f.msg)),
    );
  };

  return (req, res) => {
    const started = Date.now();
    const gone = new AbortController();
    // A plain answer that takes too long is cut off; streams clear this when they start.
    const deadline = setTimeout(() => {
      if (!res.headersSent) sendError(res, new HttpError(503, 'timeout', httpMsg('http.msg.timeout')));
      else if (!isEventStream(res)) res.destroy();
    }, svc.limits.responseTimeoutMs);
    res.on('close', () => {
      clearTimeout(deadline);
      // The client went before its answer was complete: whatever is asked for it can stop.
      if (!res.writableFinished) gone.abort();
      svc.logger.debug('request', {
        method: req.method,
        // The path only: a ?ticket= never reaches a log.
        path: logPath(req),
        status: res.statusCode,
        ms: Date.now() - started,
        client: req.socket.remoteAddress,
      });
    });
    res.on('finish', () => clearTimeout(deadline));
    handle(req, res, gone.signal)
      .then(() => {
        if (isEventStream(res)) clearTimeout(deadline);
      })
      .catch((err: unknown) => {
        if (gone.signal.aborted) return; // nobody to answer
        if (err instanceof HttpError) {
          if (err.status >= 500)
            svc.logger.warn('request failed', { status: err.status, error: err.error, message: err.message });
          return sendError(res, err);
        }
        svc.logger.error('request handler crashed', { error: err, path: logPath(req) });
        sendError(res, new HttpError(500, 'internal', httpMsg('http.msg.internal')));
      });
  };
}
