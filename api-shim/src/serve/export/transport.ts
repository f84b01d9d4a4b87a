// SPDX-License-Identifier: AGPL-3.0-or-later
// Delivery to one metric server, never in the sampler's way: batches wait in a short bounded
// queue and go out one at a time; when the server fails or the queue overflows, batches are
// dropped and counted. pvestatd does the same in spirit (PVE/ExtMetric.pm: a failed flush is a
// warning, the next interval starts fresh), only synchronously in its own loop.
import dgram from 'node:dgram';
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

export interface SenderStats {
  id: string;
  type: string;
  proto: string;
  sentBytes: number;
  sentBatches: number;
  droppedBatches: number;
  failures: number;
  state: 'idle' | 'ok' | 'failing';
  /** Plain words, never a credential. */
  lastError?: string;
}

/** At most this much waits for a server: a few intervals of a busy node. */
const MAX_QUEUED_BATCHES = 256;
const MAX_QUEUED_BYTES = 8 * 1024 * 1024;
const MAX_RESPONSE_BYTES = 64 * 1024;

export abstract class QueuedSender {
  readonly stats: SenderStats;
  private queue: Buffer[] = [];
  private queuedBytes = 0;
  private busy = false;
  protected closed = false;
  /** Resolves when the current delivery run ends (tests, shutdown). */
  private idle: Promise<void> = Promise.resolve();

  constructor(id: string, type: string, proto: string) {
    this.stats = {
      id,
      type,
      proto,
      sentBytes: 0,
      sentBatches: 0,
      droppedBatches: 0,
      failures: 0,
      state: 'idle',
    };
  }

  enqueue(batches: Buffer[]): void {
    if (this.closed) return;
    for (const b of batches) {
      this.queue.push(b);
      this.queuedBytes += b.length;
    }
    while (this.queue.length > MAX_QUEUED_BATCHES || this.queuedBytes > MAX_QUEUED_BYTES) {
      const dropped = this.queue.shift() as Buffer;
      this.queuedBytes -= dropped.length;
      this.stats.droppedBatches += 1;
    }
    if (!this.busy) this.idle = this.pump();
  }

  /** Waits until the queue is empty or dropped. */
  drained(): Promise<void> {
    return this.idle;
  }

  private async pump(): Promise<void> {
    this.busy = true;
    try {
      await this.begin();
      while (this.queue.length > 0 && !this.closed) {
        const batch = this.queue[0];
        await this.deliver(batch);
        this.queue.shift();
        this.queuedBytes -= batch.length;
        this.stats.sentBatches += 1;
        this.stats.sentBytes += batch.length;
      }
      this.stats.state = 'ok';
      this.stats.lastError = undefined;
    } catch (err) {
      // A dead or slow server: what waits now would only be older next time. Drop it all.
      this.stats.failures += 1;
      this.stats.droppedBatches += this.queue.length;
      this.stats.state = 'failing';
      this.stats.lastError = describe(err);
      this.queue = [];
      this.queuedBytes = 0;
    } finally {
      await this.end().catch(() => {});
      this.busy = false;
    }
  }

  protected async begin(): Promise<void> {}
  protected async end(): Promise<void> {}
  protected abstract deliver(batch: Buffer): Promise<void>;

  close(): void {
    this.closed = true;
    this.queue = [];
    this.queuedBytes = 0;
  }
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return (e?.code ? `${e.code}: ` : '') + String(e?.message ?? err).slice(0, 200);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error(`${what} timed out`), { code: 'ETIMEDOUT' })),
        ms,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Datagrams, as Plugin.pm's IO::Socket::IP with Proto udp (non-blocking, unconnected). */
export class UdpSender extends QueuedSender {
  private socket?: dgram.Socket;
  private family = 0;
  private address = '';

  constructor(
    id: string,
    type: string,
    private readonly server: string,
    private readonly port: number,
  ) {
    super(id, type, 'udp');
  }

