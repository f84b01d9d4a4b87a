// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasFd, NO_FDS, packFds } from './fd-set.ts';

const pack = (fds: number[]) => packFds(Uint32Array.from(fds), fds.length);

test('fd sets: membership for one-byte, two-byte and ≥ 0xFFFF fd numbers', () => {
  for (const fds of [
    [0, 1, 2, 5, 200, 255],
    [0, 3, 256, 4096, 65534],
    [0, 7, 65535, 70000, 1048575],
  ]) {
    const set = pack(fds);
    for (const fd of fds) assert.equal(hasFd(set, fd), true, `${fd} in ${fds}`);
    for (const fd of [4, 6, 254, 257, 65533, 65536, 1048574]) {
      if (!fds.includes(fd)) assert.equal(hasFd(set, fd), false, `${fd} not in ${fds}`);
    }
  }
  assert.equal(typeof pack([0, 1, 2, 65534]), 'string');
  assert.equal(pack([0, 65535]) instanceof Uint32Array, true);
  assert.equal(hasFd(NO_FDS, 0), false);
  assert.equal(hasFd(pack([]), 0), false);
});

test('fd sets: unsorted input is sorted, only the first n count, the scratch buffer is not kept', () => {
  const scratch = Uint32Array.from([9, 3, 7, 1, 99, 98]);
  const set = packFds(scratch, 4);
  assert.deepEqual(
    [1, 3, 7, 9].map((fd) => hasFd(set, fd)),
    [true, true, true, true],
  );
  assert.equal(hasFd(set, 99), false);
  const big = Uint32Array.from([70000, 2, 5]);
  const wide = packFds(big, 3);
  big.fill(0);
  assert.deepEqual(
    [2, 5, 70000].map((fd) => hasFd(wide, fd)),
    [true, true, true],
  );
});

test('fd sets: a process with more fds than one String.fromCharCode call takes', () => {
  const fds = Array.from({ length: 30_000 }, (_, i) => i * 2);
  const set = pack(fds);
  assert.equal(set.length, 30_000);
  assert.equal(hasFd(set, 59_998), true);
  assert.equal(hasFd(set, 59_997), false);
  assert.equal(hasFd(set, 8192 * 2), true);
});
