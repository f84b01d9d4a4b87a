// SPDX-License-Identifier: AGPL-3.0-or-later
// Boots a chroot's tree with a real systemd as PID 1 (systemd-nspawn -b), so the installed units
// run exactly as on a host: their users, sandboxes, restarts and ordering. The tree gets its own
// network namespace (nothing it listens on can clash with this machine), is not registered with
// machined (--register=no) and stays in the test's cgroup (--keep-unit). Commands run inside with
// nsenter into the container's namespaces.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { RunResult } from './chroot.ts';

const ENV = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  LC_ALL: 'C.UTF-8',
  HOME: '/root',
  SYSTEMD_PAGER: '',
};

export class BootedTree {
  private log = '';

  private constructor(
    private readonly nspawn: ChildProcess,
    /** PID 1 of the container, as this machine numbers it */
    readonly init: number,
  ) {
    nspawn.stdout?.on('data', (d) => this.append(d));
    nspawn.stderr?.on('data', (d) => this.append(d));
  }

  private append(d: Buffer): void {
    this.log = (this.log + d.toString('utf8')).slice(-20_000);
  }

  /** Boots `dir`; resolves once systemd inside reports running (or degraded). */
  static async boot(dir: string, timeoutMs = 90_000): Promise<BootedTree> {
    const nspawn = spawn(
      'systemd-nspawn',
      ['-q', '-D', dir, '-b', '--register=no', '--keep-unit', '--private-network', '--console=pipe'],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let early = '';
    nspawn.stdout?.on('data', (d) => {
      early += d;
    });
    nspawn.stderr?.on('data', (d) => {
      early += d;
    });
    const deadline = Date.now() + timeoutMs;
    let init = 0;
    while (!init) {
      if (nspawn.exitCode !== null) throw new Error(`systemd-nspawn exited ${nspawn.exitCode}:\n${early}`);
      if (Date.now() > deadline) throw new Error(`no systemd inside after ${timeoutMs} ms:\n${early}`);
      init = childOf(nspawn.pid as number) ?? 0;
      if (!init) await sleep(100);
    }
    const tree = new BootedTree(nspawn, init);
    tree.log = early;
    for (;;) {
      const state = tree.run(['systemctl', 'is-system-running']).stdout.trim();
      if (state === 'running' || state === 'degraded') return tree;
      if (Date.now() > deadline) {
        const jobs = tree.run(['systemctl', 'list-jobs', '--no-pager']).stdout;
        await tree.poweroff();
        throw new Error(`systemd inside is still '${state}' after ${timeoutMs} ms:\n${jobs}\n${tree.log}`);
      }
      await sleep(250);
    }
  }

  run(args: string[], input?: string): RunResult {
    const r = spawnSync('nsenter', ['-t', String(this.init), '-m', '-u', '-i', '-n', '-p', '--', ...args], {
      encoding: 'utf8',
      env: ENV,
      input,
      timeout: 60_000,
      maxBuffer: 64 << 20,
    });
    if (r.error) throw new Error(`nsenter ${args.join(' ')}: ${r.error.message}`);
    return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
  }

  must(args: string[], input?: string): string {
    const r = this.run(args, input);
    if (r.code !== 0) {
      throw new Error(
        `in the booted tree: ${args.join(' ')} exited ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`,
      );
    }
    return r.stdout;
  }

  /** The unit's MainPID as the container numbers it (0 when not running). */
  mainPid(unit: string): number {
    return Number(this.must(['systemctl', 'show', '-p', 'MainPID', '--value', unit]).trim());
  }

  /** Polls `check` (a thrown error or false = not yet) until it passes or `ms` run out. */
  async until<T>(what: string, check: () => T | false | undefined, ms = 30_000): Promise<T> {
    const deadline = Date.now() + ms;
    let last: unknown;
    for (;;) {
      try {
        const v = check();
        if (v !== false && v !== undefined) return v;
      } catch (err) {
        last = err;
      }
      if (Date.now() > deadline) {
        const status = this.run(['systemctl', 'status', '--no-pager', '-l', 'pve-gpu-tab*']).stdout;
        const journal = this.run(['journalctl', '--no-pager', '-n', '60', '-o', 'cat']).stdout;
        throw new Error(`${what}: not within ${ms} ms (${last ?? 'condition false'})\n${status}\n${journal}`);
      }
      await sleep(250);
    }
  }

  async poweroff(): Promise<void> {
    if (this.nspawn.exitCode !== null) return;
    const exited = new Promise((r) => this.nspawn.once('exit', r));
    this.run(['systemctl', 'poweroff', '--no-block']);
    const timer = setTimeout(() => this.nspawn.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }
}

/** nspawn's child once it is systemd (before that it is nspawn's own short-lived helper). */
function childOf(pid: number): number | undefined {
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const kid of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/)) {
        if (kid && readFileSync(`/proc/${kid}/comm`, 'utf8').trim() === 'systemd') return Number(kid);
      }
    }
  } catch {}
  return undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
