// SPDX-License-Identifier: AGPL-3.0-or-later
// Service benchmark: the daemon (the built bundle, its own process) on the demo host snapshot
// with its counters moving, asking a mock PVE API for permissions. 50 concurrent SSE clients
// plus 200 requests/s for 60 s (PGT_BENCH_SECONDS to change). Prints errors, latency
// percentiles, the daemon's CPU and RSS. Target: no errors, p99 < 50 ms.
import https from 'node:https';
import os from 'node:os';
import { NODE, percentile, procStat, startBenchDaemon } from './bench-daemon.ts';

const SECONDS = Number(process.env.PGT_BENCH_SECONDS ?? 60);
const STREAMS = 50;
const RATE = 200;

async function main(): Promise<number> {
  const d = await startBenchDaemon('service', [
    'max_streams: 200',
    'max_streams_per_client: 200',
    // every bench client comes from 127.0.0.1: the per-address limit would be the bottleneck
    'rate_limit_per_minute: 1000000',
    'log_level: warn',
  ]);
  const { pki, pve, base, daemon } = d;
  const agent = new https.Agent({ keepAlive: true, maxSockets: 64, ca: pki.caCert });
  const ticket = () => encodeURIComponent(pve.tickets.issue('auditor@pve'));
  const headers = { Authorization: `PVEAuthCookie=${ticket()}` };
  const request = (p: string) => d.request(p, { agent, headers, timeoutMs: 5000 });

  // wait for the daemon and its first sample
  if (!(await d.ready())) return 1;

  let errors = 0;
  const errorKinds = new Map<string, number>();
  const fail = (kind: string) => {
    errors += 1;
    errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  };
  let events = 0;
  const streams: import('node:http').ClientRequest[] = [];
  let stopping = false;
  const streamPaths = [
    `/api/v1/nodes/${NODE}/lxc/101/stream`,
    `/api/v1/nodes/${NODE}/lxc/102/stream`,
    `/api/v1/nodes/${NODE}/lxc/103/stream`,
    `/api/v1/nodes/${NODE}/stream`,
  ];
  for (let i = 0; i < STREAMS; i++) {
    const p = streamPaths[i % streamPaths.length];
    // half with the header (fetch streaming), half with ?ticket= (EventSource)
    const url = i % 2 ? `${base}${p}?ticket=${ticket()}` : `${base}${p}`;
    const req = https.request(url, { ca: pki.caCert, agent: false, headers: i % 2 ? {} : headers }, (res) => {
      if (res.statusCode !== 200) fail(`stream-${res.statusCode}`);
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        events += chunk.split('event: usage').length - 1;
      });
      res.on('close', () => {
        if (!stopping) fail('stream-closed');
      });
    });
    req.on('error', () => {
      if (!stopping) fail('stream-error');
    });
    req.end();
    streams.push(req);
  }

  const paths = [
    ...Array(6).fill(`/api/v1/nodes/${NODE}/lxc/101/usage`),
    ...Array(2).fill(`/api/v1/nodes/${NODE}/lxc/102/usage`),
    `/api/v1/nodes/${NODE}/gpu`,
    `/api/v1/nodes/${NODE}/gpu`,
    `/api/v1/nodes/${NODE}/lxc/101/history?timeframe=hour`,
    `/api/v1/nodes/${NODE}/lxc/102/history?timeframe=day&cf=MAX`,
    `/api/v1/nodes/${NODE}/lxc/103/health`,
    `/api/v1/nodes/${NODE}/lxc/101/health`,
    '/metrics',
  ] as string[];
  const latencies: number[] = [];
  const byPath = new Map<string, number[]>();
  const t0 = process.hrtime.bigint();
  const cpu0 = procStat(daemon.pid as number);
  let maxRss = cpu0.rssKiB;
  const rssTimer = setInterval(() => {
    try {
      maxRss = Math.max(maxRss, procStat(daemon.pid as number).rssKiB);
    } catch {}
  }, 1000);
  const inflight: Promise<void>[] = [];
  const total = SECONDS * RATE;
  const start = Date.now();
  for (let i = 0; i < total; i++) {
    // open-loop schedule: request i leaves at start + i/RATE s, whatever the answers do
    const due = start + (i * 1000) / RATE;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const p = paths[i % paths.length];
    const began = process.hrtime.bigint();
    inflight.push(
      request(p).then(
        (status) => {
          const ms = Number(process.hrtime.bigint() - began) / 1e6;
          latencies.push(ms);
          const key = p.split('?')[0].replace(/\/\d{3}\//, '/<vmid>/');
          byPath.set(key, [...(byPath.get(key) ?? []), ms]);
          if (status !== 200) fail(`http-${status}`);
        },
        (err: Error) => fail(`request-${err.message}`),
      ),
    );
    if (inflight.length > 2000) await Promise.all(inflight.splice(0, 1000));
  }
  await Promise.all(inflight);
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  // The daemon's own view: how late its event loop ran (separates it from machine contention).
  const metrics = await new Promise<string>((resolve) => {
    https
      .get(`${base}/metrics`, { agent, headers }, (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve(body));
      })
      .on('error', () => resolve(''));
  });
  const loop = (q: string) =>
    Number(
      new RegExp(`pve_gpu_tab_event_loop_delay_seconds\\{[^}]*quantile="${q}"\\} ([\\d.e+-]+)`).exec(
        metrics,
      )?.[1],
    ) * 1000;
  const cpu1 = procStat(daemon.pid as number);
  clearInterval(rssTimer);
  maxRss = Math.max(maxRss, cpu1.rssKiB);
  stopping = true;
  for (const s of streams) s.destroy();
  agent.destroy();
  const code = await d.stop();

  latencies.sort((a, b) => a - b);
  const ticks = 100; // USER_HZ on Linux
  const cpuPct = ((cpu1.cpuTicks - cpu0.cpuTicks) / ticks / wallS) * 100;
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  const expectedEvents = STREAMS * Math.floor(wallS) * 0.8;
  const lines = [
    `service: ${STREAMS} SSE clients + ${RATE} req/s for ${wallS.toFixed(1)} s (${os.cpus().length} CPUs, node ${process.version})`,
    `  requests     ${latencies.length} answered, errors ${errors}${errorKinds.size ? ` (${[...errorKinds].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`,
    `  latency ms   p50 ${p50.toFixed(2)}  p90 ${percentile(latencies, 90).toFixed(2)}  p99 ${p99.toFixed(2)}  max ${latencies.at(-1)?.toFixed(2)}`,
    `  SSE events   ${events} received (${(events / wallS).toFixed(0)}/s)`,
    `  daemon       CPU ${cpuPct.toFixed(1)} % of one core, RSS max ${(maxRss / 1024).toFixed(1)} MiB, exit ${code} after SIGTERM`,
    `  daemon loop  event-loop delay p50 ${loop('0.5').toFixed(1)} ms, p99 ${loop('0.99').toFixed(1)} ms, max ${loop('1').toFixed(1)} ms; machine load ${os.loadavg()[0].toFixed(2)}`,
    `  pve api      ${pve.calls.length} permission calls (cache)`,
  ];
  if (process.env.PGT_BENCH_VERBOSE) {
    for (const [k, v] of byPath) {
      v.sort((a, b) => a - b);
      lines.push(
        `    ${k.padEnd(44)} n ${v.length}  p50 ${percentile(v, 50).toFixed(1)}  p99 ${percentile(v, 99).toFixed(1)}`,
      );
    }
  }
  const ok = errors === 0 && p99 < 50 && events >= expectedEvents && code === 0;
  lines.push(`  target       no errors, p99 < 50 ms: ${ok ? 'MET' : 'MISSED'}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return ok ? 0 : 1;
}

main().then(
  (c) => process.exit(c),
  (err) => {
    process.stderr.write(`service bench failed: ${(err as Error).stack}\n`);
    process.exit(1);
  },
);
