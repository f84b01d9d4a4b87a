// SPDX-License-Identifier: AGPL-3.0-or-later
// Hostile-client benchmark (issue 10): the daemon (the built bundle, its own process) on the demo
// host snapshot, asking a mock PVE API that holds every rejected credential 3 s as pveproxy does,
// while, on loopback only and for PGT_BENCH_SECONDS (default 30):
//   - a slowloris keeps 2 000 TLS handshakes unfinished (100 addresses × 20 sockets, half silent,
//     half half a ClientHello), reopening each socket the daemon closes;
//   - a fake-ticket flood keeps 8 addresses × 32 requests in flight, each with a new well-formed
//     ticket PVE rejects (under the default per-address rate limit);
//   - real users ask for a container's usage 4 times a second from their own address: one with a
//     fresh ticket on every request (no cache can help), one with the same ticket (cached).
// Prints the real users' success rate and latency percentiles, what the attackers got, and the
// daemon's CPU and RSS. Target: real users 100 % served, p99 well under PVE's 3 s hold.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { NODE, percentile, procStat, startBenchDaemon } from './bench-daemon.ts';

const SECONDS = Number(process.env.PGT_BENCH_SECONDS ?? 30);
const HANDSHAKES = 2000;
const SLOWLORIS_ADDRESSES = 100;
const FLOOD_ADDRESSES = 8;
const FLOOD_PER_ADDRESS = 32;
const REAL_PER_SECOND = 4;
/** The first bytes of a TLS ClientHello record, then nothing. */
const HALF_HELLO = Buffer.from([0x16, 0x03, 0x01, 0x00, 0xc8, 0x01, 0x00, 0x00, 0xc4, 0x03, 0x03]);

/** A ticket of PVE's form whose signature is random: the daemon cannot tell it from a real one. */
function fakeTicket(i: number): string {
  const ts = Math.floor(Date.now() / 1000)
    .toString(16)
    .toUpperCase()
    .padStart(8, '0');
  return `PVE:stranger${i}@pve:${ts}::${randomBytes(256).toString('base64')}`;
}

/** The attackers, in their own process so that their CPU never slows the real users' client. */
async function attack(port: number, ca: string): Promise<void> {
  let running = true;
  process.on('SIGTERM', () => {
    running = false;
    const out = JSON.stringify({ slow, flood: Object.fromEntries(flood) });
    process.stdout.write(`${out}\n`, () => process.exit(0));
  });
  // Slowloris: keep HANDSHAKES sockets that never finish their handshake; reopen what is closed.
  const slow = { opened: 0, closedByDaemon: 0 };
  const openSlow = (i: number) => {
    if (!running) return;
    const a = i % SLOWLORIS_ADDRESSES;
    const s = net.connect({
      host: '127.0.0.1',
      port,
      localAddress: `127.1.${Math.floor(a / 250)}.${(a % 250) + 1}`,
    });
    slow.opened += 1;
    s.on('connect', () => {
      if (i % 2) s.write(HALF_HELLO);
    });
    s.on('error', () => {});
    s.on('close', () => {
      if (!running) return;
      slow.closedByDaemon += 1;
      setTimeout(() => openSlow(i), 50);
    });
  };
  for (let i = 0; i < HANDSHAKES; i++) {
    openSlow(i);
    if (i % 200 === 199) await new Promise((r) => setTimeout(r, 20));
  }
  // Fake-ticket flood: each request a new ticket PVE rejects; a 429 waits as Retry-After says.
  const flood = new Map<string, number>();
  let fakeSeq = 0;
  for (let a = 0; a < FLOOD_ADDRESSES; a++) {
    const localAddress = `127.2.0.${a + 1}`;
    const agent = new https.Agent({ keepAlive: true, maxSockets: FLOOD_PER_ADDRESS, ca, localAddress });
    const loop = async () => {
      while (running) {
        const key = await new Promise<string>((resolve) => {
          const req = https.request(
            `https://127.0.0.1:${port}/api/v1/nodes/${NODE}/lxc/101/usage`,
            {
              agent,
              headers: { Authorization: `PVEAuthCookie=${encodeURIComponent(fakeTicket(fakeSeq++))}` },
            },
            (res) => {
              res.resume();
              res.on('end', () => resolve(String(res.statusCode)));
            },
          );
          req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
          req.on('error', (e) => resolve(e.message));
          req.end();
        });
        flood.set(key, (flood.get(key) ?? 0) + 1);
        if (key === '429') await new Promise((r) => setTimeout(r, 1000));
      }
    };
    for (let i = 0; i < FLOOD_PER_ADDRESS; i++) void loop();
  }
}

