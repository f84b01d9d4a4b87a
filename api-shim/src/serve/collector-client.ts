// SPDX-License-Identifier: AGPL-3.0-or-later
// The server's side of the collector socket (api/collector-protocol.ts): the UsageSource and
// HealthSource the HTTP service codes against, answered by the collector process. It times out
// every request, and reconnects with backoff when the collector restarts; until then `latest()` is
// undefined and requests fail fast, which the service reports as 503s, never as a hang.
//
// Samples are pushed to this process only while something needs every one of them: a listener
// (a live stream, the metric exporter with a server to send to), or a usage view asked for in
// the last WARM_MS (a panel or script that polls). Each push costs the collector a JSON encoding
// and a write that wakes this process, every second, and most of the time nobody looks. A request
// with no subscription up asks the collector for its latest sample once (`current()`). The
// sample kept from the subscription is dropped when the subscription ends, so `latest()` never
// answers with a sample older than the subscription's last push (whose age servedSnapshot()
// judges: a collector that stops pushing reads stale, never live).
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

/** How long a usage view asked for keeps samples pushed (a panel that polls every few seconds keeps them up). */
export const WARM_MS = 10_000;

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
  /** whether this connection asked to be pushed samples (and did not unsubscribe since) */
  private subscribed = false;
  /** samples stay pushed until then (a usage view asked for), even with no listener */
  private warmUntil = 0;
  private warmTimer?: NodeJS.Timeout;

  constructor(
    private readonly socketPath: string,
    private readonly log: Log = () => {},
    private readonly timeouts: Record<CollectorRequest['op'], number> = REQUEST_TIMEOUT_MS,
    private readonly warmMs = WARM_MS,
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
    clearTimeout(this.warmTimer);
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
    return this.snapshot && served(this.snapshot);
  }

  async current(opts: { warm?: boolean } = {}): Promise<UsageSnapshot | undefined> {
    if (opts.warm) this.keepWarm();
    const pushed = this.latest();
    if (pushed) return pushed;
    if (!this.connected) return undefined;
    const snap = (await this.ask({ op: 'latest' })) as UsageSnapshot | null;
    return snap ? served(snap) : undefined;
  }

  onSample(listener: (snapshot: UsageSnapshot) => void): () => void {
    this.listeners.add(listener);
    this.syncSubscription();
    return () => {
      if (!this.listeners.delete(listener)) return;
      // Linger: a stream reopened at once (a page reload, a tab switched) finds samples still pushed.
      if (this.listeners.size === 0) this.keepWarm();
    };
  }

  /** Whether samples are pushed to this process now (tests, diagnostics). */
  subscribedNow(): boolean {
    return this.subscribed;
  }

  private keepWarm(): void {
    const now = Date.now();
    this.warmUntil = now + this.warmMs;
    this.syncSubscription();
    if (!this.warmTimer) this.scheduleCool(this.warmMs);
  }

  private scheduleCool(ms: number): void {
    this.warmTimer = setTimeout(() => {
      this.warmTimer = undefined;
      const left = this.warmUntil - Date.now();
      if (left > 0) this.scheduleCool(left);
      else this.syncSubscription();
    }, ms);
    this.warmTimer.unref();
  }

  /** Subscribes while a listener or a recent usage view needs samples; unsubscribes otherwise. */
  private syncSubscription(): void {
    const sock = this.sock;
    if (!sock || !this.connected) return;
    const wanted = this.listeners.size > 0 || Date.now() < this.warmUntil;
    if (wanted === this.subscribed) return;
    this.subscribed = wanted;
    // Its answer (id 0) needs no waiting: the first sample follows it.
    sock.write(`${JSON.stringify({ id: 0, op: wanted ? 'subscribe' : 'unsubscribe' })}\n`);
    // Not pushed any more: the last push would only get older.
    if (!wanted) this.snapshot = undefined;
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
      this.subscribed = false;
      this.syncSubscription();
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
      this.subscribed = false;
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
      // A push written before the collector read our unsubscribe: not kept (nothing would replace it).
      if (msg.event !== 'sample' || !this.subscribed) return;
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

/**
 * A collector whose sampling fails (or that stopped pushing) must not look live: an old sample is
 * marked stale here. One the collector marked stale already says why its sampling fails
 * (Sampler.latest()): kept as it came.
 */
function served(snap: UsageSnapshot): UsageSnapshot {
  return snap.collectors.sampler?.state === 'stale' ? snap : servedSnapshot(snap, Date.now());
}
