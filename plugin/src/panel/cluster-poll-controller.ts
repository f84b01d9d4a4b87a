// SPDX-License-Identifier: AGPL-3.0-or-later
// The Datacenter view's data lifecycle, as a Lit reactive controller: every few seconds it asks
// the local service for each node's GPUs (GET /api/v1/nodes/<node>/gpu; the service forwards a
// request for another node to that node's service, docs/api.md "Clusters") and keeps the latest
// answer or failure per node. Polling instead of one stream per node: a cluster of 16 nodes
// would otherwise hold 16 stream slots on this node and one on each other. Stops (aborting the
// requests) when the element leaves the page or the browser tab is hidden.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NodeUsage } from '../../../api-shim/src/api/types.ts';
import { type ShimClient, ShimError } from './shim-client.ts';

export interface ClusterNode {
  node: string;
  /** PVE's view: 'online', 'offline' or 'unknown'. */
  status?: string;
}

export type NodeResult =
  | { node: string; state: 'loading' }
  | { node: string; state: 'ok'; usage: NodeUsage }
  | { node: string; state: 'failed'; error: ShimError };

export const CLUSTER_POLL_MS = 5000;

export class ClusterPollController implements ReactiveController {
  results = new Map<string, NodeResult>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  private connected = false;
  private readonly onVisibility = () => this.sync();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => ShimClient,
    private readonly nodes: () => ClusterNode[],
    private readonly intervalMs = CLUSTER_POLL_MS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /** Ask again now (the Retry button). */
  refresh(): void {
    this.stop();
    this.sync();
  }

  private sync(): void {
    const shouldRun = this.connected && document.visibilityState !== 'hidden';
    if (shouldRun && !this.abort) void this.round();
    if (!shouldRun) this.stop();
  }

  private stop(): void {
    this.abort?.abort();
    this.abort = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async round(): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    let list: ClusterNode[] = [];
    try {
      list = this.nodes();
    } catch {
      list = [];
    }
    const names = new Set(list.map((n) => n.node));
    for (const name of [...this.results.keys()]) if (!names.has(name)) this.results.delete(name);
    for (const n of list)
      if (!this.results.has(n.node)) this.results.set(n.node, { node: n.node, state: 'loading' });
    this.host.requestUpdate();
    await Promise.all(
      list.map(async (n) => {
        try {
          const usage = await this.client().get<NodeUsage>(
            `/api/v1/nodes/${encodeURIComponent(n.node)}/gpu`,
            abort.signal,
          );
          if (!abort.signal.aborted) this.results.set(n.node, { node: n.node, state: 'ok', usage });
        } catch (err) {
          if (abort.signal.aborted) return;
          const error =
            err instanceof ShimError
              ? err
              : ShimError.local('error', 'error.unexpected', {
                  error: String((err as Error)?.message ?? err),
                });
          this.results.set(n.node, { node: n.node, state: 'failed', error });
        }
        this.host.requestUpdate();
      }),
    );
    if (this.abort !== abort) return;
    this.abort = undefined;
    if (this.connected) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.sync();
      }, this.intervalMs);
    }
  }
}
