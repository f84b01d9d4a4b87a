// SPDX-License-Identifier: AGPL-3.0-or-later
// The shim presents pveproxy's own certificate (PVE admin guide, "Certificate Management":
// pveproxy-ssl.pem when present, else pve-ssl.pem), so a browser
// that accepted :8006 trusts this port too. The choice is re-made on every poll because ACME
// can add or remove pveproxy-ssl.pem; mtimes are polled, not watched, because pmxcfs (FUSE)
// sends no inotify events for changes that arrive from other nodes.
import { X509Certificate } from 'node:crypto';
import type { HostRoot } from '../host/host-root.ts';
import type { Logger } from './log.ts';

export interface TlsMaterial {
  key: string;
  cert: string;
  /** Host paths the material came from. */
  certPath: string;
  keyPath: string;
}

const MAX_PEM = 256 * 1024;

/** pveproxy's rule: pveproxy-ssl.pem + .key when both exist, else pve-ssl.pem + .key. */
export async function loadNodeCertificate(host: HostRoot, dir = '/etc/pve/local'): Promise<TlsMaterial> {
  const customCert = `${dir}/pveproxy-ssl.pem`;
  const customKey = `${dir}/pveproxy-ssl.key`;
  const [cc, ck] = await Promise.all([host.readText(customCert, MAX_PEM), host.readText(customKey, MAX_PEM)]);
  if (cc !== undefined && ck !== undefined)
    return { cert: cc, key: ck, certPath: customCert, keyPath: customKey };
  const cert = await host.readText(`${dir}/pve-ssl.pem`, MAX_PEM);
  const key = await host.readText(`${dir}/pve-ssl.key`, MAX_PEM);
  if (cert === undefined || key === undefined) {
    throw new Error(
      `no TLS certificate: neither ${customCert}+${customKey} nor ${dir}/pve-ssl.pem+pve-ssl.key exist under ${host.root}`,
    );
  }
  return { cert, key, certPath: `${dir}/pve-ssl.pem`, keyPath: `${dir}/pve-ssl.key` };
}

/** A node's certificates as read for pinning: the cluster CA and the pinned certificate files. */
export interface NodeTrust {
  /** /etc/pve/pve-root-ca.pem, undefined when missing. */
  clusterCa?: string;
  /** The readable certificate files, in the order asked. */
  pems: string[];
  /** Their SHA-256 fingerprints. */
  pins: Set<string>;
}

/** Reads the cluster CA and a node's certificate files; an unreadable file is reported, not fatal. */
export async function loadNodeTrust(
  host: HostRoot,
  certFiles: string[],
  onBadCertificate: (path: string) => void = () => {},
): Promise<NodeTrust> {
  const clusterCa = await host.readText('/etc/pve/pve-root-ca.pem', MAX_PEM);
  const pems: string[] = [];
  const pins = new Set<string>();
  for (const file of certFiles) {
    const pem = await host.readText(file, MAX_PEM);
    if (pem === undefined) continue;
    try {
      pins.add(pemFingerprint256(pem));
      pems.push(pem);
    } catch {
      onBadCertificate(file);
    }
  }
  return { clusterCa, pems, pins };
}

/** SHA-256 fingerprint of the first certificate in a PEM ("AB:CD:…", as Node reports peers). */
export function pemFingerprint256(pem: string): string {
  return new X509Certificate(pem).fingerprint256;
}

export interface CertWatcher {
  stop(): void;
  /** Forces a check now (tests; SIGHUP). Resolves true when the material changed. */
  check(): Promise<boolean>;
}

/**
 * Polls the candidate files and calls apply() with fresh material when the choice or the
 * content changed. A bad new pair (half-written renewal) is logged and the old one kept.
 */
export function watchNodeCertificate(
  host: HostRoot,
  current: TlsMaterial,
  apply: (m: TlsMaterial) => void,
  logger: Logger,
  intervalMs = 60_000,
  dir = '/etc/pve/local',
): CertWatcher {
  let last = signature(current);
  let running = false;
  const check = async (): Promise<boolean> => {
    if (running) return false;
    running = true;
    try {
      const next = await loadNodeCertificate(host, dir);
      const sig = signature(next);
      if (sig === last) return false;
      apply(next); // throws on a key/cert mismatch: keep serving the old pair
      last = sig;
      logger.info('tls certificate reloaded', {
        cert: next.certPath,
        fingerprint: pemFingerprint256(next.cert),
      });
      return true;
    } catch (err) {
      logger.warn('tls certificate reload failed; keeping the current one', { error: err });
      return false;
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer), check };
}

function signature(m: TlsMaterial): string {
  return `${m.certPath}\0${m.cert}\0${m.key}`;
}
