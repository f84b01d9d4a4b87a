// SPDX-License-Identifier: AGPL-3.0-or-later
// What the HTTP service asks before it serves data. The daemon uses the PVE API permission
// client; the loopback demo passes allowAll.
import { type HttpMsg, httpMessageText } from '../../api/http-messages.ts';
import type { Credential } from './credential.ts';

/** Who asks and until when: uncached calls are bounded per client address and dropped when the
 * client goes away (signal). */
export interface AuthCall {
  /** The client's address, as the socket reports it. */
  client: string;
  /** Aborted when the client has gone; a call nobody waits for any more is cancelled. */
  signal?: AbortSignal;
}

/** granted: serve; denied: 403; unauthenticated: 401 (PVE rejected the credential). */
export type AuthResult = 'granted' | 'denied' | 'unauthenticated';

export interface Authorizer {
  /** Throws AuthUnavailableError when the answer cannot be had (→ 503). */
  authorize(credential: Credential, path: string, privilege: string, call?: AuthCall): Promise<AuthResult>;
  /** Demo only: requests without any credential are served too. Never set for the daemon. */
  readonly anonymous?: boolean;
}

export class AuthUnavailableError extends Error {
  constructor(readonly msg: HttpMsg) {
    super(httpMessageText(msg));
  }
}

/** Too many permission calls from one client address are waiting (→ 429). */
export class AuthBusyError extends Error {
  constructor(readonly msg: HttpMsg) {
    super(httpMessageText(msg));
  }
}

/** Demo only (loopback): every well-formed credential may see everything. */
export const allowAll: Authorizer = {
  authorize: async () => 'granted',
  anonymous: true,
};
