// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab demo`: the real sampler, health engine and HTTP service on a built-in simulated
// host (a host snapshot in a temp dir plus a synthetic workload), with the PVE-like page at /.
// Plain HTTP on loopback with an allow-all authorizer: the demo has no PVE to ask.
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType, shellFiles } from '../../../plugin/shell/static-files.ts';
import { Sampler } from '../collect/sampler.ts';
import { writeDemoHostConfig } from '../demo/host-config/index.ts';
import { writeDemoHistory } from '../demo/workload/history.ts';
import { writeDemoUsageTree } from '../demo/workload/index.ts';
import { DEMO_NVIDIA_MODES, isDemoNvidiaMode } from '../demo/workload/nvidia-modes.ts';
import { HealthEngine } from '../health/health-source.ts';
import { HostRoot } from '../host/host-root.ts';
import { allowAll } from '../serve/auth/authorizer.ts';
import { defaultConfig } from '../serve/config-file.ts';
import { startShim } from '../serve/server.ts';
import { commandArgs } from './args.ts';

const DEMO_NODE = 'pve-demo';

const HELP =
  'Usage: pve-gpu-tab demo [--listen 127.0.0.1:PORT] [--dir DIR] [--interval MS] [--nvidia-mode MODE]\n\n' +
  'Runs the shim on a built-in simulated host and serves a PVE-like page with the GPU tab.\n' +
  'Loopback only. --dir keeps the simulated host snapshot there (default: a temp dir, removed on exit).\n' +
  `--nvidia-mode (or PVE_GPU_TAB_DEMO_NVIDIA): how the stand-in nvidia-smi behaves, as real drivers did:\n  ${DEMO_NVIDIA_MODES.join(', ')} (default ok; see docs/collectors.md)\n`;

function parseListen(value: string): { host: string; port: number } {
  const m = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]|::1):(\d{1,5})$/.exec(value);
  if (!m)
    throw new Error(`--listen must be a loopback address and port, e.g. 127.0.0.1:8080 (got '${value}')`);
  const port = Number(m[2]);
  if (port > 65535) throw new Error(`--listen: port ${port} is out of range`);
  return { host: m[1].replace(/^\[|\]$/g, ''), port };
}

/** The repository root: the bundle lives in dist/api-shim/, the source in api-shim/src/cli/. */
function repoRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return here.endsWith(path.join('dist', 'api-shim'))
    ? path.resolve(here, '../..')
    : path.resolve(here, '../../..');
}

export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs('demo', HELP, {
    args,
    options: {
      listen: { type: 'string', default: '127.0.0.1:8080' },
      dir: { type: 'string' },
      interval: { type: 'string', default: '1000' },
      'nvidia-mode': { type: 'string', default: process.env.PVE_GPU_TAB_DEMO_NVIDIA || 'ok' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const listen = parseListen(values.listen ?? '127.0.0.1:8080');
  const nvidiaMode = values['nvidia-mode'] ?? 'ok';
  if (!isDemoNvidiaMode(nvidiaMode))
    throw new Error(`--nvidia-mode must be one of ${DEMO_NVIDIA_MODES.join(', ')} (got '${nvidiaMode}')`);
  const intervalMs = Number(values.interval);
  if (!Number.isInteger(intervalMs) || intervalMs < 100)
    throw new Error('--interval must be at least 100 (ms)');

  const files = shellFiles(repoRoot());
  const missing = ['/ext/ext-all.js', '/pve2/js/pve-gpu-tab.js'].filter((u) => !existsSync(files[u]));
  if (missing.length) {
    process.stderr.write(
      `pve-gpu-tab demo: the demo page needs a built source tree (missing ${missing.map((u) => files[u]).join(', ')}).\n` +
        'Run it from a checkout:  npm install && npm start\n',
    );
    return 1;
  }

  const dir = values.dir
    ? path.resolve(values.dir)
    : await mkdtemp(path.join(os.tmpdir(), 'pve-gpu-tab-demo-'));
  const workload = await writeDemoUsageTree(dir, { nvidiaMode });
  await writeDemoHostConfig(dir);
  await workload.tick(Date.now());
  workload.start();

  // The sampler keeps its history under the snapshot, back-filled so the day/week charts have data.
  const stateDir = path.join(dir, 'var/lib/pve-gpu-tab');
  await writeDemoHistory(stateDir);
  const host = new HostRoot(dir);
  const sampler = new Sampler({ host, node: DEMO_NODE, intervalMs, nvidiaSmi: workload.nvidiaSmi, stateDir });
  await sampler.start();
  const health = new HealthEngine({ host, node: DEMO_NODE });

  const serveShell = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://demo');
    const file = files[url.pathname];
    if (!file || req.method !== 'GET') return false;
    res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-cache' });
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
    return true;
  };

  const config = { ...defaultConfig(), port: listen.port, listen: listen.host, sampleIntervalMs: intervalMs };
  const cleanUp = async () => {
    workload.stop();
    await sampler.stop();
    if (!values.dir) await rm(dir, { recursive: true, force: true });
  };
  let shim: Awaited<ReturnType<typeof startShim>>;
  try {
    shim = await startShim({
      config,
      host,
      node: DEMO_NODE,
      usage: sampler,
      health,
      authorizer: allowAll,
      tls: false,
      extraRoutes: serveShell,
    });
  } catch (err) {
    // e.g. the port is taken: stop the timers and the nvidia-smi child, or the process lingers
    await cleanUp();
    throw err;
  }
  process.stdout.write(`demo: ${shim.url.replace(/\/?$/, '/')}\n`);
  process.stdout.write(`demo host snapshot: ${dir}\n`);
  if (nvidiaMode !== 'ok') process.stdout.write(`demo nvidia-smi mode: ${nvidiaMode}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await shim.close();
  await cleanUp();
  return 0;
}
