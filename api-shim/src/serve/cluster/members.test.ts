// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMembers } from './members.ts';

test('.members of a cluster, as pmxcfs writes it', () => {
  const m = parseMembers(
    JSON.stringify({
      nodename: 'pve1',
      version: 12,
      cluster: { name: 'home', version: 3, nodes: 3, quorate: 1 },
      nodelist: {
        pve1: { id: 1, online: 1, ip: '192.0.2.11' },
        pve2: { id: 2, online: 0, ip: '192.0.2.12' },
        pve3: { id: 3, online: 1, ip: 'fd00::13' },
        broken: 'nonsense',
      },
    }),
  );
  assert.equal(m.nodename, 'pve1');
  assert.deepEqual([...m.nodes.keys()], ['pve1', 'pve2', 'pve3']);
  assert.deepEqual(m.nodes.get('pve2'), { name: 'pve2', id: 2, online: false, ip: '192.0.2.12' });
  assert.equal(m.nodes.get('pve3')?.ip, 'fd00::13');
});

test('a single node without a cluster, and junk', () => {
  assert.equal(parseMembers('{"nodename":"pve1","version":1}').nodes.size, 0);
  assert.throws(() => parseMembers('{'), /not valid JSON/);
  assert.throws(() => parseMembers('3'), /not a JSON object/);
});
