// SPDX-License-Identifier: AGPL-3.0-or-later
// Which figures of a sample are old. A sample the collector could not renew is marked
// `collectors.sampler` = stale (api/usage-views.ts servedSnapshot()); a GPU whose own source
// stopped answering (a hung nvidia-smi) carries its last reading with status stale and its age
// (collect/sampler.ts). The panel and `top` show such figures with their age. A Prometheus scrape
// or a metric-server point carries no age: it is stamped with the time it is taken or sent, so
// the exports leave those figures out instead of handing them on as current (issue 12, "nothing
// serves old numbers as live"), and say how old they are.
import type { UsageSnapshot } from '../api/types.ts';

/** The GPUs whose figures in `snap` are old: every GPU when the whole sample is stale. */
export function staleGpus(snap: UsageSnapshot): ReadonlySet<string> {
  if (snap.collectors.sampler?.state === 'stale') return new Set(snap.samples.map((s) => s.gpu));
  const out = new Set<string>();
  for (const s of snap.samples) if (s.status.state === 'stale') out.add(s.gpu);
  return out;
}
