// SPDX-License-Identifier: AGPL-3.0-or-later
// RSS of both processes (collector, server) next to a hostile container: a 1-million-line
// /etc/group, a 20 MB dpkg status and 10 000 open fds in its init, with the server subscribed to
// every sample and the collector asked for the container's health every second (as the GPU tab
// would). The same run with a benign container gives the baseline. Figures, not pass/fail.
// Needs root (mount namespace, tmpfs, cgroup), util-linux's unshare, openssl; run `npm run bench hostile-container`.
//
// The "container": `unshare -m -p --fork` (own mount and PID namespace: its init is PID 1 there,
// as LXC's), root = a tmpfs only it sees, placed in the cgroup lxc/<vmid>/ns that PVE gives its
// containers, so the health engine finds it exactly as on a PVE host.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { writeNodeCertificate } from '../support/certs.ts';
import { freePort } from '../support/real-servers.ts';
import { procStat } from './proc-stat.ts';

const VMID = '100';
/** benign: small files, few fds; files: the huge /etc/group and dpkg status; fds: 10 000 open fds; hostile: both. */
type Kind = 'benign' | 'files' | 'fds' | 'hostile';
const bundle = path.resolve('dist/api-shim/pve-gpu-tab.mjs');

function cgroup2Root(): string {
  for (const line of readFileSync('/proc/mounts', 'utf8').split('\n')) {
    const f = line.split(' ');
    if (f[2] === 'cgroup2') return f[1];
  }
  throw new Error('no cgroup2 mount');
}

const CONTAINER = `set -e
mount -t tmpfs bench-ct "$1"
mkdir -p "$1/etc" "$1/var/lib/dpkg" "$1/usr/lib/x86_64-linux-gnu"
case "$2" in hostile|files) big=1 ;; *) big= ;; esac
if [ -n "$big" ]; then
  seq 1 1000000 | sed 's/.*/group&:x:&:/' > "$1/etc/group"
  perl -e 'my $f = "Package: filler\\nStatus: install ok installed\\nDescription: " . ("d" x 1000) . "\\n\\n"; print $f x 20000' > "$1/var/lib/dpkg/status"
else
  printf 'root:x:0:\\nvideo:x:44:\\nrender:x:993:\\n' > "$1/etc/group"
  printf 'Package: libc6\\nStatus: install ok installed\\n\\n' > "$1/var/lib/dpkg/status"
fi
echo 'root:x:0:0::/root:/bin/sh' > "$1/etc/passwd"
ulimit -n 20000
exec perl -e 'my @fds; if ($ARGV[1] eq "hostile" || $ARGV[1] eq "fds") { for (1..10000) { open(my $fh, "<", "/dev/null") or die; push @fds, $fh } }
  chroot($ARGV[0]) or die "chroot: $!"; chdir("/"); $| = 1; print "ready\\n"; sleep 3600' "$1" "$2"`;

