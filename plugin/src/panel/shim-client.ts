// SPDX-License-Identifier: AGPL-3.0-or-later
// Talks to the api-shim. Every request carries the user's PVE ticket in the Authorization
// header (credentials: 'omit', so no ambient cookie reaches the shim). Streams use fetch
// streaming rather than EventSource, so the ticket never appears in a URL or a proxy log.
import type { ApiError } from '../../../api-shim/src/api/types.ts';
import type { UiMessageId } from '../i18n/en.ts';
import { EN } from '../i18n/en.ts';
import { formatMessage, type MessageParams } from '../i18n/message-format.ts';
import type { MessageRef } from '../i18n/translate.ts';
import { SseParser } from './sse-parser.ts';

/** What went wrong, in the terms the UI explains to the user. */
export type FailureKind =
  | 'unreachable'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'unavailable'
  | 'error';

/**
 * A failure with its message twice: `message` in English (the server's text, or the browser's
 * own for what never reached the server) and `msg`, the id the panel renders in the user's
 * language (a server id of api/http-messages.ts, or a UI id of ../i18n/en.ts).
 */
export class ShimError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
    readonly msg?: MessageRef,
  ) {
    super(message);
  }

  /** A failure the browser itself met, said by a UI message id. */
  static local(kind: FailureKind, id: UiMessageId, params?: MessageParams, status?: number): ShimError {
    return new ShimError(kind, formatMessage(EN[id], params), status, params ? { id, params } : { id });
  }
}

/** The body's messageMsg when it has the shape of one; anything else is ignored. */
export function messageRefOf(body: unknown): MessageRef | undefined {
  const m = (body as Partial<ApiError> | null)?.messageMsg;
  if (!m || typeof m !== 'object' || typeof m.id !== 'string' || m.id.length > 200) return undefined;
  const params: MessageParams = {};
  if (m.params && typeof m.params === 'object') {
    for (const [k, v] of Object.entries(m.params))
      if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) params[k] = v;
  }
  return { id: m.id, params };
}

/** An ApiError body (an HTTP error answer or a stream's final "error" event) as a ShimError. */
export function shimErrorOf(kind: FailureKind, body: unknown, status?: number): ShimError | undefined {
  const b = body as Partial<ApiError> | null;
  if (!b || typeof b !== 'object' || typeof b.message !== 'string') return undefined;
  return new ShimError(kind, b.message, status, messageRefOf(b));
}

export interface ShimClientOptions {
  baseUrl: string;
  ticket: () => string;
  /** How long to wait for an answer's head (default ANSWER_TIMEOUT_MS). */
  answerTimeoutMs?: number;
}

/**
 * A firewall that drops packets (PVE's own firewall on the shim's port, say) leaves a request
 * hanging for minutes, the tab saying "Waiting for data…". Past this, without an answer's head,
 * the tab says the service is not reachable. Longer than the shim's own bound on a plain answer
 * (limits.responseTimeoutMs, 20 s), so that a slow answer is the shim's 503 timeout, not this.
 */
export const ANSWER_TIMEOUT_MS = 30_000;

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
    // The caller's signal ends the whole exchange (a stream's body too); the timer only the wait
    // for the head.
    const ac = new AbortController();
    if (signal?.aborted) ac.abort();
    else signal?.addEventListener('abort', () => ac.abort(), { once: true });
    const timeoutMs = this.opts.answerTimeoutMs ?? ANSWER_TIMEOUT_MS;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ac.abort();
    }, timeoutMs);
    try {
      res = await fetch(this.baseUrl + path, {
        headers: { ...this.headers(), Accept: accept },
        credentials: 'omit',
        // No `cache: 'no-store'`: Chromium skips its CORS preflight cache for such requests, so
        // every request paid a second round trip despite the shim's Access-Control-Max-Age. The
        // shim answers with Cache-Control: no-store, which keeps live data out of the HTTP cache.
        signal: ac.signal,
      });
    } catch (err) {
      if (timedOut && !signal?.aborted)
        throw ShimError.local('unreachable', 'error.timeout', { seconds: Math.round(timeoutMs / 1000) });
      if ((err as Error).name === 'AbortError') throw err;
      // fetch says nothing more for a refused connection, a rejected certificate or CORS.
      throw ShimError.local('unreachable', 'error.unreachable');
    } finally {
      clearTimeout(timer);
    }
    if (!res.ok) {
      let body: unknown;
      try {
        body = await res.json();
      } catch {}
      // Not an answer of the shim (a proxy's page, a truncated body): say the status.
      throw (
        shimErrorOf(kindOf(res.status), body, res.status) ??
        ShimError.local(kindOf(res.status), 'error.httpStatus', { status: res.status }, res.status)
      );
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
    if (!res.body) throw ShimError.local('error', 'error.noStreaming');
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    let ended: ShimError | undefined;
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (err) {
          if (signal.aborted) throw err;
          // The connection broke mid-stream ("network error"): the caller reconnects.
          throw ShimError.local('error', 'error.streamLost');
        }
        const { value, done } = chunk;
        if (done) {
          // The server ended the stream and said why in a last "error" event.
          if (ended) throw ended;
          return;
        }
        for (const ev of parser.push(decoder.decode(value, { stream: true }))) {
          let data: unknown;
          try {
            data = JSON.parse(ev.data);
          } catch {
            continue; // one bad event must not end the stream
          }
          if (ev.event === 'error') {
            ended = shimErrorOf('unavailable', data);
            continue;
          }
          onEvent(ev.event, data);
        }
      }
    } finally {
      reader.cancel().catch(() => {});
    }
  }
}
