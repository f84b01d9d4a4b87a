// SPDX-License-Identifier: AGPL-3.0-or-later
// The confined in-container reader (ct-reader.ts) against what a hostile container can do:
// planted links, files owned by host root, FIFOs, huge /etc/group and dpkg status, a FUSE file
// that never answers, and a live renameat2(RENAME_EXCHANGE) swap of /etc with a symlink to a
// host directory. The last two run a real "container": a process in its own mount namespace
// whose root is a tmpfs (only that namespace sees it), as LXC's init is after its pivot_root.
// These need root (chroot, mount), util-linux's unshare and /dev/fuse: a missing one fails the
// test with what to do.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { watchEventLoop } from '../../../../test/support/event-loop.ts';
import { HostRoot } from '../../host/host-root.ts';
import { readContainerFacts } from './container-facts.ts';
import { containerRootIds, readInContainer } from './ct-reader.ts';
import { startContainer } from './stalled-container.test-util.ts';

function requireRoot(): void {
  assert.equal(process.getuid?.(), 0, 'the reader chroots and changes uid: run the unit tests as root');
}

/** A host tree in the /proc layout with one container at /proc/4242/root. */
function tree(uidMap?: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ct-reader-'));
  mkdirSync(path.join(dir, 'etc'), { recursive: true });
  writeFileSync(path.join(dir, 'etc/shadow'), 'root:HOST-SECRET:19000::::::\n');
  writeFileSync(path.join(dir, 'etc/group'), 'render:x:993:HOST\n');
  const ct = path.join(dir, 'proc/4242/root');
  mkdirSync(path.join(ct, 'etc'), { recursive: true });
  mkdirSync(path.join(ct, 'usr/lib/x86_64-linux-gnu'), { recursive: true });
  mkdirSync(path.join(ct, 'var/lib/dpkg'), { recursive: true });
  if (uidMap) {
    writeFileSync(path.join(dir, 'proc/4242/uid_map'), uidMap);
    writeFileSync(path.join(dir, 'proc/4242/gid_map'), uidMap);
  }
  return { dir, ct, host: new HostRoot(dir) };
}

const file = (p: string, cap = 65536) => ({ kind: 'file' as const, path: p, cap });

