// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { HostRoot } from '../../api-shim/src/host/host-root.ts';

test('HostRoot reads files under its root and reports missing ones as undefined', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hostroot-'));
  mkdirSync(path.join(dir, 'proc/1'), { recursive: true });
  writeFileSync(path.join(dir, 'proc/1/comm'), 'init\n');
  const host = new HostRoot(dir);
  assert.equal(await host.readText('/proc/1/comm'), 'init\n');
  assert.equal(await host.readText('/proc/2/comm'), undefined);
  assert.deepEqual(await host.readdir('/proc'), ['1']);
});

test('HostRoot keeps ".." inside the root and caps reads', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hostroot-'));
  writeFileSync(path.join(dir, 'big'), 'x'.repeat(1000));
  const host = new HostRoot(dir);
  assert.equal(host.resolve('/../../etc/passwd'), path.join(dir, 'etc/passwd'));
  assert.equal((await host.readText('/big', 10))?.length, 10);
  assert.throws(() => host.resolve('relative/path'));
});
