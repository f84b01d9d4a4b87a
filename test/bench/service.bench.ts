// SPDX-License-Identifier: AGPL-3.0-or-later
// Service benchmark: the daemon (the built bundle, its own process) on the demo host snapshot
// with its counters moving, asking a mock PVE API for permissions. 50 concurrent SSE clients
// plus 200 requests/s for 60 s (PGT_BENCH_SECONDS to change). Prints errors, latency
// percentiles, the daemon's CPU and RSS. Target: no errors, p99 < 50 ms.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { writeDemoHostConfig } from '../../api-shim/src/demo/host-config/index.ts';
import { writeDemoUsageTree } from '../../api-shim/src/demo/workload/index.ts';
import { makeTestPki } from '../support/certs.ts';
import { standardModel } from '../support/mock-pve/fixture.ts';
import { startMockPve } from '../support/mock-pve/server.ts';

const SECONDS = Number(process.env.PGT_BENCH_SECONDS ?? 60);
const STREAMS = 50;
const RATE = 200;
const NODE = 'pve-demo';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function procStat(pid: number): { cpuTicks: number; rssKiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuTicks = Number(fields[11]) + Number(fields[12]); // utime + stime
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuTicks, rssKiB: rss ? Number(rss[1]) : 0 };
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const p = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return p;
}

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pgt-bench-service-'));
  const host = path.join(dir, 'host');
  mkdirSync(host, { recursive: true });
  await writeDemoHostConfig(host);
  const workload = await writeDemoUsageTree(host);
  workload.start();

  const pki = makeTestPki(path.join(dir, 'pki'));
  const nodeCert = pki.issue(NODE, ['IP:127.0.0.1', 'DNS:localhost']);
  const pveCert = pki.issue('pveproxy', ['IP:127.0.0.1']);
  for (const d of ['etc/pve/local', `etc/pve/nodes/${NODE}`])
    mkdirSync(path.join(host, d), { recursive: true });
  writeFileSync(path.join(host, 'etc/pve/pve-root-ca.pem'), pki.caCert);
  writeFileSync(path.join(host, 'etc/pve/local/pve-ssl.pem'), nodeCert.cert);
  writeFileSync(path.join(host, 'etc/pve/local/pve-ssl.key'), nodeCert.key);
  writeFileSync(path.join(host, `etc/pve/nodes/${NODE}/pve-ssl.pem`), nodeCert.cert);
  writeFileSync(
    path.join(host, 'etc/pve/.members'),
    JSON.stringify({
      nodename: NODE,
      version: 1,
      nodelist: { [NODE]: { id: 1, online: 1, ip: '127.0.0.1' } },
    }),
  );
  const pve = await startMockPve({ cert: pveCert.cert, key: pveCert.key, model: standardModel() });

  const port = await freePort();
  const conf = path.join(dir, 'pve-gpu-tab.conf');
  writeFileSync(
    conf,
    [
      `port: ${port}`,
      'listen: 127.0.0.1',
      `root: ${host}`,
      `pve_api: ${pve.url}`,
      `state_dir: ${path.join(dir, 'state')}`,
      `nvidia_smi: ${workload.nvidiaSmi}`,
      'max_streams: 200',
      'max_streams_per_client: 200',
      // every bench client comes from 127.0.0.1: the per-address limit would be the bottleneck
      'rate_limit_per_minute: 1000000',
      'log_level: warn',
      '',
    ].join('\n'),
  );
  const bundle = path.join(root, 'dist/api-shim/pve-gpu-tab.mjs');
  const args = existsSync(bundle)
    ? [bundle, 'serve', '--config', conf]
    : ['--import', 'tsx', path.join(root, 'api-shim/src/cli.ts'), 'serve', '--config', conf];
  const daemon = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let daemonErr = '';
  daemon.stderr.on('data', (d) => {
    daemonErr += d;
  });
  daemon.stdout.resume();
  const base = `https://127.0.0.1:${port}`;
  const agent = new https.Agent({ keepAlive: true, maxSockets: 64, ca: pki.caCert });
  const ticket = () => encodeURIComponent(pve.tickets.issue('auditor@pve'));
  const headers = { Authorization: `PVEAuthCookie=${ticket()}` };

  const request = (p: string) =>
    new Promise<number>((resolve, reject) => {
      const req = https.request(`${base}${p}`, { agent, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.setTimeout(5000, () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end();
    });

  // wait for the daemon and its first sample
  const ready = Date.now() + 30_000;
  for (;;) {
    const status = await request(`/api/v1/nodes/${NODE}/lxc/101/usage`).catch(() => 0);
    if (status === 200) break;
    if (Date.now() > ready) {
      process.stderr.write(`daemon did not come up (last status ${status})\n${daemonErr}\n`);
      daemon.kill('SIGKILL');
      return 1;
    }
    await new Promise((r) => setTimeout(r, 200));
  }

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
  daemon.kill('SIGTERM');
  const code = await new Promise<number | null>((r) => daemon.on('exit', (c) => r(c)));
  workload.stop();
  await pve.close();
  rmSync(dir, { recursive: true, force: true });

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
