// SPDX-License-Identifier: AGPL-3.0-or-later
// Files of a container's process that the walk reads on the main thread, sized by what the
// process chose: /proc/<pid>/status lists every supplementary group, and a container's root may
// have up to NGROUPS_MAX (65 536) — a status of ≈ 460 KB that the kernel renders whole at each
// read (≈ 3–7 ms on this project's VM). The processes here are real: a node holder that calls
// setgroups() with 65 536 groups and starts `sleep`s, which inherit them. Needs root (setgroups).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { watchEventLoop } from '../../../test/support/event-loop.ts';
import { HostTree } from '../demo/workload/host-tree.ts';
import { HostRoot } from '../host/host-root.ts';
import { readProcFile, readProcStatus } from './proc-file-read.ts';
import { ProcScanner } from './proc-scanner.ts';
import { parseProcStatus } from './proc-status.ts';

const GROUPS = 65_536;

/**
 * A holder with GROUPS supplementary groups and `sleepers` children that inherit them; with
 * `pidNamespace`, the holder is the init (PID 1) of a PID namespace of its own, as a container's
 * is (unshare(1), util-linux). The PIDs printed are the host's: /proc here is the host's mount,
 * so /proc/self names the reader by its host PID.
 */
function startGroupHolder(
  sleepers: number,
  pidNamespace = false,
): Promise<{ child: ChildProcess; pids: number[] }> {
  assert.equal(process.getuid?.(), 0, 'setgroups() needs root: run the unit tests as root');
  const script = `const g = []; for (let i = 1; i <= ${GROUPS}; i++) g.push(200000 + i);
process.setgroups(g);
const { spawn } = require('node:child_process');
const kids = [];
for (let i = 0; i < ${sleepers}; i++) kids.push(spawn('sleep', ['300'], { stdio: 'ignore' }));
process.on('SIGTERM', () => { for (const k of kids) k.kill('SIGKILL'); process.exit(0); });
const self = Number(require('node:fs').readlinkSync('/proc/self'));
setTimeout(() => console.log('ready ' + [self, ...kids.map((k) => k.pid)].join(' ')), 200);
setInterval(() => {}, 1 << 30);`;
  const child = pidNamespace
    ? spawn('unshare', ['--pid', '--fork', '--kill-child', process.execPath, '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      })
    : spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // else it keeps the test process alive (with --kill-child, its child too)
      reject(new Error(`holder not ready: ${out}`));
    }, 30_000);
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
    // With a bound past its end, the whole status: read on through full reads (4 KiB, then
    // 4, 8, … 256 KiB as the buffer doubles) to the short read that ends it, not cut at the
    // first read that fills the buffer. Its counters move between two renderings: compared are
    // the groups and that the last line (task_context_switch_counts(), printed last) is there.
    const whole = readProcFile(path, 1024 * 1024);
    const again = readFileSync(path, 'utf8');
    assert.ok(whole.length > 400_000, `${whole.length} bytes read`);
    const groups = (t: string) => /\nGroups:\t([^\n]*)\n/.exec(t)?.[1];
    assert.equal(groups(whole), groups(again));
    assert.match(whole, /\nnonvoluntary_ctxt_switches:\t\d+\n$/);
  } finally {
    child.kill('SIGTERM');
  }
});

