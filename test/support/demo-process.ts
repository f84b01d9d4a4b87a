// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab demo` as its own process for the browser tests and the README's screenshots: the
// built bundle on an ephemeral loopback port, its URL read from what it prints.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(repo, 'dist/api-shim/pve-gpu-tab.mjs');

export interface DemoProcess {
  /** http://127.0.0.1:<port>, no trailing slash */
  url: string;
  child: ChildProcess;
  /** GETs `p` from the demo's API; asserts a 200 and returns the JSON. */
  api<T>(p: string): Promise<T>;
  /** SIGTERM, then waits until the process has exited. */
  stop(): Promise<void>;
}

/**
 * Starts the demo with `args` after `demo --listen 127.0.0.1:0`. `headers` are sent with every
 * api() call. Waits up to `startMs` for its URL (a loaded machine starts node slowly).
 */
export async function startDemo(
  opts: { args?: string[]; headers?: () => Record<string, string>; startMs?: number } = {},
): Promise<DemoProcess> {
  const startMs = opts.startMs ?? 90_000;
  const child = spawn(process.execPath, [bundle, 'demo', '--listen', '127.0.0.1:0', ...(opts.args ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let out = '';
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`demo did not print its URL in ${startMs / 1000} s:\n${out}`)),
        startMs,
      );
      child.stdout?.on('data', (d) => {
        out += d;
        const m = /demo: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`demo exited with ${code}:\n${out}`));
      });
    });
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    url,
    child,
    async api<T>(p: string): Promise<T> {
      const res = await fetch(new URL(p, url), { headers: opts.headers?.() });
      assert.equal(res.status, 200, `${p}: HTTP ${res.status}`);
      return (await res.json()) as T;
    },
    stop,
  };
}
