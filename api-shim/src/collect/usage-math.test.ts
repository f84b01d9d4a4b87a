// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DrmFdinfo, parseDrmFdinfo } from './drm-fdinfo.ts';
import { UsageTracker } from './usage-math.ts';

const S = 1_000_000_000n;
const i915 = (render: bigint, video: bigint) =>
  parseDrmFdinfo(
    `drm-driver:\ti915\ndrm-client-id:\t1\ndrm-engine-render:\t${render} ns\ndrm-engine-video:\t${video} ns\ndrm-engine-capacity-video:\t2\n`,
  ) as DrmFdinfo;
const xe = (cycles: bigint, total: bigint) =>
  parseDrmFdinfo(
    `drm-driver:\txe\ndrm-client-id:\t2\ndrm-cycles-rcs:\t${cycles}\ndrm-total-cycles-rcs:\t${total}\ndrm-cycles-ccs:\t0\ndrm-total-cycles-ccs:\t${total}\ndrm-engine-capacity-ccs:\t4\n`,
  ) as DrmFdinfo;

test('ns engines: Δbusy / (Δwall × capacity); no figure on the first sample', () => {
  const t = new UsageTracker();
  assert.equal(t.update('a', i915(10n * S, 0n), 0n), undefined);
  // 1 s later: render busy 0.5 s, video 1 s over 2 engines → 50 %
  assert.deepEqual({ ...t.update('a', i915(10n * S + S / 2n, S), S) }, { render: 50, video: 50 });
  // over 2 s
  assert.deepEqual({ ...t.update('a', i915(12n * S, 3n * S), 3n * S) }, { render: 75, video: 50 });
});

test('cycles engines (xe): Δcycles / (Δtotal_cycles × capacity), independent of wall time', () => {
  const t = new UsageTracker();
  t.update('x', xe(1000n, 10_000n), 0n);
  const p = t.update('x', xe(1500n, 12_000n), 123n);
  assert.deepEqual({ ...p }, { rcs: 25, ccs: 0 });
  // Δtotal 0 → 0, never NaN
  assert.deepEqual({ ...t.update('x', xe(1500n, 12_000n), 999n) }, { rcs: 0, ccs: 0 });
});

test('counters going backwards keep the larger previous value and give 0; clamp at 100', () => {
  const t = new UsageTracker();
  t.update('a', i915(10n * S, 0n), 0n);
  assert.deepEqual({ ...t.update('a', i915(9n * S, 0n), S) }, { render: 0, video: 0 });
  // catching up from 9 s to 10.5 s counts only what is above the old 10 s mark
  assert.deepEqual({ ...t.update('a', i915(10n * S + S / 2n, 0n), 2n * S) }, { render: 50, video: 0 });
  assert.deepEqual({ ...t.update('a', i915(20n * S, 0n), 3n * S) }, { render: 100, video: 0 });
});

test('amdgpu omits idle engines: a vanished line is 0 and the next one still diffs right', () => {
  const t = new UsageTracker();
  const amd = (gfx?: bigint) =>
    parseDrmFdinfo(
      `drm-driver:\tamdgpu\ndrm-client-id:\t3\n${gfx === undefined ? '' : `drm-engine-gfx:\t${gfx} ns\n`}`,
    ) as DrmFdinfo;
  t.update('c', amd(S), 0n);
  assert.deepEqual({ ...t.update('c', amd(), S) }, { gfx: 0 });
  assert.deepEqual({ ...t.update('c', amd(S + S / 4n), 2n * S) }, { gfx: 25 });
});

test('one engine gone as another appears (as many engines as before): the gone one is 0, the new one diffs from its first line', () => {
  const t = new UsageTracker();
  const amd = (engines: Record<string, bigint>) =>
    parseDrmFdinfo(
      `drm-driver:\tamdgpu\ndrm-client-id:\t3\n${Object.entries(engines)
        .map(([e, ns]) => `drm-engine-${e}:\t${ns} ns\n`)
        .join('')}`,
    ) as DrmFdinfo;
  t.update('c', amd({ gfx: S }), 0n);
  assert.deepEqual({ ...t.update('c', amd({ compute: S }), S) }, { gfx: 0 });
  assert.deepEqual(t.engineNames('c'), ['gfx', 'compute'], 'the marks know both');
  assert.deepEqual({ ...t.update('c', amd({ compute: S + S / 2n }), 2n * S) }, { compute: 50, gfx: 0 });
  assert.deepEqual(
    { ...t.update('c', amd({ gfx: 2n * S, compute: 2n * S }), 3n * S) },
    { gfx: 100, compute: 50 },
  );
});

test('clients not seen in a sample are forgotten (memory stays bounded)', () => {
  const t = new UsageTracker();
  t.beginSample();
  t.update('a', i915(0n, 0n), 0n);
  t.update('b', i915(0n, 0n), 0n);
  t.endSample();
  t.beginSample();
  t.update('a', i915(0n, 0n), S);
  t.endSample();
  assert.equal(t.size, 1);
});
