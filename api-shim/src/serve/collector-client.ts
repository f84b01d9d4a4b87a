// SPDX-License-Identifier: AGPL-3.0-or-later
// The server's side of the collector socket (api/collector-protocol.ts): the UsageSource and
// HealthSource the HTTP service codes against, answered by the collector process. It keeps the
// latest sample from its subscription, times out every request, and reconnects with backoff when
// the collector restarts; until then `latest()` is undefined and requests fail fast, which the
// service reports as 503s, never as a hang.
import net from 'node:net';
import {
  type CollectorReply,
  type CollectorRequest,
  isVmid,
  LineDecoder,
  MAX_REPLY_BYTES,
  REQUEST_TIMEOUT_MS,
} from '../api/collector-protocol.ts';
import type { HealthSource, UsageSource } from '../api/sources.ts';
import type {
  ConsolidationFn,
  ContainerHistory,
  HealthReport,
  NodeHistory,
  Timeframe,
  UsageSnapshot,
} from '../api/types.ts';
import { servedSnapshot } from '../api/usage-views.ts';

type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

/** Distributive Omit, so each request variant keeps its own fields. */
type Ask = CollectorRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

export class CollectorUnavailableError extends Error {}

export class CollectorClient implements UsageSource, HealthSource {
  private sock?: net.Socket;
  private snapshot?: UsageSnapshot;
  private readonly listeners = new Set<(s: UsageSnapshot) => void>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped = true;
  private retryMs = 100;
  private retryTimer?: NodeJS.Timeout;
  private connected = false;
  private firstConnect?: { resolve: () => void };

  constructor(
    private readonly socketPath: string,
    private readonly log: Log = () => {},
    private readonly timeouts: Record<CollectorRequest['op'], number> = REQUEST_TIMEOUT_MS,
  ) {}

  /** Connects; resolves on the first connection or after `waitMs` (the service starts either way). */
  start(waitMs = 5000): Promise<void> {
    this.stopped = false;
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, waitMs);
      this.firstConnect = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.connect();
    });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.sock?.destroy();
    this.failAll('the service is stopping');
  }

  isConnected(): boolean {
    return this.connected;
  }

  reachable(): boolean {
    return this.connected;
  }

  latest(): UsageSnapshot | undefined {
    // A collector whose sampling fails (or that stopped pushing) must not look live.
    return this.snapshot && servedSnapshot(this.snapshot, Date.now());
  }

  onSample(listener: (snapshot: UsageSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  history(vmid: string, timeframe: Timeframe, cf: ConsolidationFn): Promise<ContainerHistory> {
    return this.ask({ op: 'history', vmid, timeframe, cf }) as Promise<ContainerHistory>;
  }

  nodeHistory(timeframe: Timeframe, cf: ConsolidationFn): Promise<NodeHistory> {
    return this.ask({ op: 'node-history', timeframe, cf }) as Promise<NodeHistory>;
  }

  async report(vmid: string): Promise<HealthReport | undefined> {
    // The collector refuses a bad id by closing the connection; do not even ask.
    if (!isVmid(vmid)) return undefined;
    return ((await this.ask({ op: 'health', vmid })) as HealthReport | null) ?? undefined;
  }

  private ask(req: Ask): Promise<unknown> {
    const sock = this.sock;
    if (!sock || !this.connected) {
      return Promise.reject(new CollectorUnavailableError('the collector is not running'));
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(
          new CollectorUnavailableError(`the collector did not answer within ${this.timeouts[req.op]} ms`),
        );
      }, this.timeouts[req.op]);
      this.pending.set(id, { resolve, reject, timer });
      sock.write(`${JSON.stringify({ id, ...req })}\n`);
    });
  }

  private connect(): void {
    if (this.stopped) return;
    const sock = net.createConnection(this.socketPath);
    this.sock = sock;
    const decoder = new LineDecoder(MAX_REPLY_BYTES);
    sock.on('connect', () => {
      this.connected = true;
      this.retryMs = 100;
      this.log('info', 'connected to the collector', { socket: this.socketPath });
      sock.write(`${JSON.stringify({ id: 0, op: 'subscribe' })}\n`);
      this.firstConnect?.resolve();
      this.firstConnect = undefined;
    });
    sock.on('data', (chunk: Buffer) => {
      let lines: string[];
      try {
        lines = decoder.push(chunk);
      } catch (err) {
        this.log('error', 'collector reply refused', { error: err });
        sock.destroy();
        return;
      }
      for (const line of lines) this.onReply(line);
    });
    sock.on('error', (err) => {
      if (this.connected || this.retryMs === 100)
        this.log('warn', 'collector socket', { error: err.message, socket: this.socketPath });
    });
    sock.on('close', () => {
      const was = this.connected;
      this.connected = false;
      if (this.sock === sock) this.sock = undefined;
      this.snapshot = undefined;
      this.failAll('the collector connection closed');
      if (this.stopped) return;
      if (was) this.log('warn', 'collector connection lost; reconnecting');
      this.retryTimer = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 5000);
    });
  }

  private onReply(line: string): void {
    let msg: CollectorReply;
    try {
      msg = JSON.parse(line) as CollectorReply;
    } catch {
      return;
    }
    if ('event' in msg) {
      if (msg.event !== 'sample') return;
      this.snapshot = msg.snapshot;
      for (const l of this.listeners) {
        try {
          l(msg.snapshot);
        } catch (err) {
          this.log('error', 'usage listener failed', { error: err });
        }
      }
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    clearTimeout(p.timer);
    if (msg.ok) p.resolve(msg.result);
    else p.reject(new Error(msg.error));
  }

  private failAll(why: string): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new CollectorUnavailableError(why));
      this.pending.delete(id);
    }
  }
}
