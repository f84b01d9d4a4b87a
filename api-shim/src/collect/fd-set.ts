// SPDX-License-Identifier: AGPL-3.0-or-later
// The fd numbers a process had at its last check (the walk keeps one set per process, 10 000 of
// them on a big host): packed as the char codes of a string, sorted. V8 stores a string whose codes
// are all below 256 at one byte per fd, others at two, inside the JS heap. A Uint32Array per
// process cost ~0.9 KB at 50 fds (view, ArrayBuffer, malloc'd backing store and its bookkeeping:
// 8.7 MB of the collector's 10 000-process heap snapshot, see docs/collectors.md), the string
// ~70 bytes. fd numbers ≥ 0xFFFF (possible under a raised RLIMIT_NOFILE) do not fit a char code:
// such a rare set stays a Uint32Array.

export type FdSet = string | Uint32Array;

export const NO_FDS: FdSet = '';

const CHAR_MAX = 0xffff;
/** String.fromCharCode arguments per call (a spread of 100 000 numbers would overflow the stack) */
const SLICE = 8192;

/** Packs the first `n` numbers of `fds` (sorted here if they are not: readdir gives them in order). */
export function packFds(fds: Uint32Array, n: number): FdSet {
  const view = fds.subarray(0, n);
  let sorted = true;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const v = view[i];
    if (i > 0 && v < view[i - 1]) sorted = false;
    if (v > max) max = v;
  }
  if (!sorted) view.sort();
  if (max >= CHAR_MAX) return view.slice(); // a copy: `fds` is the caller's scratch buffer
  let out = '';
  for (let i = 0; i < n; i += SLICE) {
    out += String.fromCharCode.apply(null, view.subarray(i, Math.min(n, i + SLICE)) as unknown as number[]);
  }
  return out;
}

/** Is `fd` in the set? (binary search) */
export function hasFd(set: FdSet, fd: number): boolean {
  let lo = 0;
  let hi = set.length - 1;
  const isString = typeof set === 'string';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = isString ? set.charCodeAt(mid) : set[mid];
    if (v === fd) return true;
    if (v < fd) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
