// SPDX-License-Identifier: AGPL-3.0-or-later
// Exporter benchmark: what pushing to PVE's metric servers costs at 10 containers × 4 GPUs,
// sampled at 1 Hz, sent at pvestatd's 10 s interval. One child process per protocol (plus one
// without any metric server, the baseline) runs the real MetricExporter for PGT_BENCH_SECONDS
// (default 60) against receivers in this process on loopback; each child's CPU comes from
// /proc/<pid>/stat, the bytes from what the receivers read off their sockets (HTTP and TCP:
// everything on the wire above TCP; UDP: the datagrams' payload). Prints CPU over the
// baseline and bytes/s per protocol. Target: under 0.5 % of one core per server.
import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  ConsolidationFn,
  ContainerHistory,
  Timeframe,
  UsageSnapshot,
} from '../../api-shim/src/api/types.ts';

const SECONDS = Number(process.env.PGT_BENCH_SECONDS ?? 60);
const CONTAINERS = 10;
const GPUS = 4;
const self = fileURLToPath(import.meta.url);

function snapshot(t: number): UsageSnapshot {
  const gpus = Array.from({ length: GPUS }, (_, i) => `0000:0${i + 1}:00.0`);
  const engines = (k: number) => ({
    render: (t + k) % 100,
    video: (t * 3 + k) % 100,
    'video-enhance': (t * 7 + k) % 50,
    copy: (t + 2 * k) % 20,
    compute: (t * 5 + k) % 100,
  });
  const classes = {
    render: 'render',
    video: 'video',
    'video-enhance': 'video-enhance',
    copy: 'copy',
    compute: 'compute',
  } as const;
  return {
    time: Date.now(),
    node: 'pve1',
    gpus: gpus.map((id) => ({
      id,
      pci: id,
      vendor: 'intel',
      vendorId: '8086',
      deviceId: '56a0',
      name: 'Intel Arc A770',
      driver: 'i915',
      card: 'card0',
      render: 'renderD128',
      byPath: [],
    })),
    samples: gpus.map((gpu, i) => ({
      gpu,
      status: { state: 'ok' as const },
      engines: engines(i),
      engineClasses: { ...classes },
      freqMHz: 2100,
      powerWatts: 80 + (t % 40),
      temperatureC: 60,
      memoryUsedBytes: 4 * 2 ** 30,
      memoryTotalBytes: 16 * 2 ** 30,
    })),
    owners: gpus.flatMap((gpu, i) =>
      Array.from({ length: CONTAINERS }, (_, c) => ({
        owner: String(101 + c),
        gpu,
        engines: engines(i + c),
        memoryBytes: (c + 1) * 2 ** 26,
        processes: 1 + (c % 3),
      })),
    ),
    processes: [],
    collectors: { fdinfo: { state: 'ok' } },
  };
}

async function child(cfg: string): Promise<void> {
  const { HostRoot } = await import('../../api-shim/src/host/host-root.ts');
  const { MetricExporter } = await import('../../api-shim/src/serve/export/exporter.ts');
  const { silentLogger } = await import('../../api-shim/src/serve/log.ts');
  const root = mkdtempSync(path.join(os.tmpdir(), 'pgt-bench-export-'));
  mkdirSync(path.join(root, 'etc/pve/lxc'), { recursive: true });
  for (let c = 0; c < CONTAINERS; c++)
    writeFileSync(path.join(root, `etc/pve/lxc/${101 + c}.conf`), `hostname: ct${101 + c}\n`);
  writeFileSync(path.join(root, 'etc/pve/status.cfg'), Buffer.from(cfg, 'base64').toString());
  const listeners = new Set<(s: UsageSnapshot) => void>();
  const usage = {
    latest: () => undefined,
    current: async () => undefined,
    onSample: (l: (s: UsageSnapshot) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    history: (vmid: string, timeframe: Timeframe, cf: ConsolidationFn): ContainerHistory => ({
      vmid,
      timeframe,
      cf,
      step: 60,
      series: [],
    }),
    nodeHistory: (timeframe: Timeframe, cf: ConsolidationFn) => ({ timeframe, cf, step: 60, series: [] }),
  };
  // The bench drives the 10 s interval itself (every 10th sample), so it knows how many ran.
  const exporter = new MetricExporter({
    host: new HostRoot(root),
    node: 'pve1',
    usage,
    logger: silentLogger,
    intervalMs: 3_600_000,
  });
  await exporter.start(); // status.cfg read: listening to samples from here on
  let t = 0;
  let intervals = 0;
  // The sampler's snapshot is built anyway; the child builds it in every run, baseline included.
  const timer = setInterval(() => {
    const snap = snapshot(t++);
    for (const l of listeners) l(snap);
    if (t % 10 === 0) {
      intervals += 1;
      void exporter.tick();
    }
  }, 1000);
  process.send?.('ready');
  process.on('message', async () => {
    clearInterval(timer);
    await exporter.drained();
    process.send?.({ stats: exporter.stats(), intervals });
    exporter.close();
    rmSync(root, { recursive: true, force: true });
    process.exit(0);
  });
}

function ticks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]);
}

