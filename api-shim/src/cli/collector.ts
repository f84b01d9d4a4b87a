// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab collector [--config FILE] [--root DIR] [--socket PATH] [--node NAME]`: the
// privileged half of the service (DESIGN.md decision 9). Runs the sampler and the health engine
// and answers the server over a unix socket only; it opens no network socket at all (its unit
// allows AF_UNIX only). SIGTERM/SIGINT stop it; SIGHUP is logged and ignored (its settings are
// read at start; `systemctl restart pve-gpu-tab-collector` applies new ones).
import { DEFAULT_COLLECTOR_SOCKET } from '../api/collector-protocol.ts';
import { listenCollectorSocket } from '../collector/socket-server.ts';
import { HealthEngine } from '../health/health-source.ts';
import { commandArgs } from './args.ts';
import { configuredSampler, startDaemon } from './daemon.ts';

const HELP = `Usage: pve-gpu-tab collector [options]

Runs the collector: samples GPU usage and answers health checks for the server process
(pve-gpu-tab serve --collector SOCKET) over a unix socket. No network.

Options:
  --config FILE   config file (as for serve)
  --root DIR      host root prefix (default: config "root", else /)
  --socket PATH   unix socket to listen on (default ${DEFAULT_COLLECTOR_SOCKET})
  --node NAME     PVE node name (default: short name from <root>/etc/hostname)
  -h, --help      this text
`;

export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs('collector', HELP, {
    args,
    options: {
      config: { type: 'string' },
      root: { type: 'string' },
      socket: { type: 'string' },
      node: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const daemon = await startDaemon('collector', values);
  if (typeof daemon === 'number') return daemon;
  const { logger, host, node } = daemon;
  const sampler = configuredSampler(daemon);
  const health = new HealthEngine({ host, node });
  const socketPath = (values.socket as string | undefined) ?? DEFAULT_COLLECTOR_SOCKET;
  await sampler.start();
  let socket: Awaited<ReturnType<typeof listenCollectorSocket>>;
  try {
    socket = await listenCollectorSocket({
      path: socketPath,
      usage: sampler,
      health,
      log: (level, msg, fields) => logger[level](msg, { part: 'collector-socket', ...fields }),
    });
  } catch (err) {
    return daemon.failed(err, () => sampler.stop());
  }
  logger.info('collector listening', { socket: socketPath, node });
  return daemon.run(
    () => [socket.close(), sampler.stop()],
    () => logger.info('SIGHUP: the collector reads its settings at start only'),
  );
}
