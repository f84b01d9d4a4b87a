// SPDX-License-Identifier: AGPL-3.0-or-later
// The daemon the service benchmarks measure (service.bench.ts, hostile.bench.ts): the built bundle
// (or the sources through tsx) in its own process, serving the demo host snapshot with its
// counters moving, with certificates of a test PKI and a mock PVE API deciding permissions.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { writeDemoHostConfig } from '../../api-shim/src/demo/host-config/index.ts';
import { writeDemoUsageTree } from '../../api-shim/src/demo/workload/index.ts';
import { makeTestPki, type TestPki } from '../support/certs.ts';
import { standardModel } from '../support/mock-pve/fixture.ts';
import { type MockPve, startMockPve } from '../support/mock-pve/server.ts';
import { freePort } from '../support/real-servers.ts';

export { procStat } from './proc-stat.ts';

export const NODE = 'pve-demo';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export interface BenchDaemon {
  pki: TestPki;
  pve: MockPve;
  port: number;
  /** https://127.0.0.1:<port> */
  base: string;
  daemon: ChildProcess;
  /** What the daemon wrote to stderr so far. */
  daemonErr(): string;
  /** GETs `p`; resolves with the status once the body has been read. */
  request(
    p: string,
    opts?: { headers?: Record<string, string>; agent?: https.Agent | false; timeoutMs?: number },
  ): Promise<number>;
  /** Waits (up to 30 s) until the daemon serves a container's usage; false when it never did. */
  ready(): Promise<boolean>;
  /** SIGTERM, then everything else; resolves with the daemon's exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the daemon with the shipped defaults but the paths, plus `config` lines; `name` names
 * the temporary directory.
 */
export async function startBenchDaemon(name: string, config: string[]): Promise<BenchDaemon> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `pgt-bench-${name}-`));
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
      ...config,
      '',
    ].join('\n'),
  );
  const bundle = path.join(root, 'dist/api-shim/pve-gpu-tab.mjs');
  const args = existsSync(bundle)
    ? [bundle, 'serve', '--config', conf]
    : ['--import', 'tsx', path.join(root, 'api-shim/src/cli.ts'), 'serve', '--config', conf];
  const daemon = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let daemonErr = '';
  daemon.stderr?.on('data', (d) => {
    daemonErr += d;
  });
  daemon.stdout?.resume();
  const exited = new Promise<number | null>((r) => daemon.on('exit', (c) => r(c)));
  const base = `https://127.0.0.1:${port}`;

  const request: BenchDaemon['request'] = (p, opts = {}) =>
    new Promise<number>((resolve, reject) => {
      const req = https.request(
        `${base}${p}`,
        { ca: pki.caCert, agent: opts.agent ?? false, headers: opts.headers },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.setTimeout(opts.timeoutMs ?? 30_000, () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end();
    });

  return {
    pki,
    pve,
    port,
    base,
    daemon,
    daemonErr: () => daemonErr,
    request,
    async ready() {
      const until = Date.now() + 30_000;
      for (;;) {
        const t = encodeURIComponent(pve.tickets.issue('auditor@pve'));
        const status = await request(`/api/v1/nodes/${NODE}/lxc/101/usage`, {
          headers: { Authorization: `PVEAuthCookie=${t}` },
        }).catch(() => 0);
        if (status === 200) return true;
        if (Date.now() > until) {
          process.stderr.write(`daemon did not come up (last status ${status})\n${daemonErr}\n`);
          daemon.kill('SIGKILL');
          return false;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      daemon.kill('SIGTERM');
      const code = await exited;
      workload.stop();
      await pve.close();
      rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
}
