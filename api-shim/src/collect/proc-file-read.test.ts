// SPDX-License-Identifier: AGPL-3.0-or-later
// Files of a container's process that the walk reads on the main thread, sized by what the
// process chose: /proc/<pid>/status lists every supplementary group, and a container's root may
// have up to NGROUPS_MAX (65 536) — a status of ≈ 460 KB that the kernel renders whole at each
// read (≈ 3–7 ms on this project's VM). The processes here are real: a node holder that calls
// setgroups() with 65 536 groups and starts `sleep`s, which inherit them. Needs root (setgroups).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { watchEventLoop } from '../../../test/support/event-loop.ts';
import { HostRoot } from '../host/host-root.ts';
import { readProcFile } from './proc-file-read.ts';
import { ProcScanner } from './proc-scanner.ts';
import { parseProcStatus } from './proc-status.ts';

const GROUPS = 65_536;

/** A holder with GROUPS supplementary groups and `sleepers` children that inherit them. */
function startGroupHolder(sleepers: number): Promise<{ child: ChildProcess; pids: number[] }> {
  assert.equal(process.getuid?.(), 0, 'setgroups() needs root: run the unit tests as root');
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const g = []; for (let i = 1; i <= ${GROUPS}; i++) g.push(200000 + i);
process.setgroups(g);
const { spawn } = require('node:child_process');
const kids = [];
for (let i = 0; i < ${sleepers}; i++) kids.push(spawn('sleep', ['300'], { stdio: 'ignore' }));
process.on('SIGTERM', () => { for (const k of kids) k.kill('SIGKILL'); process.exit(0); });
setTimeout(() => console.log('ready ' + [process.pid, ...kids.map((k) => k.pid)].join(' ')), 200);
setInterval(() => {}, 1 << 30);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`holder not ready: ${out}`)), 30_000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /ready ([\d ]+)\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, pids: m[1].trim().split(' ').map(Number) });
      }
    });
    child.on('exit', (code) => reject(new Error(`holder exited (${code}): ${out}`)));
  });
}

test('a status with 65 536 groups is read up to the bound; Name and Tgid still parse', async () => {
  const { child, pids } = await startGroupHolder(0);
  try {
    const path = `/proc/${pids[0]}/status`;
    assert.ok(readFileSync(path, 'utf8').length > 400_000, 'the status really is that big');
    const text = readProcFile(path, 64 * 1024);
    assert.equal(Buffer.byteLength(text), 64 * 1024);
    const st = parseProcStatus(text);
    assert.equal(st.name, 'node');
    assert.equal(st.tgid, pids[0]);
    // and a small file is read whole
    const stat = readProcFile(`/proc/${pids[0]}/stat`, 64 * 1024);
    assert.equal(stat, readFileSync(`/proc/${pids[0]}/stat`, 'utf8').slice(0, stat.length));
    assert.match(stat, /\)\s[A-Z]\s/);
    assert.throws(() => readProcFile('/proc/0/status', 1024), { code: 'ENOENT' });
  } finally {
    child.kill('SIGTERM');
  }
});

test('a walk meeting many processes with huge status files yields between them, not once per 256', async () => {
  const { child, pids } = await startGroupHolder(60);
  // chunks only the time bound can end: a count bound of 256 processes would hold the loop for
  // all of them in one go here
  const scanner = new ProcScanner(new HostRoot('/'), { debugfs: false, gpuReach: false, chunk: 1_000_000 });
  try {
    // What one go over these statuses holds the thread for, on this machine now.
    const began = performance.now();
    for (const pid of pids) readFileSync(`/proc/${pid}/status`);
    const oneGoMs = performance.now() - began;

    const watch = watchEventLoop(1);
    await scanner.scan(Date.now(), 'discover');
    const maxGap = watch.stop().maxGapMs;
    for (const pid of pids) assert.ok(scanner.process(pid), `process ${pid} met by the walk`);
    assert.equal(scanner.process(pids[1])?.comm, 'sleep');
    assert.ok(
      maxGap < oneGoMs / 2,
      `the longest turn of the loop (${Math.round(maxGap)} ms) well under the statuses read in one go (${Math.round(oneGoMs)} ms)`,
    );
  } finally {
    scanner.close();
    child.kill('SIGTERM');
  }
});
