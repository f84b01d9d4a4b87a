// SPDX-License-Identifier: AGPL-3.0-or-later
// /metrics of a MIG GPU: the demo host in its `mig` NVIDIA mode (test/support/mig-demo-host.ts),
// sampled by the real sampler through the stand-in nvidia-smi, rendered as a scrape gets it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MIG_DEMO, type MigDemoHost, startMigDemoHost } from '../../../test/support/mig-demo-host.ts';
import type { UsageSnapshot } from '../api/types.ts';
import { renderMetrics } from './metrics.ts';

let host: MigDemoHost;
let snap: UsageSnapshot;
const GPU = MIG_DEMO.gpus[0].pci;
const MIB = 1024 * 1024;
const stats = { openStreams: 0, requests: 1 };

before(async () => {
  host = await startMigDemoHost('pve1', { timer: false });
  snap = await host.migSample();
});
after(() => host?.stop());

function lines(text: string, family: string): string[] {
  return text.split('\n').filter((l) => l.startsWith(`${family}{`));
}

test('each MIG instance: info with profile, placement and compute instances; memory and SMs', () => {
  const text = renderMetrics(snap, 'pve1', () => true, stats);
  const want = MIG_DEMO.mig?.instances ?? [];
  assert.equal(want.length, 3, 'the demo has three instances');
  const inst = new Map(snap.samples.find((s) => s.gpu === GPU)?.migInstances?.map((i) => [i.gpuInstance, i]));
  for (const i of want) {
    const l = `node="pve1",gpu="${GPU}",gpu_i_id="${i.gi}",gpu_i_profile="2g.20gb"`;
    assert.ok(
      lines(text, 'pve_gpu_mig_info').includes(
        `pve_gpu_mig_info{${l},gpu_i_profile_id="14",placement="${i.placement}",gpu_ci_ids="${i.ci}"} 1`,
      ),
      `info of GI ${i.gi}:\n${lines(text, 'pve_gpu_mig_info').join('\n')}`,
    );
    assert.ok(
      lines(text, 'pve_gpu_mig_memory_total_bytes').includes(
        `pve_gpu_mig_memory_total_bytes{${l}} ${i.totalMiB * MIB}`,
      ),
      `total of GI ${i.gi}`,
    );
    const used = inst.get(i.gi)?.memoryUsedBytes;
    assert.ok(used !== undefined && used >= i.usedMiB * MIB, `GI ${i.gi} reads its memory in use`);
    assert.ok(
      lines(text, 'pve_gpu_mig_memory_used_bytes').includes(`pve_gpu_mig_memory_used_bytes{${l}} ${used}`),
      `used of GI ${i.gi}`,
    );
    assert.ok(
      lines(text, 'pve_gpu_mig_multiprocessors').includes(`pve_gpu_mig_multiprocessors{${l}} ${i.sm}`),
    );
  }
  // one series per instance, no more (none for the Intel iGPU beside it)
  for (const f of ['pve_gpu_mig_info', 'pve_gpu_mig_memory_used_bytes', 'pve_gpu_mig_memory_total_bytes']) {
    assert.equal(lines(text, f).length, want.length, f);
  }
  for (const line of text.trim().split('\n')) {
    assert.match(line, /^(# (HELP|TYPE) \w+ .+|\w+\{[^\n]*\} -?[\d.e+]+)$/, line);
  }
});

test("each container's processes on an instance carry its GPU and compute instance", () => {
  const text = renderMetrics(snap, 'pve1', () => true, stats);
  const ollamaGi = MIG_DEMO.mig?.ollamaGi;
  const hostJob = MIG_DEMO.extra.find((p) => p.gi !== undefined);
  assert.ok(ollamaGi !== undefined && hostJob);
  const runner = snap.processes.find((p) => p.owner === '102' && p.gpuInstance !== undefined);
  assert.ok(runner, "CT 102's ollama runner on its instance");
  assert.deepEqual(lines(text, 'pve_gpu_mig_container_processes').sort(), [
    `pve_gpu_mig_container_processes{node="pve1",gpu="${GPU}",gpu_i_id="${ollamaGi}",gpu_i_profile="2g.20gb",gpu_ci_id="0",vmid="102"} 1`,
    `pve_gpu_mig_container_processes{node="pve1",gpu="${GPU}",gpu_i_id="${hostJob.gi}",gpu_i_profile="2g.20gb",gpu_ci_id="${hostJob.ci}",vmid="host"} 1`,
  ]);
  assert.ok(
    lines(text, 'pve_gpu_mig_container_memory_bytes').includes(
      `pve_gpu_mig_container_memory_bytes{node="pve1",gpu="${GPU}",gpu_i_id="${ollamaGi}",gpu_i_profile="2g.20gb",gpu_ci_id="0",vmid="102"} ${runner.memoryBytes}`,
    ),
  );
  assert.ok(runner.memoryBytes > 0);
  // the scraper sees only the containers it may audit; host processes are no container
  const narrow = renderMetrics(snap, 'pve1', () => false, stats);
  assert.doesNotMatch(narrow, /vmid="102"/);
  assert.match(narrow, /^pve_gpu_mig_container_processes\{[^}]*vmid="host"\} 1$/m);
});

test('a stale MIG GPU: none of its instance series (its layout is an old reading too)', () => {
  const stale: UsageSnapshot = structuredClone(snap);
  const g = stale.samples.find((s) => s.gpu === GPU);
  assert.ok(g?.migInstances?.length);
  g.status = { state: 'stale', ageMs: 9000 };
  const text = renderMetrics(stale, 'pve1', () => true, stats);
  assert.doesNotMatch(text, /^pve_gpu_mig_\w+\{/m);
  assert.match(
    text,
    new RegExp(`^pve_gpu_collector_stale_seconds\\{node="pve1",gpu="${GPU}",collector="gpu"\\} 9$`, 'm'),
  );
  // the whole sample stale (the collector stopped answering): the same
  const whole: UsageSnapshot = structuredClone(snap);
  whole.collectors.sampler = { state: 'stale', ageMs: 30_000 };
  assert.doesNotMatch(
    renderMetrics(whole, 'pve1', () => true, stats),
    /^pve_gpu_mig_\w+\{/m,
  );
  // live, all there: the assertions above are not vacuous
  assert.match(
    renderMetrics(snap, 'pve1', () => true, stats),
    /^pve_gpu_mig_memory_used_bytes\{/m,
  );
});

test('what nvidia-smi did not give is no label: no `mig -lgi` answer yet, a process row`s CI N/A', () => {
  const partial: UsageSnapshot = structuredClone(snap);
  for (const i of partial.samples.find((s) => s.gpu === GPU)?.migInstances ?? []) {
    i.profile = undefined;
    i.profileId = undefined;
    i.placement = undefined;
  }
  const runner = partial.processes.find((p) => p.owner === '102' && p.gpuInstance !== undefined);
  assert.ok(runner);
  runner.computeInstance = undefined;
  const text = renderMetrics(partial, 'pve1', () => true, stats);
  const gi = MIG_DEMO.mig?.ollamaGi;
  assert.ok(
    lines(text, 'pve_gpu_mig_info').includes(
      `pve_gpu_mig_info{node="pve1",gpu="${GPU}",gpu_i_id="${gi}",gpu_ci_ids="0"} 1`,
    ),
    lines(text, 'pve_gpu_mig_info').join('\n'),
  );
  assert.ok(
    lines(text, 'pve_gpu_mig_container_processes').includes(
      `pve_gpu_mig_container_processes{node="pve1",gpu="${GPU}",gpu_i_id="${gi}",vmid="102"} 1`,
    ),
  );
  assert.doesNotMatch(text, /gpu_i_profile="|placement=""|gpu_ci_id=""/);
});
