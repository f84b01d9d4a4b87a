// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab serve [--config FILE] [--root DIR] [--port N] [--listen ADDR] [--node NAME]`:
// config file → HostRoot → Sampler + HealthEngine (in this process, or the collector process behind
// --collector SOCKET, as the packaged units run it) → HTTPS service. SIGTERM/SIGINT shut down
// gracefully (streams get a last event, answers in flight finish). Certificates are re-read
// by the service itself every minute.
import type { HealthSource, UsageSource } from '../api/sources.ts';
import { HealthEngine } from '../health/health-source.ts';
import { CollectorClient } from '../serve/collector-client.ts';
import { DEFAULT_CONFIG_FILE, type ShimConfig } from '../serve/config-file.ts';
import { startShim } from '../serve/server.ts';
import { commandArgs } from './args.ts';
import { configuredSampler, loadServeConfig, startDaemon } from './daemon.ts';

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
  const daemon = await startDaemon('serve', values);
  if (typeof daemon === 'number') return daemon;
  const { config, logger, host, node } = daemon;
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
    const sampler = configuredSampler(daemon);
    await sampler.start();
    usage = sampler;
    health = new HealthEngine({ host, node });
    stopSources = () => sampler.stop();
  }
  let shim: Awaited<ReturnType<typeof startShim>>;
  try {
    shim = await startShim({ config, host, node, usage, health, logger });
  } catch (err) {
    return daemon.failed(err, stopSources);
  }
  return daemon.run(
    () => [shim.close(), stopSources()],
    // SIGHUP (systemctl reload) re-reads the certificate and the config; a bad new config keeps
    // the running one.
    () => {
      let next: ShimConfig | undefined;
      try {
        next = loadServeConfig(values);
      } catch (err) {
        logger.error('reload: config refused, keeping the running one', { message: (err as Error).message });
      }
      shim.reload(next).catch((err: unknown) => logger.error('reload failed', { error: err }));
    },
  );
}
