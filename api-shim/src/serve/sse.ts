// SPDX-License-Identifier: AGPL-3.0-or-later
// Server-Sent Events writer. A client that reads slower than we write is dropped once its
// backlog passes a cap, so a stalled browser tab cannot pin memory in the daemon.
import type { ServerResponse } from 'node:http';
import { type HttpMsg, httpMessageText } from '../api/http-messages.ts';
import type { ApiError } from '../api/types.ts';

export class SseStream {
  private closed = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly onCloseFns: Array<() => void> = [];

  constructor(
    private readonly res: ServerResponse,
    private readonly maxBacklogBytes: number,
    heartbeatMs: number,
  ) {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      // A stream is never followed by another request on its connection; closing it after the
      // last event lets shutdown flush that event instead of cutting an "idle" socket.
      Connection: 'close',
      // nginx and similar proxies must not buffer the stream.
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    this.heartbeat = setInterval(() => this.comment('keep-alive'), heartbeatMs);
    this.heartbeat.unref();
    res.on('close', () => this.close());
  }

  /** Resolves when the response has been handed to the socket in full (or the socket died). */
  readonly finished: Promise<void> = new Promise((resolve) => {
    this.res.once('finish', () => resolve());
    this.res.once('close', () => resolve());
  });

  get isClosed(): boolean {
    return this.closed;
  }

  send(event: string, data: unknown): boolean {
    return this.sendJson(event, JSON.stringify(data));
  }

  /** Sends data already serialized (one JSON text shared by every client of the same view). */
  sendJson(event: string, json: string): boolean {
    if (this.closed) return false;
    if (this.res.writableLength > this.maxBacklogBytes) {
      this.close('slow-client');
      return false;
    }
    this.res.write(`event: ${event}\ndata: ${json}\n\n`);
    return true;
  }

  comment(text: string): void {
    if (!this.closed) this.res.write(`: ${text}\n\n`);
  }

  onClose(fn: () => void): void {
    if (this.closed) fn();
    else this.onCloseFns.push(fn);
  }

  /** Ends the stream; with a reason the client gets a final "error" event first (an ApiError). */
  close(reason?: string, msg?: HttpMsg): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    if (reason && reason !== 'slow-client' && this.res.writable) {
      const body: ApiError = msg
        ? { error: reason, message: httpMessageText(msg), messageMsg: msg }
        : { error: reason, message: reason };
      this.res.write(`event: error\ndata: ${JSON.stringify(body)}\n\n`);
    }
    if (reason === 'slow-client') this.res.destroy();
    else this.res.end();
    for (const fn of this.onCloseFns.splice(0)) {
      try {
        fn();
      } catch {}
    }
  }
}
