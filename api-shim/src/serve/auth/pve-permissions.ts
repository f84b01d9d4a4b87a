// SPDX-License-Identifier: AGPL-3.0-or-later
// Asks the local PVE API what the caller may see (research/pve-integration.md §3.5):
// GET /api2/json/access/permissions?path=… with the caller's own credential does
// authentication and authorization in one call, and covers groups, pools, token privilege
// separation and disabled users, all of which PVE computes and this daemon must not guess.
//
// proxmox-api gives the typed path (api.access.permissions.$get); its request engine is
// replaced by ours (proxmox-api's documented ApiRequestable hook) because the caller's
// credential changes on every call and TLS must be verified against the cluster CA, which
// its built-in engine (password login or UUID tokens, default CA store) does not do.
import https from 'node:https';
import tls from 'node:tls';
import { type ApiRequestable, proxmoxApi } from 'proxmox-api';
import type { HostRoot } from '../../host/host-root.ts';
import type { Logger } from '../log.ts';
import { loadNodeTrust } from '../tls.ts';
import { type Authorizer, type AuthResult, AuthUnavailableError } from './authorizer.ts';
import { TtlCache } from './cache.ts';
import {
  type Credential,
  credentialHash,
  credentialHeaders,
  principal,
  TICKET_LIFETIME_S,
} from './credential.ts';

/** Privileges on one path: privilege name → propagate flag (presence is what counts). */
type PathPrivs = Record<string, number>;
type Answer = { kind: 'ok'; privs: PathPrivs } | { kind: 'unauthenticated' };

export interface PveAuthorizerOptions {
  /** https://127.0.0.1:8006 */
  baseUrl: string;
  host: HostRoot;
  logger: Logger;
  /** ≤ 60 s (DESIGN.md decision 4). */
  cacheSeconds?: number;
  /** How long a rejected credential is remembered; pveproxy delays each failure by 3 s. */
  failureCacheSeconds?: number;
  timeoutMs?: number;
  now?: () => number;
}

interface Trust {
  ca: string[];
  pins: Set<string>;
  loadedAt: number;
}

export class PveApiAuthorizer implements Authorizer {
  private readonly cache: TtlCache<Answer>;
  private readonly cacheMs: number;
  private readonly failureMs: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private trust: Trust | undefined;
  private agent: https.Agent | undefined;
  private readonly base: URL;

  constructor(private readonly opts: PveAuthorizerOptions) {
    this.cacheMs = Math.min(60, Math.max(0, opts.cacheSeconds ?? 60)) * 1000;
    this.failureMs = (opts.failureCacheSeconds ?? 5) * 1000;
    this.timeoutMs = opts.timeoutMs ?? 5000;
    this.now = opts.now ?? Date.now;
    this.cache = new TtlCache<Answer>(10_000, this.now);
    this.base = new URL(opts.baseUrl);
    if (this.base.protocol !== 'https:') throw new Error(`pve_api must be https, got ${opts.baseUrl}`);
  }

  async authorize(credential: Credential, path: string, privilege: string): Promise<AuthResult> {
    const key = `${credentialHash(credential)}\0${path}`;
    const answer = await this.cache.getOrLoad(key, async () => {
      const value = await this.ask(credential, path);
      if (value.kind === 'unauthenticated') return { value, ttlMs: this.failureMs };
      let ttlMs = this.cacheMs;
      if (credential.kind === 'ticket') {
        // Never trust a cached answer past the ticket's own expiry.
        ttlMs = Math.min(ttlMs, (credential.issuedAt + TICKET_LIFETIME_S) * 1000 - this.now());
      }
      return { value, ttlMs };
    });
    if (answer.kind === 'unauthenticated') return 'unauthenticated';
    return Object.hasOwn(answer.privs, privilege) ? 'granted' : 'denied';
  }

