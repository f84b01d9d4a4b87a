// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab <command> …` from the sources as its own process (the daemons' tests: config,
// signals, JSON log lines), its output gathered as it comes.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api-shim/src/cli.ts');

export interface CliProcess {
  child: ChildProcess;
  /** what it printed so far */
  out(): string;
  err(): string;
  /**
   * its exit status and signal, once it has exited and its output is all read ("close": at
   * "exit" the pipes may still hold its last lines, more often on a loaded machine)
   */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnCli(args: string[]): CliProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  return {
    child,
    out: () => out,
    err: () => err,
    exited: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))),
  };
}
