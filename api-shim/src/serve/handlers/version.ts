// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /api/v1/version: any valid PVE credential (the plugin's probe that the shim is reachable
// and the ticket works).
import { VERSION } from '../../version.ts';
import { sendJson } from '../http-error.ts';
import type { RequestContext, Service } from '../service.ts';

export function version(ctx: RequestContext, svc: Service): void {
  sendJson(ctx.res, 200, { version: VERSION, node: svc.node });
}
