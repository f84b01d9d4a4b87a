// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { HostRoot } from '../host/host-root.ts';
import { loadNodeCertificate } from './tls.ts';

test("pveproxy's choice: the custom pair only when both files exist", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pgt-tls-'));
  try {
    const local = path.join(dir, 'etc/pve/local');
    mkdirSync(local, { recursive: true });
    const host = new HostRoot(dir);
    await assert.rejects(
      loadNodeCertificate(host),
      /no TLS certificate: neither .*pveproxy-ssl\.pem.* nor .*pve-ssl\.pem/,
    );
    writeFileSync(path.join(local, 'pve-ssl.pem'), 'PVE CERT');
    writeFileSync(path.join(local, 'pve-ssl.key'), 'PVE KEY');
    assert.equal((await loadNodeCertificate(host)).certPath, '/etc/pve/local/pve-ssl.pem');
    writeFileSync(path.join(local, 'pveproxy-ssl.pem'), 'ACME CERT');
    assert.equal(
      (await loadNodeCertificate(host)).cert,
      'PVE CERT',
      'a custom cert without its key is ignored',
    );
    writeFileSync(path.join(local, 'pveproxy-ssl.key'), 'ACME KEY');
    const m = await loadNodeCertificate(host);
    assert.deepEqual(
      [m.certPath, m.keyPath, m.cert, m.key],
      ['/etc/pve/local/pveproxy-ssl.pem', '/etc/pve/local/pveproxy-ssl.key', 'ACME CERT', 'ACME KEY'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
