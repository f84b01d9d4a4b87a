// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { drmClientsText } from '../../../test/fixtures/collect/debugfs-clients.ts';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { HostRoot } from '../host/host-root.ts';
import {
  ABSENT_RECHECK_MS,
  DrmClientFiles,
  type DrmClientList,
  parseDrmClients,
  readDrmClientList,
} from './drm-clients.ts';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/collect/debugfs/', import.meta.url));
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

test('the three recorded formats: pid (opener), tgid (user), with name and client-id', () => {
  const opener = parseDrmClients(fixture('clients-pid-opener.txt'));
  assert.equal(opener?.pidColumn, 'pid');
  assert.deepEqual(
    opener?.rows.map((r) => [r.command, r.pid, r.minor, r.master, r.magic]),
    [
      ['Xorg', 2344, 0, true, 0],
      ['Xorg', 2344, 0, false, 2],
      ['Xorg', 2344, 0, false, 3],
      ['Xorg', 2344, 0, false, 4],
    ],
  );
  const user = parseDrmClients(fixture('clients-tgid-user.txt'));
  assert.equal(user?.pidColumn, 'tgid');
  assert.deepEqual(
    user?.rows.map((r) => [r.command, r.pid]),
    [
      ['Xorg', 830],
      ['xfce4-session', 880],
      ['xfwm4', 943],
      ['neverball', 1095],
    ],
  );
  const named = parseDrmClients(fixture('clients-name-client-id.txt'));
  assert.deepEqual(named?.rows[1], {
    command: 'Xwayland',
    pid: 1733,
    minor: 128,
    master: false,
    authenticated: false,
    uid: 120,
    magic: 0,
    name: '<unset>',
    clientId: '8',
  });
  assert.deepEqual(
    named?.rows.map((r) => [r.command, r.clientId]),
    [
      ['systemd-logind', '5'],
      ['Xwayland', '8'],
      ['mutter-x11-fram', '9'],
      ['ibus-x11', '10'],
    ],
  );
});

test("the tests' writer prints the kernel's format: it reproduces the recorded files byte for byte", () => {
  for (const [name, column] of [
    ['clients-pid-opener.txt', 'pid'],
    ['clients-tgid-user.txt', 'tgid'],
    ['clients-name-client-id.txt', 'tgid'],
  ] as const) {
    const text = fixture(name);
    const table = parseDrmClients(text);
    assert.equal(table && drmClientsText(table.rows, column), text);
  }
});

test('a command with spaces stays one column (comm is right-aligned in 20 characters)', () => {
  const text = `${'command'.padStart(20)}  tgid dev master a   uid      magic\n${'Web Content'.padStart(20)}  4242 128   n    n  1000          0\n`;
  assert.deepEqual(
    parseDrmClients(text)?.rows.map((r) => [r.command, r.pid, r.minor, r.uid]),
    [['Web Content', 4242, 128, 1000]],
  );
});

test('anything that is not that table is refused, not half-read', () => {
  assert.equal(parseDrmClients(''), undefined);
  assert.equal(parseDrmClients('  name     size handles refcount\n'), undefined); // gem_names
  const head = fixture('clients-tgid-user.txt').split('\n')[0];
  assert.equal(
    parseDrmClients(`${head}\n${'Xorg'.padStart(20)}   abc   0   y    y     0          0\n`),
    undefined,
  );
  assert.equal(parseDrmClients(`${head}\n${'Xorg'.padStart(20)}   830   0   y\n`), undefined);
  assert.deepEqual(parseDrmClients(`${head}\n`), { pidColumn: 'tgid', rows: [] });
});

