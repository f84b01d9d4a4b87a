// SPDX-License-Identifier: AGPL-3.0-or-later
// Maps a raw request target to a route. Pure and strict: path segments are matched before any
// decoding, so "%2e%2e", "%2f" and other escapes never reach a file name or a forwarded URL; a
// node name must be a host name label and a vmid a PVE guest id.

export type Route =
  | { kind: 'page' }
  | { kind: 'metrics' }
  | { kind: 'version' }
  | { kind: 'node-gpu'; node: string }
  | { kind: 'node-stream'; node: string }
  | { kind: 'ct-usage'; node: string; vmid: string }
  | { kind: 'ct-history'; node: string; vmid: string }
  | { kind: 'ct-stream'; node: string; vmid: string }
  | { kind: 'ct-health'; node: string; vmid: string }
  | { kind: 'other'; path: string };

export type RouteError = { status: 400 | 404 | 414; error: string; message: string };

export const MAX_TARGET_LENGTH = 2048;
const NODE_RE = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
/** PVE guest ids: 100 … 999999999. */
const VMID_RE = /^[1-9][0-9]{2,8}$/;

export interface Target {
  pathname: string;
  query: URLSearchParams;
}

export function splitTarget(raw: string | undefined): Target | RouteError {
  if (!raw?.startsWith('/')) return { status: 400, error: 'bad-request', message: 'bad request target' };
  if (raw.length > MAX_TARGET_LENGTH)
    return { status: 414, error: 'uri-too-long', message: 'request target too long' };
  const q = raw.indexOf('?');
  const pathname = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  return { pathname, query };
}

export function route(pathname: string): Route | RouteError {
  if (pathname === '/') return { kind: 'page' };
  if (pathname === '/metrics') return { kind: 'metrics' };
  if (!pathname.startsWith('/api/')) return { kind: 'other', path: pathname };
  const seg = pathname.split('/').slice(1);
  if (seg.some((s) => s === '' || s === '.' || s === '..' || s.includes('%') || s.includes('\\'))) {
    return { status: 400, error: 'bad-path', message: 'malformed path' };
  }
  const notFound: RouteError = {
    status: 404,
    error: 'not-found',
    message: `no such endpoint: ${pathname.slice(0, 200)}`,
  };
  if (seg[1] !== 'v1') return notFound;
  if (seg.length === 3 && seg[2] === 'version') return { kind: 'version' };
  if (seg[2] !== 'nodes' || seg.length < 5) return notFound;
  const node = seg[3];
  if (!NODE_RE.test(node)) return { status: 400, error: 'bad-node', message: 'invalid node name' };
  if (seg.length === 5) {
    if (seg[4] === 'gpu') return { kind: 'node-gpu', node };
    if (seg[4] === 'stream') return { kind: 'node-stream', node };
    return notFound;
  }
  if (seg[4] !== 'lxc' || seg.length !== 7) return notFound;
  const vmid = seg[5];
  if (!VMID_RE.test(vmid)) return { status: 400, error: 'bad-vmid', message: 'invalid container id' };
  switch (seg[6]) {
    case 'usage':
      return { kind: 'ct-usage', node, vmid };
    case 'history':
      return { kind: 'ct-history', node, vmid };
    case 'stream':
      return { kind: 'ct-stream', node, vmid };
    case 'health':
      return { kind: 'ct-health', node, vmid };
    default:
      return notFound;
  }
}

export function isRouteError(x: unknown): x is RouteError {
  return typeof x === 'object' && x !== null && 'status' in x && 'error' in x;
}
