// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRouteError, Router, splitTarget } from './router.ts';
import { ROUTES } from './routes.ts';

const router = new Router(ROUTES);
const pathOf = (p: string) => {
  const m = router.match('GET', p);
  assert.ok(m && !isRouteError(m), p);
  return { path: m.spec.path, params: m.params };
};

test('routes of the documented API', () => {
  assert.deepEqual(pathOf('/'), { path: '/', params: {} });
  assert.deepEqual(pathOf('/metrics'), { path: '/metrics', params: {} });
  assert.deepEqual(pathOf('/api/v1/version'), { path: '/api/v1/version', params: {} });
  assert.deepEqual(pathOf('/api/v1/nodes/pve1/gpu'), {
    path: '/api/v1/nodes/{node}/gpu',
    params: { node: 'pve1' },
  });
  assert.deepEqual(pathOf('/api/v1/nodes/pve1/stream'), {
    path: '/api/v1/nodes/{node}/stream',
    params: { node: 'pve1' },
  });
  for (const what of ['usage', 'history', 'stream', 'health']) {
    assert.deepEqual(pathOf(`/api/v1/nodes/pve-a/lxc/101/${what}`), {
      path: `/api/v1/nodes/{node}/lxc/{vmid}/${what}`,
      params: { node: 'pve-a', vmid: '101' },
    });
  }
  assert.equal(router.match('GET', '/static/app.js'), undefined, 'not an API path: left to the demo statics');
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
    const r = router.match('GET', p);
    assert.ok(isRouteError(r), p);
    assert.equal(r.status, status, p);
  }
});

test('a table with a parameter without a rule, or a route twice, does not compile', () => {
  const handler = () => {};
  const access = { kind: 'public' } as const;
  assert.throws(
    () => new Router([{ method: 'GET', path: '/api/v1/x/{what}', access, handler }]),
    /no rule for \{what\}/,
  );
  assert.throws(
    () =>
      new Router([
        { method: 'GET', path: '/api/v1/nodes/{node}', access, handler },
        { method: 'GET', path: '/api/v1/nodes/{vmid}', access, handler },
      ]),
    /twice/,
  );
});

test('request targets', () => {
  const t = splitTarget('/api/v1/version?a=1&ticket=x%3Ay');
  assert.ok(!('status' in t));
  assert.equal(t.pathname, '/api/v1/version');
  assert.equal(t.query.get('ticket'), 'x:y');
  assert.equal((splitTarget('http://evil/') as { status: number }).status, 400);
  assert.equal((splitTarget(`/${'a'.repeat(3000)}`) as { status: number }).status, 414);
});
