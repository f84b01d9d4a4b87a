// SPDX-License-Identifier: AGPL-3.0-or-later
// Finds the caller's PVE credential in a request, the way pveproxy does
// (pve-http-server PVE/APIServer/AnyEvent.pm, its auth header and cookie
// parsing): ticket from the Authorization header
// ("PVEAuthCookie=<t>" or "PVEAuthCookie <t>", URI-escaped) or the PVEAuthCookie cookie, else an
// API token "PVEAPIToken=USER@REALM!TOKENID=SECRET". Streams may also carry the ticket as
// ?ticket=… because EventSource cannot set headers.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type Credential =
  | {
      kind: 'ticket';
      /** The ticket as PVE issued it (URI-unescaped). */
      ticket: string;
      userid: string;
      /** Unix seconds the ticket was signed at. */
      issuedAt: number;
    }
  | { kind: 'token'; userid: string; tokenId: string; secret: string };

/** PVE's ticket lifetime and clock-skew grace (AccessControl.pm). */
export const TICKET_LIFETIME_S = 7200;
export const TICKET_SKEW_S = 300;

/** Where the credential came from: a cookie rides along on its own, so it needs a matching Origin. */
export type CredentialSource = 'header' | 'cookie' | 'query';

export type Extracted =
  | { credential: Credential; source?: CredentialSource }
  | { problem: CredentialProblem }
  | undefined;

/** Why a presented credential is unusable (auth/gate.ts gives each its message id). */
export type CredentialProblem =
  | 'malformed ticket'
  | 'not a login ticket'
  | 'ticket expired'
  | 'ticket issued in the future'
  | 'malformed API token'
  | 'unsupported Authorization scheme';

const TICKET_RE = /^PVE:([^:\s]+):([0-9A-F]{8})::([A-Za-z0-9+/=]+)$/;
const TOKEN_RE = /^([^\s@!=:]+@[^\s@!=:]+)!([A-Za-z][A-Za-z0-9._-]*)=([^\s]+)$/;

/** Parses a ticket's plain part; rejects malformed, half-logged-in (TFA) and expired ones. */
export function parseTicket(raw: string, nowS = Date.now() / 1000): Extracted {
  let ticket = raw.trim();
  try {
    ticket = decodeURIComponent(ticket);
  } catch {
    return { problem: 'malformed ticket' };
  }
  const m = TICKET_RE.exec(ticket);
  if (!m) return { problem: 'malformed ticket' };
  let userid: string;
  try {
    userid = decodeURIComponent(m[1]);
  } catch {
    return { problem: 'malformed ticket' };
  }
  // "!tfa!…", "tfa!user", "u2f!user!…" are half-logged-in tickets pveproxy accepts only for /access/tfa.
  if (userid.includes('!') || !/^[^\s@]+@[^\s@]+$/.test(userid)) return { problem: 'not a login ticket' };
  const issuedAt = Number.parseInt(m[2], 16);
  const age = nowS - issuedAt;
  if (age > TICKET_LIFETIME_S) return { problem: 'ticket expired' };
  if (age < -TICKET_SKEW_S) return { problem: 'ticket issued in the future' };
  return { credential: { kind: 'ticket', ticket, userid, issuedAt } };
}

export function parseToken(raw: string): Extracted {
  const m = TOKEN_RE.exec(raw.trim());
  if (!m) return { problem: 'malformed API token' };
  return { credential: { kind: 'token', userid: m[1], tokenId: m[2], secret: m[3] } };
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}

/**
 * Returns the credential, a problem (credential present but unusable → 401 with that text), or
 * undefined (nothing presented). queryTicket is the ?ticket= value where the route allows it.
 */
export function extractCredential(req: IncomingMessage, queryTicket?: string, nowS?: number): Extracted {
  const auth = req.headers.authorization;
  if (auth !== undefined) {
    const a = auth.trim();
    const ticket = /^PVEAuthCookie[= ](.+)$/.exec(a);
    if (ticket) return withSource(parseTicket(ticket[1], nowS), 'header');
    const token = /^PVEAPIToken[= ](.+)$/.exec(a);
    if (token) return withSource(parseToken(token[1]), 'header');
    return { problem: 'unsupported Authorization scheme' };
  }
  const cookie = cookieValue(req.headers.cookie, 'PVEAuthCookie');
  if (cookie !== undefined && cookie !== '') return withSource(parseTicket(cookie, nowS), 'cookie');
  if (queryTicket !== undefined && queryTicket !== '')
    return withSource(parseTicket(queryTicket, nowS), 'query');
  return undefined;
}

function withSource(e: Extracted, source: CredentialSource): Extracted {
  return e && 'credential' in e ? { ...e, source } : e;
}

/** The headers that present this credential to pveproxy or to a peer shim. */
export function credentialHeaders(c: Credential): Record<string, string> {
  if (c.kind === 'ticket') return { Cookie: `PVEAuthCookie=${encodeURIComponent(c.ticket)}` };
  return { Authorization: `PVEAPIToken=${c.userid}!${c.tokenId}=${c.secret}` };
}

/** The header that presents this credential to a peer shim (never a cookie: see gate.ts). */
export function credentialAuthorization(c: Credential): Record<string, string> {
  if (c.kind === 'ticket') return { Authorization: `PVEAuthCookie=${encodeURIComponent(c.ticket)}` };
  return credentialHeaders(c);
}

/** Cache key: a hash, so secrets never sit in memory as map keys or reach a log. */
export function credentialHash(c: Credential): string {
  const material = c.kind === 'ticket' ? `t\0${c.ticket}` : `k\0${c.userid}!${c.tokenId}\0${c.secret}`;
  return createHash('sha256').update(material).digest('hex');
}

/** Who is asking, for logs (never the secret). */
export function principal(c: Credential): string {
  return c.kind === 'ticket' ? c.userid : `${c.userid}!${c.tokenId}`;
}
