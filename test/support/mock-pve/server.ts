// SPDX-License-Identifier: AGPL-3.0-or-later
// A mock of the local PVE API, over real HTTPS with test certificates, answering what the shim
// asks: GET /api2/json/access/permissions?path=… with a ticket (cookie or Authorization) or an
// API token. It counts requests so tests can see the permission cache work.
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { type AccessModel, permissionsOn } from './acl.ts';
import type { MockLxcConfigApi } from './lxc-config.ts';
import { TicketAuthority } from './tickets.ts';

export interface MockPve {
  url: string;
  port: number;
  tickets: TicketAuthority;
  model: AccessModel;
  /** Requests to /access/permissions, in order (path asked, who asked). */
  calls: Array<{ path: string; who: string }>;
  /** Added latency per request, ms (timeouts, slow PVE). */
  delayMs: number;
  /**
   * How long a rejected credential waits for its 401, ms. pveproxy holds each one 3 s
   * (pve-http-server, src/PVE/APIServer/AnyEvent.pm: "always delay unauthorized calls by 3
   * seconds"); 0 by default so that ordinary tests stay fast, 3000 in the flood tests.
   */
  failureDelayMs: number;
  /**
   * Requests being answered now, the most at once, those the client gave up on, and the 401s
   * actually sent (a test tells "served before any held 401 ended" from "waited behind one").
   */
  readonly load: { inFlight: number; maxInFlight: number; abandoned: number; rejected: number };
  close(): Promise<void>;
}

function who(req: import('node:http').IncomingMessage, model: AccessModel, tickets: TicketAuthority) {
  const auth = req.headers.authorization ?? '';
  const token = /^PVEAPIToken=([^!]+)!([^=]+)=(.+)$/.exec(auth);
  if (token) {
    const [, userid, tokenId, secret] = token;
    const def = model.tokens[`${userid}!${tokenId}`];
    const user = model.users[userid];
    const now = Date.now() / 1000;
    if (!def || def.secret !== secret || !user || user.enabled === false) return undefined;
    if ((def.expire && def.expire < now) || (user.expire && user.expire < now)) return undefined;
    return { userid, tokenId };
  }
  let ticket: string | undefined;
  const fromAuth = /^PVEAuthCookie[= ](.+)$/.exec(auth);
  if (fromAuth) ticket = decodeURIComponent(fromAuth[1]);
  const cookie = /(?:^|;\s*)PVEAuthCookie=([^;]+)/.exec(req.headers.cookie ?? '');
  if (!ticket && cookie) ticket = decodeURIComponent(cookie[1]);
  if (!ticket) return undefined;
  const v = tickets.verify(ticket);
  if ('error' in v) return undefined;
  const user = model.users[v.userid];
  if (!user || user.enabled === false || (user.expire && user.expire < Date.now() / 1000)) return undefined;
  return { userid: v.userid };
}

export async function startMockPve(opts: {
  cert: string;
  key: string;
  model: AccessModel;
  host?: string;
  /** Share the signing key of another mock (a cluster: one authkey for every node). */
  tickets?: TicketAuthority;
  /** Also answer the container config, pending, reboot and task routes (lxc-config.ts). */
  lxc?: MockLxcConfigApi;
}): Promise<MockPve> {
  const tickets = opts.tickets ?? new TicketAuthority();
  const state = { delayMs: 0, failureDelayMs: 0 };
  const load = { inFlight: 0, maxInFlight: 0, abandoned: 0, rejected: 0 };
  const calls: MockPve['calls'] = [];
  const server = https.createServer({ cert: opts.cert, key: opts.key }, (req, res) => {
    load.inFlight += 1;
    load.maxInFlight = Math.max(load.maxInFlight, load.inFlight);
    res.on('close', () => {
      load.inFlight -= 1;
      if (!res.writableFinished) load.abandoned += 1;
    });
    const reply = (status: number, statusText: string, body: unknown) => {
      const timer = setTimeout(
        () => {
          if (res.destroyed) return;
          if (status === 401) load.rejected += 1;
          res.writeHead(status, statusText, { 'Content-Type': 'application/json;charset=UTF-8' });
          res.end(JSON.stringify(body));
        },
        status === 401 ? state.delayMs + state.failureDelayMs : state.delayMs,
      );
      res.on('close', () => clearTimeout(timer));
    };
    const url = new URL(req.url ?? '/', 'https://pve');
    if (url.pathname !== '/api2/json/access/permissions' && opts.lxc?.handle(req, res)) return;
    if (url.pathname !== '/api2/json/access/permissions')
      return reply(501, 'Method not implemented', { data: null });
    const caller = who(req, opts.model, tickets);
    // pveproxy answers a bad or missing credential with 401, after failureDelayMs.
    if (!caller) return reply(401, 'authentication failure', { data: null });
    const path = url.searchParams.get('path') ?? '/';
    calls.push({ path, who: caller.tokenId ? `${caller.userid}!${caller.tokenId}` : caller.userid });
    reply(200, 'OK', { data: { [path]: permissionsOn(opts.model, caller, path) } });
  });
  await new Promise<void>((resolve) => server.listen(0, opts.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    tickets,
    model: opts.model,
    calls,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(v: number) {
      state.delayMs = v;
    },
    get failureDelayMs() {
      return state.failureDelayMs;
    },
    set failureDelayMs(v: number) {
      state.failureDelayMs = v;
    },
    load,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
