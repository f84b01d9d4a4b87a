// SPDX-License-Identifier: AGPL-3.0-or-later
// Held descriptors re-read from offset 0 (reread.ts), on the kernel's own files — a live process's
// /proc/<pid>/fdinfo/<fd> and a sysfs counter — and on a host tree, where a removed or replaced
// file must read as a path read would.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { once } from 'node:events';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { isGone } from '../host/host-root.ts';
import { RereadFiles } from './reread.ts';

/** A child that opens a file and moves its offset, closes it or exits when told (one line each). */
async function fileHolder(file: string) {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const fs = require('node:fs');
       const fd = fs.openSync(${JSON.stringify(file)}, 'w');
       process.stdout.write(fd + '\\n');
       require('node:readline').createInterface({ input: process.stdin }).on('line', (l) => {
         if (l === 'write') fs.writeSync(fd, 'hello');
         if (l === 'close') fs.closeSync(fd);
         if (l === 'exit') process.exit(0);
         process.stdout.write('done\\n');
       });`,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines: string[] = [];
  let waiting: (() => void) | undefined;
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    lines.push(...d.split('\n').filter(Boolean));
    waiting?.();
  });
  const next = async () => {
    while (lines.length === 0) await new Promise<void>((r) => (waiting = r));
    return lines.shift() as string;
  };
  const fd = Number(await next());
  return {
    pid: child.pid as number,
    fd,
    async tell(cmd: 'write' | 'close') {
      child.stdin.write(`${cmd}\n`);
      assert.equal(await next(), 'done');
    },
    async exit() {
      child.stdin.write('exit\n');
      await once(child, 'exit');
    },
    /** a failed assertion must not leave the child (and the test process) running */
    kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

const pos = (fdinfo: string) => /^pos:\s+(\d+)$/m.exec(fdinfo)?.[1];

test("a live process's fdinfo through one held descriptor: fresh at each read, ENOENT once the fd is closed or the process gone", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reread-'));
  const files = new RereadFiles(false);
  try {
    const a = await fileHolder(path.join(dir, 'a'));
    const fdinfo = `/proc/${a.pid}/fdinfo/${a.fd}`;
    assert.equal(pos(files.read(fdinfo, 4096)), '0');
    await a.tell('write');
    // the same descriptor (still one held) answers with the new offset: show() ran again
    assert.equal(pos(files.read(fdinfo, 4096)), '5');
    assert.equal(files.held, 1);
    assert.equal(files.read(fdinfo, 4096), readFileSync(fdinfo, 'utf8'));
    await a.tell('close');
    assert.throws(() => files.read(fdinfo, 4096), isGone);
    assert.equal(files.held, 0); // a file that cannot be read is let go

    const b = await fileHolder(path.join(dir, 'b'));
    const other = `/proc/${b.pid}/fdinfo/${b.fd}`;
    assert.equal(pos(files.read(other, 4096)), '0');
    await b.exit();
    assert.throws(() => files.read(other, 4096), isGone);
    await a.exit();
  } finally {
    files.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a sysfs counter through one held descriptor is read fresh (lo rx_bytes after sending to it)', async () => {
  const counter = '/sys/class/net/lo/statistics/rx_bytes';
  const files = new RereadFiles(false);
  const sock = dgram.createSocket('udp4');
  try {
    const before = Number(files.read(counter, 4096));
    await new Promise<void>((resolve, reject) =>
      sock.send(Buffer.alloc(1000), 9, '127.0.0.1', (err) => (err ? reject(err) : resolve())),
    );
    const after = Number(files.read(counter, 4096));
    assert.equal(files.held, 1);
    assert.ok(after >= before + 1000, `rx_bytes ${before} → ${after}`);
  } finally {
    sock.close();
    files.closeAll();
  }
});

test('on a host tree: rewritten in place, replaced and removed files read as a path read would', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reread-tree-'));
  const files = new RereadFiles(true, 2);
  const f = path.join(dir, 'fdinfo-3');
  try {
    writeFileSync(f, 'drm-engine-render:\t1 ns\n');
    assert.equal(files.read(f, 4096), 'drm-engine-render:\t1 ns\n');
    writeFileSync(f, 'drm-engine-render:\t2 ns\n'); // same inode
    assert.equal(files.read(f, 4096), 'drm-engine-render:\t2 ns\n');
    writeFileSync(`${f}.new`, 'drm-engine-render:\t3 ns\n');
    renameSync(`${f}.new`, f); // a new inode under the name: the held one has none left
    assert.equal(files.read(f, 4096), 'drm-engine-render:\t3 ns\n');
    assert.equal(files.read(f, 8), 'drm-engi'); // the caller's bound
    rmSync(f);
    assert.throws(() => files.read(f, 4096), isGone);
    assert.equal(files.held, 0);
    // past the budget, files are read by path, and still right
    for (const n of [1, 2, 3]) writeFileSync(path.join(dir, `f${n}`), `v${n}\n`);
    for (const n of [1, 2, 3]) assert.equal(files.read(path.join(dir, `f${n}`), 4096), `v${n}\n`);
    assert.equal(files.held, 2);
    files.closeUnder(`${dir}/f1`);
    assert.equal(files.held, 1);
  } finally {
    files.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A derive function that counts its calls and returns a fresh object each time. */
function counting() {
  const calls: string[] = [];
  const derive = (text: string) => {
    calls.push(text);
    return { text };
  };
  return { derive, calls };
}

test('readDerived: bytes read unchanged give one derived value, kept from then on; any change (one byte in place, same length; a shorter text; a replaced file) derives again and keeps nothing', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reread-derived-'));
  const files = new RereadFiles(true);
  const f = path.join(dir, 'fdinfo-3');
  const { derive, calls } = counting();
  try {
    writeFileSync(f, 'drm-engine-render:\t1000 ns\n');
    assert.deepEqual(files.readDerived(f, 4096, derive), { text: 'drm-engine-render:\t1000 ns\n' });
    // new bytes are derived and not kept (a file changing every second would keep each value alive);
    // once read unchanged, derived once more and kept: the same object from then on
    const first = files.readDerived(f, 4096, derive);
    assert.deepEqual(first, { text: 'drm-engine-render:\t1000 ns\n' });
    assert.equal(files.readDerived(f, 4096, derive), first);
    assert.equal(files.readDerived(f, 4096, derive), first);
    assert.equal(calls.length, 2);
    // one digit changed where it stands (what a moving counter of the same width does)
    const fd = openSync(f, 'r+');
    writeSync(fd, '2', 'drm-engine-render:\t'.length);
    closeSync(fd);
    assert.deepEqual(files.readDerived(f, 4096, derive), { text: 'drm-engine-render:\t2000 ns\n' });
    const second = files.readDerived(f, 4096, derive);
    assert.deepEqual(second, { text: 'drm-engine-render:\t2000 ns\n' });
    assert.equal(files.readDerived(f, 4096, derive), second); // the new bytes are the ones kept
    assert.equal(calls.length, 4);
    assert.equal(files.read(f, 4096), 'drm-engine-render:\t2000 ns\n');
    writeFileSync(f, 'drm-engine-render:\t2 ns\n'); // same inode, fewer bytes
    assert.deepEqual(files.readDerived(f, 4096, derive), { text: 'drm-engine-render:\t2 ns\n' });
    assert.deepEqual(files.readDerived(f, 4096, derive), { text: 'drm-engine-render:\t2 ns\n' });
    writeFileSync(`${f}.new`, 'drm-engine-render:\t2 ns\n');
    renameSync(`${f}.new`, f); // the same text in another file: derived anew, not taken for the old one's
    files.readDerived(f, 4096, derive);
    assert.equal(calls.length, 7);
    const kept = files.readDerived(f, 4096, derive);
    // another derive function never gets the first one's value
    assert.deepEqual(
      files.readDerived(f, 4096, (t) => t.length),
      'drm-engine-render:\t2 ns\n'.length,
    );
    assert.equal(files.readDerived(f, 4096, derive).text, 'drm-engine-render:\t2 ns\n');
    assert.notEqual(files.readDerived(f, 4096, derive), kept);
    assert.equal(calls.length, 9);
    rmSync(f);
    assert.throws(() => files.readDerived(f, 4096, derive), isGone);
    assert.equal(calls.length, 9);
  } finally {
    files.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("readDerived on a live process's fdinfo: derived again when its offset moved, not while it stays", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reread-derived-live-'));
  const files = new RereadFiles(false);
  const { derive, calls } = counting();
  const a = await fileHolder(path.join(dir, 'a'));
  try {
    const fdinfo = `/proc/${a.pid}/fdinfo/${a.fd}`;
    files.readDerived(fdinfo, 4096, derive);
    const first = files.readDerived(fdinfo, 4096, derive);
    assert.equal(pos(first.text), '0');
    assert.equal(files.readDerived(fdinfo, 4096, derive), first);
    await a.tell('write');
    assert.equal(pos(files.readDerived(fdinfo, 4096, derive).text), '5');
    assert.equal(calls.length, 3);
    await a.exit();
    assert.throws(() => files.readDerived(fdinfo, 4096, derive), isGone);
  } finally {
    a.kill();
    files.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readUpdated: unchanged bytes give the same value; bytes its updater follows update it in place; anything else, another parse function, a replaced or removed file parse anew', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reread-updated-'));
  const files = new RereadFiles(true);
  const f = path.join(dir, 'fdinfo-4');
  const parses: string[] = [];
  // a toy format: "<digits>\n", followed in place while it stays digits and a newline
  const parse = (text: string) => {
    parses.push(text);
    const value = { n: Number.parseInt(text, 10) };
    const updater = {
      update: (_last: Buffer, next: Buffer, n: number) => {
        const t = next.toString('latin1', 0, n);
        if (!/^\d+\n$/.test(t)) return false;
        value.n = Number.parseInt(t, 10);
        return true;
      },
    };
    return /^\d+\n$/.test(text) ? { value, updater } : { value };
  };
  try {
    writeFileSync(f, '1\n');
    const first = files.readUpdated(f, 4096, parse);
    assert.deepEqual(first, { n: 1 });
    assert.equal(files.readUpdated(f, 4096, parse), first);
    writeFileSync(f, '22\n'); // same inode
    assert.equal(files.readUpdated(f, 4096, parse), first);
    assert.deepEqual(first, { n: 22 });
    assert.equal(parses.length, 1);
    assert.equal(files.read(f, 4096), '22\n'); // the bytes kept are the update's
    writeFileSync(f, 'x\n'); // the updater says no: parsed anew
    const second = files.readUpdated(f, 4096, parse);
    assert.notEqual(second, first);
    assert.deepEqual(first, { n: 22 }); // the refused value is left as it was
    assert.equal(parses.length, 2);
    writeFileSync(f, '3\n');
    files.readUpdated(f, 4096, parse);
    assert.equal(parses.length, 3);
    writeFileSync(f, '4\n');
    assert.deepEqual(files.readUpdated(f, 4096, parse), { n: 4 });
    assert.equal(parses.length, 3);
    // another parse function never gets the first one's value
    assert.deepEqual(
      files.readUpdated(f, 4096, (t) => ({ value: t })),
      '4\n',
    );
    writeFileSync(`${f}.new`, '4\n');
    renameSync(`${f}.new`, f); // the same text in another file: parsed anew
    files.readUpdated(f, 4096, parse);
    assert.equal(parses.length, 4);
    rmSync(f);
    assert.throws(() => files.readUpdated(f, 4096, parse), isGone);
  } finally {
    files.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
});
