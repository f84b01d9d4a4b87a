// SPDX-License-Identifier: AGPL-3.0-or-later
// The protocol between the network server and the local collector (DESIGN.md decision 9): one
// JSON object per line over a root-owned unix socket. The server may only ask closed questions
// ("push me every sample" and "stop", "the latest sample" once, "history of container N", "the node's
// history", "health of container N"); a container id is
// validated on both sides, and no message carries a path, so nothing a network client sends can
// make the collector read a file of its choosing. Both directions are size-bounded: a line over
// its limit ends the connection.
import type {
  ConsolidationFn,
  ContainerHistory,
  HealthReport,
  NodeHistory,
  Timeframe,
  UsageSnapshot,
} from './types.ts';

/** Where the packaged collector listens (systemd RuntimeDirectory=pve-gpu-tab, 0750 root:pve-gpu-tab). */
export const DEFAULT_COLLECTOR_SOCKET = '/run/pve-gpu-tab/collector.sock';

/** A request is tiny: an op, an id, a vmid and two enums. */
export const MAX_REQUEST_BYTES = 1024;
/** A sample of 10 000 processes is ~3 MB of JSON; health reports are far smaller. */
export const MAX_REPLY_BYTES = 32 * 1024 * 1024;
/** Requests one server connection may have in flight at the collector. */
export const MAX_IN_FLIGHT = 64;

export const TIMEFRAMES: readonly Timeframe[] = ['hour', 'day', 'week'];
export const CONSOLIDATIONS: readonly ConsolidationFn[] = ['AVERAGE', 'MAX'];

/** PVE guest ids: 100 … 999 999 999 (pve-common's `pve-vmid` format). */
export function isVmid(v: unknown): v is string {
  return typeof v === 'string' && /^[1-9][0-9]{2,8}$/.test(v);
}

export type CollectorRequest =
  /** Push every sample from now on (the first one at once) until `unsubscribe` or the connection ends. */
  | { id: number; op: 'subscribe' }
  | { id: number; op: 'unsubscribe' }
  /** The collector's latest sample, once (null before the first): for a server not subscribed. */
  | { id: number; op: 'latest' }
  | { id: number; op: 'history'; vmid: string; timeframe: Timeframe; cf: ConsolidationFn }
  | { id: number; op: 'node-history'; timeframe: Timeframe; cf: ConsolidationFn }
  | { id: number; op: 'health'; vmid: string };

export type CollectorReply =
  | { id: number; ok: true; result?: ContainerHistory | NodeHistory | HealthReport | UsageSnapshot | null }
  | { id: number; ok: false; error: string }
  /** Pushed to subscribers after every sample (and once right after subscribing), until they unsubscribe. */
  | { event: 'sample'; snapshot: UsageSnapshot };

/** Milliseconds the server waits for an answer before it gives up on one request. */
export const REQUEST_TIMEOUT_MS: Record<CollectorRequest['op'], number> = {
  subscribe: 5_000,
  unsubscribe: 5_000,
  latest: 5_000,
  history: 10_000,
  'node-history': 10_000,
  health: 30_000,
};

/** The request, or why it is refused. Unknown keys are refused too: the shape is closed. */
export function parseRequest(line: string): CollectorRequest | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not an object';
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'number' || !Number.isSafeInteger(o.id) || o.id < 0) return 'bad id';
  const keys = Object.keys(o).sort().join(',');
  switch (o.op) {
    case 'subscribe':
    case 'unsubscribe':
    case 'latest':
      return keys === 'id,op' ? { id: o.id, op: o.op } : 'unexpected keys';
    case 'health':
      if (keys !== 'id,op,vmid') return 'unexpected keys';
      if (!isVmid(o.vmid)) return 'bad vmid';
      return { id: o.id, op: 'health', vmid: o.vmid };
    case 'history':
      if (keys !== 'cf,id,op,timeframe,vmid') return 'unexpected keys';
      if (!isVmid(o.vmid)) return 'bad vmid';
      if (!TIMEFRAMES.includes(o.timeframe as Timeframe)) return 'bad timeframe';
      if (!CONSOLIDATIONS.includes(o.cf as ConsolidationFn)) return 'bad cf';
      return {
        id: o.id,
        op: 'history',
        vmid: o.vmid,
        timeframe: o.timeframe as Timeframe,
        cf: o.cf as ConsolidationFn,
      };
    case 'node-history':
      if (keys !== 'cf,id,op,timeframe') return 'unexpected keys';
      if (!TIMEFRAMES.includes(o.timeframe as Timeframe)) return 'bad timeframe';
      if (!CONSOLIDATIONS.includes(o.cf as ConsolidationFn)) return 'bad cf';
      return {
        id: o.id,
        op: 'node-history',
        timeframe: o.timeframe as Timeframe,
        cf: o.cf as ConsolidationFn,
      };
    default:
      return 'unknown op';
  }
}

/**
 * Splits a byte stream into lines, refusing any line longer than `maxBytes` (the connection is
 * then to be closed: a peer that sends one is broken or hostile). Memory stays at most
 * `maxBytes` plus one chunk per connection.
 */
export class LineDecoder {
  private parts: Buffer[] = [];
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  /** Complete lines in this chunk; throws LineTooLongError past the limit. */
  push(chunk: Buffer): string[] {
    const lines: string[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      if (this.size + piece.length > this.maxBytes) throw new LineTooLongError(this.maxBytes);
      this.parts.push(piece);
      lines.push(Buffer.concat(this.parts).toString('utf8'));
      this.parts = [];
      this.size = 0;
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (rest.length) {
      if (this.size + rest.length > this.maxBytes) throw new LineTooLongError(this.maxBytes);
      // Copy: the socket may reuse the chunk's memory.
      this.parts.push(Buffer.from(rest));
      this.size += rest.length;
    }
    return lines;
  }
}

export class LineTooLongError extends Error {
  constructor(limit: number) {
    super(`message longer than ${limit} bytes`);
  }
}
