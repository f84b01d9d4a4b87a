// SPDX-License-Identifier: AGPL-3.0-or-later
// Structured logs: one JSON object per line on stdout, which journald stores as the message.
// Fields never include credentials; callers pass only what is safe to keep.
import type { LogLevel } from './config-file.ts';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  /** A new level from a reloaded config (SIGHUP); loggers that have no level ignore it. */
  setLevel?(level: LogLevel): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Logging must never take the daemon down: a closed stdout (EPIPE) loses log lines, not the service. */
let stdoutGuarded = false;
function writeStdout(line: string): void {
  if (!stdoutGuarded) {
    stdoutGuarded = true;
    process.stdout.on('error', () => {});
  }
  process.stdout.write(line);
}

export function jsonLogger(level: LogLevel = 'info', write: (line: string) => void = writeStdout): Logger {
  let min = RANK[level];
  const emit = (lvl: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (RANK[lvl] < min) return;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level: lvl, msg, ...fields };
    let line: string;
    try {
      line = JSON.stringify(entry, errorReplacer);
    } catch {
      line = JSON.stringify({ time: entry.time, level: lvl, msg });
    }
    write(`${line}\n`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    setLevel: (l) => {
      min = RANK[l];
    },
  };
}

/** Errors keep what it takes to find the fault: name, message, code, stack and cause. */
function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    const e = value as NodeJS.ErrnoException & { cause?: unknown };
    const out: Record<string, unknown> = { name: e.name, message: e.message };
    if (e.code !== undefined) out.code = e.code;
    if (e.stack) out.stack = e.stack;
    if (e.cause !== undefined) out.cause = e.cause;
    return out;
  }
  return value;
}

/** Discards everything (tests that do not look at logs). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
