// SPDX-License-Identifier: AGPL-3.0-or-later
// A tiny HTTPS client for the service tests: verifies the shim against the test CA, returns
// status, headers and body; raw() speaks bytes on a TLS socket for the abuse tests.
import https from 'node:https';
import tls from 'node:tls';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: unknown;
}

export function get(
  url: string,
  opts: {
    ca: string;
    headers?: Record<string, string>;
    method?: string;
    body?: string;
    timeoutMs?: number;
    localAddress?: string;
  },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: opts.method ?? 'GET',
        ca: opts.ca,
        headers: opts.headers,
        agent: false,
        localAddress: opts.localAddress,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(body);
          } catch {}
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
        });
      },
    );
    req.setTimeout(opts.timeoutMs ?? 10_000, () => req.destroy(new Error('client timeout')));
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

/** Opens an SSE stream; collects events until stop() or the server ends it. */
export function openStream(
  url: string,
  opts: { ca: string; headers?: Record<string, string> },
): Promise<{
  status: number;
  events: Array<{ event: string; data: unknown }>;
  next(event?: string, timeoutMs?: number): Promise<{ event: string; data: unknown }>;
  ended: Promise<void>;
  stop(): void;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { ca: opts.ca, headers: opts.headers, agent: false }, (res) => {
      const events: Array<{ event: string; data: unknown }> = [];
      const waiters: Array<() => void> = [];
      let buf = '';
      let body = '';
      const ended = new Promise<void>((r) => res.on('close', () => r()));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
        buf += chunk;
        let i = buf.indexOf('\n\n');
        while (i >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          let event = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          if (data) {
            events.push({ event, data: JSON.parse(data) });
            for (const w of waiters.splice(0)) w();
          }
          i = buf.indexOf('\n\n');
        }
      });
      let seen = 0;
      const stream = {
        status: res.statusCode ?? 0,
        events,
        ended,
        get body() {
          return body;
        },
        stop: () => req.destroy(),
        next: async (event?: string, timeoutMs = 5000) => {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            while (seen < events.length) {
              const e = events[seen++];
              if (!event || e.event === event) return e;
            }
            if (Date.now() > deadline) throw new Error(`no ${event ?? ''} event within ${timeoutMs} ms`);
            await Promise.race([
              new Promise<void>((r) => waiters.push(r)),
              new Promise<void>((r) => setTimeout(r, 100)),
              ended,
            ]);
            if (res.closed && seen >= events.length) throw new Error('stream ended');
          }
        },
      };
      resolve(stream);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Writes raw bytes over TLS and returns what came back before the server closed. */
export function raw(
  host: string,
  port: number,
  ca: string,
  chunks: Array<string | { waitMs: number }>,
  timeoutMs = 10_000,
): Promise<{ reply: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const s = tls.connect({ host, port, ca, servername: 'localhost' }, async () => {
      for (const c of chunks) {
        if (typeof c === 'string') {
          if (!s.writable) break;
          s.write(c);
        } else await new Promise((r) => setTimeout(r, c.waitMs));
      }
    });
    let reply = '';
    s.setEncoding('utf8');
    s.on('data', (d: string) => {
      reply += d;
    });
    const t = setTimeout(() => {
      s.destroy();
      reject(new Error(`connection still open after ${timeoutMs} ms; got: ${reply.slice(0, 200)}`));
    }, timeoutMs);
    s.on('close', () => {
      clearTimeout(t);
      resolve({ reply, closedAfterMs: Date.now() - started });
    });
    s.on('error', () => {});
  });
}
