// SPDX-License-Identifier: AGPL-3.0-or-later
// The installed package under a real systemd as PID 1 (systemd-nspawn -b of a debootstrapped
// Debian tree), per PVE base (bookworm = PVE 8, trixie = PVE 9): both units start, the server
// answers over HTTPS with pveproxy's certificate, the collector answers the server and reads
// what it needs, both survive restarts (a crash, a restart of a stand-in pve-cluster.service,
// reloads), and the server's sandbox denies PVE's and the host's secrets. The denial is shown
// by a read run as the server unit itself: a oneshot unit made from the installed unit file,
// with every line of it except the command (same user, groups and sandbox directives).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Chroot, must } from './support/chroot.ts';
import { BootedTree } from './support/nspawn.ts';
import { requirePackageTestTools } from './support/preflight.ts';
import { buildStubPveManager } from './support/stub-pve-manager.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SUITES = (process.env.PVE_GPU_TAB_TEST_SUITES ?? 'bookworm,trixie').split(',').filter(Boolean);
const UNITS = '/usr/lib/systemd/system';
const SERVER = 'pve-gpu-tab.service';
const COLLECTOR = 'pve-gpu-tab-collector.service';
// The package's default port, fixed: the booted tree has its own network namespace (nspawn.ts,
// --private-network), so this machine's own use of the port does not matter. The boot holds it
// here (heldPort()) to prove that: a tree sharing this machine's network could not listen.
const PORT = 8247;

const work = mkdtempSync(path.join(os.tmpdir(), 'pve-gpu-tab-boot-'));
after(() => rmSync(work, { recursive: true, force: true }));
let deb = '';

/**
 * `port` taken on this machine, on every address, for as long as the tree runs; undefined when
 * something else holds it already (busy either way, which is the point).
 */
function heldPort(port: number): Promise<net.Server | undefined> {
  const s = net.createServer();
  return new Promise((resolve) => {
    s.once('error', () => resolve(undefined));
    s.listen(port, '0.0.0.0', () => resolve(s));
  });
}

before(() => {
  requirePackageTestTools();
  must('npm', ['run', '--silent', 'build'], { cwd: root });
  deb = must('node', [path.join(root, 'packaging/build-deb.mjs'), '--out', path.join(work, 'deb')], {
    cwd: root,
  }).trim();
});

/** Secrets the server must never read: [path, mode, content]. */
const SECRETS: Array<[string, number, string]> = [
  ['/etc/corosync/authkey', 0o400, 'COROSYNC-KEY'],
  ['/var/lib/pve-cluster/config.db', 0o600, 'SQLITE priv/authkey.key TICKET-SIGNING-KEY'],
];
const DENIED = ['/etc/shadow', '/etc/corosync/authkey', '/var/lib/pve-cluster/config.db', '/proc/1/mem'];

/** Tries each path (argv) and one TCP listen; prints one JSON line of outcomes. */
const PROBE = `
const fs = require('node:fs');
const net = require('node:net');
const out = {};
for (const p of process.argv.slice(2)) {
  // READ only when bytes came back: an InaccessiblePaths= node opened with CAP_DAC_READ_SEARCH is empty.
  try { const fd = fs.openSync(p, 'r'); const b = Buffer.alloc(16); out[p] = fs.readSync(fd, b, 0, 16, null) > 0 ? 'READ' : 'EMPTY'; }
  catch (e) { out[p] = e.code; }
}
const s = net.createServer();
s.on('error', (e) => { out.tcp = e.code; console.log(JSON.stringify(out)); process.exit(0); });
s.listen(0, '127.0.0.1', () => { out.tcp = 'LISTENING'; s.close(); console.log(JSON.stringify(out)); });
`;

/**
 * Reads debugfs as the collector does (drm-clients.ts): lists its 0700 root, then reads the first
 * 0444 regular file there (a host without a GPU has no dri/N/clients; any such file shows the same
 * mount, modes and lockdown rule) and dri/N/clients where there is one. Prints one JSON line.
 */
