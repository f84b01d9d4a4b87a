// SPDX-License-Identifier: AGPL-3.0-or-later
// Every endpoint of the service, as data: method, path pattern, who may call it, handler.
// The dispatcher (dispatch.ts) puts one auth layer in front of all of them: a route is served
// to a caller without a valid credential only when it says `access: PUBLIC`, and a privilege
// is checked on the PVE ACL path the route names before its handler runs. Adding an endpoint
// is one line here (docs/api.md lists them for clients).

import { certPage } from './handlers/cert-page.ts';
import {
  containerHealth,
  containerHistory,
  containerStream,
  containerUsageNow,
} from './handlers/container.ts';
import { metrics } from './handlers/metrics-route.ts';
import { nodeGpus, nodeHistory, nodeStream } from './handlers/node.ts';
import { version } from './handlers/version.ts';
import type { Params, RoutePattern } from './router.ts';
import type { RequestContext, Service } from './service.ts';

export type Access =
  | { kind: 'public' }
  /** privilege '' = any credential PVE accepts. */
  | { kind: 'privilege'; privilege: string; on: (params: Params, svc: Service) => string };

export interface RouteSpec extends RoutePattern {
  method: 'GET';
  access: Access;
  /** A live stream: may carry ?ticket= (EventSource cannot set headers), takes a stream slot. */
  stream?: boolean;
  handler: (ctx: RequestContext, svc: Service) => Promise<void> | void;
}

/** No credential needed. Only for what shows nothing about the node's guests or GPUs. */
export const PUBLIC: Access = { kind: 'public' };
/** Any valid PVE ticket or API token. */
export const ANY_USER: Access = { kind: 'privilege', privilege: '', on: () => '/' };
/** Sys.Audit on the node ({node} of the path, else this node). */
export const NODE_AUDIT: Access = {
  kind: 'privilege',
  privilege: 'Sys.Audit',
  on: (p, svc) => `/nodes/${p.node ?? svc.node}`,
};
/** VM.Audit on the container {vmid} of the path. */
export const CT_AUDIT: Access = { kind: 'privilege', privilege: 'VM.Audit', on: (p) => `/vms/${p.vmid}` };

// A route whose path has {node} is forwarded to that node's shim when it is not this node; the
// peer checks the privilege there, this node only requires a credential.
export const ROUTES: readonly RouteSpec[] = [
  { method: 'GET', path: '/', access: PUBLIC, handler: certPage },
  { method: 'GET', path: '/metrics', access: NODE_AUDIT, handler: metrics },
  { method: 'GET', path: '/api/v1/version', access: ANY_USER, handler: version },
  { method: 'GET', path: '/api/v1/nodes/{node}/gpu', access: NODE_AUDIT, handler: nodeGpus },
  { method: 'GET', path: '/api/v1/nodes/{node}/history', access: NODE_AUDIT, handler: nodeHistory },
  {
    method: 'GET',
    path: '/api/v1/nodes/{node}/stream',
    access: NODE_AUDIT,
    stream: true,
    handler: nodeStream,
  },
  {
    method: 'GET',
    path: '/api/v1/nodes/{node}/lxc/{vmid}/usage',
    access: CT_AUDIT,
    handler: containerUsageNow,
  },
  {
    method: 'GET',
    path: '/api/v1/nodes/{node}/lxc/{vmid}/history',
    access: CT_AUDIT,
    handler: containerHistory,
  },
  {
    method: 'GET',
    path: '/api/v1/nodes/{node}/lxc/{vmid}/stream',
    access: CT_AUDIT,
    stream: true,
    handler: containerStream,
  },
  {
    method: 'GET',
    path: '/api/v1/nodes/{node}/lxc/{vmid}/health',
    access: CT_AUDIT,
    handler: containerHealth,
  },
];
