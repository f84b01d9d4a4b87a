// SPDX-License-Identifier: AGPL-3.0-or-later
// A throw-away PKI for tests, made with the openssl CLI at test time: a cluster CA like
// pve-root-ca.pem and node certificates like pve-ssl.pem (SANs for loopback addresses).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface IssuedCert {
  cert: string;
  key: string;
}

export interface TestPki {
  dir: string;
  caCert: string;
  /** Issues a leaf for serverAuth with the given SANs ("IP:127.0.0.1", "DNS:localhost"). */
  issue(name: string, sans: string[]): IssuedCert;
  /** A self-signed certificate no CA vouches for (forgery tests). */
  selfSigned(name: string, sans: string[]): IssuedCert;
}

function openssl(args: string[], cwd: string): void {
  try {
    execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('the service tests need the openssl command: apt-get install openssl');
    }
    throw err;
  }
}

export function makeTestPki(dir: string): TestPki {
  mkdirSync(dir, { recursive: true });
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key'], dir);
  openssl(
    [
      'req',
      '-x509',
      '-new',
      '-key',
      'ca.key',
      '-sha256',
      '-days',
      '30',
      '-subj',
      '/CN=Test PVE Cluster CA/O=PVE Cluster Manager CA',
      '-out',
      'ca.pem',
    ],
    dir,
  );
  const caCert = readFileSync(path.join(dir, 'ca.pem'), 'utf8');

  const leaf = (name: string, sans: string[], signWithCa: boolean): IssuedCert => {
    const ext = path.join(dir, `${name}.ext`);
    writeFileSync(
      ext,
      `basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=${sans.join(',')}\n`,
    );
    openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`], dir);
    openssl(
      [
        'req',
        '-new',
        '-key',
        `${name}.key`,
        '-subj',
        `/CN=${name}/OU=PVE Cluster Node`,
        '-out',
        `${name}.csr`,
      ],
      dir,
    );
    const signer = signWithCa
      ? ['-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial']
      : ['-signkey', `${name}.key`];
    openssl(
      [
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        ...signer,
        '-days',
        '30',
        '-sha256',
        '-extfile',
        ext,
        '-out',
        `${name}.pem`,
      ],
      dir,
    );
    return {
      cert: readFileSync(path.join(dir, `${name}.pem`), 'utf8'),
      key: readFileSync(path.join(dir, `${name}.key`), 'utf8'),
    };
  };
  return {
    dir,
    caCert,
    issue: (name, sans) => leaf(name, sans, true),
    selfSigned: (name, sans) => leaf(name, sans, false),
  };
}

/**
 * A PVE node's certificate where pmxcfs keeps it, under a host root: a self-signed key pair as
 * etc/pve/local/pve-ssl.{key,pem}, the same certificate as etc/pve/pve-root-ca.pem, and the
 * etc/pve/lxc directory. For daemons the benches start on a host tree.
 */
export function writeNodeCertificate(hostRoot: string, name: string): void {
  const local = path.join(hostRoot, 'etc/pve/local');
  mkdirSync(local, { recursive: true });
  mkdirSync(path.join(hostRoot, 'etc/pve/lxc'), { recursive: true });
  openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`].concat([
      '-keyout',
      'pve-ssl.key',
      '-out',
      'pve-ssl.pem',
    ]),
    local,
  );
  writeFileSync(
    path.join(hostRoot, 'etc/pve/pve-root-ca.pem'),
    readFileSync(path.join(local, 'pve-ssl.pem')),
  );
}
