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
  for (const line of text.trim().split('\n')) {
    assert.match(line, /^(# (HELP|TYPE) \w+ .+|\w+\{[^\n]*\} -?[\d.e+]+)$/, line);
  }
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
