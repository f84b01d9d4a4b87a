// SPDX-License-Identifier: AGPL-3.0-or-later
// Talks to the api-shim. Every request carries the user's PVE ticket in the Authorization
// header (credentials: 'omit', so no ambient cookie reaches the shim). Streams use fetch
// streaming rather than EventSource, so the ticket never appears in a URL or a proxy log.
import type { ApiError } from '../../../api-shim/src/api/types.ts';
import { SseParser } from './sse-parser.ts';

/** What went wrong, in the terms the UI explains to the user. */
export type FailureKind =
  | 'unreachable'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'unavailable'
  | 'error';

export class ShimError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface ShimClientOptions {
  baseUrl: string;
  ticket: () => string;
}

function kindOf(status: number): FailureKind {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 503 || status === 429) return 'unavailable';
  return 'error';
}

export class ShimClient {
  constructor(private readonly opts: ShimClientOptions) {}

  get baseUrl(): string {
    return this.opts.baseUrl.replace(/\/+$/, '');
  }

  private headers(): HeadersInit {
    const ticket = this.opts.ticket();
    return ticket ? { Authorization: `PVEAuthCookie=${encodeURIComponent(ticket)}` } : {};
  }

  private async request(path: string, signal?: AbortSignal, accept = 'application/json'): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(this.baseUrl + path, {
        headers: { ...this.headers(), Accept: accept },
        credentials: 'omit',
        // No `cache: 'no-store'`: Chromium skips its CORS preflight cache for such requests, so
        // every request paid a second round trip despite the shim's Access-Control-Max-Age. The
        // shim answers with Cache-Control: no-store, which keeps live data out of the HTTP cache.
        signal,
      });
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      // fetch says nothing more for a refused connection, a rejected certificate or CORS.
      throw new ShimError('unreachable', String((err as Error).message ?? err));
    }
    if (!res.ok) {
      let message = `HTTP ${res.status}`;
      try {
        const body = (await res.json()) as Partial<ApiError>;
        if (body && typeof body.message === 'string') message = body.message;
      } catch {}
      throw new ShimError(kindOf(res.status), message, res.status);
    }
    return res;
  }

  async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    const res = await this.request(path, signal);
    return (await res.json()) as T;
  }

  /**
   * Reads an SSE stream until `signal` aborts or the server ends it. Resolves on a clean end;
   * rejects with ShimError on failure (the caller decides about retries).
   */
  async stream(
    path: string,
    onEvent: (event: string, data: unknown) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const res = await this.request(path, signal, 'text/event-stream');
    if (!res.body) throw new ShimError('error', 'streaming is not supported by this browser');
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        for (const ev of parser.push(decoder.decode(value, { stream: true }))) {
          let data: unknown;
          try {
            data = JSON.parse(ev.data);
          } catch {
            continue; // one bad event must not end the stream
          }
          onEvent(ev.event, data);
        }
      }
    } finally {
      reader.cancel().catch(() => {});
    }
  }
}
