// SPDX-License-Identifier: AGPL-3.0-or-later
// Bounds the uncached permission calls of each client address: at most perClient in flight, at
// most queuePerClient waiting, more is refused at once (AuthBusyError → 429). PVE holds every
// rejected credential for 3 s before it answers (pve-http-server, PVE/APIServer/AnyEvent.pm:
// "always delay unauthorized calls by 3 seconds"), so without this bound a stranger sending
// well-formed fake tickets from one address holds every connection of the pool to the PVE API,
// and real users with fresh tickets wait behind him. A waiter whose client has gone leaves the
// queue.
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

export class PerClientCallLimiter {
  private readonly clients = new Map<string, ClientState>();

  constructor(
    private readonly perClient: number,
    private readonly queuePerClient: number,
  ) {}

  async run<T>(client: string, signal: AbortSignal | undefined, call: () => Promise<T>): Promise<T> {
    const state = this.clients.get(client) ?? { active: 0, queue: [] };
    this.clients.set(client, state);
    if (state.active >= this.perClient) {
      if (state.queue.length >= this.queuePerClient) {
        throw new AuthBusyError(
          `too many permission checks from ${client} are waiting for the PVE API; try again in a few seconds`,
        );
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
    try {
      return await call();
    } finally {
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
