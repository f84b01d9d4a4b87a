// SPDX-License-Identifier: AGPL-3.0-or-later
// A small TTL cache with a size cap and single-flight loads: fifty streams opened with the same
// ticket cause one PVE API call, not fifty. Each waiter may bring an AbortSignal; a load whose
// waiters have all gone is aborted (its signal fires) and forgotten, so a client that leaves
// does not keep a PVE API connection busy for nobody.

interface Entry<V> {
  value: V;
  expires: number;
}

interface Flight<V> {
  promise: Promise<V>;
  abort: AbortController;
  waiters: number;
}

/** Rejection of a waiter whose own signal fired. */
export class WaitAbortedError extends Error {
  constructor() {
    super('the client went away');
  }
}

export class TtlCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly pending = new Map<string, Flight<V>>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: V, ttlMs: number): void {
    if (ttlMs <= 0) return;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      // Map iterates in insertion order: drop the oldest.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expires: this.now() + ttlMs });
  }

  /** Loads in flight (tests, metrics). */
  get inFlight(): number {
    return this.pending.size;
  }

  /**
   * Cached value, or the shared result of one call to load(); load decides the TTL and gets a
   * signal that fires when every waiter has gone.
   */
  getOrLoad(
    key: string,
    load: (signal: AbortSignal) => Promise<{ value: V; ttlMs: number }>,
    signal?: AbortSignal,
  ): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    if (signal?.aborted) return Promise.reject(new WaitAbortedError());
    let flight = this.pending.get(key);
    if (!flight) {
      const abort = new AbortController();
      const f: Flight<V> = {
        abort,
        waiters: 0,
        promise: Promise.resolve()
          .then(() => load(abort.signal))
          .then(({ value, ttlMs }) => {
            if (!abort.signal.aborted) this.set(key, value, ttlMs);
            return value;
          })
          .finally(() => {
            if (this.pending.get(key) === f) this.pending.delete(key);
          }),
      };
      f.promise.catch(() => {}); // waiters see the error; an abandoned flight must not crash
      this.pending.set(key, f);
      flight = f;
    }
    return this.wait(key, flight, signal);
  }

  private wait(key: string, flight: Flight<V>, signal?: AbortSignal): Promise<V> {
    flight.waiters += 1;
    return new Promise<V>((resolve, reject) => {
      let settled = false;
      const leave = () => {
        if (settled) return;
        settled = true;
        flight.waiters -= 1;
        if (flight.waiters === 0) {
          flight.abort.abort();
          if (this.pending.get(key) === flight) this.pending.delete(key);
        }
        reject(new WaitAbortedError());
      };
      signal?.addEventListener('abort', leave, { once: true });
      flight.promise.then(
        (v) => {
          if (settled) return;
          settled = true;
          flight.waiters -= 1;
          signal?.removeEventListener('abort', leave);
          resolve(v);
        },
        (err) => {
          if (settled) return;
          settled = true;
          flight.waiters -= 1;
          signal?.removeEventListener('abort', leave);
          reject(err);
        },
      );
    });
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
