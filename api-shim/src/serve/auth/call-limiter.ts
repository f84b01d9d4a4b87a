// SPDX-License-Identifier: AGPL-3.0-or-later
// Bounds the uncached permission calls of each client address: at most perClient in flight, at
// most queuePerClient waiting, more is refused at once (AuthBusyError → 429). PVE holds every
// rejected credential for 3 s before it answers (pve-http-server, PVE/APIServer/AnyEvent.pm:
// "always delay unauthorized calls by 3 seconds"), so without this bound a stranger sending
// well-formed fake tickets from one address holds every connection of the pool to the PVE API,
// and real users with fresh tickets wait behind him. Strangers from many addresses together get
// at most strangerSlots calls at once: callers PVE has accepted before (trusted) always find the
// rest of the pool free. A waiter whose client has gone leaves the queue.
import { httpMsg } from '../../api/http-messages.ts';
import { AuthBusyError } from './authorizer.ts';
import { WaitAbortedError } from './cache.ts';

interface Waiter {
  start: () => void;
  fail: (err: Error) => void;
}

interface ClientState {
  active: number;
  queue: Waiter[];
}

/** A counting semaphore with a FIFO queue whose waiters can leave. */
class Slots {
  private used = 0;
  private readonly queue: Array<() => void> = [];

  constructor(private readonly size: number) {}

  async acquire(signal: AbortSignal | undefined): Promise<() => void> {
    if (this.used < this.size) {
      this.used += 1;
    } else {
      await new Promise<void>((resolve, reject) => {
        const go = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = () => {
          const i = this.queue.indexOf(go);
          if (i >= 0) this.queue.splice(i, 1);
          reject(new WaitAbortedError());
        };
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        this.queue.push(go);
      });
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next)
        next(); // the slot passes on
      else this.used -= 1;
    };
  }
}

export class PerClientCallLimiter {
  private readonly clients = new Map<string, ClientState>();
  private readonly strangers: Slots;

  constructor(
    private readonly perClient: number,
    private readonly queuePerClient: number,
    /** Calls at once for callers not yet accepted by PVE, all addresses together. */
    strangerSlots = Number.POSITIVE_INFINITY,
  ) {
    this.strangers = new Slots(strangerSlots);
  }

  async run<T>(
    client: string,
    signal: AbortSignal | undefined,
    call: () => Promise<T>,
    trusted = false,
  ): Promise<T> {
    const state = this.clients.get(client) ?? { active: 0, queue: [] };
    this.clients.set(client, state);
    if (state.active >= this.perClient) {
      if (state.queue.length >= this.queuePerClient) {
        throw new AuthBusyError(httpMsg('http.msg.auth_busy', { client }));
      }
      await new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          start: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          fail: reject,
        };
        const onAbort = () => {
          const i = state.queue.indexOf(waiter);
          if (i >= 0) state.queue.splice(i, 1);
          this.forgetIfIdle(client, state);
          reject(new WaitAbortedError());
        };
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        state.queue.push(waiter);
      });
    } else {
      state.active += 1;
    }
    let releaseStranger: (() => void) | undefined;
    try {
      if (!trusted) releaseStranger = await this.strangers.acquire(signal);
      return await call();
    } finally {
      releaseStranger?.();
      const next = state.queue.shift();
      if (next)
        next.start(); // the slot passes on; active stays
      else {
        state.active -= 1;
        this.forgetIfIdle(client, state);
      }
    }
  }

  /** Calls in flight for a client (tests). */
  active(client: string): number {
    return this.clients.get(client)?.active ?? 0;
  }

  private forgetIfIdle(client: string, state: ClientState): void {
    if (state.active === 0 && state.queue.length === 0 && this.clients.get(client) === state)
      this.clients.delete(client);
  }
}
