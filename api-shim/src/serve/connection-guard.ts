// SPDX-License-Identifier: AGPL-3.0-or-later
// Socket-level defence, before any request exists: at most maxConnectionsPerAddress connections
// from one address; at most maxConnections in all, and when that is full the oldest connection
// that has not yet sent a request makes room for the new one (a slowloris of unfinished TLS
// handshakes from many addresses then only pushes its own sockets out, never a real user's that
// completes its handshake in milliseconds); and every connection that fails or never finishes
// its handshake or its request head is destroyed, not half-closed.
//
// Why the last point needs code: node's https server re-emits a failed handshake
// (tlsClientError, e.g. ERR_TLS_HANDSHAKE_TIMEOUT) as 'clientError' and, when a listener exists,
// leaves the socket to it (lib/https.js); ending it with an HTTP answer leaves a TLS socket that
// never closes. Each such socket stayed in CLOSE-WAIT until the 1 024 connection cap refused
// everyone (issue 10).
import http from 'node:http';
import type { Server as NetServer, Socket } from 'node:net';
import { httpMessageText, httpMsg } from '../api/http-messages.ts';
import type { ApiError } from '../api/types.ts';
import type { Limits } from './limits.ts';
import type { Logger } from './log.ts';

interface Tracked {
  socket: Socket;
  address: string;
  /** No complete request head yet (handshake or head still pending). */
  idle: boolean;
}

/** How long a refused client gets to read its short error answer before the socket goes. */
const LINGER_MS = 1000;

export interface ConnectionStats {
  open: number;
  /** Refused at accept: too many from one address, or full with nothing to evict. */
  refused: number;
  /** Idle connections closed to make room for new ones. */
  evicted: number;
  /** Handshakes or request heads that failed or timed out. */
  failed: number;
}

export class ConnectionGuard {
  private readonly tracked = new Map<Socket, Tracked>();
  private readonly perAddress = new Map<string, number>();
  readonly stats: ConnectionStats = { open: 0, refused: 0, evicted: 0, failed: 0 };

  constructor(
    server: NetServer,
    private readonly limits: Pick<Limits, 'maxConnections' | 'maxConnectionsPerAddress'>,
    private readonly logger: Logger,
  ) {
    server.on('connection', (socket: Socket) => this.accept(socket));
    server.on('request', (req: http.IncomingMessage) => this.busy(req.socket));
    server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => this.clientError(err, socket));
  }

  /** Shutdown: connections that never sent a request go now. */
  closeIdle(): void {
    for (const t of [...this.tracked.values()]) if (t.idle) t.socket.destroy();
  }

  closeAll(): void {
    for (const t of [...this.tracked.values()]) t.socket.destroy();
  }

  private accept(socket: Socket): void {
    const address = socket.remoteAddress;
    if (address === undefined) {
      socket.destroy();
      return;
    }
    if ((this.perAddress.get(address) ?? 0) >= this.limits.maxConnectionsPerAddress) {
      this.refuse(socket);
      return;
    }
    if (this.tracked.size >= this.limits.maxConnections && !this.evictOldestIdle()) {
      this.refuse(socket);
      return;
    }
    this.tracked.set(socket, { socket, address, idle: true });
    this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
    this.stats.open = this.tracked.size;
    socket.once('close', () => this.forget(socket));
  }

  private refuse(socket: Socket): void {
    this.stats.refused += 1;
    socket.destroy();
  }

  private evictOldestIdle(): boolean {
    // Map iterates in insertion order: the first idle entry is the oldest.
    for (const t of this.tracked.values()) {
      if (!t.idle) continue;
      this.stats.evicted += 1;
      this.forget(t.socket);
      t.socket.destroy();
      return true;
    }
    return false;
  }

  private forget(socket: Socket): void {
    const t = this.tracked.get(socket);
    if (!t) return;
    this.tracked.delete(socket);
    const n = (this.perAddress.get(t.address) ?? 1) - 1;
    if (n <= 0) this.perAddress.delete(t.address);
    else this.perAddress.set(t.address, n);
    this.stats.open = this.tracked.size;
  }

  /** The raw socket under a TLS socket (tls.TLSSocket keeps it as _parent), or the socket itself. */
  private raw(socket: Socket): Socket {
    const parent = (socket as Socket & { _parent?: Socket })._parent;
    return parent && this.tracked.has(parent) ? parent : socket;
  }

  private busy(socket: Socket): void {
    const t = this.tracked.get(this.raw(socket));
    if (t) t.idle = false;
  }

  private clientError(err: NodeJS.ErrnoException, socket: Socket): void {
    this.stats.failed += 1;
    const code = err.code ?? '';
    // An HTTP-level fault on a working connection gets a short answer; everything else (TLS
    // failures, handshake timeouts, resets) is destroyed at once.
    const httpFault = code.startsWith('HPE_') || code === 'ERR_HTTP_REQUEST_TIMEOUT';
    if (!httpFault || !socket.writable) {
      if (!code.startsWith('ERR_TLS') && !code.startsWith('ERR_SSL') && code !== 'ECONNRESET')
        this.logger.debug('connection error', { code });
      socket.destroy();
      return;
    }
    const status = code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const msg =
      status === 431
        ? httpMsg('http.msg.headers_too_large')
        : status === 408
          ? httpMsg('http.msg.request_timeout')
          : httpMsg('http.msg.bad_http', { code: code || 'bad request' });
    const answer: ApiError = {
      error: status === 431 ? 'headers-too-large' : status === 408 ? 'timeout' : 'bad-request',
      message: httpMessageText(msg),
      messageMsg: msg,
    };
    const body = JSON.stringify(answer);
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    // A client that never reads its answer must not keep the socket: end() alone waits for it.
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  }
}
