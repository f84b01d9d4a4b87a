// SPDX-License-Identifier: AGPL-3.0-or-later
// Lifecycle of one live stream, as a Lit reactive controller: it runs while its element is
// on the page and the browser tab is visible, and stops (aborting the request) otherwise.
// PVE destroys a card when the user leaves the tab, which disconnects the element.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ShimClient, ShimError } from './shim-client.ts';

export interface StreamOptions {
  client: ShimClient;
  path: string;
  onEvent: (event: string, data: unknown) => void;
  /** Called with undefined once the stream works again. */
  onError: (err: ShimError | undefined) => void;
  /** Called when the stream (re)starts after a pause, e.g. to refetch history. */
  onResume?: () => void;
  /** Start disabled, e.g. for a stopped container. */
  enabled?: boolean;
}

export class StreamController implements ReactiveController {
  private abort: AbortController | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private enabled: boolean;
  private connected = false;
  private readonly onVisibility = () => this.sync(true);

  constructor(
    host: ReactiveControllerHost,
    private readonly opts: StreamOptions,
  ) {
    this.enabled = opts.enabled ?? true;
    host.addController(this);
  }

  get running(): boolean {
    return this.abort !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.sync(false);
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  setEnabled(enabled: boolean): void {
    if (this.enabled === enabled) return;
    this.enabled = enabled;
    this.sync(true);
  }

  /** Restart now (e.g. the user pressed Retry after accepting the certificate). */
  restart(): void {
    this.stop();
    this.retries = 0;
    this.sync(true);
  }

  private sync(resume: boolean): void {
    const want = this.connected && this.enabled && document.visibilityState !== 'hidden';
    if (want && !this.abort) {
      if (resume) this.opts.onResume?.();
      this.start();
    } else if (!want) this.stop();
  }

  private stop(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  private start(): void {
    const ac = new AbortController();
    this.abort = ac;
    let gotEvent = false;
    this.opts.client
      .stream(
        this.opts.path,
        (event, data) => {
          if (!gotEvent) {
            gotEvent = true;
            this.retries = 0;
            this.opts.onError(undefined);
          }
          this.opts.onEvent(event, data);
        },
        ac.signal,
      )
      .then(
        () => this.retry(ac, undefined),
        (err: unknown) => {
          if (ac.signal.aborted) return;
          this.retry(
            ac,
            err instanceof ShimError
              ? err
              : ShimError.local('error', 'error.unexpected', { error: String(err) }),
          );
        },
      );
  }

  private retry(ac: AbortController, err: ShimError | undefined): void {
    if (ac.signal.aborted || this.abort !== ac) return;
    this.abort = undefined;
    if (err) this.opts.onError(err);
    // Permission and login problems do not heal by retrying; the user acts, then retries.
    if (err && (err.kind === 'forbidden' || err.kind === 'unauthenticated' || err.kind === 'not-found'))
      return;
    const delay = Math.min(15_000, 1000 * 2 ** this.retries);
    this.retries += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.sync(false);
    }, delay);
  }
}
