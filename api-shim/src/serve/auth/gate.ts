// SPDX-License-Identifier: AGPL-3.0-or-later
// The one auth layer in front of every route (routes.ts): finds the caller's credential, refuses
// a caller without one unless the route is public, and turns the authorizer's answer into
// 401/403/429/503. Handlers never call the authorizer themselves; what a handler may filter
// further (the containers a node view shows) goes through visibleVmids here.
import type { IncomingMessage } from 'node:http';
import { type HttpMessageId, httpMsg } from '../../api/http-messages.ts';
import { HttpError } from '../http-error.ts';
import {
  AuthBusyError,
  type AuthCall,
  type Authorizer,
  type AuthResult,
  AuthUnavailableError,
} from './authorizer.ts';
import { type Credential, type CredentialProblem, extractCredential } from './credential.ts';

/** What the caller is told about a credential it presented that cannot be used. */
const CREDENTIAL_PROBLEMS: Record<CredentialProblem, HttpMessageId> = {
  'malformed ticket': 'http.msg.ticket_malformed',
  'not a login ticket': 'http.msg.ticket_not_login',
  'ticket expired': 'http.msg.ticket_expired',
  'ticket issued in the future': 'http.msg.ticket_future',
  'malformed API token': 'http.msg.token_malformed',
  'unsupported Authorization scheme': 'http.msg.auth_scheme',
};

/** Who is asking: what the gate needs to ask PVE on the caller's behalf. */
export interface Caller extends AuthCall {
  credential: Credential | undefined;
}

export class AccessGate {
  constructor(private readonly authorizer: Authorizer) {}

  /** Demo only: callers without any credential are served. */
  get anonymous(): boolean {
    return this.authorizer.anonymous === true;
  }

  /**
   * The caller's credential; 401 when one is presented but unusable, or when none is presented
   * and the route is not public. queryTicket is allowed on streams only (EventSource cannot set
   * headers).
   */
  authenticate(req: IncomingMessage, isPublic: boolean, queryTicket?: string): Credential | undefined {
    if (isPublic) return undefined;
    const extracted = extractCredential(req, queryTicket);
    if (extracted && 'problem' in extracted)
      throw new HttpError(401, 'unauthenticated', httpMsg(CREDENTIAL_PROBLEMS[extracted.problem]));
    if (extracted?.source === 'cookie' && req.headers.origin === undefined) {
      // A cookie rides along with any request the browser makes to this host, also those a
      // foreign page triggers (<img>, a form, a link): honour it only when the browser says the
      // request comes from an allowed origin (the front door has checked the Origin's value).
      throw new HttpError(401, 'unauthenticated', httpMsg('http.msg.cookie_needs_origin'));
    }
    const credential = extracted?.credential;
    if (!credential && !this.anonymous) {
      throw new HttpError(401, 'unauthenticated', httpMsg('http.msg.no_credential'));
    }
    return credential;
  }

  /** Throws unless the caller holds privilege on path ('' = any valid credential). */
  async require(caller: Caller, path: string, privilege: string): Promise<void> {
    const { credential } = caller;
    if (!credential) return; // anonymous: only reachable with a demo authorizer
    const result = await this.ask(caller, path, privilege);
    if (result === 'unauthenticated') {
      throw new HttpError(401, 'unauthenticated', httpMsg('http.msg.ticket_rejected'));
    }
    if (result === 'denied' && privilege !== '') {
      throw new HttpError(403, 'forbidden', httpMsg('http.msg.permission_denied', { privilege, path }));
    }
  }

  /** The containers among vmids whose VM.Audit the caller holds; PVE unreachable = none. */
  async visibleVmids(caller: Caller, vmids: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    await Promise.all(
      vmids.map(async (v) => {
        if (!caller.credential) return void out.add(v);
        try {
          if ((await this.ask(caller, `/vms/${v}`, 'VM.Audit')) === 'granted') out.add(v);
        } catch {
          // Show nothing rather than too much.
        }
      }),
    );
    return out;
  }

  private async ask(caller: Caller, path: string, privilege: string): Promise<AuthResult> {
    const credential = caller.credential as Credential;
    try {
      return await this.authorizer.authorize(credential, path, privilege, {
        client: caller.client,
        signal: caller.signal,
      });
    } catch (err) {
      if (err instanceof AuthUnavailableError) throw new HttpError(503, 'auth-unavailable', err.msg);
      if (err instanceof AuthBusyError) {
        throw new HttpError(429, 'auth-busy', err.msg, { 'Retry-After': '3' });
      }
      throw err;
    }
  }
}
