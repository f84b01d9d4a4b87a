// SPDX-License-Identifier: AGPL-3.0-or-later
// GET /: the page the GPU tab links to when the browser has not accepted this port's certificate
// yet. Public (it shows nothing but the node name), and never framed: a page that only says
// "accepted" must not be overlaid on a foreign site to trick a click (clickjacking).
import type { IncomingMessage } from 'node:http';
import { VERSION } from '../../version.ts';
import { certAcceptedPage } from '../pages/cert-accepted.ts';
import type { RequestContext, Service } from '../service.ts';

function uiUrlFor(req: IncomingMessage, uiPorts: number[]): string | undefined {
  try {
    const h = new URL(`https://${req.headers.host ?? ''}`).hostname;
    if (!h) return undefined;
    const port = uiPorts[0] ?? 8006;
    return `https://${h.includes(':') ? `[${h}]` : h}${port === 443 ? '' : `:${port}`}/`;
  } catch {
    return undefined;
  }
}

export function certPage(ctx: RequestContext, svc: Service): void {
  if (svc.extraRoutes?.(ctx.req, ctx.res)) return;
  ctx.res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'X-Frame-Options': 'DENY',
  });
  ctx.res.end(certAcceptedPage(svc.node, VERSION, uiUrlFor(ctx.req, svc.config.uiPorts)));
}
