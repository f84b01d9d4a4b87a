// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleSnapshot } from '../../../test/support/mock-pve/fixture.ts';
import { renderMetrics } from './metrics.ts';

test('exposition format: HELP/TYPE once per family, escaped labels, filtered containers', () => {
  const snap = sampleSnapshot('pve1', 1_700_000_000_000);
  snap.gpus[0].name = 'GPU "quoted"\nname\\x';
  snap.samples[0].temperatureC = Number.NaN; // unknown: no series rather than NaN
  snap.samples[0].discovery = { via: 'walk', because: 'denied', path: '/sys/kernel/debug/dri/0/clients' };
  const text = renderMetrics(snap, 'pve1', (v) => v === '101', { openStreams: 2, requests: 7 });
  assert.match(text, /^# HELP pve_gpu_info /m);
  assert.equal(text.match(/^# TYPE pve_gpu_engine_busy_percent gauge$/gm)?.length, 1);
  assert.match(text, /name="GPU \\"quoted\\"\\nname\\\\x"/);
  assert.match(text, /pve_gpu_container_processes\{node="pve1",gpu="0000:00:02\.0",vmid="101"\} 1/);
  assert.match(text, /vmid="host"/);
  assert.doesNotMatch(text, /vmid="102"/);
  assert.doesNotMatch(text, /pve_gpu_temperature_celsius\{/);
  assert.match(text, /pve_gpu_collector_up\{node="pve1",collector="nvidia",state="not-installed"\} 0/);
  assert.match(
    text,
    /pve_gpu_client_discovery_info\{node="pve1",gpu="0000:00:02\.0",via="walk",because="denied"\} 1/,
  );
  assert.match(text, /pve_gpu_sample_timestamp_seconds\{node="pve1"\} 1700000000/);
  assert.match(text, /pve_gpu_tab_requests_total\{node="pve1"\} 7/);
  assert.doesNotMatch(text, /driver_version=/, 'no version label where the source reports none');
  snap.gpus[0].driverVersion = '550.144.03';
  assert.match(
    renderMetrics(snap, 'pve1', () => true, { openStreams: 0, requests: 0 }),
    /^pve_gpu_info\{node="pve1",gpu="0000:00:02\.0",vendor="intel",driver="i915",name="[^\n]*",driver_version="550\.144\.03"\} 1$/m,
  );
  for (const line of text.trim().split('\n')) {
    assert.match(line, /^(# (HELP|TYPE) \w+ .+|\w+\{[^\n]*\} -?[\d.e+]+)$/, line);
  }
});

test('a stale GPU: its state and the age of its last reading, none of its old figures', () => {
  const snap = sampleSnapshot('pve1', 1_700_000_000_000);
  snap.samples[0].memoryTotalBytes = 8 * 2 ** 30;
  snap.samples[0].status = { state: 'stale', ageMs: 12_345 };
  const text = renderMetrics(snap, 'pve1', () => true, { openStreams: 0, requests: 1 });
  assert.match(
    text,
    /pve_gpu_collector_up\{node="pve1",gpu="0000:00:02\.0",collector="gpu",state="stale"\} 0/,
  );
  assert.match(
    text,
    /pve_gpu_collector_stale_seconds\{node="pve1",gpu="0000:00:02\.0",collector="gpu"\} 12\.3$/m,
  );
  // a scrape stamps what it reads with its own time: old figures would read as current
  for (const family of [
    'pve_gpu_engine_busy_percent',
    'pve_gpu_frequency_mhz',
    'pve_gpu_power_watts',
    'pve_gpu_container_engine_busy_percent',
    'pve_gpu_container_memory_bytes',
    'pve_gpu_container_processes',
  ]) {
    assert.doesNotMatch(text, new RegExp(`^${family}\\{`, 'm'), family);
  }
  // what the GPU is stays: inventory and size
  assert.match(text, /^pve_gpu_info\{/m);
  assert.match(text, /^pve_gpu_memory_total_bytes\{node="pve1",gpu="0000:00:02\.0"\} 8589934592$/m);

  // the same figures live: all there (the test above is not vacuous)
  snap.samples[0].status = { state: 'ok' };
  const fresh = renderMetrics(snap, 'pve1', () => true, { openStreams: 0, requests: 1 });
  assert.match(fresh, /^pve_gpu_engine_busy_percent\{/m);
  assert.match(fresh, /^pve_gpu_container_processes\{/m);
  assert.doesNotMatch(fresh, /pve_gpu_collector_stale_seconds\{/);
});

test('a stale sample (the collector stopped answering): the age, no figure of any GPU', () => {
  const snap = sampleSnapshot('pve1', 1_700_000_000_000);
  snap.collectors.sampler = { state: 'stale', ageMs: 30_000 };
  const text = renderMetrics(snap, 'pve1', () => true, { openStreams: 0, requests: 1 });
  assert.match(text, /pve_gpu_collector_stale_seconds\{node="pve1",collector="sampler"\} 30$/m);
  assert.doesNotMatch(text, /^pve_gpu_(engine_busy_percent|power_watts|container_\w+)\{/m);
  assert.match(text, /pve_gpu_sample_timestamp_seconds\{node="pve1"\} 1700000000/);
});

test('before the first sample only the service series are there', () => {
  const text = renderMetrics(undefined, 'pve1', () => true, { openStreams: 0, requests: 1 });
  assert.match(text, /pve_gpu_tab_open_streams\{node="pve1"\} 0/);
  assert.doesNotMatch(text, /pve_gpu_engine_busy_percent\{/);
});

test('each metric server of status.cfg has its delivery counters', () => {
  const text = renderMetrics(undefined, 'pve1', () => true, {
    openStreams: 0,
    requests: 1,
    exporters: [
      {
        id: 'influx',
        type: 'influxdb',
        proto: 'udp',
        sentBytes: 900,
        sentBatches: 3,
        droppedBatches: 0,
        failures: 0,
        state: 'ok',
      },
      {
        id: 'carbon',
        type: 'graphite',
        proto: 'tcp',
        sentBytes: 0,
        sentBatches: 0,
        droppedBatches: 4,
        failures: 2,
        state: 'failing',
        lastError: 'ECONNREFUSED',
      },
    ],
  });
  assert.match(
    text,
    /pve_gpu_tab_export_sent_bytes_total\{node="pve1",server="influx",type="influxdb",proto="udp"\} 900/,
  );
  assert.match(
    text,
    /pve_gpu_tab_export_dropped_batches_total\{node="pve1",server="carbon",type="graphite",proto="tcp"\} 4/,
  );
  assert.match(text, /pve_gpu_tab_export_up\{node="pve1",server="carbon",type="graphite",proto="tcp"\} 0/);
});
