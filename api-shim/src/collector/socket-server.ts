// SPDX-License-Identifier: AGPL-3.0-or-later
// The collector's only door: a unix socket (DESIGN.md decision 9). It answers the closed
// questions of api/collector-protocol.ts from the sampler and the health engine, and nothing
// else: a malformed, oversized or unknown request ends that connection. The socket file is made
// 0660 in a directory the unit creates 0750 root:pve-gpu-tab, so only the server's user connects.
import { chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import {
  type CollectorReply,
  type CollectorRequest,
  LineDecoder,
  MAX_IN_FLIGHT,
  MAX_REPLY_BYTES,
  MAX_REQUEST_BYTES,
  parseRequest,
} from '../api/collector-protocol.ts';
import type { HealthSource, UsageSource } from '../api/sources.ts';
import type { UsageSnapshot } from '../api/types.ts';

type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

export interface CollectorSocketOptions {
  path: string;
  usage: UsageSource;
  health: HealthSource;
  log?: Log;
  /** Connections at once (the server holds one; a few spare for restarts and `top`). */
  maxConnections?: number;
  /** A subscriber whose socket buffers more than this is too slow and gets disconnected. */
  maxBufferedBytes?: number;
}

export interface CollectorSocket {
  close(): Promise<void>;
  connections(): number;
}

export async function listenCollectorSocket(opts: CollectorSocketOptions): Promise<CollectorSocket> {
  const log: Log = opts.log ?? (() => {});
  const maxBuffered = opts.maxBufferedBytes ?? 2 * MAX_REPLY_BYTES;
  const sockets = new Set<net.Socket>();
  // A sample is encoded once, however many subscribers (and the first send after a subscribe) get it.
  let encoded: { snapshot: UsageSnapshot; line: string } | undefined;
  const sampleLine = (snapshot: UsageSnapshot): string => {
    if (encoded?.snapshot !== snapshot)
      encoded = {
        snapshot,
        line: `${JSON.stringify({ event: 'sample', snapshot } satisfies CollectorReply)}\n`,
      };
    return encoded.line;
  };
  const server = net.createServer({ allowHalfOpen: false }, (sock) => serveConnection(sock));
  server.maxConnections = opts.maxConnections ?? 8;

  function serveConnection(sock: net.Socket): void {
    sockets.add(sock);
    const decoder = new LineDecoder(MAX_REQUEST_BYTES);
    let inFlight = 0;
    let unsubscribe: (() => void) | undefined;
    const send = (reply: CollectorReply) => {
      if (sock.destroyed) return;
      const line = 'event' in reply ? sampleLine(reply.snapshot) : `${JSON.stringify(reply)}\n`;
      if (line.length > MAX_REPLY_BYTES) {
        if ('id' in reply) send({ id: reply.id, ok: false, error: 'reply too large' });
        return;
      }
      if (sock.writableLength > maxBuffered) {
        log('warn', 'collector client too slow, disconnected');
        sock.destroy();
        return;
      }
      sock.write(line);
    };
    const refuse = (why: string) => {
      log('warn', 'collector request refused', { reason: why });
      sock.destroy();
    };
    sock.on('data', (chunk: Buffer) => {
      let lines: string[];
      try {
        lines = decoder.push(chunk);
      } catch (err) {
        return refuse((err as Error).message);
      }
      for (const line of lines) {
        const req = parseRequest(line);
        if (typeof req === 'string') return refuse(req);
        if (inFlight >= MAX_IN_FLIGHT) return refuse('too many requests in flight');
        if (req.op === 'subscribe') {
          if (!unsubscribe) {
            unsubscribe = opts.usage.onSample((snapshot: UsageSnapshot) =>
              send({ event: 'sample', snapshot }),
            );
          }
          send({ id: req.id, ok: true });
          const first = opts.usage.latest();
          if (first) send({ event: 'sample', snapshot: first });
          continue;
        }
        if (req.op === 'unsubscribe') {
          // The server pushes nothing on to its own listeners while nobody needs samples: every
          // push costs this process a JSON encoding and a write that wakes the server.
          unsubscribe?.();
          unsubscribe = undefined;
          send({ id: req.id, ok: true });
          continue;
        }
        if (req.op === 'latest') {
          // The sampler's latest(): a sample of a failing sampler comes marked stale, with its age.
          send({ id: req.id, ok: true, result: opts.usage.latest() ?? null });
          continue;
        }
        inFlight++;
        answer(req)
          .then(
            (result) => send({ id: req.id, ok: true, result: result ?? null }),
            (err: unknown) => {
              log('error', 'collector request failed', { op: req.op, error: err });
              send({ id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) });
            },
          )
          .finally(() => inFlight--);
      }
    });
    sock.on('error', () => sock.destroy());
    sock.on('close', () => {
      unsubscribe?.();
      sockets.delete(sock);
    });
  }

  async function answer(req: Exclude<CollectorRequest, { op: 'subscribe' | 'unsubscribe' | 'latest' }>) {
    if (req.op === 'history') return opts.usage.history(req.vmid, req.timeframe, req.cf);
    if (req.op === 'node-history') return opts.usage.nodeHistory(req.timeframe, req.cf);
    return opts.health.report(req.vmid);
  }

  // A stale socket file from a killed collector would make listen() fail with EADDRINUSE.
  rmSync(opts.path, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  chmodSync(opts.path, 0o660);
  return {
    connections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