const DEBUGFS_PROBE = `
const fs = require('node:fs');
const out = { caps: /CapEff:\\s*(\\S+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1] };
const root = '/sys/kernel/debug';
const read = (p) => { try { const fd = fs.openSync(p, 'r'); const b = Buffer.alloc(64); const n = fs.readSync(fd, b, 0, 64, null); fs.closeSync(fd); return n >= 0 ? 'READ' : 'EMPTY'; } catch (e) { return e.code; } };
try {
  const names = fs.readdirSync(root);
  out.list = 'LISTED';
  for (const n of names.sort()) {
    const st = fs.statSync(root + '/' + n);
    if (st.isFile() && (st.mode & 0o7777) === 0o444) { out.file = n; out.read = read(root + '/' + n); break; }
  }
  for (const d of names.includes('dri') ? fs.readdirSync(root + '/dri') : []) {
    if (fs.existsSync(root + '/dri/' + d + '/clients')) { out.clients = read(root + '/dri/' + d + '/clients'); break; }
  }
} catch (e) { out.list = e.code; }
console.log(JSON.stringify(out));
`;

/** The in-container reader's steps (ct-reader.ts) under the collector's filter and capabilities. */
const CHROOT_PROBE = `perl -e 'chdir("/") or die; chroot(".") or die "chroot: $!"; $) = "100000 100000"; $( = 100000; ($<, $>) = (100000, 100000); $< == 100000 or die "setuid: $!"; print "dropped\\n"'`;

/** Connects to the collector socket as root; prints the first sample's node and a health answer. */
const ASK_COLLECTOR = `
const net = require('node:net');
const s = net.createConnection(process.argv[2]);
let buf = ''; const got = {};
s.on('error', (e) => { console.log(JSON.stringify({ error: e.code })); process.exit(0); });
s.on('connect', () => s.write('{"id":0,"op":"subscribe"}\\n{"id":1,"op":"health","vmid":"100"}\\n'));
s.on('data', (d) => {
  buf += d;
  let nl;
  while ((nl = buf.indexOf('\\n')) >= 0) {
    const m = JSON.parse(buf.slice(0, nl)); buf = buf.slice(nl + 1);
    if (m.event === 'sample') got.node = m.snapshot.node;
    if (m.id === 1) got.health = m.ok ? m.result && m.result.vmid : 'error: ' + m.error;
    if (got.node && got.health !== undefined) { console.log(JSON.stringify(got)); process.exit(0); }
  }
});
setTimeout(() => { console.log(JSON.stringify({ timeout: got })); process.exit(0); }, 20000);
`;

/** GET over verified TLS with the node's CA; prints status and body. */
const HTTPS_GET = `
const https = require('node:https');
const fs = require('node:fs');
const req = https.get({ host: '127.0.0.1', port: Number(process.argv[2]), path: '/api/v1/version',
  ca: fs.readFileSync('/etc/pve/pve-root-ca.pem'), servername: 'pve1', timeout: 5000 }, (res) => {
  let body = ''; res.on('data', (d) => { body += d; });
  res.on('end', () => console.log(JSON.stringify({ status: res.statusCode, body })));
});
req.on('error', (e) => { console.log(JSON.stringify({ error: e.message })); });
req.on('timeout', () => req.destroy(new Error('timeout')));
`;

/** A oneshot unit made from an installed unit: all its lines but the commands and lifecycle. */
function probeUnit(installed: string, command: string): string {
  const drop =
    /^(ExecStartPre|ExecStart|ExecReload|Restart|RestartSec|Type|RuntimeDirectory\w*|StateDirectory\w*|WantedBy)=/;
  const lines = installed.split('\n').filter((l) => !drop.test(l) && l.trim() !== '[Install]');
  const i = lines.indexOf('[Service]');
  lines.splice(i + 1, 0, 'Type=oneshot', `ExecStart=${command}`, 'StandardOutput=journal');
  return `${lines.join('\n')}\n`;
}

function status(tree: BootedTree, pid: number): Record<string, string> {
  const text = tree.must(['cat', `/proc/${pid}/status`]);
  return Object.fromEntries(
    text.split('\n').map((l) => [l.split(':')[0], l.slice(l.indexOf(':') + 1).trim()]),
  );
}

