// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { formatMode, resolveInRoot, statDevice } from './device-nodes.ts';
import { HostRoot } from './host-root.ts';

function snapshot(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'devnodes-'));
  mkdirSync(path.join(dir, 'dev/dri/by-path'), { recursive: true });
  mkdirSync(path.join(dir, 'dev/.nodes.d'), { recursive: true });
  writeFileSync(
    path.join(dir, 'dev/.nodes.json'),
    JSON.stringify({
      '/dev/dri/card0': { type: 'char', major: 226, minor: 0, uid: 0, gid: 44, mode: '0660' },
    }),
  );
  writeFileSync(
    path.join(dir, 'dev/.nodes.d/gpu.json'),
    JSON.stringify({
      '/dev/dri/renderD128': { type: 'char', major: 226, minor: 128, uid: 0, gid: 993, mode: 0o660 },
    }),
  );
  symlinkSync('../renderD128', path.join(dir, 'dev/dri/by-path/pci-0000:00:02.0-render'));
  return dir;
}

test('statDevice reads sidecars, merges .nodes.d and follows by-path links', async () => {
  const host = new HostRoot(snapshot());
  const card = await statDevice(host, '/dev/dri/card0');
  assert.deepEqual(
    [card.type, card.major, card.minor, card.gid, formatMode(card.mode)],
    ['char', 226, 0, 44, '0660'],
  );
  const link = await statDevice(host, '/dev/dri/by-path/pci-0000:00:02.0-render');
  assert.equal(link.resolved, '/dev/dri/renderD128');
  assert.deepEqual([link.type, link.major, link.minor, link.gid], ['char', 226, 128, 993]);
  assert.equal((await statDevice(host, '/dev/dri/renderD129')).type, 'missing');
  assert.equal((await statDevice(host, '/dev/dri')).type, 'dir');
});

test('statDevice stats real nodes on a real host', async () => {
  const host = new HostRoot('/');
  const n = await statDevice(host, '/dev/null');
  assert.deepEqual([n.type, n.major, n.minor], ['char', 1, 3]);
});

test('resolveInRoot clamps absolute and ".." link targets inside the base', async () => {
  const dir = snapshot();
  const ct = path.join(dir, 'proc/1101/root');
  mkdirSync(path.join(ct, 'etc'), { recursive: true });
  symlinkSync('/etc/shadow', path.join(ct, 'etc/evil'));
  symlinkSync('../../../../../../etc', path.join(ct, 'up'));
  const host = new HostRoot(dir);
  assert.equal(await resolveInRoot(host, '/proc/1101/root', '/etc/evil'), '/proc/1101/root/etc/shadow');
  assert.equal(await resolveInRoot(host, '/proc/1101/root', '/up/group'), '/proc/1101/root/etc/group');
  symlinkSync('loop', path.join(ct, 'loop'));
  assert.equal(await resolveInRoot(host, '/proc/1101/root', '/loop/x'), undefined);
});
