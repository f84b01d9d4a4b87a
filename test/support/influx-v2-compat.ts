// SPDX-License-Identifier: AGPL-3.0-or-later
// InfluxDB 1.8's v2 compatibility write endpoint, in front of Debian's influxd 1.6.7 (which
// predates it and answers 404). PVE's HTTP(S) mode writes only to /api/v2/write
// (pve-manager PVE/Status/InfluxDB.pm _get_v2url), so testing our HTTP mode against Debian's
// server needs what 1.8 added, reproduced from influxdata/influxdb 1.8
// services/httpd/handler.go: serveWriteV2 maps bucket "db[/rp]" to database and retention policy
// (bucket2dbrp; an empty database is a 404), precision ns → n, and the "Token user:password"
// credential is the 1.x user (parseCredentials). The write itself, the auth check and the
// storage are the real influxd's.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CompatProxy {
  port: number;
  requests: number;
  close(): Promise<void>;
}

export async function startInfluxV2Compat(influxHttpPort: number): Promise<CompatProxy> {
  const state = { requests: 0 };
  const server = http.createServer((req, res) => {
    state.requests += 1;
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method !== 'POST' || url.pathname !== '/api/v2/write') {
      res.writeHead(404).end();
      return;
    }
    const bucket = url.searchParams.get('bucket') ?? '';
    const slash = bucket.indexOf('/');
    const db = slash < 0 ? bucket : bucket.slice(0, slash);
    const rp = slash < 0 ? '' : bucket.slice(slash + 1);
    if (!db) {
      res.writeHead(404).end('{"error":"bucket has no database"}');
      return;
    }
    const precision = url.searchParams.get('precision') ?? '';
    const q = new URLSearchParams({
      db,
      rp,
      precision: precision === 'ns' ? 'n' : precision === 'us' ? 'u' : precision,
    });
    const token = /^Token (.*)$/.exec(req.headers.authorization ?? '')?.[1];
    if (token !== undefined) {
      const colon = token.indexOf(':');
      q.set('u', colon < 0 ? token : token.slice(0, colon));
      q.set('p', colon < 0 ? '' : token.slice(colon + 1));
    }
    const up = http.request(
      {
        host: '127.0.0.1',
        port: influxHttpPort,
        method: 'POST',
        path: `/write?${q}`,
        headers: { 'Content-Type': 'text/plain' },
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    get requests() {
      return state.requests;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
