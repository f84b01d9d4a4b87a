// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleRaw } from '../../../test/fixtures/collect/samples.ts';
import { normalizePci, parseSize, parseUintBig, wrapDelta } from './parse-util.ts';
import { parseCgroupOwner } from './proc-cgroup.ts';
import { parseProcStatus, parseStatStartTime } from './proc-status.ts';

test('cgroup lines of the PVE layout sample map to their container', () => {
  const lines = sampleRaw('pve-lxc-cgroup-layout-derived.txt')
    .split('\n')
    .filter((l) => l.startsWith('0::'))
    .map((l) => l.split(/\s+#/)[0].trim());
  const owners = lines.map((l) => [l, parseCgroupOwner(`${l}\n`)]);
  assert.deepEqual(owners, [
    ['0::/lxc.monitor/101', { owner: 'host', monitorOf: '101' }],
    ['0::/lxc/101/ns/init.scope', { owner: '101' }],
    ['0::/lxc/101/ns/system.slice/jellyfin.service', { owner: '101' }],
    ['0::/lxc/101/ns', { owner: '101' }],
    ['0::/lxc/101/ns/.lxc', { owner: '101' }],
    ['0::/system.slice/pvestatd.service', { owner: 'host' }],
  ]);
});

test('vmid boundaries: 1010 is not 101; lxc.payload and v1 fallbacks', () => {
  assert.equal(parseCgroupOwner('0::/lxc/1010/ns\n').owner, '1010');
  assert.equal(parseCgroupOwner('0::/lxc/101\n').owner, '101');
  assert.equal(parseCgroupOwner('0::/lxc/101x/ns\n').owner, 'host');
  assert.equal(parseCgroupOwner('0::/lxcfoo/101\n').owner, 'host');
  assert.equal(parseCgroupOwner('0::/lxc.payload.105/init.scope\n').owner, '105');
  assert.equal(parseCgroupOwner('12:devices:/lxc/103/ns\n1:name=systemd:/lxc/103/ns\n0::/\n').owner, '103');
  assert.equal(parseCgroupOwner('').owner, 'host');
  // the in-container view of lxc-attach (lxc#3373) is not a host path
  assert.equal(parseCgroupOwner('0::/.lxc\n').owner, 'host');
});

test('status: Name and NSpid; stat: start time after a comm with spaces and parentheses', () => {
  const s = parseProcStatus('Name:\tffmpeg\nState:\tR\nNSpid:\t424242\t377\n');
  assert.deepEqual(s, { name: 'ffmpeg', nspid: [424242, 377] });
  assert.deepEqual(parseProcStatus('Name:\tinit\n').nspid, []);
  const stat = '4242 (my (odd) proc) S 1 4242 4242 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 987654 0 0';
  assert.equal(parseStatStartTime(stat), '987654');
  assert.equal(parseStatStartTime('garbage'), undefined);
});

test('sizes, PCI addresses and wrap-around', () => {
  assert.equal(parseSize('2068 KiB'), 2068n * 1024n);
  assert.equal(parseSize('17196 kB'), 17196n * 1024n);
  assert.equal(parseSize('3 GiB'), 3n * 1024n ** 3n);
  assert.equal(parseSize('512'), 512n);
  assert.equal(parseSize('12 parsecs'), undefined);
  // the grammar of /^(\d+)\s*([A-Za-z]*)$/ after trim(), parsed by hand
  assert.equal(parseSize(' \t2392 KiB\r'), 2392n * 1024n);
  assert.equal(parseSize('7MiB'), 7n * 1024n * 1024n);
  assert.equal(parseSize('5 K1B'), undefined);
  assert.equal(parseSize('KiB'), undefined);
  assert.equal(parseSize('-5 KiB'), undefined);
  assert.equal(parseSize('٣ KiB'), undefined, 'an Arabic-Indic digit is no \\d');
  assert.equal(parseUintBig('9288864723 ns', 'ns'), 9288864723n);
  assert.equal(parseUintBig('18446744073709551615ns', 'ns'), 18446744073709551615n);
  assert.equal(parseUintBig('12\u00a0ns', 'ns'), 12n);
  assert.equal(parseUintBig('12 ms', 'ns'), undefined);
  assert.equal(parseUintBig('12 ns', undefined), undefined);
  assert.equal(parseUintBig(' 28257900 '), 28257900n);
  assert.equal(parseUintBig('1.5'), undefined);
  assert.equal(normalizePci('00000000:01:00.0'), '0000:01:00.0');
  assert.equal(normalizePci('0A:00.0'), '0000:0a:00.0');
  // u32 rc6 residency: 2^32 - 100 → 400 is 500 ms, not a negative or huge number
  assert.equal(wrapDelta(400, 2 ** 32 - 100, 32), 500);
  assert.equal(wrapDelta(1500, 1000, 32), 500);
  // a reset (driver reload) from a small value counts from zero
  assert.equal(wrapDelta(30, 5000, 32), 30);
});

test('device numbers: rdev decoding (glibc layout) and real-host fd classification', async () => {
  const { classifyFdFast, decodeRdev } = await import('./fd-class.ts');
  const { HostRoot } = await import('../host/host-root.ts');
  const { openSync, closeSync } = await import('node:fs');
  assert.deepEqual(decodeRdev(226 * 256 + 128), [226, 128]); // renderD128
  assert.deepEqual(decodeRdev(195 * 256 + 255), [195, 255]); // nvidiactl
  // minor ≥ 256 lands in the high bits: 226:1024 → 0x4000e200
  assert.deepEqual(decodeRdev(((1024 & ~0xff) << 12) | (226 << 8) | (1024 & 0xff)), [226, 1024]);
  const host = new HostRoot('/');
  const file = openSync(new URL(import.meta.url), 'r');
  const dev = openSync('/dev/null', 'r');
  try {
    assert.equal(classifyFdFast(host, `/proc/${process.pid}/fd/${file}`), undefined);
    assert.equal(classifyFdFast(host, `/proc/${process.pid}/fd/${dev}`), undefined);
    assert.equal(classifyFdFast(host, `/proc/${process.pid}/fd/99999`), undefined);
  } finally {
    closeSync(file);
    closeSync(dev);
  }
});
