// SPDX-License-Identifier: AGPL-3.0-or-later
// Every live stream of the service: its slot (fair per user, limits.ts), its re-check of the
// caller's permission while it is open, the end at the ticket's expiry, and the last event at
// shutdown. Handlers only say what a stream sends.

import { type HttpMsg, httpMsg } from '../api/http-messages.ts';
import { principal, TICKET_LIFETIME_S } from './auth/credential.ts';
import type { AccessGate } from './auth/gate.ts';
import { HttpError } from './http-error.ts';
import { FairStreamSlots, type Limits } from './limits.ts';
import type { Logger } from './log.ts';
import type { RequestContext } from './service.ts';
import { SseStream } from './sse.ts';

export interface StreamAccess {
  /** PVE ACL path and privilege re-checked while the stream is open. */
  path: string;
  privilege: string;
}

export class StreamManager {
  private readonly slots: FairStreamSlots;
  private readonly streams = new Set<SseStream>();

  constructor(
    private readonly limits: Limits,
    private readonly gate: AccessGate,
    private readonly logger: Logger,
  ) {
    this.slots = new FairStreamSlots(limits.maxStreams, limits.maxStreamsPerClient);
  }

  resize(maxStreams: number, maxPerUser: number): void {
    this.slots.resize(maxStreams, maxPerUser);
  }

  /** Opens an SSE stream; subscribe() starts sending and returns how to stop. Throws 429/503. */
  open(ctx: RequestContext, access: StreamAccess, subscribe: (stream: SseStream) => () => void): void {
    let stream: SseStream | undefined;
    const release = this.take(ctx, () => stream?.close('preempted', httpMsg('http.msg.stream_preempted')));
    stream = new SseStream(ctx.res, this.limits.maxStreamBacklogBytes, this.limits.heartbeatMs);
    const open = stream;
    this.streams.add(open);
    const unsubscribe = subscribe(open);
    // Permissions can be revoked and tickets expire while a stream is open: check again.
    const reauth = setInterval(async () => {
      try {
        await this.gate.require({ ...ctx, signal: undefined }, access.path, access.privilege);
      } catch (err) {
        if (err instanceof HttpError && err.status !== 503 && err.status !== 429)
          open.close(err.error, err.msg);
      }
    }, this.limits.streamReauthMs);
    reauth.unref();
    let expiry: NodeJS.Timeout | undefined;
    const cred = ctx.credential;
    if (cred?.kind === 'ticket') {
      const ms = (cred.issuedAt + TICKET_LIFETIME_S) * 1000 - Date.now();
      expiry = setTimeout(
        () => open.close('unauthenticated', httpMsg('http.msg.stream_ticket_expired')),
        Math.max(0, ms),
      );
      expiry.unref();
    }
    open.onClose(() => {
      clearInterval(reauth);
      if (expiry) clearTimeout(expiry);
      unsubscribe();
      release();
      this.streams.delete(open);
      this.logger.debug('stream closed', { client: ctx.client, path: access.path });
    });
  }

  /** A slot for a stream relayed to another node: one user cannot pile streams there through here. */
  reserve(ctx: RequestContext): () => void {
    const release = this.take(ctx, () => ctx.res.destroy());
    ctx.res.on('close', release);
    return release;
  }

  get openCount(): number {
    return this.slots.open;
  }

  /** Ends every stream with a last event; resolves when they are flushed (callers bound the wait). */
  closeAll(reason: string, message: HttpMsg): Promise<void> {
    const flushed = [...this.streams].map((s) => {
      s.close(reason, message);
      return s.finished;
    });
    return Promise.all(flushed).then(() => undefined);
  }

  private take(ctx: RequestContext, preempt: () => void): () => void {
    // Fair per user: a PVE user or token; without a credential (demo) the address.
    const user = ctx.credential ? `user:${principal(ctx.credential)}` : `addr:${ctx.client}`;
    const slot = this.slots.acquire(user, preempt);
    if (!slot.ok) {
      throw slot.reason === 'server'
        ? new HttpError(503, 'too-many-streams', httpMsg('http.msg.streams_full'), { 'Retry-After': '5' })
        : new HttpError(429, 'too-many-streams', httpMsg('http.msg.streams_per_user'), {
            'Retry-After': '5',
          });
    }
    return slot.release;
  }
}
