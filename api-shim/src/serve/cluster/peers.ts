// SPDX-License-Identifier: AGPL-3.0-or-later
// Where another node's shim is and which certificate it must present. Addresses come from
// /etc/pve/.members; the pin is the SHA-256 fingerprint of the node's own certificate in
// /etc/pve/nodes/<node>/ (pveproxy-ssl.pem when present, and pve-ssl.pem), the way pveproxy's
// CertCache pins its peers: the peer's shim serves the same certificate as its pveproxy.
import type { HostRoot } from '../../host/host-root.ts';
import { pemFingerprint256 } from '../tls.ts';
import { type Member, parseMembers } from './members.ts';

export type PeerLookup =
  | { kind: 'peer'; member: Member & { ip: string } }
  | { kind: 'offline'; member: Member }
  | { kind: 'no-address'; member: Member }
  | { kind: 'unknown' };

export class PeerDirectory {
  private membersCache: { at: number; nodes: Map<string, Member> } | undefined;
  private readonly pins = new Map<string, { at: number; fingerprints: Set<string> }>();

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

  /** Fingerprints the peer may present; refresh=true re-reads them (rate-limited). */
  async fingerprints(node: string, refresh = false): Promise<Set<string>> {
    const cached = this.pins.get(node);
    if (cached && !(refresh && this.now() - cached.at >= this.pinRefreshMs)) return cached.fingerprints;
    const fingerprints = new Set<string>();
    for (const file of ['pveproxy-ssl.pem', 'pve-ssl.pem']) {
      const pem = await this.host.readText(`/etc/pve/nodes/${node}/${file}`);
      if (pem === undefined) continue;
      try {
        fingerprints.add(pemFingerprint256(pem));
      } catch {}
    }
    this.pins.set(node, { at: this.now(), fingerprints });
    return fingerprints;
  }
}