test('a symlink planted in the container never leads to a host file', async () => {
  requireRoot();
  const { dir, ct, host } = tree();
  try {
    symlinkSync('/etc/shadow', path.join(ct, 'etc/group')); // absolute: must stay in the CT root
    symlinkSync('../../../../../../etc', path.join(ct, 'etc/up')); // climbing out
    symlinkSync('/', path.join(ct, 'usr/lib/x86_64-linux-gnu/dri'));
    let [group, up] = await readInContainer(host, 4242, [file('/etc/group'), file('/etc/up/shadow')]);
    assert.equal(group.text, undefined, 'the link is final: O_NOFOLLOW refuses it');
    assert.equal(group.problem, 'symlink');
    assert.equal(up.problem, 'missing', 'the CT has no /etc/shadow: nothing read');
    writeFileSync(path.join(ct, 'etc/shadow'), 'ct-shadow\n');
    [up] = await readInContainer(host, 4242, [file('/etc/up/shadow')]);
    assert.equal(up.text, 'ct-shadow\n', '".." stops at the container root');
    const [dri] = await readInContainer(host, 4242, [
      { kind: 'dir', path: '/usr/lib/x86_64-linux-gnu/dri', cap: 10 },
    ]);
    assert.equal(dri.problem, 'symlink');
    const facts = await readContainerFacts(host, 4242);
    assert.deepEqual(facts.vaapiDrivers, []);
    assert.ok(!JSON.stringify(facts).includes('HOST'), 'no host data in the container facts');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an unprivileged container's files are read with its root's identity, not host root's", async () => {
  requireRoot();
  const { dir, ct, host } = tree('         0     100000      65536\n');
  try {
    assert.deepEqual(await containerRootIds(host, 4242), { uid: 100000, gid: 100000 });
    // A file of host root (a bind mount from the host, say) that the container's root cannot open.
    writeFileSync(path.join(ct, 'etc/host-only'), 'HOST-ONLY\n', { mode: 0o600 });
    writeFileSync(path.join(ct, 'etc/ct-own'), 'mine\n', { mode: 0o600 });
    chownSync(path.join(ct, 'etc/ct-own'), 100000, 100000);
    const [hostOnly, own] = await readInContainer(host, 4242, [file('/etc/host-only'), file('/etc/ct-own')]);
    assert.equal(hostOnly.problem, 'denied');
    assert.equal(own.text, 'mine\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('reads are capped, FIFOs are refused at once, huge group and dpkg files stay small', async () => {
  requireRoot();
  const { dir, ct, host } = tree();
  try {
    writeFileSync(path.join(ct, 'etc/big'), 'x'.repeat(100000));
    spawnSync('mkfifo', [path.join(ct, 'etc/passwd')]);
    // 1 million groups (~24 MB) and a 20 MB dpkg status whose one interesting package comes last.
    const lines: string[] = [];
    for (let i = 0; i < 1_000_000; i++) lines.push(`g${i}:x:${10000 + i}:`);
    writeFileSync(path.join(ct, 'etc/group'), `render:x:993:\n${lines.join('\n')}\n`);
    const filler = `Package: filler\nStatus: install ok installed\nDescription: ${'d'.repeat(1000)}\n\n`;
    writeFileSync(
      path.join(ct, 'var/lib/dpkg/status'),
      `${filler.repeat(20_000)}Package: nvidia-kernel-dkms\nStatus: install ok installed\n\n`,
    );
    const [big, fifo, none, etc] = await readInContainer(host, 4242, [
      file('/etc/big', 1000),
      file('/etc/passwd'),
      file('/nope'),
      file('/etc'),
    ]);
    assert.equal(big.text?.length, 1000);
    assert.equal(big.truncated, true);
    assert.equal(fifo.problem, 'not-regular', 'no writer needed: the FIFO is never read');
    assert.equal(none.problem, 'missing');
    assert.equal(etc.problem, 'not-regular');

    const facts = await readContainerFacts(host, 4242);
    assert.ok(
      facts.groups && facts.groups.length > 1000 && facts.groups.length < 20_000,
      `${facts.groups?.length}`,
    );
    assert.equal(facts.groups[0].name, 'render', 'the part read is parsed');
    assert.equal(facts.passwd, undefined);
    assert.deepEqual(facts.packages, [], 'past the 16 MB of dpkg status read: not seen, and said so');
    assert.deepEqual(facts.readLimits.map((l) => `${l.path} ${l.problem}`).sort(), [
      '/etc/group truncated',
      '/etc/passwd not-regular',
      '/var/lib/dpkg/status truncated',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The batch deadline of the stalled read (ms). */
const STALL_DEADLINE_MS = 3000;

test('a read stalled on FUSE costs the batch its deadline, never the event loop', async () => {
  const ct = await startContainer();
  try {
    const loop = watchEventLoop();
    const began = performance.now();
    const [group, stalled, passwd] = await readInContainer(
      new HostRoot('/'),
      ct.pid,
      [file('/etc/group'), file('/stall/group'), file('/etc/passwd')],
      { timeoutMs: STALL_DEADLINE_MS },
    );
    const took = performance.now() - began;
    const { maxGapMs } = loop.stop();
    assert.equal(group.text, 'render:x:993:ct\n', 'read before the stall: kept');
    assert.equal(stalled.problem, 'timeout');
    assert.equal(passwd.problem, 'timeout', 'after the stall in the same batch: lost, and said so');
    // Bounds of seconds: a loaded machine's delays do not reach them, a held loop would.
    assert.ok(took < 2 * STALL_DEADLINE_MS, `returned after the deadline (${Math.round(took)} ms)`);
    assert.ok(
      maxGapMs < STALL_DEADLINE_MS / 2,
      `the event loop kept turning (longest gap ${Math.round(maxGapMs)} ms)`,
    );
  } finally {
    ct.cleanup();
  }
});

/** renameat2 syscall numbers (Linux uapi unistd tables) and RENAME_EXCHANGE (include/uapi/linux/fs.h). */
const RENAMEAT2: Record<string, number> = { x64: 316, arm64: 276 };
const SWAPPER = `my ($a, $b, $nr) = @ARGV; $| = 1; print "swapping\\n";
while (1) { syscall($nr, -100, $a, -100, $b, 2) == 0 or die "renameat2: $!"; }`;

test('a container swapping /etc with a symlink to a host directory never gets a host file read', async () => {
  const nr = RENAMEAT2[process.arch];
  assert.ok(nr, `no renameat2 number for ${process.arch}: add it to RENAMEAT2`);
  const ct = await startContainer();
  const hostDir = mkdtempSync(path.join(os.tmpdir(), 'host-secret-'));
  let swapper: ChildProcess | undefined;
  try {
    writeFileSync(path.join(hostDir, 'group'), 'render:x:993:HOST-SECRET\n');
    const ctRoot = `/proc/${ct.pid}/root`;
    // The swap partner: an absolute symlink to the host directory, made by the container.
    symlinkSync(hostDir, `${ctRoot}/etc-link`);
    swapper = spawn('perl', ['-e', SWAPPER, `${ctRoot}/etc`, `${ctRoot}/etc-link`, String(nr)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((r) => swapper?.stdout?.once('data', r));

    // The race is real: a plain read from the host through /proc/<pid>/root lands on the host file.
    let naiveLeaks = 0;
    for (let i = 0; i < 2000 && naiveLeaks === 0; i++) {
      try {
        if (readFileSync(`${ctRoot}/etc/group`, 'utf8').includes('HOST-SECRET')) naiveLeaks++;
      } catch {}
    }
    assert.ok(naiveLeaks > 0, 'the swap should fool a plain host-side read at least once');

    const host = new HostRoot('/');
    const seen = new Map<string, number>();
    for (let i = 0; i < 100; i++) {
      const [r] = await readInContainer(host, ct.pid, [file('/etc/group')]);
      const key = r.text ?? r.problem ?? '?';
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    process.stdout.write(
      `# naive host-side leaks: ${naiveLeaks}; confined reads: ${JSON.stringify([...seen])}\n`,
    );
    for (const key of seen.keys()) assert.ok(!key.includes('HOST-SECRET'), `host file read: ${key}`);
    assert.ok(seen.has('render:x:993:ct\n'), `the container's own file is read: ${[...seen.keys()]}`);
  } finally {
    swapper?.kill('SIGKILL');
    ct.cleanup();
    rmSync(hostDir, { recursive: true, force: true });
  }
});
