// SPDX-License-Identifier: AGPL-3.0-or-later
// The host tree's two ways of changing a file: by rename (a new inode: what a concurrent reader in
// another process may safely see) and in place (the same inode, as a real host's fdinfo and sysfs
// files are: what the sampler's held descriptors read again, collect/reread.ts).
import assert from 'node:assert/strict';
import { closeSync, lstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { test } from 'node:test';
import { tempDir } from '../../../../test/fixtures/collect/samples.ts';
import { HostTree } from './host-tree.ts';

/** What a descriptor held since before the change reads from offset 0 (a pread, as reread.ts). */
function readHeld(fd: number): string {
  const buf = Buffer.alloc(256);
  return buf.toString('utf8', 0, readSync(fd, buf, 0, buf.length, 0));
}

test('in place: the same inode, and a held descriptor reads the new bytes, longer or shorter', () => {
  const t = new HostTree(tempDir('tree-in-place'), undefined, { inPlace: true });
  t.file('/proc/7/fdinfo/3', 'drm-engine-render:\t100 ns\n'); // a new file: created
  const ino = statSync(t.abs('/proc/7/fdinfo/3')).ino;
  const fd = openSync(t.abs('/proc/7/fdinfo/3'), 'r');
  try {
    t.file('/proc/7/fdinfo/3', 'drm-engine-render:\t123456 ns\n');
    assert.equal(statSync(t.abs('/proc/7/fdinfo/3')).ino, ino);
    assert.equal(readHeld(fd), 'drm-engine-render:\t123456 ns\n');
    t.file('/proc/7/fdinfo/3', 'drm-engine-render:\t9 ns\n');
    assert.equal(readHeld(fd), 'drm-engine-render:\t9 ns\n', 'cut to the new length');
  } finally {
    closeSync(fd);
  }
  // a link is replaced by a file, as by rename, not written through to its target
  t.file('/sys/target', 'a\n');
  t.link('/sys/link', 'target');
  t.file('/sys/link', 'b\n');
  assert.equal(lstatSync(t.abs('/sys/link')).isFile(), true);
  assert.equal(readFileSync(t.abs('/sys/target'), 'utf8'), 'a\n');
});

test('by rename (the default): a new inode; a held descriptor keeps reading the old bytes', () => {
  const t = new HostTree(tempDir('tree-rename'));
  t.file('/sys/x/energy1_input', '5000000\n');
  const ino = statSync(t.abs('/sys/x/energy1_input')).ino;
  const fd = openSync(t.abs('/sys/x/energy1_input'), 'r');
  try {
    t.file('/sys/x/energy1_input', '21000000\n');
    assert.notEqual(statSync(t.abs('/sys/x/energy1_input')).ino, ino);
    assert.equal(readHeld(fd), '5000000\n');
  } finally {
    closeSync(fd);
  }
});
