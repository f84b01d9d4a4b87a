// SPDX-License-Identifier: AGPL-3.0-or-later
// Where another node's shim is and which certificate it must present. Addresses come from
// /etc/pve/.members; the pin is the SHA-256 fingerprint of the node's own certificate in
// /etc/pve/nodes/<node>/ (pveproxy-ssl.pem when present, and pve-ssl.pem), the way pveproxy's
// CertCache pins its peers: the peer's shim serves the same certificate as its pveproxy.
import tls from 'node:tls';
import type { HostRoot } from '../../host/host-root.ts';
import { loadNodeTrust } from '../tls.ts';
import { type Member, parseMembers } from './members.ts';

export type PeerLookup =
  | { kind: 'peer'; member: Member & { ip: string } }
  | { kind: 'offline'; member: Member }
  | { kind: 'no-address'; member: Member }
  | { kind: 'unknown' };

export interface PeerTrust {
  pins: Set<string>;
  ca: string[];
}

/** How soon a node whose certificate was missing is looked up again, ms. */
const MISSING_RETRY_MS = 5000;

export class PeerDirectory {
  private membersCache: { at: number; nodes: Map<string, Member> } | undefined;
  private readonly pins = new Map<string, { at: number; trust: PeerTrust }>();

  constructor(
    private readonly host: HostRoot,
    /** A pin mismatch re-reads the certificate at most this often (pveproxy: once a minute). */
    private readonly pinRefreshMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async lookup(node: string): Promise<PeerLookup> {
    const nodes = await this.members();
    const member = nodes.get(node);
    if (!member) return { kind: 'unknown' };
    if (!member.online) return { kind: 'offline', member };
    if (!member.ip) return { kind: 'no-address', member };
    return { kind: 'peer', member: { ...member, ip: member.ip } };
  }

  /** True when addr (as a socket reports it) is the address of another cluster node. */
  async isPeerAddress(addr: string | undefined, localNode: string): Promise<boolean> {
    if (!addr) return false;
    const ip = addr.startsWith('::ffff:') ? addr.slice(7) : addr;
    for (const m of (await this.members()).values()) {
      if (m.name !== localNode && m.ip === ip) return true;
    }
    return false;
  }

  private async members(): Promise<Map<string, Member>> {
    // .members changes when nodes join, leave or go down; two seconds is fresh enough.
    if (this.membersCache && this.now() - this.membersCache.at < 2000) return this.membersCache.nodes;
    const text = await this.host.readText('/etc/pve/.members');
    let nodes = new Map<string, Member>();
    if (text !== undefined) {
      try {
        nodes = parseMembers(text).nodes;
      } catch {
        nodes = new Map();
      }
    }
    this.membersCache = { at: this.now(), nodes };
    return nodes;
  }

  /**
   * What the peer must present: one of its pinned certificates (fingerprints), verified against
   * the system roots, the cluster CA and the pinned files themselves (a self-signed custom
   * certificate is its own anchor). refresh=true re-reads them (rate-limited).
   */
  async trust(node: string, refresh = false): Promise<PeerTrust> {
    const cached = this.pins.get(node);
    const age = cached ? this.now() - cached.at : 0;
    // No certificate found is not remembered for long: pmxcfs may not have synced the file yet
    // (a node just joined), and "untrusted until restart" would be the result.
    const stale =
      cached !== undefined &&
      cached.trust.pins.size === 0 &&
      age >= Math.min(this.pinRefreshMs, MISSING_RETRY_MS);
    if (cached && !stale && !(refresh && age >= this.pinRefreshMs)) return cached.trust;
    const { clusterCa, pems, pins } = await loadNodeTrust(this.host, [
      `/etc/pve/nodes/${node}/pveproxy-ssl.pem`,
      `/etc/pve/nodes/${node}/pve-ssl.pem`,
    ]);
    const trust = { pins, ca: [...tls.rootCertificates, ...(clusterCa ? [clusterCa] : []), ...pems] };
    this.pins.set(node, { at: this.now(), trust });
    return trust;
  }
}
