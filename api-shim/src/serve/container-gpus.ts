// SPDX-License-Identifier: AGPL-3.0-or-later
// Which GPUs a container can use, from its passthrough (the health engine's device paths),
// so its usage view shows a card per usable GPU. Looked up off the sample path, at most once
// per TTL per container; undefined (= show every GPU) until the first answer or after a failure.
import type { HealthSource, UsageSource } from '../api/sources.ts';
import { gpusPassedThrough } from '../api/usage-views.ts';
import type { Logger } from './log.ts';

interface Entry {
  at: number;
  gpus?: Set<string>;
  pending?: Promise<void>;
}

export class ContainerGpus {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly health: HealthSource,
    private readonly usage: UsageSource,
    private readonly logger: Logger,
    private readonly ttlMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves once the container's entry is fresh (one lookup shared by concurrent callers). */
  refresh(vmid: string): Promise<void> {
    let entry = this.entries.get(vmid);
    if (!entry) {
      entry = { at: Number.NEGATIVE_INFINITY };
      this.entries.set(vmid, entry);
    }
    if (entry.pending) return entry.pending;
    if (this.now() - entry.at < this.ttlMs) return Promise.resolve();
    const e = entry;
    e.pending = this.health
      .report(vmid)
      .then(
        async (report) => {
          const gpus = (await this.usage.current().catch(() => undefined))?.gpus;
          e.gpus = report && gpus ? gpusPassedThrough(report.devices, gpus) : undefined;
        },
        (err: unknown) => {
          e.gpus = undefined;
          this.logger.warn('passthrough lookup failed', { error: err, vmid });
        },
      )
      .finally(() => {
        e.at = this.now();
        e.pending = undefined;
      });
    return e.pending;
  }

  /** The last known set (refreshing in the background when stale). */
  get(vmid: string): Set<string> | undefined {
    void this.refresh(vmid);
    return this.entries.get(vmid)?.gpus;
  }
}
