// SPDX-License-Identifier: AGPL-3.0-or-later
// A container's documents: usage now, history, live usage stream, health report. The auth layer
// has checked VM.Audit on /vms/<vmid> before any of these runs; a container that does not exist
// is a 404 only after that check, so existence never leaks to a caller without the privilege.

import { httpMsg } from '../../api/http-messages.ts';
import type { HealthSource } from '../../api/sources.ts';
import type { ConsolidationFn, Timeframe, UsageSnapshot } from '../../api/types.ts';
import { containerUsage } from '../../api/usage-views.ts';
import { CollectorUnavailableError } from '../collector-client.ts';
import { HttpError, sendJson } from '../http-error.ts';
import type { RequestContext, Service } from '../service.ts';

/** 503 collector-unavailable while the collector process does not answer on its socket. */
export function collectorOr503(svc: Service): void {
  if (svc.usage.reachable?.() === false) {
    throw new HttpError(503, 'collector-unavailable', httpMsg('http.msg.collector_unavailable'), {
      'Retry-After': '2',
    });
  }
}

/**
 * The current sample for a usage view (pushed, or asked of the collector: UsageSource.current()),
 * kept pushed for a while after (`warm`: a panel or script polling this view), or a 503.
 */
export async function currentOr503(svc: Service): Promise<UsageSnapshot> {
  collectorOr503(svc);
  let snap: UsageSnapshot | undefined;
  try {
    snap = await svc.usage.current({ warm: true });
  } catch (err) {
    // Gone or silent (a timeout): the collector is unavailable; anything else is a fault (500).
    if (!(err instanceof CollectorUnavailableError)) throw err;
    svc.logger.warn('no current sample from the collector', { error: err });
    throw new HttpError(503, 'collector-unavailable', httpMsg('http.msg.collector_unavailable'), {
      'Retry-After': '2',
    });
  }
  if (!snap) {
    collectorOr503(svc); // the connection went while asking
    throw new HttpError(503, 'no-sample-yet', httpMsg('http.msg.no_sample_yet'), { 'Retry-After': '1' });
  }
  return snap;
}

/** The current sample, or undefined when there is none (yet) or the collector does not answer. */
export function currentOrNone(svc: Service): Promise<UsageSnapshot | undefined> {
  return svc.usage.current().catch(() => undefined);
}

async function containerKnown(svc: Service, vmid: string): Promise<boolean> {
  if ((await svc.host.stat(`/etc/pve/nodes/${svc.node}/lxc/${vmid}.conf`)) !== undefined) return true;
  if ((await svc.host.stat(`/etc/pve/lxc/${vmid}.conf`)) !== undefined) return true;
  return (await currentOrNone(svc))?.owners.some((o) => o.owner === vmid) ?? false;
}

async function requireContainer(svc: Service, vmid: string): Promise<void> {
  if (!(await containerKnown(svc, vmid))) {
    throw new HttpError(
      404,
      'no-such-container',
      httpMsg('http.msg.no_such_container', { vmid, node: svc.node }),
    );
  }
}

// Every stream of one container gets the same text per sample: serialize it once.
const serialized = new WeakMap<Service, WeakMap<UsageSnapshot, Map<string, string>>>();
function containerJson(svc: Service, snap: UsageSnapshot, vmid: string): string {
  let perSnap = serialized.get(svc);
  if (!perSnap) {
    perSnap = new WeakMap();
    serialized.set(svc, perSnap);
  }
  let perVmid = perSnap.get(snap);
  if (!perVmid) {
    perVmid = new Map();
    perSnap.set(snap, perVmid);
  }
  let json = perVmid.get(vmid);
  if (json === undefined) {
    json = JSON.stringify(containerUsage(snap, vmid, svc.containerGpus.get(vmid)));
    perVmid.set(vmid, json);
  }
  return json;
}

export async function containerUsageNow(ctx: RequestContext, svc: Service): Promise<void> {
  const { vmid } = ctx.params;
  await requireContainer(svc, vmid);
  await currentOr503(svc);
  await svc.containerGpus.refresh(vmid);
  sendJson(ctx.res, 200, containerUsage(await currentOr503(svc), vmid, svc.containerGpus.get(vmid)));
}

/** ?timeframe=hour|day|week&cf=AVERAGE|MAX of the history routes, with PVE's RRD defaults. */
export function historyParams(query: URLSearchParams): { timeframe: Timeframe; cf: ConsolidationFn } {
  const timeframe = query.get('timeframe') ?? 'hour';
  const cf = query.get('cf') ?? 'AVERAGE';
  if (!['hour', 'day', 'week'].includes(timeframe)) {
    throw new HttpError(400, 'bad-timeframe', httpMsg('http.msg.bad_timeframe'));
  }
  if (!['AVERAGE', 'MAX'].includes(cf)) throw new HttpError(400, 'bad-cf', httpMsg('http.msg.bad_cf'));
  return { timeframe: timeframe as Timeframe, cf: cf as ConsolidationFn };
}

export async function containerHistory(ctx: RequestContext, svc: Service): Promise<void> {
  const { vmid } = ctx.params;
  const { timeframe, cf } = historyParams(ctx.query);
  await requireContainer(svc, vmid);
  let history: unknown;
  try {
    history = await svc.usage.history(vmid, timeframe, cf);
  } catch (err) {
    collectorOr503(svc);
    svc.logger.error('history failed', { error: err, vmid });
    throw new HttpError(
      503,
      'history-unavailable',
      httpMsg('http.msg.history_unavailable', { why: (err as Error).message }),
    );
  }
  sendJson(ctx.res, 200, history);
}

export async function containerStream(ctx: RequestContext, svc: Service): Promise<void> {
  const { vmid } = ctx.params;
  await requireContainer(svc, vmid);
  svc.streams.open(ctx, { path: `/vms/${vmid}`, privilege: 'VM.Audit' }, (stream) => {
    const push = (snap: UsageSnapshot) => {
      try {
        stream.sendJson('usage', containerJson(svc, snap, vmid));
      } catch (err) {
        svc.logger.error('usage view failed', { error: err, vmid });
      }
    };
    const unsubscribe = svc.usage.onSample(push);
    void svc.containerGpus.refresh(vmid).then(() => {
      const first = svc.usage.latest();
      if (first && !stream.isClosed) push(first);
    });
    return unsubscribe;
  });
}

export async function containerHealth(ctx: RequestContext, svc: Service): Promise<void> {
  const { vmid } = ctx.params;
  let report: Awaited<ReturnType<HealthSource['report']>>;
  try {
    report = await svc.health.report(vmid);
  } catch (err) {
    collectorOr503(svc);
    svc.logger.error('health check failed', { error: err, vmid });
    throw new HttpError(
      503,
      'health-unavailable',
      httpMsg('http.msg.health_unavailable', { why: (err as Error).message }),
    );
  }
  if (!report)
    throw new HttpError(
      404,
      'no-such-container',
      httpMsg('http.msg.no_such_container', { vmid, node: svc.node }),
    );
  sendJson(ctx.res, 200, report);
}
