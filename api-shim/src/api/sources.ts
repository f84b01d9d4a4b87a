// SPDX-License-Identifier: AGPL-3.0-or-later
// What the HTTP service needs from the collectors and the health engine. The service codes
// against these interfaces; the sampler and the health engine implement them.
import type {
  ConsolidationFn,
  ContainerHistory,
  HealthReport,
  NodeHistory,
  Timeframe,
  UsageSnapshot,
} from './types.ts';

export interface UsageSource {
  /**
   * The most recent complete sample, undefined before the first one. From the collector process
   * (the daemon's socket client) only while samples are pushed to the server (a listener, or a
   * request in the last few seconds, keeps that up): otherwise undefined, never an old sample. A
   * request handler asks `current()`.
   */
  latest(): UsageSnapshot | undefined;
  /**
   * The current sample for a request: `latest()` while samples are pushed, else asked of the
   * collector process. `warm` (the usage views a panel or script may poll): keep samples pushed
   * for a few seconds, so that the next request finds one without asking. Rejects when the
   * collector process does not answer.
   */
  current(opts?: { warm?: boolean }): Promise<UsageSnapshot | undefined>;
  /** Calls back after every sample; returns the unsubscribe function. */
  onSample(listener: (snapshot: UsageSnapshot) => void): () => void;
  /** Container history in PVE's time frames (asynchronous when it comes from the collector process). */
  history(
    vmid: string,
    timeframe: Timeframe,
    cf: ConsolidationFn,
  ): ContainerHistory | Promise<ContainerHistory>;
  /** The node's GPUs as a whole over time (the node view's charts). */
  nodeHistory(timeframe: Timeframe, cf: ConsolidationFn): NodeHistory | Promise<NodeHistory>;
  /**
   * False while the collector process cannot be reached (the daemon's socket client), so an
   * answer says that instead of "no sample yet"; absent where sampling runs in-process.
   */
  reachable?(): boolean;
}

export interface HealthSource {
  /** The container's health report; undefined when no such container exists on this node. */
  report(vmid: string): Promise<HealthReport | undefined>;
}

/** Lifecycle of a long-running part (sampler, nvidia-smi children, cert watcher). */
export interface Service {
  start(): Promise<void> | void;
  stop(): Promise<void> | void;
}