for (const suite of SUITES) {
  describe(`booted under systemd: Debian ${suite}`, () => {
    let ch: Chroot;
    let tree: BootedTree | undefined;
    let held: net.Server | undefined;

    before(async () => {
      requirePackageTestTools();
      ch = Chroot.create(suite);
      const stub = buildStubPveManager(
        suite === 'bookworm' ? '8.4.1' : '9.1.2',
        suite === 'bookworm' ? 8 : 9,
        work,
      );
      ch.write('/root/stub.deb', readFileSync(stub));
      ch.must(['dpkg', '-i', '/root/stub.deb']);
      ch.write('/root/pve-gpu-tab.deb', readFileSync(deb));
      ch.must(['apt-get', 'install', '-y', '--no-install-recommends', '/root/pve-gpu-tab.deb']);
      // What pmxcfs and a PVE node provide, as on a host: the node certificate, root:www-data 0640.
      ch.write('/etc/hostname', 'pve1\n');
      const local = ch.path('/etc/pve/local');
      ch.must(['mkdir', '-p', '/etc/pve/local', '/etc/pve/lxc']);
      must('openssl', [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=pve1',
        '-addext',
        'subjectAltName=DNS:pve1,IP:127.0.0.1',
        '-keyout',
        path.join(local, 'pve-ssl.key'),
        '-out',
        path.join(local, 'pve-ssl.pem'),
      ]);
      ch.write('/etc/pve/pve-root-ca.pem', readFileSync(path.join(local, 'pve-ssl.pem')));
      ch.write('/etc/pve/lxc/100.conf', 'arch: amd64\nhostname: ct100\nostype: debian\nunprivileged: 1\n');
      ch.must(['chown', '-R', 'root:www-data', '/etc/pve']);
      ch.must(['chmod', '-R', 'g+rX,o-rwx', '/etc/pve']);
      ch.must(['chmod', '0640', '/etc/pve/local/pve-ssl.key']);
      for (const [p, mode, text] of SECRETS) ch.write(p, `${text}\n`, mode);
      ch.must(['chmod', '0700', '/var/lib/pve-cluster']);
      ch.write('/etc/shadow', `${ch.read('/etc/shadow')}`, 0o640);
      // A stand-in for pmxcfs's unit: both of ours are PartOf= it.
      ch.write(
        '/etc/systemd/system/pve-cluster.service',
        '[Unit]\nDescription=stand-in for pmxcfs\n[Service]\nExecStart=/bin/sleep infinity\n[Install]\nWantedBy=multi-user.target\n',
      );
      ch.must(['systemctl', 'enable', 'pve-cluster.service']);
      // Loopback only inside the tree's own network namespace.
      ch.write(
        '/etc/pve-gpu-tab/pve-gpu-tab.conf',
        `${ch.read('/etc/pve-gpu-tab/pve-gpu-tab.conf')}listen: 127.0.0.1\n`,
      );
      ch.write('/usr/local/lib/pgt/probe.js', PROBE);
      ch.write('/usr/local/lib/pgt/ask-collector.js', ASK_COLLECTOR);
      ch.write('/usr/local/lib/pgt/https-get.js', HTTPS_GET);
      ch.write(
        '/etc/systemd/system/pgt-probe-server.service',
        probeUnit(
          ch.read(`${UNITS}/${SERVER}`),
          `/usr/bin/node /usr/local/lib/pgt/probe.js ${DENIED.join(' ')} /etc/pve/local/pve-ssl.key /etc/pve/lxc/100.conf`,
        ),
      );
      ch.write(
        '/etc/systemd/system/pgt-probe-collector.service',
        probeUnit(
          ch.read(`${UNITS}/${COLLECTOR}`),
          '/usr/bin/node /usr/local/lib/pgt/probe.js /etc/shadow /var/lib/pve-cluster/config.db /etc/pve/lxc/100.conf /proc/1/status',
        ),
      );
      ch.write('/usr/local/lib/pgt/debugfs-probe.js', DEBUGFS_PROBE);
      const collectorUnit = ch.read(`${UNITS}/${COLLECTOR}`);
      ch.write(
        '/etc/systemd/system/pgt-probe-debugfs.service',
        probeUnit(collectorUnit, '/usr/bin/node /usr/local/lib/pgt/debugfs-probe.js'),
      );
      // The same with no capability that bypasses file modes (CAP_DAC_READ_SEARCH gone, and
      // CAP_DAC_OVERRIDE was never there): uid 0 reads debugfs as the owner of its files.
      ch.write(
        '/etc/systemd/system/pgt-probe-debugfs-nodac.service',
        probeUnit(
          collectorUnit.replace(/^CapabilityBoundingSet=.*$/m, 'CapabilityBoundingSet=CAP_SYS_PTRACE'),
          '/usr/bin/node /usr/local/lib/pgt/debugfs-probe.js',
        ),
      );
      ch.write(
        '/etc/systemd/system/pgt-probe-chroot.service',
        probeUnit(ch.read(`${UNITS}/${COLLECTOR}`), `/bin/sh -c "${CHROOT_PROBE.replace(/"/g, '\\"')}"`),
      );
      // The chroot's /proc is this machine's; systemd inside mounts its own.
      must('umount', ['-l', ch.path('/proc')]);
      held = await heldPort(PORT);
      tree = await BootedTree.boot(ch.dir);
    });

    after(async () => {
      await tree?.poweroff();
      ch?.destroy();
      await new Promise<void>((r) => (held ? held.close(() => r()) : r()));
    });

    const active = (t: BootedTree, unit: string) =>
      t.run(['systemctl', 'is-active', unit]).stdout.trim() === 'active' && t.mainPid(unit) > 0;
    const httpsGet = (t: BootedTree) =>
      JSON.parse(t.must(['node', '/usr/local/lib/pgt/https-get.js', String(PORT)]).trim() || '{}');
    const serving = (t: BootedTree) => {
      const r = httpsGet(t);
      return r.status === 401 ? r : false;
    };
    /** The probe's own output lines (the journal also holds systemd's "Started …" lines). */
    const probe = (t: BootedTree, unit: string): string => {
      t.run(['systemctl', 'start', unit]);
      const lines = t.must(['journalctl', '--no-pager', '-o', 'cat', '-u', unit]).split('\n');
      return lines
        .filter((l) => l.startsWith('{') || l === 'dropped' || /perl|chroot|setuid/.test(l))
        .join('\n');
    };

    test('both units start from the package and are enabled; the server answers over HTTPS', async () => {
      const t = tree as BootedTree;
      await t.until('collector active', () => active(t, COLLECTOR));
      await t.until('server active', () => active(t, SERVER));
      for (const u of [SERVER, COLLECTOR]) {
        assert.equal(t.run(['systemctl', 'is-enabled', u]).stdout.trim(), 'enabled', u);
        // Documentation= names files the package really ships.
        const docs = t.must(['systemctl', 'show', '-p', 'Documentation', '--value', u]);
        for (const url of docs.match(/file:\/\/\S+/g) ?? [])
          t.must(['test', '-f', url.slice('file://'.length)]);
        assert.match(docs, /file:\/\//);
      }
      // Verified TLS with the node's certificate (read as www-data) and an API that wants a ticket.
      const r = await t.until('HTTPS answers', () => serving(t));
      const body = JSON.parse(r.body);
      assert.equal(typeof body.error, 'string');
    });

    test('the processes: server unprivileged without capabilities, collector with exactly five', () => {
      const t = tree as BootedTree;
      const server = status(t, t.mainPid(SERVER));
      const uid = t.must(['id', '-u', 'pve-gpu-tab']).trim();
      assert.match(server.Uid, new RegExp(`^${uid}\\s+${uid}\\s+${uid}\\s+${uid}$`), 'not root');
      const wwwData = t.must(['getent', 'group', 'www-data']).split(':')[2];
      assert.ok(server.Groups.split(/\s+/).includes(wwwData), 'in group www-data');
      assert.equal(server.CapEff, '0000000000000000');
      assert.equal(server.CapPrm, '0000000000000000');
      assert.equal(server.CapBnd, '0000000000000000');
      assert.equal(server.NoNewPrivs, '1');
      assert.equal(server.Seccomp, '2', 'system call filter active');
      const collector = status(t, t.mainPid(COLLECTOR));
      // CAP_DAC_READ_SEARCH 2, CAP_SETGID 6, CAP_SETUID 7, CAP_SYS_CHROOT 18, CAP_SYS_PTRACE 19
      assert.equal(collector.CapBnd, '00000000000c00c4');
      assert.equal(collector.CapEff, '00000000000c00c4');
      assert.equal(collector.NoNewPrivs, '1');
      assert.equal(collector.Seccomp, '2');
      // Its socket: only root and the server's group.
      assert.equal(t.must(['stat', '-c', '%a %U:%G', '/run/pve-gpu-tab']).trim(), '750 root:pve-gpu-tab');
      assert.equal(
        t.must(['stat', '-c', '%a %U:%G %F', '/run/pve-gpu-tab/collector.sock']).trim(),
        '660 root:pve-gpu-tab socket',
      );
    });

    test('the collector answers over its socket and reads what it needs; nobody else connects', () => {
      const t = tree as BootedTree;
      const sock = '/run/pve-gpu-tab/collector.sock';
      const got = JSON.parse(t.must(['node', '/usr/local/lib/pgt/ask-collector.js', sock]).trim());
      assert.deepEqual(
        got,
        { node: 'pve1', health: '100' },
        'a sample of this node; /etc/pve/lxc/100.conf read',
      );
      const other = t.must([
        'setpriv',
        '--reuid=nobody',
        '--regid=nogroup',
        '--clear-groups',
        'node',
        '/usr/local/lib/pgt/ask-collector.js',
        sock,
      ]);
      assert.deepEqual(JSON.parse(other.trim()), { error: 'EACCES' });
      // The in-container reader's chroot and drop to a container root's uid work in its sandbox.
      assert.match(probe(t, 'pgt-probe-chroot.service'), /^dropped$/m);
      // And the collector has no network at all, and no secrets either.
      const seen = JSON.parse(probe(t, 'pgt-probe-collector.service').trim().split('\n').at(-1) ?? '{}');
      assert.equal(seen['/etc/pve/lxc/100.conf'], 'READ');
      assert.equal(seen['/proc/1/status'], 'READ', 'every process visible: that is its job');
      assert.notEqual(seen['/etc/shadow'], 'READ');
      assert.notEqual(seen['/var/lib/pve-cluster/config.db'], 'READ');
      assert.equal(seen.tcp, 'EAFNOSUPPORT', 'AF_INET refused');
    });

    test("the collector's sandbox reads debugfs (the kernel's DRM client list), even without CAP_DAC_READ_SEARCH", () => {
      const t = tree as BootedTree;
      // debugfs as systemd's sys-kernel-debug.mount mounts it on a host: nspawn gives the tree
      // none, so it is mounted here (root of the mount 0700 root, the kernel's DEBUGFS_DEFAULT_MODE).
      if (t.run(['mountpoint', '-q', '/sys/kernel/debug']).code !== 0)
        t.must(['mount', '-t', 'debugfs', 'debugfs', '/sys/kernel/debug']);
      assert.equal(t.must(['stat', '-c', '%a %U', '/sys/kernel/debug']).trim(), '700 root');
      const last = (unit: string) => JSON.parse(probe(t, unit).trim().split('\n').at(-1) ?? '{}');
      const full = last('pgt-probe-debugfs.service');
      const noDac = last('pgt-probe-debugfs-nodac.service');
      process.stdout.write(
        `# ${suite}: debugfs as the collector unit: ${JSON.stringify(full)}; without DAC capabilities: ${JSON.stringify(noDac)}\n`,
      );
      for (const seen of [full, noDac]) {
        assert.equal(seen.list, 'LISTED', 'the 0700 root of debugfs is listed');
        assert.ok(seen.file, 'a 0444 file found in debugfs');
        assert.equal(seen.read, 'READ', `${seen.file} read`);
        if (seen.clients !== undefined) assert.equal(seen.clients, 'READ', 'dri/N/clients read');
      }
      assert.equal(full.caps, '00000000000c00c4', "the unit's five capabilities");
      assert.equal(noDac.caps, '0000000000080000', 'CAP_SYS_PTRACE only');
    });

    test("the server's sandbox denies /etc/shadow, corosync's key, pmxcfs's database and /proc/1/mem", () => {
      const t = tree as BootedTree;
      const out = probe(t, 'pgt-probe-server.service');
      const seen = JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
      process.stdout.write(`# ${suite}: reads as the server unit: ${JSON.stringify(seen)}\n`);
      // What it needs, it reads (the probe is no blanket failure).
      assert.equal(seen['/etc/pve/local/pve-ssl.key'], 'READ');
      assert.equal(seen['/etc/pve/lxc/100.conf'], 'READ');
      assert.equal(seen.tcp, 'LISTENING');
      for (const p of DENIED) assert.ok(['EACCES', 'ENOENT', 'EPERM'].includes(seen[p]), `${p}: ${seen[p]}`);
      // The files are really there for root: the denial is the sandbox's, not a missing file.
      for (const p of DENIED.slice(0, 3)) t.must(['test', '-s', p]);
    });

    test('it survives a collector crash, restarts, reloads and a restart of pve-cluster', async () => {
      const t = tree as BootedTree;
      // A crash of the collector: systemd restarts it, the server reconnects by itself.
      const col1 = t.mainPid(COLLECTOR);
      const srv1 = t.mainPid(SERVER);
      t.must(['systemctl', 'kill', '--kill-who=main', '-s', 'KILL', COLLECTOR]);
      await t.until('collector back', () => active(t, COLLECTOR) && t.mainPid(COLLECTOR) !== col1, 30_000);
      await t.until(
        'server reconnected',
        () =>
          (
            t
              .must(['journalctl', '--no-pager', '-o', 'cat', '-u', SERVER])
              .match(/connected to the collector/g) ?? []
          ).length >= 2,
      );
      assert.equal(t.mainPid(SERVER), srv1, 'the server kept running');
      await t.until('HTTPS answers', () => serving(t));
      // Reloads (SIGHUP): the collector stays in place; the server keeps serving (whether its
      // SIGHUP re-reads in place is serve/'s own test).
      const col2 = t.mainPid(COLLECTOR);
      const hups = () =>
        (
          t
            .must(['journalctl', '--no-pager', '-o', 'cat', '-u', COLLECTOR])
            .match(/SIGHUP: the collector reads its settings at start only/g) ?? []
        ).length;
      const hupsBefore = hups();
      t.must(['systemctl', 'reload', COLLECTOR]);
      t.must(['systemctl', 'reload', SERVER]);
      // the collector took the signal (cli/collector.ts logs it), rather than a fixed wait
      await t.until('collector handled SIGHUP', () => hups() > hupsBefore);
      assert.equal(t.mainPid(COLLECTOR), col2, 'collector reloaded in place');
      assert.ok(active(t, COLLECTOR), 'collector active after reload');
      await t.until('server active after reload', () => active(t, SERVER));
      await t.until('HTTPS answers after reload', () => serving(t));
      // pmxcfs restarts: both follow (PartOf=), so neither keeps a dead /etc/pve.
      const srv2 = t.mainPid(SERVER);
      t.must(['systemctl', 'restart', 'pve-cluster.service']);
      await t.until(
        'both restarted',
        () =>
          active(t, COLLECTOR) &&
          active(t, SERVER) &&
          t.mainPid(COLLECTOR) !== col2 &&
          t.mainPid(SERVER) !== srv2,
      );
      await t.until('HTTPS answers after pve-cluster restart', () => serving(t));
      // A plain restart of each.
      t.must(['systemctl', 'restart', SERVER]);
      t.must(['systemctl', 'restart', COLLECTOR]);
      await t.until('HTTPS answers after restarts', () => serving(t));
      const got = JSON.parse(
        t.must(['node', '/usr/local/lib/pgt/ask-collector.js', '/run/pve-gpu-tab/collector.sock']).trim(),
      );
      assert.equal(got.node, 'pve1');
    });
  });
}
