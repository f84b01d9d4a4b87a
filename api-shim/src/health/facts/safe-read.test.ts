// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { HostRoot } from '../../host/host-root.ts';
import { readContainerFacts } from './container-facts.ts';
import { listInContainer, readInContainer } from './safe-read.ts';

function tree() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'safe-read-'));
  mkdirSync(path.join(dir, 'etc'), { recursive: true });
  writeFileSync(path.join(dir, 'etc/shadow'), 'root:HOST-SECRET:19000::::::\n');
  writeFileSync(path.join(dir, 'etc/group'), 'render:x:993:HOST\n');
  const ct = path.join(dir, 'proc/4242/root');
  mkdirSync(path.join(ct, 'etc'), { recursive: true });
  mkdirSync(path.join(ct, 'usr/lib/x86_64-linux-gnu'), { recursive: true });
  return { dir, ct, host: new HostRoot(dir) };
}

test('a symlink planted in the container never leads to a host file', async () => {
  const { dir, ct, host } = tree();
  try {
    symlinkSync('/etc/shadow', path.join(ct, 'etc/group')); // absolute: must stay in the CT root
    symlinkSync('../../../../../../etc', path.join(ct, 'etc/up')); // climbing out
    symlinkSync('/', path.join(ct, 'usr/lib/x86_64-linux-gnu/dri'));
    assert.equal(
      await readInContainer(host, '/proc/4242/root', '/etc/group'),
      undefined,
      'CT has no /etc/shadow: nothing read',
    );
    assert.equal(await readInContainer(host, '/proc/4242/root', '/etc/up/shadow'), undefined);
    writeFileSync(path.join(ct, 'etc/shadow'), 'ct-shadow\n');
    assert.equal(
      await readInContainer(host, '/proc/4242/root', '/etc/group'),
      'ct-shadow\n',
      'resolved inside the CT',
    );
    assert.equal(await readInContainer(host, '/proc/4242/root', '/etc/up/shadow'), 'ct-shadow\n');
    const facts = await readContainerFacts(host, 4242);
    assert.deepEqual(facts.vaapiDrivers, []);
    assert.ok(!JSON.stringify(facts).includes('HOST'), 'no host data in the container facts');
    assert.deepEqual(await listInContainer(host, '/proc/4242/root', '/etc/up/..'), ['etc', 'usr'].sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('reads are size-capped and only regular files are read', async () => {
  const { dir, ct, host } = tree();
  try {
    writeFileSync(path.join(ct, 'etc/big'), 'x'.repeat(100000));
    assert.equal((await readInContainer(host, '/proc/4242/root', '/etc/big', 1000))?.length, 1000);
    assert.equal(await readInContainer(host, '/proc/4242/root', '/etc'), undefined);
    assert.equal(await readInContainer(host, '/proc/4242/root', '/nope'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
