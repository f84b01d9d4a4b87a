// SPDX-License-Identifier: AGPL-3.0-or-later
// What every request passes before routing: the Origin check and CORS headers, the per-address
// rate limit (after CORS, so a browser can read the 429), CORS preflights, GET only, no body.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpMsg } from '../api/http-messages.ts';
import { FORWARD_HEADER } from './cluster/forward.ts';
import type { PeerDirectory } from './cluster/peers.ts';
import type { ShimConfig } from './config-file.ts';
import {
  applyCors,
  type CorsPolicy,
  corsPolicy,
  isPreflight,
  originAllowed,
  varyOrigin,
  writePreflight,
} from './cors.ts';
import { HttpError } from './http-error.ts';
import { RateLimiter } from './limits.ts';

export type Admission = { answered: true } | { answered: false; fromPeer: boolean };

export class FrontDoor {
  private cors: CorsPolicy;
  private rate: RateLimiter;

  constructor(
    config: ShimConfig,
    ratePerMinute: number,
    private readonly scheme: 'http' | 'https',
    private readonly peers: PeerDirectory,
    private readonly node: string,
  ) {
    this.cors = corsPolicy(config.uiPorts, config.publicBaseUrl);
    this.rate = new RateLimiter(ratePerMinute);
  }

  /** A new config (SIGHUP): origins and the rate apply to the next request. */
  reload(config: ShimConfig, ratePerMinute: number): void {
    this.cors = corsPolicy(config.uiPorts, config.publicBaseUrl);
    this.rate.stop();
    this.rate = new RateLimiter(ratePerMinute);
  }

  /** Throws HttpError to refuse; answered=true when the request is done (a preflight). */
  async admit(req: IncomingMessage, res: ServerResponse): Promise<Admission> {
    varyOrigin(res);
    const origin = req.headers.origin;
    if (origin !== undefined) {
      const own = `${this.scheme}://${req.headers.host ?? ''}`;
      if (origin !== own && !originAllowed(this.cors, origin, req.headers.host)) {
        throw new HttpError(403, 'origin-not-allowed', httpMsg('http.msg.origin_not_allowed'));
      }
      applyCors(res, origin);
    }
    // Requests a peer forwards for its users all come from the peer's address: they were limited
    // there, per user address. The header alone proves nothing; the address must be a member's.
    const fromPeer =
      req.headers[FORWARD_HEADER] !== undefined &&
      (await this.peers.isPeerAddress(req.socket.remoteAddress, this.node));
    const wait = fromPeer ? 0 : this.rate.take(req.socket.remoteAddress ?? 'unknown');
    if (wait > 0) {
      throw new HttpError(429, 'rate-limited', httpMsg('http.msg.rate_limited'), {
        'Retry-After': String(wait),
      });
    }
    if (isPreflight(req)) {
      if (origin === undefined)
        throw new HttpError(400, 'bad-preflight', httpMsg('http.msg.preflight_without_origin'));
      const method = String(req.headers['access-control-request-method']);
      if (method !== 'GET')
        throw new HttpError(405, 'method-not-allowed', httpMsg('http.msg.method_not_allowed'), {
          Allow: 'GET, OPTIONS',
        });
      writePreflight(res, origin);
      return { answered: true };
    }
    if (req.method !== 'GET') {
      throw new HttpError(405, 'method-not-allowed', httpMsg('http.msg.method_not_allowed'), {
        Allow: 'GET, OPTIONS',
      });
    }
    const len = Number(req.headers['content-length'] ?? 0);
    if (len > 0 || req.headers['transfer-encoding'] !== undefined) {
      throw new HttpError(413, 'body-not-allowed', httpMsg('http.msg.body_not_allowed'));
    }
    return { answered: false, fromPeer };
  }

  stop(): void {
    this.rate.stop();
  }
}
