// SPDX-License-Identifier: AGPL-3.0-or-later
// What the two daemons, `serve` and `collector`, do alike: their config (file, then the command
// line), the host and node name, the sampler built from the config, a start that fails, and the
// life until SIGTERM/SIGINT. SIGHUP never ends either: node's default for it is to exit, and both
// units reload with `kill -HUP $MAINPID` (packaging/systemd), so it is taken from the moment the
// config is read — a reload while the daemon is still starting is logged and ignored — and, once
// running, handed to the daemon (serve re-reads its config and certificate, the collector only
// says it reads its settings at start).
import { readFileSync } from 'node:fs';
import { Sampler } from '../collect/sampler.ts';
import { HostRoot } from '../host/host-root.ts';
import {
  ConfigError,
  DEFAULT_CONFIG_FILE,
  defaultConfig,
  overrideKey,
  parseConfig,
  type ShimConfig,
} from '../serve/config-file.ts';
import { jsonLogger, type Logger } from '../serve/log.ts';

/** The command-line values a daemon's config reads (collector has no --port or --listen). */
export interface ConfigArgs {
  config?: string;
  root?: string;
  port?: string;
  listen?: string;
}

/** Config from the file (when present) and the command line; throws ConfigError. */
export function loadServeConfig(values: ConfigArgs): ShimConfig {
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

/** A daemon between reading its config and running: what it needs to start its parts. */
export interface StartingDaemon {
  config: ShimConfig;
  logger: Logger;
  host: HostRoot;
  node: string;
  /** Ends the start: from now on SIGHUP goes to `onHangup`, SIGTERM/SIGINT run `stop`; resolves 0 once stopped. */
  run(stop: () => Array<Promise<unknown> | unknown>, onHangup: () => void): Promise<number>;
  /** A part would not start: `cleanUp` what did, log it, say it on stderr; exit status 1. */
  failed(err: unknown, cleanUp: () => Promise<unknown> | unknown): Promise<number>;
}

/**
 * Reads the config (a bad one: said on stderr, exit status 2, returned as a number), makes the
 * logger, holds SIGHUP, and finds the host and the node name.
 */
export async function startDaemon(
  command: 'serve' | 'collector',
  values: ConfigArgs & { node?: string },
): Promise<StartingDaemon | number> {
  let config: ShimConfig;
  try {
    config = loadServeConfig(values);
  } catch (err) {
    process.stderr.write(`pve-gpu-tab ${command}: ${(err as Error).message}\n`);
    return 2;
  }
  const logger = jsonLogger(config.logLevel);
  // Until the daemon runs, a SIGHUP (an early systemctl reload) must not end the process. One
  // listener for the daemon's whole life, whose answer changes when it runs: removing the last
  // listener of a signal stops node's watcher of it, which drops a SIGHUP already caught but not
  // yet dispatched (seen: the first reload after "listening" never answered, on a loaded machine)
  // and gives the signal back its default action, the end of the process, until the next one.
  let onHangup = () => logger.info('reload ignored: still starting');
  const hangup = () => onHangup();
  process.on('SIGHUP', hangup);
  const host = new HostRoot(config.root);
  const node = await nodeName(host, values.node);
  return {
    config,
    logger,
    host,
    node,
    run(stop, onRunningHangup) {
      return new Promise<number>((resolve) => {
        let stopping = false;
        const end = (signal: string) => {
          if (stopping) return;
          stopping = true;
          logger.info('shutting down', { signal });
          Promise.allSettled(stop()).then(() => resolve(0));
        };
        process.once('SIGTERM', () => end('SIGTERM'));
        process.once('SIGINT', () => end('SIGINT'));
        onHangup = () => {
          if (!stopping) onRunningHangup();
        };
      });
    },
    async failed(err, cleanUp) {
      process.off('SIGHUP', hangup);
      await cleanUp();
      logger.error('cannot start', { error: err });
      process.stderr.write(`pve-gpu-tab ${command}: ${(err as Error).message}\n`);
      return 1;
    },
  };
}

/** The sampler a daemon runs, as its config says, logging as part "sampler". */
export function configuredSampler(d: Pick<StartingDaemon, 'config' | 'logger' | 'host' | 'node'>): Sampler {
  return new Sampler({
    host: d.host,
    node: d.node,
    intervalMs: d.config.sampleIntervalMs,
    nvidiaSmi: d.config.nvidiaSmi,
    stateDir: d.config.stateDir,
    logger: (level, msg, fields) => d.logger[level](msg, { part: 'sampler', ...fields }),
  });
}
