// SPDX-License-Identifier: AGPL-3.0-or-later
// Asks the local PVE API what the caller may see (pve-access-control
// PVE/API2/AccessControl.pm, the `permissions` method):
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
import { httpMsg } from '../../api/http-messages.ts';
import type { HostRoot } from '../../host/host-root.ts';
import type { Logger } from '../log.ts';
import { loadNodeTrust } from '../tls.ts';
import { type AuthCall, type Authorizer, type AuthResult, AuthUnavailableError } from './authorizer.ts';
import { TtlCache } from './cache.ts';
import { PerClientCallLimiter } from './call-limiter.ts';
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
  /** Uncached calls in flight per client address (default 4). */
  callsPerClient?: number;
  /** Uncached calls waiting per client address; more are refused (default 16). */
  queuePerClient?: number;
  /** Connections to the PVE API (default 16). */
  maxSockets?: number;
  /** Connections kept free for callers PVE accepted before from the same address (default 4). */
  reservedForKnownCallers?: number;
  /** The cluster CA and pins are re-read this often, ms (default 10 min). */
  trustMaxAgeMs?: number;
}

const KNOWN_CALLER_MS = 10 * 60_000;

interface Trust {
  ca: string[];
  pins: Set<string>;
  loadedAt: number;
  /** Same signature = same agent. */
  signature: string;
}

/** A connection pool to the PVE API and the requests running on it. */
interface Pool {
  agent: https.Agent;
  trust: Trust;
  running: number;
  retired: boolean;
}

export class PveApiAuthorizer implements Authorizer {
  private readonly cache: TtlCache<Answer>;
  /** (address, principal) pairs PVE accepted in the last 10 min: their checks skip the stranger cap. */
  private readonly known: TtlCache<true>;
  private cacheMs = 0;
  private readonly failureMs: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private readonly limiter: PerClientCallLimiter;
  private readonly trustMaxAgeMs: number;
  private pool: Pool | undefined;
  /** One trust load at a time: concurrent first requests share it (no pool built twice). */
  private loading: Promise<Pool> | undefined;
  private readonly base: URL;

  constructor(private readonly opts: PveAuthorizerOptions) {
    this.setCacheSeconds(opts.cacheSeconds ?? 60);
    const sockets = opts.maxSockets ?? 16;
    this.limiter = new PerClientCallLimiter(
      opts.callsPerClient ?? 4,
      opts.queuePerClient ?? 16,
      Math.max(1, sockets - (opts.reservedForKnownCallers ?? 4)),
    );
    this.trustMaxAgeMs = opts.trustMaxAgeMs ?? 10 * 60_000;
    this.failureMs = (opts.failureCacheSeconds ?? 5) * 1000;
    this.timeoutMs = opts.timeoutMs ?? 5000;
    this.now = opts.now ?? Date.now;
    this.cache = new TtlCache<Answer>(10_000, this.now);
    this.known = new TtlCache<true>(10_000, this.now);
    this.base = new URL(opts.baseUrl);
    if (this.base.protocol !== 'https:') throw new Error(`pve_api must be https, got ${opts.baseUrl}`);
  }

  /** ≤ 60 s (DESIGN.md decision 4); config reload may change it. */
  setCacheSeconds(seconds: number): void {
    this.cacheMs = Math.min(60, Math.max(0, seconds)) * 1000;
  }

  /** SIGHUP: the next call re-reads the cluster CA and pins (running calls keep their pool). */
  refreshTrust(): void {
    if (this.pool) this.pool.trust.loadedAt = Number.NEGATIVE_INFINITY;
  }

  async authorize(
    credential: Credential,
    path: string,
    privilege: string,
    call?: AuthCall,
  ): Promise<AuthResult> {
    const key = `${credentialHash(credential)}\0${path}`;
    // A user's next ticket (renewed every 2 h, or a new login) from the same address is not a
    // stranger's: the userid in a ticket can be forged, the TCP peer address cannot.
    const caller = `${call?.client ?? 'local'}\0${principal(credential)}`;
    const trusted = this.known.get(caller) === true;
    // Identical concurrent asks share one call (the cache's single flight); an uncached call
    // waits for one of its client's slots; a call all of whose askers have gone is cancelled.
    const answer = await this.cache.getOrLoad(
      key,
      (signal) =>
        this.limiter.run(
          call?.client ?? 'local',
          signal,
          async () => {
            const value = await this.ask(credential, path, signal);
            if (value.kind === 'unauthenticated') return { value, ttlMs: this.failureMs };
            this.known.set(caller, true, KNOWN_CALLER_MS);
            let ttlMs = this.cacheMs;
            if (credential.kind === 'ticket') {
              // Never trust a cached answer past the ticket's own expiry.
              ttlMs = Math.min(ttlMs, (credential.issuedAt + TICKET_LIFETIME_S) * 1000 - this.now());
            }
            return { value, ttlMs };
          },
          trusted,
        ),
      call?.signal,
    );
    if (answer.kind === 'unauthenticated') return 'unauthenticated';
    return Object.hasOwn(answer.privs, privilege) ? 'granted' : 'denied';
  }