type ChildReport = {
  stats: Array<{ sentBytes: number; sentBatches: number; droppedBatches: number }>;
  intervals: number;
};

async function main(): Promise<number> {
  // Receivers: count bytes read off each socket.
  const counters: Record<string, number> = {};
  const sockets: Array<[string, net.Socket]> = [];
  const udp = dgram.createSocket('udp4');
  udp.on('message', (m) => {
    counters['influxdb udp'] = (counters['influxdb udp'] ?? 0) + m.length;
  });
  await new Promise<void>((r) => udp.bind(0, '127.0.0.1', r));
  const gudp = dgram.createSocket('udp4');
  gudp.on('message', (m) => {
    counters['graphite udp'] = (counters['graphite udp'] ?? 0) + m.length;
  });
  await new Promise<void>((r) => gudp.bind(0, '127.0.0.1', r));
  const httpServer = (name: string) => {
    const s = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    s.on('connection', (sock) => sockets.push([name, sock]));
    return s;
  };
  const influxHttp = httpServer('influxdb http');
  const otel = httpServer('opentelemetry http gzip');
  const carbon = net.createServer((sock) => {
    sockets.push(['graphite tcp', sock]);
    sock.resume();
  });
  for (const s of [influxHttp, otel, carbon]) await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s: net.Server | dgram.Socket) => (s.address() as net.AddressInfo).port;
  const configs: Record<string, string> = {
    baseline: '',
    'influxdb udp': `influxdb: bench\n\tserver 127.0.0.1\n\tport ${port(udp)}\n`,
    'influxdb http': `influxdb: bench\n\tserver 127.0.0.1\n\tport ${port(influxHttp)}\n\tinfluxdbproto http\n`,
    'graphite udp': `graphite: bench\n\tserver 127.0.0.1\n\tport ${port(gudp)}\n`,
    'graphite tcp': `graphite: bench\n\tserver 127.0.0.1\n\tport ${port(carbon)}\n\tproto tcp\n`,
    'opentelemetry http gzip': `opentelemetry: bench\n\tserver 127.0.0.1\n\tport ${port(otel)}\n\totel-protocol http\n`,
  };
  const children = Object.entries(configs).map(([name, cfg]) => {
    const c = spawn(
      process.execPath,
      ['--import', 'tsx', self, 'child', Buffer.from(cfg).toString('base64')],
      {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    return { name, c };
  });
  // Count from the moment every child runs its exporter.
  await Promise.all(children.map(({ c }) => new Promise((r) => c.once('message', r))));
  const start = new Map(children.map(({ name, c }) => [name, ticks(c.pid as number)]));
  const t0 = Date.now();
  process.stdout.write(
    `${CONTAINERS} containers × ${GPUS} GPUs, 1 Hz samples, 10 s interval, ${SECONDS} s…\n`,
  );
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const wall = (Date.now() - t0) / 1000;
  const hz = 100; // USER_HZ on Linux
  const cpu = new Map(
    children.map(({ name, c }) => [name, (ticks(c.pid as number) - (start.get(name) ?? 0)) / hz / wall]),
  );
  const stats = await Promise.all(
    children.map(
      ({ name, c }) =>
        new Promise<[string, ChildReport]>((resolve) => {
          c.once('message', (m) => resolve([name, m as ChildReport]));
          c.send('stop');
        }),
    ),
  );
  for (const [name, sock] of sockets) counters[name] = (counters[name] ?? 0) + sock.bytesRead;
  const base = cpu.get('baseline') ?? 0;
  process.stdout.write(
    `baseline (sampling into the accumulator only, no server): ${(base * 100).toFixed(2)} % of one core\n`,
  );
  process.stdout.write(
    'protocol                  CPU over baseline   wire bytes/s   payload bytes/s   batches/interval   dropped\n',
  );
  let worst = 0;
  for (const [name, report] of stats) {
    if (name === 'baseline') continue;
    const over = ((cpu.get(name) ?? 0) - base) * 100;
    worst = Math.max(worst, over);
    const st = report.stats[0];
    const intervals = Math.max(1, report.intervals);
    process.stdout.write(
      `${name.padEnd(26)}${`${over.toFixed(2)} %`.padStart(17)}${((counters[name] ?? 0) / (intervals * 10)).toFixed(0).padStart(15)}${((st?.sentBytes ?? 0) / (intervals * 10)).toFixed(0).padStart(18)}${((st?.sentBatches ?? 0) / intervals).toFixed(1).padStart(19)}${String(st?.droppedBatches ?? 0).padStart(10)}\n`,
    );
  }
  process.stdout.write(
    `target: < 0.5 % of one core per server — ${worst < 0.5 ? 'met' : 'MISSED'} (worst ${worst.toFixed(2)} %)\n`,
  );
  udp.close();
  gudp.close();
  for (const [, sock] of sockets) sock.destroy();
  for (const s of [influxHttp, otel, carbon]) s.close();
  return 0;
}

if (process.argv[2] === 'child') void child(process.argv[3] ?? '');
else main().then((code) => process.exit(code));
