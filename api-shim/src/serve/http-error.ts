// SPDX-License-Identifier: AGPL-3.0-or-later
// One way to answer: JSON with no-store, and errors as { error, message, messageMsg } (docs/api.md).
// A handler throws HttpError with a message id (api/http-messages.ts); the dispatcher turns it into
// the answer: the English text for curl and logs, the id with its parameters for the panel.
import type { ServerResponse } from 'node:http';
import { type HttpMsg, httpMessageText } from '../api/http-messages.ts';
import type { ApiError } from '../api/types.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly msg: HttpMsg,
    readonly headers: Record<string, string> = {},
  ) {
    super(httpMessageText(msg));
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    // Half an answer is already out (a stream, a relayed peer answer): cut it, never append.
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, e: HttpError): void {
  const body: ApiError = { error: e.error, message: e.message, messageMsg: e.msg };
  sendJson(res, e.status, body, e.headers);
}