  private async ask(credential: Credential, path: string): Promise<Answer> {
    const engine = this.engine(credential);
    try {
      const data = (await proxmoxApi(engine).access.permissions.$get({ path })) as Record<string, PathPrivs>;
      const privs = data && typeof data === 'object' ? data[path] : undefined;
      return { kind: 'ok', privs: privs && typeof privs === 'object' ? privs : {} };
    } catch (err) {
      if (err instanceof PveStatusError && err.status === 401) {
        this.opts.logger.info('pve rejected credential', { principal: principal(credential) });
        return { kind: 'unauthenticated' };
      }
      this.opts.logger.warn('pve permission query failed', { error: err, path });
      throw new AuthUnavailableError(
        `cannot ask the PVE API at ${this.opts.baseUrl} for permissions: ${(err as Error).message}`,
      );
    }
  }

  private engine(credential: Credential): ApiRequestable {
    return {
      doRequest: async (method, apiPath, _template, params) => {
        const url = new URL(apiPath, this.base);
        for (const [k, v] of Object.entries(params ?? {})) {
          if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
        }
        return this.request(method, url, credentialHeaders(credential), true);
      },
    };
  }

  private async request(
    method: string,
    url: URL,
    headers: Record<string, string>,
    retry: boolean,
  ): Promise<unknown> {
    const agent = await this.getAgent();
    try {
      return await new Promise((resolve, reject) => {
        const req = https.request(
          url,
          { method, agent, headers: { Accept: 'application/json', ...headers }, timeout: this.timeoutMs },
          (res) => {
            const chunks: Buffer[] = [];
            let size = 0;
            res.on('data', (c: Buffer) => {
              size += c.length;
              if (size > 1024 * 1024) req.destroy(new Error('PVE API answer too large'));
              else chunks.push(c);
            });
            res.on('end', () => {
              const status = res.statusCode ?? 0;
              if (status !== 200) return reject(new PveStatusError(status, res.statusMessage ?? ''));
              try {
                resolve((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: unknown }).data);
              } catch {
                reject(new Error('PVE API answered with invalid JSON'));
              }
            });
            res.on('error', reject);
          },
        );
        req.on('timeout', () => req.destroy(new Error(`PVE API did not answer within ${this.timeoutMs} ms`)));
        req.on('error', reject);
        req.end();
      });
    } catch (err) {
      // A renewed certificate (or CA) makes verification fail: reload the trust once and retry.
      if (retry && isTlsError(err) && this.trust && this.now() - this.trust.loadedAt > 1000) {
        this.trust = undefined;
        return this.request(method, url, headers, false);
      }
      throw err;
    }
  }

  private async getAgent(): Promise<https.Agent> {
    if (this.agent && this.trust && this.now() - this.trust.loadedAt < 10 * 60_000) return this.agent;
    this.trust = await this.loadTrust();
    this.agent?.destroy();
    const { ca, pins } = this.trust;
    this.agent = new https.Agent({
      keepAlive: true,
      maxSockets: 16,
      ca,
      // Verified TLS always: the chain must reach the cluster CA (or a public CA for an ACME
      // certificate); the host name check is waived only for the node's own pinned certificate,
      // whose names (the public FQDN) never include 127.0.0.1.
      checkServerIdentity: (hostname, cert) =>
        pins.has(cert.fingerprint256) ? undefined : tls.checkServerIdentity(hostname, cert),
    });
    return this.agent;
  }

  private async loadTrust(): Promise<Trust> {
    const { host } = this.opts;
    const { clusterCa, pins } = await loadNodeTrust(
      host,
      ['/etc/pve/local/pveproxy-ssl.pem', '/etc/pve/local/pve-ssl.pem'],
      (path) => this.opts.logger.warn('unreadable certificate', { path }),
    );
    if (!clusterCa) {
      throw new AuthUnavailableError(`cluster CA ${host.resolve('/etc/pve/pve-root-ca.pem')} is missing`);
    }
    return { ca: [...tls.rootCertificates, clusterCa], pins, loadedAt: this.now() };
  }

  close(): void {
    this.agent?.destroy();
    this.agent = undefined;
  }
}

export class PveStatusError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`PVE API answered ${status} ${statusText}`);
  }
}

function isTlsError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? '';
  return /CERT|SSL|TLS|SELF_SIGNED|ERR_TLS/.test(code);
}
