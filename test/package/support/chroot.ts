// SPDX-License-Identifier: AGPL-3.0-or-later
// A throwaway Debian chroot per test run, unpacked from a debootstrap tarball cached per suite
// (and per package list) under /var/cache/pve-gpu-tab-test/, so a warm run costs seconds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

export const CACHE_DIR = process.env.PVE_GPU_TAB_TEST_CACHE ?? '/var/cache/pve-gpu-tab-test';
/** Debian packages the tests need inside the chroot besides minbase (nodejs: the shim's
 * runtime; libtemplate-perl: render index.html.tpl exactly as pveproxy does; adduser: our
 * Depends, so that `apt install` needs no Debian mirror; systemd: the tree boots with
 * systemd-nspawn, so the units run under a real systemd as PID 1). */
export const CHROOT_PACKAGES = ['nodejs', 'libtemplate-perl', 'adduser', 'systemd'];

const CHROOT_ENV = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  DEBIAN_FRONTEND: 'noninteractive',
  LC_ALL: 'C.UTF-8',
  HOME: '/root',
};

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function sh(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): RunResult {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    input: opts.input,
  });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

export function must(cmd: string, args: string[], opts: Parameters<typeof sh>[2] = {}): string {
  const r = sh(cmd, args, opts);
  if (r.code !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} exited ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`,
    );
  }
  return r.stdout;
}

/** The Debian mirror this machine already uses (its apt sources), never another host. */
export function debianMirror(): string {
  if (process.env.PVE_GPU_TAB_TEST_MIRROR) return process.env.PVE_GPU_TAB_TEST_MIRROR;
  const files = ['/etc/apt/sources.list'];
  if (existsSync('/etc/apt/sources.list.d')) {
    for (const n of readdirSync('/etc/apt/sources.list.d').sort()) files.push(`/etc/apt/sources.list.d/${n}`);
  }
  for (const f of files) {
    if (!existsSync(f)) continue;
    const text = readFileSync(f, 'utf8');
    const uris = [
      ...[...text.matchAll(/^\s*URIs:\s*(.+)$/gim)].flatMap((m) => m[1].trim().split(/\s+/)),
      ...[...text.matchAll(/^\s*deb\s+(?:\[[^\]]*\]\s+)?(\S+)/gim)].map((m) => m[1]),
    ];
    const main = uris.find((u) => /^https?:\/\/[^ ]+\/debian\/?$/.test(u));
    if (main) return main.replace(/\/$/, '');
  }
  throw new Error('no Debian mirror (…/debian) in /etc/apt/sources.list*; set PVE_GPU_TAB_TEST_MIRROR');
}

/**
 * Cached tarball of a debootstrapped `suite`; built on first use (needs the mirror). `aptPackages`
 * are installed afterwards with apt inside the tree (lintian's dependencies do not configure in
 * debootstrap's own second stage on trixie).
 */
export function chrootTarball(
  suite: string,
  packages: string[] = CHROOT_PACKAGES,
  aptPackages: string[] = [],
): string {
  const key = createHash('sha256')
    .update(
      `${suite}\n${packages.join(',')}\nminbase${aptPackages.length ? `\napt:${aptPackages.join(',')}` : ''}`,
    )
    .digest('hex')
    .slice(0, 12);
  const tarball = path.join(CACHE_DIR, `${suite}-${key}.tar`);
  if (existsSync(tarball)) return tarball;
  mkdirSync(CACHE_DIR, { recursive: true });
  const work = mkdtempSync(path.join(CACHE_DIR, `build-${suite}-`));
  try {
    must('debootstrap', [
      '--variant=minbase',
      ...(packages.length ? [`--include=${packages.join(',')}`] : []),
      suite,
      path.join(work, 'root'),
      debianMirror(),
    ]);
    if (aptPackages.length) {
      const tree = path.join(work, 'root');
      writeFileSync(path.join(tree, 'etc/resolv.conf'), readFileSync('/etc/resolv.conf'));
      must('mount', ['-t', 'proc', 'proc', path.join(tree, 'proc')]);
      try {
        const env = { ...process.env, ...CHROOT_ENV };
        must('chroot', [tree, 'apt-get', 'update'], { env });
        must('chroot', [tree, 'apt-get', 'install', '-y', '--no-install-recommends', ...aptPackages], {
          env,
        });
      } finally {
        sh('umount', ['-l', path.join(tree, 'proc')]);
      }
    }
    // apt's downloaded .debs are not needed again; keep the cache small.
    rmSync(path.join(work, 'root/var/cache/apt/archives'), { recursive: true, force: true });
    mkdirSync(path.join(work, 'root/var/cache/apt/archives/partial'), { recursive: true });
    must('tar', ['--numeric-owner', '-C', path.join(work, 'root'), '-cf', path.join(work, 'root.tar'), '.']);
    renameSync(path.join(work, 'root.tar'), tarball);
    return tarball;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export class Chroot {
  private mounted = false;

  private constructor(
    readonly suite: string,
    readonly dir: string,
  ) {}

  /** A fresh chroot of `suite` under /var/tmp, with /proc mounted, services kept from starting
   * (policy-rc.d) and no Debian mirror configured: everything apt sees is our own repository. */
  static create(suite: string, packages: string[] = CHROOT_PACKAGES, aptPackages: string[] = []): Chroot {
    const tarball = chrootTarball(suite, packages, aptPackages);
    const dir = mkdtempSync(`/var/tmp/pve-gpu-tab-chroot-${suite}-`);
    const c = new Chroot(suite, dir);
    must('tar', ['--numeric-owner', '-C', dir, '-xf', tarball]);
    must('mount', ['-t', 'proc', 'proc', path.join(dir, 'proc')]);
    c.mounted = true;
    c.write('/usr/sbin/policy-rc.d', '#!/bin/sh\nexit 101\n', 0o755);
    rmSync(c.path('/etc/apt/sources.list'), { force: true });
    rmSync(c.path('/etc/apt/sources.list.d'), { recursive: true, force: true });
    mkdirSync(c.path('/etc/apt/sources.list.d'), { recursive: true });
    return c;
  }

  path(p: string): string {
    return path.join(this.dir, p);
  }

  write(p: string, data: string | Buffer, mode = 0o644): void {
    mkdirSync(path.dirname(this.path(p)), { recursive: true });
    writeFileSync(this.path(p), data, { mode });
  }

  read(p: string): string {
    return readFileSync(this.path(p), 'utf8');
  }

  exists(p: string): boolean {
    return existsSync(this.path(p));
  }

  run(args: string[], input?: string): RunResult {
    return sh('chroot', [this.dir, ...args], { env: CHROOT_ENV, input });
  }

  must(args: string[], input?: string): string {
    const r = this.run(args, input);
    if (r.code !== 0) {
      throw new Error(
        `in the ${this.suite} chroot: ${args.join(' ')} exited ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`,
      );
    }
    return r.stdout + r.stderr;
  }

  spawnArgs(args: string[]): { cmd: string; args: string[]; env: NodeJS.ProcessEnv } {
    return { cmd: 'chroot', args: [this.dir, ...args], env: CHROOT_ENV };
  }

  destroy(): void {
    if (this.mounted) {
      sh('umount', ['-l', this.path('/proc')]);
      this.mounted = false;
    }
    // Never follow a mount point we did not make: only remove when /proc is really gone.
    const stillMounted = readFileSync('/proc/mounts', 'utf8').includes(` ${this.dir}/`);
    if (!stillMounted) rmSync(this.dir, { recursive: true, force: true });
  }
}
