// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SseParser } from './sse-parser.ts';

test('parses events split across chunks, CRLF, comments and multi-line data', () => {
  const p = new SseParser();
  assert.deepEqual(p.push(': keep-alive\n\nevent: usa'), []);
  assert.deepEqual(p.push('ge\r\ndata: {"a":1}\r'), []);
  const evs = p.push('\n\r\ndata: x\ndata: y\nid: 7\n\n');
  assert.deepEqual(evs, [
    { event: 'usage', data: '{"a":1}', id: undefined },
    { event: 'message', data: 'x\ny', id: '7' },
  ]);
});

test('an event without data is not dispatched; field without colon is accepted', () => {
  const p = new SseParser();
  assert.deepEqual(p.push('event: usage\n\ndata\n\n'), [{ event: 'message', data: '', id: undefined }]);
});
