// SPDX-License-Identifier: AGPL-3.0-or-later
// Debian's own metric servers, started by the tests on loopback in a temporary directory and
// stopped after them: influxd (influxdb 1.x), carbon-cache (graphite-carbon), prometheus.
// Configuration is the least each needs; everything else is the packaged default.
import { type ChildProcess, spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  dir: string;
  /** stdout+stderr so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * A port free on every one of `hosts`, for a server that listens on it later (the pair of
 * nodes of a cluster listens on one port at two addresses). Picked below the kernel's ephemeral
 * range (`/proc/sys/net/ipv4/ip_local_port_range`, ip-sysctl.rst in the kernel's docs): a port
 * that `listen(0)` hands out comes from that range, which is also where every outgoing
 * connection takes its source port, so between the check and the server's own `listen()` a
 * browser's or a test's connection could take it (EADDRINUSE seen in CI on 127.0.0.1, where
 * the port had been checked on 127.0.0.2 only). Below the range only another test's server
 * can take it, which the check on every host makes unlikely and the random pick rarer still.
 * Free for UDP too (influxd's UDP listener, carbon's UDP receiver on its TCP port), and never a
 * port this process was handed before: a server given three ports at once gets three.
 */
export async function freePort(...hosts: string[]): Promise<number> {
  const on = hosts.length > 0 ? hosts : ['127.0.0.1'];
  const [low] = ephemeralRange();
  const from = Math.min(10_000, low - 1_000);
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = from + Math.floor(Math.random() * (low - from));
    if (handedOut.has(port)) continue;
    if (await portFreeOn(port, on)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port below ${low} on ${on.join(', ')} after 200 tries`);
}

function ephemeralRange(): [number, number] {
  try {
    const [lo, hi] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    if (lo > 2_000 && hi >= lo) return [lo, hi];
  } catch {
    // not Linux, or /proc not mounted: the kernel's default range
  }
  return [32_768, 60_999];
}

/** ports freePort() returned in this process: taken by then, or about to be */
const handedOut = new Set<number>();

/** Can a TCP server listen on `port` and a UDP socket bind it, at each of `hosts`? */
export async function portFreeOn(port: number, hosts: string[]): Promise<boolean> {
  const servers: net.Server[] = [];
  const sockets: dgram.Socket[] = [];
  try {
    for (const host of hosts) {
      const s = net.createServer();
      const ok = await new Promise<boolean>((r) => {
        s.once('error', () => r(false));
        s.listen(port, host, () => r(true));
      });
      if (!ok) return false;
      servers.push(s);
      const u = dgram.createSocket(net.isIPv6(host) ? 'udp6' : 'udp4');
      sockets.push(u);
      const bound = await new Promise<boolean>((r) => {
        u.once('error', () => r(false));
        u.bind(port, host, () => r(true));
      });
      if (!bound) return false;
    }
    return true;
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    for (const u of sockets) u.close();
  }
}

function launch(cmd: string, args: string[], dir: string): RunningServer & { child: ChildProcess } {
  const child = spawn(cmd, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    child,
    dir,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(t);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls until ready() resolves true, or fails with the server's output. */
async function waitFor(
  s: RunningServer & { child: ChildProcess },
  what: string,
  ready: () => Promise<boolean>,
) {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    if (s.child.exitCode !== null) throw new Error(`${what} exited (${s.child.exitCode}):\n${s.output()}`);
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  await s.stop();
  throw new Error(`${what} did not become ready in 30 s:\n${s.output()}`);
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.once('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => resolve(false));
  });

export interface Influxd extends RunningServer {
  httpPort: number;
  udpPort: number;
  /** InfluxQL over the 1.x HTTP API, as the admin user. */
  query(q: string, db?: string): Promise<unknown>;
}

/**
 * influxd with HTTP auth on (an admin user, created as the 1.x docs describe for the first user)
 * and a UDP listener writing into `udpDatabase`, as an admin sets one up for PVE's UDP mode.
 */
export async function startInfluxd(opts: {
  udpDatabase: string;
  user: string;
  password: string;
}): Promise<Influxd> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'influxd-'));
  const [httpPort, bindPort, udpPort] = [await freePort(), await freePort(), await freePort()];
  writeFileSync(
    path.join(dir, 'influxdb.conf'),
    `reporting-disabled = true
bind-address = "127.0.0.1:${bindPort}"
[meta]
  dir = "${dir}/meta"
[data]
  dir = "${dir}/data"
  wal-dir = "${dir}/wal"
  query-log-enabled = false
[http]
  bind-address = "127.0.0.1:${httpPort}"
  auth-enabled = true
  log-enabled = false
[[udp]]
  enabled = true
  bind-address = "127.0.0.1:${udpPort}"
  database = "${opts.udpDatabase}"
  batch-size = 1
  batch-timeout = "10ms"
[monitor]
  store-enabled = false
`,
  );
  const s = launch('influxd', ['-config', path.join(dir, 'influxdb.conf')], dir);
  const base = `http://127.0.0.1:${httpPort}`;
  const post = async (q: string, auth: boolean, db?: string) => {
    // 1.x reads the credentials from the URL's query (or Basic auth), never from a form body.
    const creds = auth ? `?${new URLSearchParams({ u: opts.user, p: opts.password })}` : '';
    const body = new URLSearchParams({ q, ...(db ? { db } : {}) });
    const r = await fetch(`${base}/query${creds}`, { method: 'POST', body });
    const json = (await r.json()) as { results?: Array<{ error?: string }>; error?: string };
    if (!r.ok || json.error || json.results?.[0]?.error) throw new Error(`influxd: ${JSON.stringify(json)}`);
    return json;
  };
  await waitFor(s, 'influxd', async () => (await fetch(`${base}/ping`)).status === 204);
  await post(`CREATE USER "${opts.user}" WITH PASSWORD '${opts.password}' WITH ALL PRIVILEGES`, false);
  await post(`CREATE DATABASE "${opts.udpDatabase}"`, true);
  return { ...s, httpPort, udpPort, query: (q, db) => post(q, true, db) };
}

export interface Carbon extends RunningServer {
  port: number;
  whisperDir: string;
}

/** carbon-cache with its plaintext receiver on TCP and UDP (the same port), whisper files in dir. */
export async function startCarbon(): Promise<Carbon> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'carbon-'));
  for (const d of ['conf', 'storage', 'log', 'pid']) mkdirSync(path.join(dir, d));
  const [port, picklePort, queryPort] = [await freePort(), await freePort(), await freePort()];
  writeFileSync(
    path.join(dir, 'conf/carbon.conf'),
    `[cache]
STORAGE_DIR = ${dir}/storage
LOCAL_DATA_DIR = ${dir}/storage/whisper
WHITELISTS_DIR = ${dir}/storage/lists
CONF_DIR = ${dir}/conf
LOG_DIR = ${dir}/log
PID_DIR = ${dir}/pid
ENABLE_LOGROTATION = False
ENABLE_TAGS = False
USER =
MAX_CACHE_SIZE = inf
MAX_UPDATES_PER_SECOND = 10000
MAX_CREATES_PER_MINUTE = inf
WHISPER_AUTOFLUSH = True
LINE_RECEIVER_INTERFACE = 127.0.0.1
LINE_RECEIVER_PORT = ${port}
ENABLE_UDP_LISTENER = True
UDP_RECEIVER_INTERFACE = 127.0.0.1
UDP_RECEIVER_PORT = ${port}
PICKLE_RECEIVER_INTERFACE = 127.0.0.1
PICKLE_RECEIVER_PORT = ${picklePort}
CACHE_QUERY_INTERFACE = 127.0.0.1
CACHE_QUERY_PORT = ${queryPort}
`,
  );
  // PVE's interval is 10 s: one slot per interval for an hour.
  writeFileSync(path.join(dir, 'conf/storage-schemas.conf'), '[all]\npattern = .*\nretentions = 10s:1h\n');
  const s = launch('carbon-cache', [`--config=${dir}/conf/carbon.conf`, '--debug', 'start'], dir);
  await waitFor(s, 'carbon-cache', () => portOpen(port));
  return { ...s, port, whisperDir: path.join(dir, 'storage/whisper') };
}

export interface Prometheus extends RunningServer {
  url: string;
}

/** prometheus with the given scrape config (YAML text), its TSDB in dir. */
export async function startPrometheus(scrapeConfigs: string): Promise<Prometheus> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'prometheus-'));
  const port = await freePort();
  writeFileSync(
    path.join(dir, 'prometheus.yml'),
    `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n${scrapeConfigs}`,
  );
  const s = launch(
    'prometheus',
    [
      `--config.file=${dir}/prometheus.yml`,
      `--storage.tsdb.path=${dir}/data`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    dir,
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(s, 'prometheus', async () => (await fetch(`${url}/-/ready`)).ok);
  return { ...s, url };
}
