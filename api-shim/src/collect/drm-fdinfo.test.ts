// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleBody } from '../../../test/fixtures/collect/samples.ts';
import { type DrmFdinfo, parseDrmFdinfo, residentBytes } from './drm-fdinfo.ts';

function drm(name: string): DrmFdinfo {
  const p = parseDrmFdinfo(sampleBody(name));
  assert.equal(p.kind, 'drm', name);
  return p as DrmFdinfo;
}

test('i915 (5.19 format): ns engines, no memory keys', () => {
  const p = drm('fdinfo-i915-initial-2021.txt');
  assert.equal(p.driver, 'i915');
  assert.equal(p.pdev, '0000:00:02.0');
  assert.equal(p.clientId, '7');
  assert.equal(p.engines.render.busyNs, 9288864723n);
  assert.equal(p.engines.copy.busyNs, 2035071108n);
  assert.equal(p.engines['video-enhance'].busyNs, 0n);
  assert.equal(p.engines.render.capacity, 1);
  assert.deepEqual({ ...p.memory }, {});
});

test('i915 man page: capacity line, regions with instance suffix and KiB units', () => {
  const p = drm('fdinfo-i915-manpage-proc_pid_fdinfo.txt');
  assert.equal(p.engines.video.capacity, 2);
  assert.equal(p.engines.video.busyNs, 0n);
  assert.equal(p.memory.system0.resident, 6044n * 1024n);
  assert.equal(p.memory.system0.purgeable, 1688n * 1024n);
  assert.equal(p.memory['stolen-system0'].total, 0n);
  assert.equal(residentBytes(p), 6044 * 1024);
});

test('i915 memstats: MiB units', () => {
  const p = drm('fdinfo-i915-memstats-v5-2023.txt');
  assert.equal(p.memory.system.total, 125n * 1024n * 1024n);
  assert.equal(p.memory.system.shared, 16n * 1024n * 1024n);
});

test('xe: cycles and total-cycles, capacity; total-cycles is not mistaken for memory', () => {
  const p = drm('fdinfo-xe-kerneldoc.txt');
  assert.equal(p.driver, 'xe');
  assert.equal(p.engines.rcs.cycles, 28257900n);
  assert.equal(p.engines.rcs.totalCycles, 7655183225n);
  assert.equal(p.engines.rcs.busyNs, undefined);
  assert.equal(p.engines.ccs.capacity, 4);
  assert.equal(p.engines.vcs.capacity, 2);
  assert.equal(p.memory['cycles-rcs'], undefined);
  assert.equal(p.memory.vram0.resident, 23992n * 1024n);
  assert.equal(p.memory.vram0.shared, 16n * 1024n * 1024n);
  assert.equal(p.memory.gtt.resident, 192n * 1024n);
});

test('xe Lunar Lake capture without whitespace after the colon', () => {
  const p = drm('fdinfo-xe-lunarlake-glxgears-htop-pr2069.txt');
  assert.equal(p.clientId, '607');
  assert.equal(p.engines.rcs.totalCycles, 5044293186233n);
  assert.equal(p.engines.ccs.cycles, 571n);
});

test('amdgpu 6.x: legacy drm-memory-* keys, engines present only when non-zero', () => {
  const p = drm('fdinfo-amdgpu-6.x-issue87.txt');
  assert.equal(p.engines.gfx.busyNs, 107322799n);
  assert.deepEqual(Object.keys(p.engines), ['gfx']);
  assert.equal(p.memory.vram.legacy, 2068n * 1024n);
  assert.equal(residentBytes(p), (2068 + 8192) * 1024);
});

test('amdgpu drm_print_memory_stats: "key: \\tvalue" trimmed, resident preferred over drm-memory', () => {
  const p = drm('fdinfo-amdgpu-drm_print_memory_stats-2024.txt');
  assert.equal(p.memory.gtt.legacy, 2392n * 1024n);
  assert.equal(p.memory.vram.resident, 44564n * 1024n);
  assert.equal(residentBytes(p), (44564 + 2392) * 1024);
  assert.equal(p.engines.compute.busyNs, 46464671n);
});

test('amdgpu 5.14–5.18 legacy format is recognised, not parsed as usage', () => {
  const p = parseDrmFdinfo(sampleBody('fdinfo-amdgpu-legacy-5.14-5.18-issue17.txt'));
  assert.deepEqual(p, { kind: 'legacy-amdgpu', pdev: '0000:04:00.0' });
});

test('non-DRM fdinfo and unknown keys', () => {
  assert.deepEqual(parseDrmFdinfo('pos:\t0\nflags:\t02\nmnt_id:\t1\nino:\t5\n'), { kind: 'none' });
  const p = parseDrmFdinfo(
    'drm-driver:\tnewgpu\ndrm-client-id:\t9\ndrm-engine-npu:\t10 ns\ndrm-future-key:\tx\n',
  );
  assert.equal(p.kind, 'drm');
  assert.equal((p as DrmFdinfo).engines.npu.busyNs, 10n);
  // counters beyond 2^53 stay exact
  const big = parseDrmFdinfo('drm-driver:\ti915\ndrm-engine-render:\t18446744073709551000 ns\n') as DrmFdinfo;
  assert.equal(big.engines.render.busyNs, 18446744073709551000n);
});

test('engine and region names from the file never reach Object.prototype (drm-engine-__proto__)', async () => {
  const { UsageTracker } = await import('./usage-math.ts');
  const { UsageAggregator } = await import('./aggregate.ts');
  const text = (ns: number) =>
    'drm-driver:\tpanfrost\ndrm-client-id:\t9\n' +
    `drm-engine-__proto__:\t${ns} ns\ndrm-engine-capacity-__proto__:\t2\ndrm-cycles-constructor:\t${ns}\n` +
    `drm-engine-constructor:\t${ns} ns\ndrm-total-__proto__:\t4 KiB\ndrm-resident-__proto__:\t4 KiB\n` +
    'drm-resident-hasOwnProperty:\t8 KiB\ndrm-resident-vram0:\t1 constructor\n';
  const a = parseDrmFdinfo(text(1_000_000_000)) as DrmFdinfo;
  const b = parseDrmFdinfo(text(1_500_000_000)) as DrmFdinfo;
  // Nothing landed on the prototype every object shares …
  const probe: Record<string, unknown> = {};
  assert.equal(probe.busyNs, undefined);
  assert.equal(probe.capacity, undefined);
  assert.equal(probe.resident, undefined);
  assert.equal(Object.keys(Object.prototype).length, 0);
  // … and the odd names are plain engines and regions of this client.
  assert.deepEqual(Object.keys(a.engines).sort(), ['__proto__', 'constructor']);
  const own = (o: object, k: string) => Object.getOwnPropertyDescriptor(o, k)?.value;
  assert.equal(own(a.engines, '__proto__').capacity, 2);
  assert.equal(own(a.memory, '__proto__').resident, 4096n);
  assert.equal(own(a.memory, 'hasOwnProperty').resident, 8192n);
  assert.equal(a.memory.vram0, undefined); // "1 constructor" is no size unit
  const tracker = new UsageTracker();
  tracker.update('k', a, 0n);
  const pct = tracker.update('k', b, 1_000_000_000n) ?? {};
  assert.equal(own(pct, '__proto__'), 25); // 0.5 s busy over 1 s × capacity 2
  const agg = new UsageAggregator();
  agg.add({ pid: 1, owner: '101', comm: 'x', gpu: 'g' }, pct, 0);
  assert.equal(own(agg.ownerList()[0].engines, '__proto__'), 25);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
});
