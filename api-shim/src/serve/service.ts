// SPDX-License-Identifier: AGPL-3.0-or-later
// What a route handler gets: the request's context (params, caller, a signal that fires when the
// client goes) and the service's shared parts. Handlers are plain functions of these two, so a
// route is one line in routes.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HealthSource, UsageSource } from '../api/sources.ts';
import type { HostRoot } from '../host/host-root.ts';
import type { AccessGate, Caller } from './auth/gate.ts';
import type { ShimConfig } from './config-file.ts';
import type { ContainerGpus } from './container-gpus.ts';
import type { MetricExporter } from './export/exporter.ts';
import type { Limits } from './limits.ts';
import type { Logger } from './log.ts';
import type { Params } from './router.ts';
import type { StreamManager } from './stream-manager.ts';

type ExporterStats = ReturnType<MetricExporter['stats']>;

export interface RequestContext extends Caller {
  req: IncomingMessage;
  res: ServerResponse;
  params: Params;
  query: URLSearchParams;
  /** Aborted when the client has gone (its socket closed before the answer). */
  signal: AbortSignal;
}

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

export interface Service {
  /** The current config (SIGHUP may replace it). */
  readonly config: ShimConfig;
  readonly node: string;
  readonly host: HostRoot;
  readonly usage: UsageSource;
  readonly health: HealthSource;
  readonly logger: Logger;
  readonly limits: Limits;
  readonly gate: AccessGate;
  readonly streams: StreamManager;
  readonly containerGpus: ContainerGpus;
  /** Requests served since start. */
  readonly requests: () => number;
  /** Event-loop delay, seconds. */
  readonly loopDelay: () => LoopDelay;
  /** Delivery counters of the metric export (export/), undefined while it is off. */
  readonly exporterStats: () => ExporterStats | undefined;
  /** Demo statics (see ShimOptions.extraRoutes). */
  readonly extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean;
}
