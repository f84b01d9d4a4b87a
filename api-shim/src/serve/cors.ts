// SPDX-License-Identifier: AGPL-3.0-or-later
// Strict CORS (docs/design.md decision 3; pveproxy itself sends no CORS headers): an origin is echoed only
// when it is this node's own UI — https, the same host name the request was addressed to, a UI
// port (8006 by default) — or the origin of the configured public base URL. Node names and IPs
// are not enumerated: users reach PVE by IP, short name, FQDN or a proxy name, and the Host
// header already says which one this browser used.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface CorsPolicy {
  uiPorts: number[];
  /** Extra exact origins, e.g. that of public_base_url. */
  extraOrigins: string[];
}

export function corsPolicy(uiPorts: number[], publicBaseUrl: string): CorsPolicy {
  const extraOrigins: string[] = [];
  if (publicBaseUrl) {
    try {
      extraOrigins.push(new URL(publicBaseUrl).origin);
    } catch {}
  }
  return { uiPorts, extraOrigins };
}

function hostnameOf(hostHeader: string | undefined): string | undefined {
  if (!hostHeader) return undefined;
  try {
    return new URL(`https://${hostHeader}`).hostname;
  } catch {
    return undefined;
  }
}

/** True when the origin may read our answers. */
export function originAllowed(policy: CorsPolicy, origin: string, hostHeader: string | undefined): boolean {
  if (policy.extraOrigins.includes(origin)) return true;
  let o: URL;
  try {
    o = new URL(origin);
  } catch {
    return false;
  }
  if (o.protocol !== 'https:' || o.origin !== origin) return false;
  const port = o.port === '' ? 443 : Number(o.port);
  if (!policy.uiPorts.includes(port)) return false;
  const host = hostnameOf(hostHeader);
  return host !== undefined && host.toLowerCase() === o.hostname.toLowerCase();
}

export const ALLOWED_HEADERS =
  'Authorization, Content-Type, CSRFPreventionToken, Cache-Control, Last-Event-ID';

/** Sets the CORS answer headers for an allowed origin. */
export function applyCors(res: ServerResponse, origin: string): void {
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
}

/** Every answer varies by Origin, allowed or not, so caches never mix them up. */
export function varyOrigin(res: ServerResponse): void {
  res.setHeader('Vary', 'Origin');
}

export function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && typeof req.headers['access-control-request-method'] === 'string';
}

export function writePreflight(res: ServerResponse, origin: string): void {
  applyCors(res, origin);
  res.setHeader('Access-Control-Allow-Methods', 'GET, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
  res.setHeader('Access-Control-Max-Age', '600');
  res.writeHead(204);
  res.end();
}
