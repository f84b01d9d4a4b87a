// SPDX-License-Identifier: AGPL-3.0-or-later
// Serves a container on another node by asking that node's shim (docs/design.md, "peers"): address from
// .members, verified TLS pinned to the node's certificate fingerprint and checked in the handshake,
// BEFORE a byte of the caller's credential is written, the credential forwarded unchanged, a loop-guard header the
// receiver refuses to forward again, and timeouts so a dead node gives an answer, not a hang.

import http, { type ServerResponse } from 'node:http';
import tls from 'node:tls';
import { type HttpMsg, httpMsg } from '../../api/http-messages.ts';
import type { Credential } from '../auth/credential.ts';
import { credentialAuthorization } from '../auth/credential.ts';
import type { PeerDirectory, PeerTrust } from './peers.ts';

export const FORWARD_HEADER = 'x-pvegpu-forwarded';

export interface ForwardOptions {
  peers: PeerDirectory;
  port: number;
  localNode: string;
  timeoutMs: number;
  /** Streams are idle-checked instead of time-limited: heartbeats arrive every 15 s. */
  streamIdleMs: number;
}

export type ForwardFailure = { status: number; error: string; msg: HttpMsg };

/** A TLS failure that is about the peer's certificate, not about reaching it. */
function isCertificateError(err: Error): boolean {
  return /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test((err as NodeJS.ErrnoException).code ?? '');
}

function connectPinned(
  ip: string,
  port: number,
  trust: PeerTrust,
  timeoutMs: number,
): Promise<tls.TLSSocket | { untrusted: string } | Error> {
  return new Promise((resolve) => {
    // Verified TLS: the chain must verify (system roots, cluster CA, the pinned files) AND the
    // certificate must be one of the node's own, as pveproxy pins its peers. Both are decided in
    // the handshake, so the socket never carries a byte to a peer that fails either.
    let presented: string | undefined;
    const socket = tls.connect({
      host: ip,
      port,
      ca: trust.ca,
      ALPNProtocols: ['http/1.1'],
      checkServerIdentity: (_host, cert) => {
        if (trust.pins.has(cert.fingerprint256)) return undefined;
        presented = cert.fingerprint256;
        return new Error(`certificate ${cert.fingerprint256} is not the node's own`);
      },
    });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(new Error(`no TLS connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      if (presented !== undefined) resolve({ untrusted: `fingerprint ${presented}` });
      else if (isCertificateError(err)) resolve({ untrusted: err.message });
      else resolve(err);
    });
  });
}

/** Forwards one GET; answers the client itself. Resolves when the exchange is over. */
export async function forwardToPeer(
  opts: ForwardOptions,
  node: string,
  pathAndQuery: string,
  credential: Credential | undefined,
  res: ServerResponse,
  isStream: boolean,
  fail: (f: ForwardFailure) => void,
): Promise<void> {
  const peer = await opts.peers.lookup(node);
  if (peer.kind === 'unknown') {
    return fail({
      status: 404,
      error: 'no-such-node',
      msg: httpMsg('http.msg.no_such_node', { node }),
    });
  }
  if (peer.kind === 'offline') {
    return fail({
      status: 503,
      error: 'node-offline',
      msg: httpMsg('http.msg.node_offline', { node }),
    });
  }
  if (peer.kind === 'no-address') {
    return fail({
      status: 503,
      error: 'node-unreachable',
      msg: httpMsg('http.msg.node_no_address', { node }),
    });
  }
  const { ip } = peer.member;
  let trust = await opts.peers.trust(node);
  if (trust.pins.size === 0) {
    return fail({
      status: 503,
      error: 'node-untrusted',
      msg: httpMsg('http.msg.node_no_certificate', { node, dir: `/etc/pve/nodes/${node}/` }),
    });
  }
  let socket = await connectPinned(ip, opts.port, trust, opts.timeoutMs);
  if (!(socket instanceof tls.TLSSocket) && !(socket instanceof Error)) {
    // The node may have a renewed certificate: re-read the pin (rate-limited) and retry once.
    const fresh = await opts.peers.trust(node, true);
    if (fresh !== trust) {
      trust = fresh;
      socket = await connectPinned(ip, opts.port, trust, opts.timeoutMs);
    }
  }
  if (socket instanceof Error) {
    return fail({
      status: 503,
      error: 'node-unreachable',
      msg: httpMsg('http.msg.node_unreachable', { node, address: `${ip}:${opts.port}`, why: socket.message }),
    });
  }
  if (!(socket instanceof tls.TLSSocket)) {
    return fail({
      status: 503,
      error: 'node-untrusted',
      msg: httpMsg('http.msg.node_wrong_certificate', {
        node,
        address: `${ip}:${opts.port}`,
        why: socket.untrusted,
      }),
    });
  }
  const connected = socket;
  await new Promise<void>((resolve) => {
    const headers: Record<string, string> = {
      Accept: isStream ? 'text/event-stream' : 'application/json',
      [FORWARD_HEADER]: opts.localNode,
      ...(credential ? credentialAuthorization(credential) : {}),
    };
    // http.request over the already verified TLS socket: no agent, so createConnection is used
    // and no second handshake (or second trust decision) happens.
    const upstream = http.request({
      createConnection: () => connected,
      host: ip,
      port: opts.port,
      method: 'GET',
      path: pathAndQuery,
      headers: { Host: ip.includes(':') ? `[${ip}]:${opts.port}` : `${ip}:${opts.port}`, ...headers },
    });
    let answered = false;
    const deadline = setTimeout(() => {
      upstream.destroy(new Error(`no answer within ${opts.timeoutMs} ms`));
    }, opts.timeoutMs);
    upstream.on('response', (up) => {
      answered = true;
      clearTimeout(deadline);
      const pass: Record<string, string> = {};
      for (const h of ['content-type', 'cache-control', 'retry-after', 'x-accel-buffering']) {
        const v = up.headers[h];
        if (typeof v === 'string') pass[h] = v;
      }
      res.writeHead(up.statusCode ?? 502, pass);
      if (isStream) {
        up.setTimeout?.(opts.streamIdleMs);
        connected.setTimeout(opts.streamIdleMs, () => upstream.destroy(new Error('peer stream idle')));
      } else {
        connected.setTimeout(opts.timeoutMs, () => upstream.destroy(new Error('peer answer stalled')));
      }
      up.pipe(res);
      up.on('end', () => resolve());
      up.on('error', () => {
        res.destroy();
        resolve();
      });
    });
    upstream.on('error', (err) => {
      clearTimeout(deadline);
      if (!answered) {
        fail({
          status: 503,
          error: 'node-unreachable',
          msg: httpMsg('http.msg.node_no_answer', { node, why: err.message }),
        });
      } else {
        res.destroy();
      }
      resolve();
    });
    // The caller went away (or the answer is complete): stop the upstream exchange too.
    res.on('close', () => {
      upstream.destroy();
      resolve();
    });
    upstream.end();
  });
}