test("a host tree's file is read whole past the first buffer, and an empty one as empty", () => {
  const dir = tempDir('proc-file-read-');
  const text = `${'x'.repeat(99)}\n`.repeat(100); // 10 000 bytes: two full reads, then a short one
  writeFileSync(`${dir}/status`, text);
  writeFileSync(`${dir}/empty`, '');
  try {
    assert.equal(readProcFile(`${dir}/status`, 64 * 1024), text);
    assert.equal(readProcFile(`${dir}/status`, 8192), text.slice(0, 8192), 'the bound still cuts');
    assert.equal(readProcFile(`${dir}/empty`, 1024), '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
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

test('the PID inside its namespace of a process with 65 536 groups: NSpid read on past the bound', async () => {
  const { pids } = await startGroupHolder(0, true);
  const scanner = new ProcScanner(new HostRoot('/'), { debugfs: false, gpuReach: false });
  try {
    const path = `/proc/${pids[0]}/status`;
    const whole = readFileSync(path, 'utf8');
    assert.ok(whole.indexOf('\nNSpid:') > 64 * 1024, 'NSpid really lies past the bound');
    assert.deepEqual(parseProcStatus(whole).nspid, [pids[0], 1], 'the kernel says: init of its namespace');
    const st = parseProcStatus(readProcStatus(path, 64 * 1024));
    assert.deepEqual(st.nspid, [pids[0], 1]);
    assert.equal(st.name, 'node');
    assert.equal(st.tgid, pids[0]);
    await scanner.scan(Date.now(), 'discover');
    assert.equal(scanner.process(pids[0])?.nspid, 1, 'the walk shows the PID inside the namespace');
  } finally {
    scanner.close();
    // unshare(1) --fork ignores SIGTERM while it waits for its child: the holder itself is ended
    // (SIGKILL reaches a namespace's init from the namespace above), and unshare exits with it
    process.kill(pids[0], 'SIGKILL');
  }
});

test('readProcStatus: an NSpid line wherever the bound and the reads past it cut it', () => {
  const dir = tempDir('status-cut');
  // 4 096: the smallest buffer, so the bound and the reads past it (4 096 at a time) cut often
  const bound = 4096;
  const status = (groups: number, nspid = '\nNSpid:\t81234\t377') =>
    `Name:\tffmpeg\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t81234\nNgid:\t0\nPid:\t81234\n` +
    `PPid:\t81200\nTracerPid:\t0\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\nFDSize:\t64\n` +
    `Groups:\t${'7 '.repeat(groups)}\nNStgid:\t81234\t377${nspid}\nNSpgid:\t81200\t1\n` +
    `NSsid:\t81200\t1\nKthread:\t0\nVmPeak:\t    3776 kB\n`;
  const file = `${dir}/status`;
  let cut = 0;
  // NSpid (≈ 2 × groups + 160 bytes in) from a whole file under the bound to astride the bound,
  // then astride the end of the first and the second reads past it (4 090 more bytes each)
  const sweep = [1_850, 2_100, 3_950, 4_150, 6_000, 6_200];
  for (let r = 0; r < sweep.length; r += 2)
    for (let groups = sweep[r]; groups <= sweep[r + 1]; groups++) {
      const text = status(groups);
      writeFileSync(file, text);
      const read = readProcStatus(file, bound);
      const st = parseProcStatus(read);
      assert.deepEqual(st.nspid, [81234, 377], `${groups} groups`);
      assert.equal(st.name, 'ffmpeg');
      assert.equal(st.tgid, 81234);
      if (text.length > bound) {
        cut += 1;
        assert.ok(read.length <= bound + 40, 'what comes back: the head and the NSpid line only');
        assert.ok(text.startsWith(read.slice(0, read.lastIndexOf('\nNSpid:'))), 'whole lines of the head');
      } else assert.equal(read, text);
    }
  assert.ok(cut > 300);
  // a kernel without CONFIG_PID_NS prints no NSpid: the head, read on up to the tail's bound only
  writeFileSync(file, status(10_000, ''));
  assert.deepEqual(parseProcStatus(readProcStatus(file, bound)), { name: 'ffmpeg', tgid: 81234, nspid: [] });
  // a Groups line past NGROUPS_MAX of 10-digit groups is no kernel's: NSpid past it is not sought
  writeFileSync(file, status(400_000));
  assert.deepEqual(parseProcStatus(readProcStatus(file, bound)).nspid, []);
  writeFileSync(file, status(300_000));
  assert.deepEqual(parseProcStatus(readProcStatus(file, bound)).nspid, [81234, 377]);
});

test('the walk shows the container PID of a process whose status NSpid comes after 12 000 groups', async () => {
  const t = new HostTree(tempDir('many-groups'));
  const groups = Array.from({ length: 12_000 }, (_, i) => 100_000 + i);
  t.addProcess({ pid: 4242, comm: 'ollama', cgroup: '/lxc/101/ns', nspid: [77], groups });
  t.addProcess({ pid: 4243, comm: 'sh', cgroup: '/lxc/101/ns', nspid: [78] });
  assert.ok(readFileSync(t.abs('/proc/4242/status'), 'utf8').indexOf('\nNSpid:') > 64 * 1024);
  const scanner = new ProcScanner(new HostRoot(t.dir), { gpuReach: false });
  try {
    await scanner.scan(Date.now(), 'discover');
    assert.equal(scanner.process(4242)?.nspid, 77);
    assert.equal(scanner.process(4242)?.comm, 'ollama');
    assert.equal(scanner.process(4243)?.nspid, 78);
  } finally {
    scanner.close();
  }
});
