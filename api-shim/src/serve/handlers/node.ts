// SPDX-License-Identifier: AGPL-3.0-or-later
// The node's GPUs: a snapshot and a live stream. The auth layer has checked Sys.Audit on
// /nodes/<node>; each container's share is shown only to a caller who may audit that container.

import { httpMsg } from '../../api/http-messages.ts';
import type { NodeUsage, UsageSnapshot } from '../../api/types.ts';
import { nodeUsage } from '../../api/usage-views.ts';
import type { Caller } from '../auth/gate.ts';
import { HttpError, sendJson } from '../http-error.ts';
import type { RequestContext, Service } from '../service.ts';
import { collectorOr503, currentOr503, historyParams } from './container.ts';

/** Containers that have GPU usage in the sample. */
export function containersInSample(snap: UsageSnapshot | undefined): string[] {
  return [...new Set((snap?.owners ?? []).map((o) => o.owner).filter((o) => o !== 'host'))];
}

async function visibleNodeUsage(
  svc: Service,
  caller: Caller,
  snap: UsageSnapshot | undefined,
): Promise<NodeUsage | undefined> {
  if (!snap) return undefined;
  const view = nodeUsage(snap);
  const visible = await svc.gate.visibleVmids(caller, containersInSample(snap));
  return {
    ...view,
    gpus: view.gpus.map((g) => ({
      ...g,
      owners: g.owners.filter((o) => o.owner === 'host' || visible.has(o.owner)),
    })),
  };
}

export async function nodeGpus(ctx: RequestContext, svc: Service): Promise<void> {
  sendJson(ctx.res, 200, await visibleNodeUsage(svc, ctx, await currentOr503(svc)));
}

export async function nodeStream(ctx: RequestContext, svc: Service): Promise<void> {
  // The stream outlives this request's abort signal; its permission asks must not be cancelled
  // by it, and the stream manager closes the stream when the client goes.
  const caller: Caller = { credential: ctx.credential, client: ctx.client };
  svc.streams.open(ctx, { path: `/nodes/${svc.node}`, privilege: 'Sys.Audit' }, (stream) => {
    let busy = false;
    const push = async () => {
      if (busy || stream.isClosed) return; // a slow permission answer skips a sample, never queues
      busy = true;
      try {
        const view = await visibleNodeUsage(svc, caller, svc.usage.latest());
        if (view) stream.send('usage', view);
      } catch (err) {
        svc.logger.error('node view failed', { error: err });
      } finally {
        busy = false;
      }
    };
    void push();
    return svc.usage.onSample(() => void push());
  });
}

/** The node's GPUs as a whole over time: nothing about any container, so Sys.Audit suffices. */
export async function nodeHistory(ctx: RequestContext, svc: Service): Promise<void> {
  const { timeframe, cf } = historyParams(ctx.query);
  let history: unknown;
  try {
    history = await svc.usage.nodeHistory(timeframe, cf);
  } catch (err) {
    collectorOr503(svc);
    svc.logger.error('node history failed', { error: err });
    throw new HttpError(
      503,
      'history-unavailable',
      httpMsg('http.msg.history_unavailable', { why: (err as Error).message }),
    );
  }
  sendJson(ctx.res, 200, history);
}