/** Real users for `seconds`: half with a fresh ticket per request, half with one cached ticket. */
async function realUsers(
  seconds: number,
  request: (
    headers: Record<string, string>,
    opts: { agent?: https.Agent; timeoutMs?: number },
  ) => Promise<number>,
  issue: (user: string) => string,
  ca: string,
) {
  const bearer = (t: string) => ({ Authorization: `PVEAuthCookie=${encodeURIComponent(t)}` });
  // Keep-alive connections, as browsers have.
  const userAgent = new https.Agent({ keepAlive: true, maxSockets: 8, ca, localAddress: '127.0.0.1' });
  const fresh: number[] = [];
  const cached: number[] = [];
  const failures = new Map<string, number>();
  const cachedTicket = issue('alice@pve');
  const tStart = Date.now();
  const inflight: Promise<void>[] = [];
  let asked = 0;
  for (let i = 0; Date.now() - tStart < seconds * 1000; i++) {
    asked += 1;
    const due = tStart + (i * 1000) / REAL_PER_SECOND;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const useFresh = i % 2 === 0;
    const t = useFresh ? issue('auditor@pve') : cachedTicket;
    const began = process.hrtime.bigint();
    inflight.push(
      request(bearer(t), { agent: userAgent, timeoutMs: 20_000 }).then(
        (status) => {
          const ms = Number(process.hrtime.bigint() - began) / 1e6;
          if (status === 200) (useFresh ? fresh : cached).push(ms);
          else failures.set(`http-${status}`, (failures.get(`http-${status}`) ?? 0) + 1);
        },
        (err: Error) => {
          failures.set(err.message, (failures.get(err.message) ?? 0) + 1);
        },
      ),
    );
  }
  await Promise.all(inflight);
  userAgent.destroy();
  fresh.sort((a, b) => a - b);
  cached.sort((a, b) => a - b);
  const served = fresh.length + cached.length;
  const fmt = (v: number[]) =>
    `p50 ${percentile(v, 50).toFixed(1)}  p90 ${percentile(v, 90).toFixed(1)}  p99 ${percentile(v, 99).toFixed(1)}  max ${v.at(-1)?.toFixed(1)} ms`;
  return {
    served,
    asked,
    wallS: (Date.now() - tStart) / 1000,
    lines: [
      `${served}/${asked} served (${((served / asked) * 100).toFixed(1)} %)${failures.size ? `; failed: ${[...failures].map(([k, v]) => `${k} ${v}`).join(', ')}` : ''}`,
      `    fresh ticket each request  ${fmt(fresh)}`,
      `    cached ticket              ${fmt(cached)}`,
    ],
  };
}

async function main(): Promise<number> {
  // Shipped defaults but the paths: the per-address rate limit and every other bound apply.
  const d = await startBenchDaemon('hostile', ['log_level: error']);
  const { pki, pve, port, daemon } = d;
  pve.failureDelayMs = 3000;
  const usagePath = `/api/v1/nodes/${NODE}/lxc/101/usage`;
  const request = (headers: Record<string, string>, opts: { agent?: https.Agent; timeoutMs?: number } = {}) =>
    d.request(usagePath, { headers, ...opts });
  if (!(await d.ready())) return 1;

  // Quiet phase first: the same users without attackers, on the same (shared) machine.
  const quiet = await realUsers(Math.min(10, SECONDS), request, (u) => pve.tickets.issue(u), pki.caCert);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'pgt-bench-hostile-ca-'));
  const caFile = path.join(dir, 'ca.pem');
  writeFileSync(caFile, pki.caCert);
  const attacker = spawn(
    process.execPath,
    ['--import', 'tsx', new URL(import.meta.url).pathname, '--attack', String(port), caFile],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let attackReport = '';
  attacker.stdout.on('data', (d) => {
    attackReport += d;
  });
  await new Promise((r) => setTimeout(r, 5000)); // the attacks are in full swing
  const cpuAttack0 = procStat(daemon.pid as number);
  let maxRss = cpuAttack0.rssKiB;
  const rssTimer = setInterval(() => {
    try {
      maxRss = Math.max(maxRss, procStat(daemon.pid as number).rssKiB);
    } catch {}
  }, 1000);
  const hostile = await realUsers(SECONDS, request, (u) => pve.tickets.issue(u), pki.caCert);
  const wallS = hostile.wallS;
  const cpu1 = procStat(daemon.pid as number);
  clearInterval(rssTimer);
  maxRss = Math.max(maxRss, cpu1.rssKiB);

  attacker.kill('SIGTERM');
  await new Promise((r) => attacker.on('exit', r));
  let report: { slow: { opened: number; closedByDaemon: number }; flood: Record<string, number> } = {
    slow: { opened: 0, closedByDaemon: 0 },
    flood: {},
  };
  try {
    report = JSON.parse(attackReport.trim().split('\n').at(-1) ?? '');
  } catch {}
  const code = await d.stop();
  rmSync(dir, { recursive: true, force: true });
  const cpuPct = ((cpu1.cpuTicks - cpuAttack0.cpuTicks) / 100 / wallS) * 100;
  const lines = [
    `hostile: slowloris of ${HANDSHAKES} unfinished handshakes + fake-ticket flood (${FLOOD_ADDRESSES} × ${FLOOD_PER_ADDRESS} in flight, PVE holds each 3 s) for ${wallS.toFixed(1)} s (${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}, node ${process.version})`,
    `  real users, quiet          ${quiet.lines[0]}`,
    ...quiet.lines.slice(1),
    `  real users, under attack   ${hostile.lines[0]}`,
    ...hostile.lines.slice(1),
    `  slowloris    ${report.slow.opened} sockets opened, ${report.slow.closedByDaemon} closed by the daemon (handshake bound or room for others)`,
    `  flood        ${Object.entries(report.flood)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')}; PVE saw at most ${pve.load.maxInFlight} calls at once`,
    `  daemon       CPU ${cpuPct.toFixed(1)} % of one core, RSS max ${(maxRss / 1024).toFixed(1)} MiB, exit ${code} after SIGTERM`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return hostile.served === hostile.asked ? 0 : 1;
}

const attackAt = process.argv.indexOf('--attack');
if (attackAt >= 0) {
  void attack(Number(process.argv[attackAt + 1]), readFileSync(process.argv[attackAt + 2], 'utf8'));
} else
  main().then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
      process.exit(1);
    },
  );