  private async ask(credential: Credential, path: string, signal: AbortSignal): Promise<Answer> {
    const engine = this.engine(credential, signal);
    try {
      const data = (await proxmoxApi(engine).access.permissions.$get({ path })) as Record<string, PathPrivs>;
      const privs = data && typeof data === 'object' ? data[path] : undefined;
      return { kind: 'ok', privs: privs && typeof privs === 'object' ? privs : {} };
    } catch (err) {
      if (signal.aborted) throw err; // nobody waits for this answer any more
      if (err instanceof PveStatusError && err.status === 401) {
        this.opts.logger.info('pve rejected credential', { principal: principal(credential) });
        return { kind: 'unauthenticated' };
      }
      this.opts.logger.warn('pve permission query failed', { error: err, path });
      throw new AuthUnavailableError(
        httpMsg('http.msg.auth_unreachable', { url: this.opts.baseUrl, why: (err as Error).message }),
      );
    }
  }

  private engine(credential: Credential, signal: AbortSignal): ApiRequestable {
    return {
      doRequest: async (method, apiPath, _template, params) => {
        const url = new URL(apiPath, this.base);
        for (const [k, v] of Object.entries(params ?? {})) {
          if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
        }
        return this.request(method, url, credentialHeaders(credential), signal, true);
      },
    };
  }

  private async request(
    method: string,
    url: URL,
    headers: Record<string, string>,
    signal: AbortSignal,
    retry: boolean,
  ): Promise<unknown> {
    const pool = await this.getPool();
    pool.running += 1;
    try {
      return await new Promise((resolve, reject) => {
        const req = https.request(
          url,
          {
            method,
            agent: pool.agent,
            headers: { Accept: 'application/json', ...headers },
            timeout: this.timeoutMs,
            signal,
          },
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
      if (retry && !signal.aborted && isTlsError(err) && this.now() - pool.trust.loadedAt > 1000) {
        if (this.pool === pool) pool.trust.loadedAt = Number.NEGATIVE_INFINITY;
        return this.request(method, url, headers, signal, false);
      }
      throw err;
    } finally {
      pool.running -= 1;
      if (pool.retired && pool.running === 0) pool.agent.destroy();
    }
  }

  /**
   * The pool to the PVE API. A pool is never destroyed under running requests: a trust refresh
   * (every 10 min, after a TLS failure, on SIGHUP) keeps the pool when the CA and pins are
   * unchanged, and otherwise retires it, to be destroyed when its last request ends. Concurrent
   * callers at start share one load.
   */
  private async getPool(): Promise<Pool> {
    const current = this.pool;
    if (current && this.now() - current.trust.loadedAt < this.trustMaxAgeMs) return current;
    this.loading ??= this.loadTrust()
      .then((trust) => {
        const old = this.pool;
        if (old && old.trust.signature === trust.signature) {
          old.trust = trust;
          return old;
        }
        const next: Pool = { agent: this.makeAgent(trust), trust, running: 0, retired: false };
        this.pool = next;
        if (old) {
          old.retired = true;
          if (old.running === 0) old.agent.destroy();
        }
        return next;
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }

  private makeAgent(trust: Trust): https.Agent {
    const { ca, pins } = trust;
    return new https.Agent({
      keepAlive: true,
      maxSockets: this.opts.maxSockets ?? 16,
      ca,
      // Verified TLS always: the chain must reach the cluster CA (or a public CA for an ACME
      // certificate); the host name check is waived only for the node's own pinned certificate,
      // whose names (the public FQDN) never include 127.0.0.1.
      checkServerIdentity: (hostname, cert) =>
        pins.has(cert.fingerprint256) ? undefined : tls.checkServerIdentity(hostname, cert),
    });
  }

  private async loadTrust(): Promise<Trust> {
    const { host } = this.opts;
    const { clusterCa, pins } = await loadNodeTrust(
      host,
      ['/etc/pve/local/pveproxy-ssl.pem', '/etc/pve/local/pve-ssl.pem'],
      (path) => this.opts.logger.warn('unreadable certificate', { path }),
    );
    if (!clusterCa) {
      throw new AuthUnavailableError(
        httpMsg('http.msg.auth_no_ca', { file: host.resolve('/etc/pve/pve-root-ca.pem') }),
      );
    }
    return {
      ca: [...tls.rootCertificates, clusterCa],
      pins,
      loadedAt: this.now(),
      signature: `${clusterCa}\0${[...pins].sort().join(',')}`,
    };
  }

  /** The pool's agent now (tests: the pool is not rebuilt under load). */
  get currentAgent(): https.Agent | undefined {
    return this.pool?.agent;
  }

  close(): void {
    this.pool?.agent.destroy();
    this.pool = undefined;
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
