// SPDX-License-Identifier: AGPL-3.0-or-later
// Limits that keep one client from exhausting the daemon: a per-address token bucket for
// requests, caps on concurrent streams (all together and per address), and the socket-level
// timeouts the server applies (slow-loris).

export interface Limits {
  /** Largest request head, bytes (node's maxHeaderSize). */
  maxHeaderBytes: number;
  /** Time to receive the complete request head, ms (slow-loris). */
  headersTimeoutMs: number;
  /** Time to receive the whole request, ms. */
  requestTimeoutMs: number;
  /** Idle keep-alive connections are closed after this, ms. */
  keepAliveTimeoutMs: number;
  /** How often node checks the two timeouts above, ms. */
  checkIntervalMs: number;
  /** Open TCP connections, all clients together. */
  maxConnections: number;
  /** Time to answer a plain (non-stream) request, ms. */
  responseTimeoutMs: number;
  maxStreams: number;
  maxStreamsPerClient: number;
  ratePerMinute: number;
  /** SSE: a client whose unsent backlog exceeds this is too slow and is dropped. */
  maxStreamBacklogBytes: number;
  /** SSE keep-alive comment interval, ms. */
  heartbeatMs: number;
  /** SSE: how often an open stream's authorization is checked again, ms. */
  streamReauthMs: number;
}

export function defaultLimits(): Limits {
  return {
    maxHeaderBytes: 16 * 1024,
    headersTimeoutMs: 10_000,
    requestTimeoutMs: 15_000,
    keepAliveTimeoutMs: 5_000,
    checkIntervalMs: 1_000,
    maxConnections: 1024,
    responseTimeoutMs: 20_000,
    maxStreams: 64,
    maxStreamsPerClient: 8,
    ratePerMinute: 600,
    maxStreamBacklogBytes: 256 * 1024,
    heartbeatMs: 15_000,
    streamReauthMs: 60_000,
  };
}

/** Token bucket per client address: ratePerMinute tokens, refilled continuously. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly ratePerMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    // Forget idle clients so the map cannot grow without bound.
    this.timer = setInterval(() => this.sweep(), 60_000);
    this.timer.unref();
  }

  /** Takes one token; returns 0 when allowed, else seconds until the next token. */
  take(client: string): number {
    const now = this.now();
    const perMs = this.ratePerMinute / 60_000;
    const b = this.buckets.get(client) ?? { tokens: this.ratePerMinute, at: now };
    b.tokens = Math.min(this.ratePerMinute, b.tokens + (now - b.at) * perMs);
    b.at = now;
    this.buckets.set(client, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
  }

  private sweep(): void {
    const now = this.now();
    for (const [k, b] of this.buckets) {
      if (b.tokens + (now - b.at) * (this.ratePerMinute / 60_000) >= this.ratePerMinute)
        this.buckets.delete(k);
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** Counts open streams; acquire() says why not when a cap is reached. */
export class StreamSlots {
  private total = 0;
  private readonly perClient = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly maxPerClient: number,
  ) {}

  acquire(client: string): { ok: true; release: () => void } | { ok: false; reason: 'server' | 'client' } {
    if (this.total >= this.max) return { ok: false, reason: 'server' };
    const mine = this.perClient.get(client) ?? 0;
    if (mine >= this.maxPerClient) return { ok: false, reason: 'client' };
    this.total += 1;
    this.perClient.set(client, mine + 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.total -= 1;
        const n = (this.perClient.get(client) ?? 1) - 1;
        if (n <= 0) this.perClient.delete(client);
        else this.perClient.set(client, n);
      },
    };
  }

  get open(): number {
    return this.total;
  }
}