function debugfsTree(files: Record<string, string>): HostRoot {
  const dir = tempDir('debugfs');
  for (const [p, text] of Object.entries(files)) {
    const abs = path.join(dir, p);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return new HostRoot(dir);
}

test('one file per device (first minor that has one); absent, unreadable, unparsable and too large say why', () => {
  const host = debugfsTree({
    '/sys/kernel/debug/dri/0/clients': fixture('clients-tgid-user.txt'),
    '/sys/kernel/debug/dri/129/clients': fixture('clients-name-client-id.txt'),
    '/sys/kernel/debug/dri/2/clients': 'garbage\n',
  });
  const ok = readDrmClientList(host, [
    [0, 128],
    [1, 129],
  ]);
  assert.equal(ok.state, 'ok');
  assert.deepEqual(ok.state === 'ok' && ok.files, [
    '/sys/kernel/debug/dri/0/clients',
    '/sys/kernel/debug/dri/129/clients',
  ]);
  assert.equal(ok.state === 'ok' && ok.rows.length, 8);
  assert.equal(ok.state === 'ok' && ok.opener, false);
  const old = debugfsTree({ '/sys/kernel/debug/dri/0/clients': fixture('clients-pid-opener.txt') });
  const oldList = readDrmClientList(old, [[0]]);
  assert.equal(oldList.state === 'ok' && oldList.opener, true);
  assert.deepEqual(readDrmClientList(host, [[0], [3, 131]]), {
    state: 'absent',
    path: '/sys/kernel/debug/dri/131/clients',
  });
  assert.deepEqual(readDrmClientList(host, [[2]]), {
    state: 'unparsable',
    path: '/sys/kernel/debug/dri/2/clients',
  });
  assert.deepEqual(readDrmClientList(host, [[0]], 100), {
    state: 'too-large',
    path: '/sys/kernel/debug/dri/0/clients',
  });
  // a clients "file" that cannot be read (here a directory: EISDIR) is not skipped as absent
  mkdirSync(host.resolve('/sys/kernel/debug/dri/5/clients'), { recursive: true });
  assert.deepEqual(readDrmClientList(host, [[5]]), {
    state: 'unreadable',
    path: '/sys/kernel/debug/dri/5/clients',
  });
  assert.deepEqual(readDrmClientList(host, []), { state: 'ok', rows: [], files: [], opener: false });
});

test('a list longer than the read buffer (64 KiB) is read whole, and the next, shorter one alone; one byte over the bound is too large', () => {
  const header = fixture('clients-tgid-user.txt').split('\n')[0];
  const row = (pid: number) =>
    `${'worker'.padStart(20)} ${String(pid).padStart(5)} ${'128'.padStart(3)}   n    y ${'0'.padStart(5)} ${'0'.padStart(10)}`;
  const many = [header, ...Array.from({ length: 3000 }, (_, i) => row(10_000 + i)), ''].join('\n');
  assert.ok(many.length > 2 * 64 * 1024, `${many.length} bytes`);
  const host = debugfsTree({
    '/sys/kernel/debug/dri/0/clients': many,
    '/sys/kernel/debug/dri/1/clients': [header, row(7), ''].join('\n'),
  });
  const big = readDrmClientList(host, [[0]]);
  assert.equal(big.state, 'ok');
  const pids = big.state === 'ok' ? big.rows.map((r) => r.pid) : [];
  assert.deepEqual(
    pids,
    Array.from({ length: 3000 }, (_, i) => 10_000 + i),
  );
  // the shared buffer still holds the long list's bytes: the short one must not show them
  const small = readDrmClientList(host, [[1]]);
  assert.deepEqual(small.state === 'ok' && small.rows.map((r) => r.pid), [7]);
  assert.equal(readDrmClientList(host, [[0]], many.length).state, 'ok');
  assert.deepEqual(readDrmClientList(host, [[0]], many.length - 1), {
    state: 'too-large',
    path: '/sys/kernel/debug/dri/0/clients',
  });
});

test('a list read again with the same bytes gives the same frozen rows; any change (one digit in place, a row more, a row less, garbage, then the list again) is parsed anew', () => {
  const header = fixture('clients-tgid-user.txt').split('\n')[0];
  const row = (pid: number, magic = 0) =>
    `${'ffmpeg'.padStart(20)} ${String(pid).padStart(5)} ${'128'.padStart(3)}   n    y ${'0'.padStart(5)} ${String(magic).padStart(10)}`;
  const text = (...rows: string[]) => [header, ...rows, ''].join('\n');
  const file = '/sys/kernel/debug/dri/0/clients';
  const host = debugfsTree({ [file]: text(row(2101), row(2102)) });
  const files = new DrmClientFiles(host);
  after(() => files.close());
  const read = () => files.read([[0]], 0);
  const rowsOf = (l: ReturnType<typeof read>) => (l.state === 'ok' ? l.rows : []);
  const first = rowsOf(read());
  const again = rowsOf(read());
  assert.deepEqual(
    again.map((r) => r.pid),
    [2101, 2102],
  );
  assert.equal(again[0], first[0]);
  assert.ok(Object.isFrozen(first[0]));
  assert.throws(() => {
    (first[0] as { pid: number }).pid = 1;
  }, TypeError);
  const rewrite = (t: string) => writeFileSync(host.resolve(file), t);
  rewrite(text(row(2101), row(2103))); // same length, one digit
  const changed = rowsOf(read());
  assert.deepEqual(
    changed.map((r) => r.pid),
    [2101, 2103],
  );
  assert.notEqual(changed[0], first[0]);
  rewrite(text(row(2101), row(2103, 7))); // same length, the magic of one row
  assert.deepEqual(
    rowsOf(read()).map((r) => r.magic),
    [0, 7],
  );
  rewrite(text(row(2101), row(2103), row(2104)));
  assert.deepEqual(
    rowsOf(read()).map((r) => r.pid),
    [2101, 2103, 2104],
  );
  rewrite(text(row(2104)));
  assert.deepEqual(
    rowsOf(read()).map((r) => r.pid),
    [2104],
  );
  rewrite('garbage\n');
  assert.deepEqual(read(), { state: 'unparsable', path: file });
  assert.deepEqual(read(), { state: 'unparsable', path: file });
  rewrite(text(row(2104)));
  assert.deepEqual(
    rowsOf(read()).map((r) => r.pid),
    [2104],
  );
});

// DrmClientFiles keeps each clients file open between discovery passes and remembers an absent one:
// each fact it keeps is looked at again when the world can have changed it.

test('a held list is read again through its descriptor; replaced (rename) or removed, the path is opened again: the new list, or absent', () => {
  const header = fixture('clients-tgid-user.txt').split('\n')[0];
  const row = (pid: number) =>
    `${'ffmpeg'.padStart(20)} ${String(pid).padStart(5)} ${'128'.padStart(3)}   n    y ${'0'.padStart(5)} ${'0'.padStart(10)}`;
  const file = '/sys/kernel/debug/dri/0/clients';
  const host = debugfsTree({ [file]: [header, row(2101), ''].join('\n') });
  const pids = (l: DrmClientList) => (l.state === 'ok' ? l.rows.map((r) => r.pid) : l);
  // a replacement as a driver reload makes it: a new file under the same name
  const replace = (pid: number) => {
    writeFileSync(`${host.resolve(file)}.new`, [header, row(pid), ''].join('\n'));
    renameSync(`${host.resolve(file)}.new`, host.resolve(file));
  };

  // as on a kernel's file system (no fstat() per pass): the descriptor is what is read, so a file
  // replaced on a tree still reads as the old one — proof that no open happened
  const kernelLike = new DrmClientFiles(host, { unlinkable: false });
  after(() => kernelLike.close());
  assert.deepEqual(pids(kernelLike.read([[0]], 0)), [2101]);
  assert.equal(kernelLike.heldCount, 1);
  replace(2102);
  assert.deepEqual(pids(kernelLike.read([[0]], 2000)), [2101]);

  // on a tree each pass asks the held file whether it still has a name
  const files = new DrmClientFiles(host);
  after(() => files.close());
  assert.deepEqual(pids(files.read([[0]], 0)), [2102]);
  replace(2103); // driver reloaded
  assert.deepEqual(pids(files.read([[0]], 2000)), [2103]);
  rmSync(host.resolve(file)); // GPU unplugged
  assert.deepEqual(files.read([[0]], 4000), { state: 'absent', path: file });
  assert.equal(files.heldCount, 0);
});

test('a held list whose read fails (a removed debugfs file answers EIO) opens its path again, and what is there answers', async () => {
  // A real kernel file whose held descriptor starts failing: a process's status (ESRCH once it is
  // reaped, proc_single_show() in fs/proc/base.c), standing in for a debugfs file removed under its
  // reader (EIO, debugfs_file_get() in fs/debugfs/file.c). The path then names a list.
  const header = fixture('clients-tgid-user.txt').split('\n')[0];
  const file = '/sys/kernel/debug/dri/0/clients';
  const host = debugfsTree({
    '/sys/kernel/debug/dri/list': `${header}\n${'Xorg'.padStart(20)}   830   0   y    y     0          0\n`,
  });
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  const exited = new Promise((r) => child.once('exit', r));
  try {
    mkdirSync(path.dirname(host.resolve(file)));
    symlinkSync(`/proc/${child.pid}/status`, host.resolve(file));
    const files = new DrmClientFiles(host, { unlinkable: false });
    after(() => files.close());
    assert.deepEqual(files.read([[0]], 0), { state: 'unparsable', path: file });
    assert.equal(files.heldCount, 1);
    child.kill('SIGKILL');
    await exited;
    rmSync(host.resolve(file));
    symlinkSync(host.resolve('/sys/kernel/debug/dri/list'), host.resolve(file));
    const again = files.read([[0]], 2000);
    assert.deepEqual(again.state === 'ok' ? again.rows.map((r) => r.command) : again, ['Xorg']);
  } finally {
    child.kill('SIGKILL');
  }
});

test('an absent list is not looked for again until ABSENT_RECHECK_MS later or forgetAbsent() (the inventory read again)', () => {
  const header = fixture('clients-tgid-user.txt').split('\n')[0];
  const host = debugfsTree({ '/sys/kernel/debug/dri/1/clients': `${header}\n` });
  const file = '/sys/kernel/debug/dri/0/clients';
  const files = new DrmClientFiles(host);
  after(() => files.close());
  const t0 = 1_000_000;
  assert.deepEqual(files.read([[0]], t0), { state: 'absent', path: file });
  mkdirSync(path.dirname(host.resolve(file)));
  writeFileSync(host.resolve(file), `${header}\n`); // debugfs mounted, the driver bound
  assert.deepEqual(files.read([[0]], t0 + 2000), { state: 'absent', path: file });
  assert.deepEqual(files.read([[0]], t0 + ABSENT_RECHECK_MS - 1), { state: 'absent', path: file });
  // other files are read meanwhile
  assert.equal(files.read([[1]], t0 + 2000).state, 'ok');
  assert.equal(files.read([[0]], t0 + ABSENT_RECHECK_MS).state, 'ok');

  rmSync(host.resolve(file));
  assert.deepEqual(files.read([[0]], t0 + 70_000), { state: 'absent', path: file });
  writeFileSync(host.resolve(file), `${header}\n`);
  assert.equal(files.read([[0]], t0 + 72_000).state, 'absent');
  files.forgetAbsent();
  assert.equal(files.read([[0]], t0 + 74_000).state, 'ok');
});

test('a held list not read for a minute (its GPU left the inventory) is closed', () => {
  const header = fixture('clients-tgid-user.txt').split('\n')[0];
  const host = debugfsTree({
    '/sys/kernel/debug/dri/0/clients': `${header}\n`,
    '/sys/kernel/debug/dri/1/clients': `${header}\n`,
  });
  const files = new DrmClientFiles(host);
  after(() => files.close());
  files.read([[0], [1]], 0);
  assert.equal(files.heldCount, 2);
  files.read([[1]], 59_000);
  assert.equal(files.heldCount, 2);
  files.read([[1]], 60_001);
  assert.equal(files.heldCount, 1);
});
