// SPDX-License-Identifier: AGPL-3.0-or-later
// English templates of the shim's HTTP error answers (ApiError.message, docs/api.md "Errors"), by
// id, as the health and collector messages are: an error body carries `messageMsg` ({id, params})
// for the panel, which renders it in the user's language from the plugin's catalogues
// (plugin/src/i18n/http/<lang>.ts), and `message`, the English text rendered here from the same
// template, for curl, scripts and logs. Parameters are plain values (node names, privileges, ACL
// paths, addresses, a system error's own text), never prose; a sentence that varies gets its own id.
import { formatTemplate, type MsgParams } from './message-format.ts';
import type { Msg } from './types.ts';

export const HTTP_MESSAGES = {
  // the request itself (router.ts, front-door.ts)
  'http.msg.bad_request': 'bad request target',
  'http.msg.bad_http': 'malformed HTTP request ({code})',
  'http.msg.headers_too_large': 'request head too large',
  'http.msg.request_timeout': 'request head not complete in time',
  'http.msg.uri_too_long': 'request target too long',
  'http.msg.bad_path': 'malformed path',
  'http.msg.bad_node': 'invalid node name',
  'http.msg.bad_vmid': 'invalid container id',
  'http.msg.no_such_endpoint': 'no such endpoint: {path}',
  'http.msg.no_such_page': 'no such page',
  'http.msg.origin_not_allowed': "cross-origin requests are only accepted from this node's PVE web interface",
  'http.msg.rate_limited': 'too many requests from this address',
  'http.msg.preflight_without_origin': 'preflight without Origin',
  'http.msg.method_not_allowed': 'only GET is accepted',
  'http.msg.body_not_allowed': 'GET requests carry no body',
  'http.msg.bad_timeframe': 'timeframe must be hour, day or week',
  'http.msg.bad_cf': 'cf must be AVERAGE or MAX',
  // the caller's credential (auth/credential.ts, auth/gate.ts)
  'http.msg.ticket_malformed': 'malformed ticket',
  'http.msg.ticket_not_login': 'not a login ticket',
  'http.msg.ticket_expired': 'ticket expired',
  'http.msg.ticket_future': 'ticket issued in the future',
  'http.msg.token_malformed': 'malformed API token (expected PVEAPIToken=USER@REALM!TOKENID=SECRET)',
  'http.msg.auth_scheme': 'unsupported Authorization scheme (use PVEAuthCookie=… or PVEAPIToken=…)',
  'http.msg.cookie_needs_origin':
    'a ticket in the PVEAuthCookie cookie needs an Origin header of the PVE web interface; send it in the Authorization header instead',
  'http.msg.no_credential': 'no PVE ticket or API token (Authorization: PVEAuthCookie=… or PVEAPIToken=…)',
  'http.msg.ticket_rejected': 'the PVE API did not accept this ticket or token',
  'http.msg.permission_denied': 'permission check failed: {privilege} on {path}',
  'http.msg.auth_unreachable': 'cannot ask the PVE API at {url} for permissions: {why}',
  'http.msg.auth_no_ca': 'cluster CA {file} is missing',
  'http.msg.auth_busy':
    'too many permission checks from {client} are waiting for the PVE API; try again in a few seconds',
  // what was asked for (handlers/*.ts, stream-manager.ts, dispatch.ts)
  'http.msg.no_such_container': 'container {vmid} does not exist on node {node}',
  'http.msg.no_sample_yet': 'the first GPU sample is not ready yet; try again in a second',
  'http.msg.collector_unavailable':
    'the GPU collector (pve-gpu-tab-collector.service) does not answer; the figures come back when it does',
  'http.msg.history_unavailable': 'history is not available: {why}',
  'http.msg.health_unavailable': 'the health checks failed: {why}',
  'http.msg.streams_full': 'the service has reached its limit of live streams',
  'http.msg.streams_per_user': 'too many live streams for this user',
  'http.msg.timeout': 'the answer took too long',
  'http.msg.internal': 'internal error; see the daemon log',
  // another cluster node's shim (dispatch.ts, cluster/forward.ts)
  'http.msg.forward_loop': 'this is node {node}, not {target}; refusing to forward a forwarded request',
  'http.msg.no_such_node': "node '{node}' is not a member of this cluster",
  'http.msg.node_offline': "node '{node}' is offline (cluster status)",
  'http.msg.node_no_address': "node '{node}' has no address in .members",
  'http.msg.node_no_certificate': "no certificate for node '{node}' in {dir}; cannot verify it",
  'http.msg.node_unreachable': "cannot reach the GPU service of node '{node}' at {address}: {why}",
  'http.msg.node_wrong_certificate':
    "node '{node}' at {address} presented a certificate that is not its own ({why})",
  'http.msg.node_no_answer': "the GPU service of node '{node}' did not answer: {why}",
  // a live stream the server ends (sse.ts event "error")
  'http.msg.stream_shutting_down': 'the GPU service is restarting',
  'http.msg.stream_preempted': 'another user needed a stream slot; reconnect later',
  'http.msg.stream_ticket_expired': 'ticket expired; reconnect with a fresh ticket',
} satisfies Record<string, string>;

export type HttpMessageId = keyof typeof HTTP_MESSAGES;

/** An error message as an id with its parameters (what travels as ApiError.messageMsg). */
export interface HttpMsg extends Msg {
  id: HttpMessageId;
}

export function httpMsg(id: HttpMessageId, params?: MsgParams): HttpMsg {
  return params ? { id, params } : { id };
}

/** The English text of a message (ApiError.message, logs, the CLI). */
export function httpMessageText(m: HttpMsg): string {
  return formatTemplate(HTTP_MESSAGES[m.id], m.params);
}