  protected async begin(): Promise<void> {
    const found = await withTimeout(lookup(this.server), 2000, `resolving ${this.server}`);
    if (!this.socket || found.family !== this.family) {
      this.socket?.close();
      this.socket = dgram.createSocket(found.family === 6 ? 'udp6' : 'udp4');
      // ICMP "port unreachable" surfaces as an 'error' event on some kernels: count, not crash.
      this.socket.on('error', () => {});
      this.socket.unref();
      this.family = found.family;
    }
    this.address = found.address;
  }

  protected deliver(batch: Buffer): Promise<void> {
    const socket = this.socket as dgram.Socket;
    return new Promise((resolve, reject) =>
      socket.send(batch, this.port, this.address, (err) => (err ? reject(err) : resolve())),
    );
  }

  close(): void {
    super.close();
    this.socket?.close();
    this.socket = undefined;
  }
}

/** One TCP connection per delivery run, as Graphite.pm connects per pvestatd interval. */
export class TcpSender extends QueuedSender {
  private socket?: net.Socket;

  constructor(
    id: string,
    type: string,
    private readonly server: string,
    private readonly port: number,
    private readonly timeoutMs: number,
  ) {
    super(id, type, 'tcp');
  }

  protected async begin(): Promise<void> {
    const socket = net.connect({ host: this.server, port: this.port });
    this.socket = socket;
    socket.setTimeout(this.timeoutMs, () =>
      socket.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
    );
    socket.on('data', () => {}); // carbon sends nothing; never let a peer fill our buffers
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
  }

  protected deliver(batch: Buffer): Promise<void> {
    const socket = this.socket as net.Socket;
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => done(err);
      const onClose = () => done(new Error('connection closed'));
      const done = (err?: Error | null) => {
        socket.off('error', onError);
        socket.off('close', onClose);
        if (err) reject(err);
        else resolve();
      };
      socket.once('error', onError);
      socket.once('close', onClose);
      socket.write(batch, done);
    });
  }

  protected async end(): Promise<void> {
    const socket = this.socket;
    this.socket = undefined;
    if (!socket || socket.destroyed) return;
    await new Promise<void>((resolve) => {
      socket.end(() => resolve());
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, this.timeoutMs).unref();
    });
  }
}

export interface HttpTarget {
  url: string;
  /** Asked per request: a token file may change; the values are secrets. */
  headers: () => Record<string, string>;
  timeoutMs: number;
  verifyCertificate: boolean;
}

/** POSTs each batch; anything but 2xx is a failure (InfluxDB.pm: !$response->is_success). */
export class HttpSender extends QueuedSender {
  private readonly agent: http.Agent;

  constructor(
    id: string,
    type: string,
    private readonly target: HttpTarget,
  ) {
    const url = new URL(target.url);
    super(id, type, url.protocol.replace(':', ''));
    this.agent =
      url.protocol === 'https:'
        ? new https.Agent({ keepAlive: true, maxSockets: 1, rejectUnauthorized: target.verifyCertificate })
        : new http.Agent({ keepAlive: true, maxSockets: 1 });
  }

  protected deliver(batch: Buffer): Promise<void> {
    const url = new URL(this.target.url);
    const mod = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = mod.request(
        url,
        {
          method: 'POST',
          agent: this.agent,
          headers: { ...this.target.headers(), 'Content-Length': String(batch.length) },
          timeout: this.target.timeoutMs,
        },
        (res) => {
          let seen = 0;
          res.on('data', (chunk: Buffer) => {
            seen += chunk.length;
            if (seen > MAX_RESPONSE_BYTES) res.destroy();
          });
          res.on('error', () => {});
          res.on('close', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve();
            else reject(new Error(`HTTP ${status} ${res.statusMessage ?? ''}`.trim()));
          });
        },
      );
      const timer = setTimeout(
        () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
        this.target.timeoutMs,
      );
      req.on('close', () => clearTimeout(timer));
      req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      req.end(batch);
    });
  }

  close(): void {
    super.close();
    this.agent.destroy();
  }
}
