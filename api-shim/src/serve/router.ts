// SPDX-License-Identifier: AGPL-3.0-or-later
// Matches a raw request target against the route table (routes.ts). Pure and strict: path
// segments are matched before any decoding, so "%2e%2e", "%2f" and other escapes never reach a
// file name or a forwarded URL; every path parameter has a rule (a node name is a host name
// label, a vmid a PVE guest id), and a pattern naming a parameter without a rule does not compile.

import { type HttpMsg, httpMsg } from '../api/http-messages.ts';

export type RouteError = { status: 400 | 404 | 414; error: string; msg: HttpMsg };

export const MAX_TARGET_LENGTH = 2048;

/** The rules of every path parameter a pattern may use ("{node}", "{vmid}"). */
export const PARAM_RULES: Record<string, { re: RegExp; error: string; msg: HttpMsg }> = {
  node: {
    re: /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/,
    error: 'bad-node',
    msg: httpMsg('http.msg.bad_node'),
  },
  /** PVE guest ids: 100 … 999999999. */
  vmid: { re: /^[1-9][0-9]{2,8}$/, error: 'bad-vmid', msg: httpMsg('http.msg.bad_vmid') },
};

export interface Target {
  pathname: string;
  query: URLSearchParams;
}

export function splitTarget(raw: string | undefined): Target | RouteError {
  if (!raw?.startsWith('/'))
    return { status: 400, error: 'bad-request', msg: httpMsg('http.msg.bad_request') };
  if (raw.length > MAX_TARGET_LENGTH)
    return { status: 414, error: 'uri-too-long', msg: httpMsg('http.msg.uri_too_long') };
  const q = raw.indexOf('?');
  const pathname = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  return { pathname, query };
}

export interface RoutePattern {
  method: string;
  /** "/api/v1/nodes/{node}/lxc/{vmid}/usage": literal segments and named parameters. */
  path: string;
}

export type Params = Readonly<Record<string, string>>;

export interface Match<S> {
  spec: S;
  params: Params;
}

type Segment = { literal: string } | { param: string };

/** Only these paths are API paths: their segments get the strict checks. */
const API_PREFIX = '/api/';

export class Router<S extends RoutePattern> {
  private readonly compiled: Array<{ spec: S; segments: Segment[] }>;

  constructor(readonly specs: readonly S[]) {
    const seen = new Set<string>();
    this.compiled = specs.map((spec) => {
      if (!spec.path.startsWith('/')) throw new Error(`route ${spec.path}: must start with /`);
      const segments: Segment[] = spec.path
        .split('/')
        .slice(1)
        .map((s) => {
          const m = /^\{([a-z]+)\}$/.exec(s);
          if (!m) return { literal: s };
          if (!Object.hasOwn(PARAM_RULES, m[1])) throw new Error(`route ${spec.path}: no rule for {${m[1]}}`);
          return { param: m[1] };
        });
      const key = `${spec.method} ${segments.map((s) => ('param' in s ? '{}' : s.literal)).join('/')}`;
      if (seen.has(key)) throw new Error(`route ${spec.method} ${spec.path} is in the table twice`);
      seen.add(key);
      return { spec, segments };
    });
  }

  /** The route, a 400/404 for a malformed or unknown API path, or undefined for any other path. */
  match(method: string, pathname: string): Match<S> | RouteError | undefined {
    const isApi = pathname.startsWith(API_PREFIX);
    const seg = pathname.split('/').slice(1);
    if (
      isApi &&
      seg.some((s) => s === '' || s === '.' || s === '..' || s.includes('%') || s.includes('\\'))
    ) {
      return { status: 400, error: 'bad-path', msg: httpMsg('http.msg.bad_path') };
    }
    let paramError: RouteError | undefined;
    for (const { spec, segments } of this.compiled) {
      if (spec.method !== method || segments.length !== seg.length) continue;
      const params: Record<string, string> = {};
      let fits = true;
      let bad: RouteError | undefined;
      for (let i = 0; i < segments.length && fits; i++) {
        const s = segments[i];
        if ('literal' in s) fits = s.literal === seg[i];
        else {
          const rule = PARAM_RULES[s.param];
          if (!rule.re.test(seg[i])) bad ??= { status: 400, error: rule.error, msg: rule.msg };
          params[s.param] = seg[i];
        }
      }
      if (!fits) continue;
      if (bad) {
        paramError ??= bad;
        continue;
      }
      return { spec, params };
    }
    if (paramError) return paramError;
    if (!isApi) return undefined;
    return {
      status: 404,
      error: 'not-found',
      msg: httpMsg('http.msg.no_such_endpoint', { path: pathname.slice(0, 200) }),
    };
  }
}

export function isRouteError(x: unknown): x is RouteError {
  return typeof x === 'object' && x !== null && 'status' in x && 'error' in x;
}
