// SPDX-License-Identifier: AGPL-3.0-or-later
// The one auth layer in front of every route (routes.ts): finds the caller's credential, refuses
// a caller without one unless the route is public, and turns the authorizer's answer into
// 401/403/429/503. Handlers never call the authorizer themselves; what a handler may filter
// further (the containers a node view shows) goes through visibleVmids here.
import type { IncomingMessage } from 'node:http';
import { HttpError } from '../http-error.ts';
import {
  AuthBusyError,
  type AuthCall,
  type Authorizer,
  type AuthResult,
  AuthUnavailableError,
} from './authorizer.ts';
import { type Credential, extractCredential } from './credential.ts';

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
    if (extracted && 'problem' in extracted) throw new HttpError(401, 'unauthenticated', extracted.problem);
    if (extracted?.source === 'cookie' && req.headers.origin === undefined) {
      // A cookie rides along with any request the browser makes to this host, also those a
      // foreign page triggers (<img>, a form, a link): honour it only when the browser says the
      // request comes from an allowed origin (the front door has checked the Origin's value).
      throw new HttpError(
        401,
        'unauthenticated',
        'a ticket in the PVEAuthCookie cookie needs an Origin header of the PVE web interface; send it in the Authorization header instead',
      );
    }
    const credential = extracted?.credential;
    if (!credential && !this.anonymous) {
      throw new HttpError(
        401,
        'unauthenticated',
        'no PVE ticket or API token (Authorization: PVEAuthCookie=… or PVEAPIToken=…)',
      );
    }
    return credential;
  }

  /** Throws unless the caller holds privilege on path ('' = any valid credential). */
  async require(caller: Caller, path: string, privilege: string): Promise<void> {
    const { credential } = caller;
    if (!credential) return; // anonymous: only reachable with a demo authorizer
    const result = await this.ask(caller, path, privilege);
    if (result === 'unauthenticated') {
      throw new HttpError(401, 'unauthenticated', 'the PVE API did not accept this ticket or token');
    }
    if (result === 'denied' && privilege !== '') {
      throw new HttpError(403, 'forbidden', `permission check failed: ${privilege} on ${path}`);
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
      if (err instanceof AuthUnavailableError) throw new HttpError(503, 'auth-unavailable', err.message);
      if (err instanceof AuthBusyError) {
        throw new HttpError(429, 'auth-busy', err.message, { 'Retry-After': '3' });
      }
      throw err;
    }
  }
}
