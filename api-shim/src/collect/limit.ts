// SPDX-License-Identifier: AGPL-3.0-or-later
// Bounded concurrency for the /proc walk: thousands of tiny async reads at once only queue up in
// libuv's pool and inflate memory; a few dozen in flight keep it busy without the spike.
export async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
