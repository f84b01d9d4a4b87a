// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { route, splitTarget } from './router.ts';

test('routes of the documented API', () => {
  assert.deepEqual(route('/'), { kind: 'page' });
  assert.deepEqual(route('/metrics'), { kind: 'metrics' });
  assert.deepEqual(route('/api/v1/version'), { kind: 'version' });
  assert.deepEqual(route('/api/v1/nodes/pve1/gpu'), { kind: 'node-gpu', node: 'pve1' });
  assert.deepEqual(route('/api/v1/nodes/pve1/stream'), { kind: 'node-stream', node: 'pve1' });
  for (const what of ['usage', 'history', 'stream', 'health']) {
    assert.deepEqual(route(`/api/v1/nodes/pve-a/lxc/101/${what}`), {
      kind: `ct-${what}`,
      node: 'pve-a',
      vmid: '101',
    });
  }
  assert.deepEqual(route('/static/app.js'), { kind: 'other', path: '/static/app.js' });
});

test('junk is a 400 or 404, never a route', () => {
  const cases: Array<[string, number]> = [
    ['/api/v1/nodes/pve1/lxc/101/../x', 400],
    ['/api/v1/nodes/%2e%2e/gpu', 400],
    ['/api/v1/nodes/pve1/lxc/10%31/usage', 400],
    ['/api/v1/nodes/pve1\\x/gpu', 400],
    ['/api/v1/nodes/pve_1/gpu', 400],
    ['/api/v1/nodes/pve1/lxc/099/usage', 400],
    ['/api/v1/nodes/pve1/lxc/101/usage/', 400],
    ['/api/v1/nodes/pve1/qemu/101/usage', 404],
    ['/api/v1/nodes/pve1', 404],
    ['/api/v1', 404],
  ];
  for (const [p, status] of cases) {
    const r = route(p);
    assert.ok('status' in r, p);
    assert.equal(r.status, status, p);
  }
});

test('request targets', () => {
  const t = splitTarget('/api/v1/version?a=1&ticket=x%3Ay');
  assert.ok(!('status' in t));
  assert.equal(t.pathname, '/api/v1/version');
  assert.equal(t.query.get('ticket'), 'x:y');
  assert.equal((splitTarget('http://evil/') as { status: number }).status, 400);
  assert.equal((splitTarget(`/${'a'.repeat(3000)}`) as { status: number }).status, 414);
});
