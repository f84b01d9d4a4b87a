// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab serve [--config FILE] [--root DIR] [--port N] [--listen ADDR] [--node NAME]`:
// config file → HostRoot → Sampler + HealthEngine (in this process, or the collector process behind
// --collector SOCKET, as the packaged units run it) → HTTPS service. SIGTERM/SIGINT shut down
// gracefully (streams get a last event, answers in flight finish). Certificates are re-read
// by the service itself every minute.
import { readFileSync } from 'node:fs';
import type { HealthSource, UsageSource } from '../api/sources.ts';
import { Sampler } from '../collect/sampler.ts';
import { HealthEngine } from '../health/health-source.ts';
import { HostRoot } from '../host/host-root.ts';
import { CollectorClient } from '../serve/collector-client.ts';
import {
  ConfigError,
  DEFAULT_CONFIG_FILE,
  defaultConfig,
  overrideKey,
  parseConfig,
  type ShimConfig,
} from '../serve/config-file.ts';
import { jsonLogger } from '../serve/log.ts';
import { startShim } from '../serve/server.ts';
import { commandArgs } from './args.ts';

const HELP = `Usage: pve-gpu-tab serve [options]

Runs the api-shim daemon: HTTPS on its own port with pveproxy's certificate.

Options:
  --config FILE   config file (default ${DEFAULT_CONFIG_FILE}; a missing default file is fine)
  --root DIR      host root prefix (default: config "root", else /)
  --port N        TCP port (default: config "port", else 8247)
  --listen ADDR   bind address (default: config "listen", else ::)
  --node NAME     PVE node name (default: short name from <root>/etc/hostname)
  --collector SOCKET
                  ask the collector process on this unix socket for usage and health
                  (pve-gpu-tab collector); without it, this process collects itself
  -h, --help      this text
`;

/** Config from the file (when present) and the command line; throws ConfigError. */
export function loadServeConfig(values: {
  config?: string;
  root?: string;
  port?: string;
  listen?: string;
}): ShimConfig {
  const file = values.config ?? DEFAULT_CONFIG_FILE;
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Only the default file may be absent; a file named on the command line must exist.
    if (!(code === 'ENOENT' && values.config === undefined)) {
      throw new ConfigError(file, 0, `cannot read: ${(err as Error).message}`);
    }
  }
  let cfg = text === undefined ? defaultConfig() : parseConfig(text, file);
  if (values.root !== undefined) cfg = overrideKey(cfg, 'root', values.root, '--root');
  if (values.port !== undefined) cfg = overrideKey(cfg, 'port', values.port, '--port');
  if (values.listen !== undefined) cfg = overrideKey(cfg, 'listen', values.listen, '--listen');
  return cfg;
}

export async function nodeName(host: HostRoot, given?: string): Promise<string> {
  if (given) return given;
  const text = (await host.readText('/etc/hostname'))?.trim();
  if (!text)
    throw new Error(`cannot tell the node name: ${host.resolve('/etc/hostname')} is missing; pass --node`);
  return text.split('.')[0];
}

export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs('serve', HELP, {
    args,
    options: {
      config: { type: 'string' },
      root: { type: 'string' },
      port: { type: 'string' },
      listen: { type: 'string' },
      node: { type: 'string' },
      collector: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  let config: ShimConfig;
  try {
    config = loadServeConfig(values);
  } catch (err) {
    process.stderr.write(`pve-gpu-tab serve: ${(err as Error).message}\n`);
    return 2;
  }
  const logger = jsonLogger(config.logLevel);
  // Until the service runs, a SIGHUP (an early systemctl reload) must not end the process.
  const early = () => logger.info('reload ignored: still starting');
  process.on('SIGHUP', early);
  const host = new HostRoot(config.root);
  const node = await nodeName(host, values.node as string | undefined);
  let usage: UsageSource;
  let health: HealthSource;
  let stopSources: () => Promise<void> | void;
  if (typeof values.collector === 'string') {
    const client = new CollectorClient(values.collector, (level, msg, fields) =>
      logger[level](msg, { part: 'collector-client', ...fields }),
    );
    await client.start();
    usage = client;
    health = client;
    stopSources = () => client.stop();
  } else {
    const sampler = new Sampler({
      host,
      node,
      intervalMs: config.sampleIntervalMs,
      nvidiaSmi: config.nvidiaSmi,
      stateDir: config.stateDir,
      logger: (level, msg, fields) => logger[level](msg, { part: 'sampler', ...fields }),
    });
    await sampler.start();
    usage = sampler;
    health = new HealthEngine({ host, node });
    stopSources = () => sampler.stop();
  }
  let shim: Awaited<ReturnType<typeof startShim>>;
  try {
    shim = await startShim({ config, host, node, usage, health, logger });
  } catch (err) {
    await stopSources();
    logger.error('cannot start', { error: err });
    process.stderr.write(`pve-gpu-tab serve: ${(err as Error).message}\n`);
    return 1;
  }
  process.off('SIGHUP', early);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info('shutting down', { signal });
      Promise.allSettled([shim.close(), stopSources()]).then(() => resolve(0));
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    // SIGHUP (systemctl reload) re-reads the certificate and the config; node's default for it
    // is to exit, which stopped the service for good. A bad new config keeps the running one.
    process.on('SIGHUP', () => {
      if (stopping) return;
      let next: ShimConfig | undefined;
      try {
        next = loadServeConfig(values as { config?: string; root?: string; port?: string; listen?: string });
      } catch (err) {
        logger.error('reload: config refused, keeping the running one', { message: (err as Error).message });
      }
      shim.reload(next).catch((err: unknown) => logger.error('reload failed', { error: err }));
    });
  });
}
