// SPDX-License-Identifier: AGPL-3.0-or-later
// Limits that keep one client from exhausting the daemon: a per-address token bucket for
// requests, caps on concurrent streams (all together, and fair per user), and the socket-level
// bounds the server applies (slow-loris: handshake and head timeouts, connections per address).

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
  /** Open TCP connections, all clients together; when full, the oldest idle one makes room. */
  maxConnections: number;
  /** Open TCP connections from one address. */
  maxConnectionsPerAddress: number;
  /** Time to complete the TLS handshake, ms. */
  handshakeTimeoutMs: number;
  /** Uncached permission calls to the PVE API in flight for one client address. */
  authCallsPerAddress: number;
  /** Uncached permission calls waiting for a slot, per client address; more → 429. */
  authQueuePerAddress: number;
  /** Time the PVE API has to answer one permission call, ms; then → 503. */
  authCallTimeoutMs: number;
  /** Time to answer a plain (non-stream) request, ms. */
  responseTimeoutMs: number;
  maxStreams: number;
  /** Concurrent streams of one user (PVE user or token; the address in the loopback demo). */
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
    maxConnectionsPerAddress: 64,
    handshakeTimeoutMs: 5_000,
    authCallsPerAddress: 4,
    authQueuePerAddress: 16,
    authCallTimeoutMs: 5_000,
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

type SlotGrant = { ok: true; release: () => void } | { ok: false; reason: 'server' | 'client' };

interface Holder {
  preempt: () => void;
  released: boolean;
}

/**
 * Live-stream slots shared fairly between users: at most maxPerUser each, max in all. When all
 * are taken, a user below the fair share takes the oldest stream of the user holding the most
 * (that stream ends with an event saying why), so one user with many tabs cannot lock others out.
 */
export class FairStreamSlots {
  private total = 0;
  private readonly byUser = new Map<string, Holder[]>();

  constructor(
    private max: number,
    private maxPerUser: number,
  ) {}

  /** New caps (config reload); open streams above them stay until they end. */
  resize(max: number, maxPerUser: number): void {
    this.max = max;
    this.maxPerUser = maxPerUser;
  }

  /** preempt() is called when this slot is given to a user with fewer streams. */
  acquire(user: string, preempt: () => void = () => {}): SlotGrant {
    const mine = this.byUser.get(user)?.length ?? 0;
    if (mine >= this.maxPerUser) return { ok: false, reason: 'client' };
    if (this.total >= this.max) {
      let richest: Holder[] | undefined;
      for (const held of this.byUser.values()) if (!richest || held.length > richest.length) richest = held;
      if (!richest || richest.length <= mine + 1) return { ok: false, reason: 'server' };
      const victim = richest[0];
      this.drop(this.userOf(richest), victim);
      try {
        victim.preempt();
      } catch {}
    }
    const holder: Holder = { preempt, released: false };
    const list = this.byUser.get(user) ?? [];
    list.push(holder);
    this.byUser.set(user, list);
    this.total += 1;
    return { ok: true, release: () => this.drop(user, holder) };
  }

  private userOf(list: Holder[]): string {
    for (const [u, l] of this.byUser) if (l === list) return u;
    return '';
  }

  private drop(user: string, holder: Holder): void {
    if (holder.released) return;
    holder.released = true;
    this.total -= 1;
    const list = this.byUser.get(user);
    if (!list) return;
    const i = list.indexOf(holder);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byUser.delete(user);
  }

  get open(): number {
    return this.total;
  }
}