async function startContainer(kind: Kind): Promise<{ pid: number; stop(): void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-ct-'));
  const child = spawn('unshare', ['-m', '-p', '--fork', 'sh', '-c', CONTAINER, 'sh', dir, kind], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d) => /ready/.test(String(d)) && resolve());
    child.on('exit', (c) => reject(new Error(`container exited ${c}`)));
  });
  // unshare --fork: its child (PID 1 inside) is the container's init.
  const init = Number(
    readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0],
  );
  const cg = path.join(cgroup2Root(), 'lxc', VMID, 'ns');
  mkdirSync(cg, { recursive: true });
  writeFileSync(path.join(cg, 'cgroup.procs'), String(init));
  return {
    pid: init,
    stop() {
      child.kill('SIGKILL');
      spawnSync('kill', ['-KILL', String(init)]);
      for (let i = 0; i < 50; i++) {
        try {
          rmSync(cg, { recursive: false });
          break;
        } catch {
          spawnSync('sleep', ['0.1']);
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A host root prefix: this machine's /proc, /sys, /dev, plus a PVE-like /etc with CT 100. */
function hostTree(): string {
  const p = mkdtempSync(path.join(os.tmpdir(), 'bench-host-'));
  for (const d of ['proc', 'sys', 'dev']) symlinkSync(`/${d}`, path.join(p, d));
  mkdirSync(path.join(p, 'etc/pve/lxc'), { recursive: true });
  writeFileSync(path.join(p, 'etc/hostname'), 'pve1\n');
  writeFileSync(
    path.join(p, 'etc/pve/lxc/100.conf'),
    'arch: amd64\nhostname: hostile\nunprivileged: 1\nlxc.cgroup2.devices.allow: c 226:128 rwm\nlxc.mount.entry: /dev/dri/renderD128 dev/dri/renderD128 none bind,optional,create=file\n',
  );
  writeNodeCertificate(p, 'pve1');
  writeFileSync(path.join(p, 'config'), `state_dir: ${path.join(p, 'state')}\nlisten: 127.0.0.1\n`);
  return p;
}

async function waitFor(cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Asks the collector for CT 100's health over its socket, as the server would; resolves the reply. */
function askHealth(sock: string): Promise<{ ok: boolean; ms: number; checks?: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const s = net.createConnection(sock, () => s.write(`{"id":1,"op":"health","vmid":"${VMID}"}\n`));
    let buf = '';
    s.on('data', (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      const m = JSON.parse(buf.slice(0, nl));
      s.destroy();
      resolve({ ok: m.ok, ms: performance.now() - t0, checks: m.result?.checks?.length });
    });
    s.on('error', () => resolve({ ok: false, ms: performance.now() - t0 }));
  });
}

async function run(kind: Kind): Promise<void> {
  const host = hostTree();
  const ct = await startContainer(kind);
  const sock = path.join(host, 'collector.sock');
  const procs: ChildProcess[] = [];
  try {
    const common = ['--max-semi-space-size=1', bundle];
    const collector = spawn(
      process.execPath,
      [
        ...common,
        'collector',
        '--config',
        path.join(host, 'config'),
        '--root',
        host,
        '--socket',
        sock,
        '--node',
        'pve1',
      ],
      { stdio: 'ignore' },
    );
    procs.push(collector);
    await waitFor(() => {
      try {
        readFileSync(`/proc/${collector.pid}/status`);
        return spawnSync('test', ['-S', sock]).status === 0;
      } catch {
        return false;
      }
    }, 20_000);
    const port = await freePort();
    const server = spawn(
      process.execPath,
      [
        ...common,
        'serve',
        '--config',
        path.join(host, 'config'),
        '--root',
        host,
        '--collector',
        sock,
        '--port',
        String(port),
        '--node',
        'pve1',
      ],
      { stdio: 'ignore' },
    );
    procs.push(server);
    await new Promise((r) => setTimeout(r, 3000));
    let maxC = 0;
    let maxS = 0;
    const times: number[] = [];
    let checks: number | undefined;
    let failures = 0;
    for (let i = 0; i < 30; i++) {
      const h = await askHealth(sock);
      if (h.ok) times.push(h.ms);
      else failures++;
      checks = h.checks ?? checks;
      maxC = Math.max(maxC, procStat(collector.pid as number).rssKiB);
      maxS = Math.max(maxS, procStat(server.pid as number).rssKiB);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const c = procStat(collector.pid as number);
    const s = procStat(server.pid as number);
    times.sort((a, b) => a - b);
    const mb = (k: number) => `${(k / 1024).toFixed(1)} MB`;
    process.stdout.write(
      `${kind.padEnd(8)} collector RSS max ${mb(maxC)} (peak VmHWM ${mb(c.hwmKiB)}), server RSS max ${mb(maxS)} (peak ${mb(s.hwmKiB)}); ` +
        `health over the socket: ${times.length}/30 answered (${failures} failed), median ${times[times.length >> 1]?.toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms, ${checks ?? '?'} checks\n`,
    );
  } finally {
    for (const p of procs) p.kill('SIGKILL');
    ct.stop();
    rmSync(host, { recursive: true, force: true });
  }
}

if (process.getuid?.() !== 0) {
  process.stderr.write('hostile-container: needs root (mount namespace, tmpfs, cgroup): run it as root\n');
  process.exitCode = 1;
} else {
  process.stdout.write(
    'RSS of the two processes next to one container (1 s samples, health asked every second, 30 s)\n',
  );
  for (const kind of ['benign', 'files', 'fds', 'hostile'] as const) await run(kind);
}
