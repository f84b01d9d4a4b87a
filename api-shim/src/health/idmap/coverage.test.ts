// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { int, prng } from '../prng.test-util.ts';
import { idmapCoverage, type Span } from './coverage.ts';
import { ctToHost, hostToCt, type IdmapEntry } from './idmap.ts';
import { suggestIdmap } from './suggest.ts';

const e = (kind: 'u' | 'g', ct: number, host: number, count: number): IdmapEntry => ({
  kind,
  ct,
  host,
  count,
  text: `${kind} ${ct} ${host} ${count}`,
});

function spansToSet(spans: Span[]): Set<number> {
  const s = new Set<number>();
  for (const sp of spans) for (let i = sp.start; i < sp.start + sp.count; i++) s.add(i);
  return s;
}

test('the motivating blog map has gid gaps 103 and 4999 and no overlaps', () => {
  const map = [
    e('g', 0, 100000, 44),
    e('g', 44, 44, 1),
    e('g', 45, 100045, 58),
    e('g', 104, 104, 1),
    e('g', 105, 100105, 4894),
    e('g', 5000, 5000, 1),
    e('g', 5001, 105001, 60535),
  ];
  const c = idmapCoverage(map, 'g');
  assert.deepEqual(c.gaps, [
    { start: 103, count: 1 },
    { start: 4999, count: 1 },
  ]);
  assert.deepEqual(c.overlaps, []);
});

test('overlap reports PVE-style colliding entries on the container side', () => {
  const map = [e('u', 0, 100000, 65536), e('u', 1000, 1000, 1)];
  const c = idmapCoverage(map, 'u');
  assert.equal(c.overlaps.length, 1);
  assert.deepEqual([c.overlaps[0].side, c.overlaps[0].start, c.overlaps[0].count], ['container', 1000, 1]);
  assert.equal(c.overlaps[0].previous.text, 'u 0 100000 65536');
});

test('ctToHost falls back to the same id (PVE), hostToCt to the overflow id (kernel)', () => {
  const map = [e('g', 0, 100000, 100)];
  assert.deepEqual(ctToHost(map, 'g', 44), { id: 100044, mapped: true });
  assert.deepEqual(ctToHost(map, 'g', 107), { id: 107, mapped: false });
  assert.deepEqual(hostToCt(map, 'g', 100044), { id: 44, mapped: true });
  assert.deepEqual(hostToCt(map, 'g', 104), { id: 65534, mapped: false });
});

test('property: coverage agrees with a brute-force count on random maps', () => {
  const rand = prng(42);
  const SPACE = 65536;
  const HOST_SPACE = 300000;
  for (let round = 0; round < 150; round++) {
    const entries: IdmapEntry[] = [];
    const n = int(rand, 0, 8);
    for (let i = 0; i < n; i++) {
      const big = rand() < 0.3;
      const ct = int(rand, 0, big ? 1000 : 66000);
      const count = big ? int(rand, 1, 70000) : int(rand, 1, 300);
      const host = rand() < 0.5 ? 100000 + ct : int(rand, 0, 200000);
      entries.push(e('g', ct, host, count));
    }
    const ctCount = new Uint8Array(SPACE + 80000);
    const hostCount = new Uint8Array(HOST_SPACE);
    for (const x of entries) {
      for (let i = 0; i < x.count; i++) {
        ctCount[x.ct + i] = Math.min(255, ctCount[x.ct + i] + 1);
        hostCount[x.host + i] = Math.min(255, hostCount[x.host + i] + 1);
      }
    }
    const c = idmapCoverage(entries, 'g', SPACE);
    const gaps = spansToSet(c.gaps);
    const ctOver = spansToSet(c.overlaps.filter((o) => o.side === 'container'));
    const hostOver = spansToSet(c.overlaps.filter((o) => o.side === 'host'));
    for (let id = 0; id < SPACE; id++)
      assert.equal(gaps.has(id), ctCount[id] === 0, `round ${round} gap id ${id}`);
    for (let id = 0; id < ctCount.length; id++)
      assert.equal(ctOver.has(id), ctCount[id] > 1, `round ${round} ct overlap ${id}`);
    for (let id = 0; id < HOST_SPACE; id++)
      assert.equal(hostOver.has(id), hostCount[id] > 1, `round ${round} host overlap ${id}`);
  }
});

test('property: suggested maps are complete and overlap-free', () => {
  const rand = prng(7);
  for (let round = 0; round < 200; round++) {
    const pts = Array.from({ length: int(rand, 0, 5) }, () => ({
      ct: int(rand, 0, 65535),
      host: int(rand, 0, 5000),
      count: 1,
    }));
    const lines = suggestIdmap('g', pts);
    const entries = lines.map((l) => {
      const [, ct, host, count] = l.split(' ');
      return e('g', Number(ct), Number(host), Number(count));
    });
    const c = idmapCoverage(entries, 'g');
    assert.deepEqual(c.gaps, [], lines.join('\n'));
    assert.deepEqual(
      c.overlaps.filter((o) => o.side === 'container'),
      [],
      lines.join('\n'),
    );
  }
});
