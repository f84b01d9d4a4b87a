// SPDX-License-Identifier: AGPL-3.0-or-later
// `npm run bench collect`: cost of the usage sampler on synthetic host trees of 1 000 and 10 000
// processes (≈50 fds each, 20 GPU clients in 8 containers, the kernel's DRM client list in
// /sys/kernel/debug/dri). Prints figures against the targets of the collectors issue (issue 12),
// side by side, in one run; asserts nothing (timings depend on the machine and its load, printed).
//   floor          = reading and parsing only the 20 GPU clients' fdinfo files (readFileSync)
//   incremental    = one steady-state Sampler tick (cached fdinfo reads, parse, sysfs, maths, history)
//   nvtop-style    = what monitors without a cache do every refresh (nvtop's fdinfo scan, igt gputop):
//                    readdir /proc, readdir every fd/, readlink every fd, read the GPU fds' fdinfo
//   discovery      = our pass every 2 s, two ways: from the kernel's DRM client list (debugfs: only
//                    the listed PIDs looked at) and by the fd walk (readdir /proc, new PIDs, 1/60 of
//                    the known fd tables re-checked); both cold (first pass) and steady
//   reclassification = every fd of every process classified again (the walk's every-10-min pass)
//   readlink floor = readdir of every fd/ and one readlinkSync per fd, nothing else: what any walk in
//                    Node pays for a reclassification on this machine (the walk's lower bound); by
//                    absolute path, and from inside each fd directory as the walk reads them
//   daemons        = the packaged processes (collector + serve, started as the systemd units start
//                    them) on the 10 000-process tree: RSS; at 2 000: the collector's CPU at 1 Hz
//                    and serve's (the sample it is pushed every second); each twice: "idle" (the
//                    clients' fdinfo never changes) and "moving" (their counters rewritten every
//                    second by the bench process, as on a busy GPU)
// Flags (`npm run bench collect -- --flag`): --quick (1 000 processes, short daemon windows),
// --daemons-only (no in-process figures), --way=debugfs|walk (the daemons one way only),
// --against=<bundle> --rounds=N (the daemons at 2 000 processes, this build and another
// pve-gpu-tab.mjs side by side on one tree, N rounds: CPU before/after on a shared machine),
// --seconds=S (the window of the daemons at 2 000 processes), --bundle=<file> (the build under test, instead of
// dist/api-shim/pve-gpu-tab.mjs), --layout=pve (with --against: the tree as on a PVE host, see build()),
// --counters=idle|moving (the daemons only with the GPU clients' fdinfo unchanged, or only with
// their counters moving every second, written by this process: moving-counters.ts; default both),
// --cpu-prof-dir=<dir> (the collector under node's --cpu-prof; a .cpuprofile per daemon window),
// --clients=N (GPU clients in the tree, default 20; 0: one GPU and no client, the fixed per-tick cost),
// --gpu=nvidia (the tree's GPU an NVIDIA one on its own driver, its clients named by a fake
// nvidia-smi's pmon rows, see NVIDIA_GPU; with --against the daemons side by side, else only the
// in-process discovery cost, walk against rows: nvidiaDiscovery()), --warm=S (seconds the daemons run before their window opens; default 15, 8 with --quick, 20 for
// the 10 000-process RSS figures: the window then still starts after the history's first minute
// close; --warm=150 puts it past the walk's first re-checks of every table, rescanMs = 2 min),
// --gpu=nvidia,i915 (this build on the NVIDIA tree and the i915 tree side by side: nvidiaBesideI915()),
// --threads (each collector thread's CPU and wake-ups over the window), --collector-node-flags=a,b
// (more node flags for the collector: --trace-gc, which NODE_OPTIONS refuses).
// The walk's figures are printed twice: on the worst-case tree (every container may open a GPU)
// and on the same processes laid out as on a PVE host with ASSUMED proportions (build()).
import { type ChildProcess, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDrmFdinfo } from '../../api-shim/src/collect/drm-fdinfo.ts';
import { ProcScanner } from '../../api-shim/src/collect/proc-scanner.ts';
import { Sampler } from '../../api-shim/src/collect/sampler.ts';
import { HostTree, i915Fdinfo } from '../../api-shim/src/demo/workload/host-tree.ts';
import { HostRoot } from '../../api-shim/src/host/host-root.ts';
import { type ClientRowSpec, writeDrmClients } from '../fixtures/collect/debugfs-clients.ts';
import { writeFakeNvidiaSmi } from '../fixtures/collect/fake-nvidia-smi.ts';
import { writeNodeCertificate } from '../support/certs.ts';
import { freePort } from '../support/real-servers.ts';
import { historySaveFigures } from './history-save.ts';
import { MovingCounters } from './moving-counters.ts';
import { cpuNs, procStat, threadSummary, threadTimes } from './proc-stat.ts';

const FDS = 50;
/**
 * --clients=N: GPU clients in the tree (default 20); 0 leaves one GPU that nobody holds, so the
 * daemons' figures are the tick's fixed cost (sysfs counters, runtime PM, aggregation, history,
 * timers) that both discovery ways pay whatever the clients do.
 */
const GPU_CLIENTS = (() => {
  const arg = process.argv.find((a) => a.startsWith('--clients='))?.slice(10);
  const n = arg === undefined ? 20 : Number(arg);
  if (!Number.isInteger(n) || n < 0) throw new Error('--clients=N: GPU clients in the tree (integer ≥ 0)');
  return n;
})();
const CONTAINERS = 8;
const PCI = '0000:00:02.0';
/**
 * --gpu=nvidia: the tree's one GPU is an NVIDIA GPU on NVIDIA's own driver instead of the i915:
 * /proc/driver/nvidia/gpus/<pci>/information and /dev/nvidia0 (195:0), which the GPU clients hold
 * (no fdinfo, no DRM client list), and a fake nvidia-smi (test/fixtures/collect/fake-nvidia-smi.ts,
 * `ok` mode: the recorded pmon columns) whose pmon names every client in a row once a second, as
 * `-d 1` does. The NVIDIA-only host whose users earlier builds found by walking every fd table.
 * Its nvidia-smi children are processes of their own: their CPU is printed apart.
 */
const NVIDIA_GPU = process.argv.includes('--gpu=nvidia');
/**
 * --gpu=nvidia,i915: this build on the NVIDIA tree and on the i915 tree (the kernel's DRM client
 * list) side by side, both watched over the same windows: what an NVIDIA host costs beyond a DRM
 * one, with the shared machine's load the same for both (nvidiaBesideI915()).
 */
const NVIDIA_BESIDE_I915 = process.argv.includes('--gpu=nvidia,i915');
if (process.argv.some((a) => a.startsWith('--gpu=')) && !NVIDIA_GPU && !NVIDIA_BESIDE_I915)
  throw new Error('--gpu=nvidia or --gpu=nvidia,i915');
const NV_PCI = '0000:01:00.0';

// /proc lives in memory: a tree on a disk-backed /tmp would measure the disk's dentry cache (and the
// other tenants of a shared machine) instead. tmpfs where there is one.
const TREE_BASE = process.env.PGT_BENCH_DIR ?? (existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());

interface Tree {
  dir: string;
  fdinfo: string[];
  /** the drm-client-id of each of `fdinfo` */
  clientIds: number[];
  /** the fd-table templates non-GPU processes link to (new processes of the churn too) */
  templates: string[];
  /** the last PID handed out (/proc/loadavg's fifth field) */
  lastPid: number;
  /** --gpu=nvidia: the fake nvidia-smi the collector runs, and the PIDs its pmon rows name */
  nvidiaSmi?: string;
  nvidiaPids?: number[];
  /** the GPU is the NVIDIA one (--gpu=nvidia) */
  nvidia: boolean;
}

/**
 * Two layouts of the same tree (every process ≈ 50 fds, the 20 GPU clients in CTs 101–108):
 *  - "worst": what the figures above have always used: a quarter of the processes on the host,
 *    the rest in 40 containers, none of which has a /var/lib/lxc/<vmid>/config, so the walk must
 *    assume any of them may open a GPU and reads every fd table;
 *  - "pve": the same processes as a PVE host would run them, with the proportions ASSUMED, not
 *    measured on a real host (none was at hand): 1 in 16 processes on the host (the node's
 *    daemons, the 40 lxc monitors, kernel threads: all given 50 fds here, which kernel threads
 *    do not have), the rest in 40 equal containers, 8 of which (101–108) have a GPU passed
 *    through with devN; of the 32 others 28 are unprivileged (the default of PVE's create
 *    wizard) and 4 privileged, none with a device. Each container has the generated config and
 *    each of its processes the mountinfo of test/fixtures/collect/lxc (README there): the
 *    walk's GPU-reach filter (collect/ct-gpu-reach.ts) skips the 32 device-less containers.
 */
type Layout = 'worst' | 'pve';
const LXC_FIXTURES = path.resolve('test/fixtures/collect/lxc');

function build(processes: number, layout: Layout = 'worst', nvidia = NVIDIA_GPU): Tree {
  const dir = mkdtempSync(path.join(TREE_BASE, `pgt-bench-${processes}-`));
  const t = new HostTree(dir, 'bench.json');
  t.file('/etc/hostname', 'bench\n');
  if (nvidia) {
    t.file(
      `/proc/driver/nvidia/gpus/${NV_PCI}/information`,
      `Model: \t\t NVIDIA GeForce RTX 3080\nBus Location: \t ${NV_PCI}\nDevice Minor: \t 0\n`,
    );
    t.devNode('/dev/nvidia0', 195, 0);
  } else
    t.addGpu({
      pci: PCI,
      vendorId: '8086',
      deviceId: '4680',
      driver: 'i915',
      card: 0,
      render: 128,
      cardFiles: { gt_act_freq_mhz: '900\n', gt_max_freq_mhz: '1450\n', 'gt/gt0/rc6_residency_ms': '1000\n' },
    });
  t.flushNodes();
  const nvidiaPids: number[] = [];
  const fdinfo: string[] = [];
  const clientIds: number[] = [];
  const rows: ClientRowSpec[] = [];
  const gpuEvery = GPU_CLIENTS > 0 ? Math.floor(processes / GPU_CLIENTS) : Number.POSITIVE_INFINITY;
  // Non-GPU processes share one of a few fd-table templates (fd/ is a symlink to it): the walk still
  // lists and reads every fd of every process, but the tree is built in seconds, not minutes.
  const templates: string[] = [];
  for (let k = 0; k < 16; k++) {
    const tdir = path.join(dir, 'fd-templates', String(k));
    mkdirSync(tdir, { recursive: true });
    for (let fd = 0; fd < FDS; fd++) symlinkSync(fdTarget(k, fd), path.join(tdir, String(fd)));
    templates.push(tdir);
  }
  for (let i = 0; i < processes; i++) {
    const pid = 1000 + i;
    const base = path.join(dir, 'proc', String(pid));
    mkdirSync(path.join(base, 'fdinfo'), { recursive: true });
    // worst: a quarter of the processes on the host; pve: 1 in 16; the rest spread over 40 CTs
    const vmid = i % (layout === 'pve' ? 16 : 4) === 0 ? undefined : 100 + (i % 40);
    const gpu = i % gpuEvery === 0 && fdinfo.length < GPU_CLIENTS;
    const ct = gpu ? 101 + (fdinfo.length % CONTAINERS) : vmid;
    writeFileSync(
      path.join(base, 'cgroup'),
      ct ? `0::/lxc/${ct}/ns/system.slice/s${i}.service\n` : `0::/system.slice/s${i}.service\n`,
    );
    writeFileSync(
      path.join(base, 'status'),
      `Name:\tproc${i}\nState:\tS (sleeping)\nNSpid:\t${pid}${ct ? `\t${i}` : ''}\n`,
    );
    writeFileSync(
      path.join(base, 'stat'),
      `${pid} (proc${i}) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 ${5000 + i} 0 0\n`,
    );
    if (layout === 'pve' && ct) writeFileSync(path.join(base, 'mountinfo'), pveMountinfo(ct));
    if (!gpu) {
      symlinkSync(templates[i % templates.length], path.join(base, 'fd'));
      continue;
    }
    mkdirSync(path.join(base, 'fd'));
    for (let fd = 0; fd < FDS; fd++) symlinkSync(fdTarget(i, fd), path.join(base, 'fd', String(fd)));
    if (nvidia) {
      symlinkSync('/dev/nvidia0', path.join(base, 'fd', String(FDS)));
      nvidiaPids.push(pid);
      // counted as a client (fdinfo's length) without a file: nvidia-smi names it
      fdinfo.push('');
      continue;
    }
    symlinkSync('/dev/dri/renderD128', path.join(base, 'fd', String(FDS)));
    const p = path.join(base, 'fdinfo', String(FDS));
    writeFileSync(
      p,
      i915Fdinfo({
        clientId: 100 + i,
        pdev: PCI,
        engines: { render: 1e9, video: 2e9, copy: 0, 'video-enhance': 0 },
        capacity: { video: 2 },
        residentKiB: 4096,
      }),
    );
    fdinfo.push(p);
    clientIds.push(100 + i);
    rows.push({ command: `proc${i}`, pid, minor: 128, uid: 100000 });
  }
  // the kernel's DRM client list of the GPU (card0/renderD128): a Xorg-less server, 20 clients
  if (!nvidia) writeDrmClients(t, { unique: PCI, minors: [0, 128] }, rows);
  if (layout === 'pve') {
    for (let ct = 100; ct < 140; ct++) t.file(`/var/lib/lxc/${ct}/config`, pveConfig(ct));
  }
  const lastPid = 1000 + processes - 1;
  writeLoadavg(dir, lastPid);
  const nvidiaSmi = nvidia ? writeFakeNvidiaSmi(dir, 'ok', { pids: nvidiaPids, tickMs: 1000 }) : undefined;
  return { dir, fdinfo: nvidia ? [] : fdinfo, clientIds, templates, lastPid, nvidiaSmi, nvidiaPids, nvidia };
}

/** /proc/loadavg as the kernel prints it (fs/proc/loadavg.c): the fifth field is the last PID handed out. */
function writeLoadavg(dir: string, lastPid: number): void {
  const p = path.join(dir, 'proc', 'loadavg');
  writeFileSync(`${p}.tmp`, `0.52 0.58 0.59 1/812 ${lastPid}\n`);
  renameSync(`${p}.tmp`, p);
}

/**
 * Task churn on a bench tree, as a host has it: `perSecond` new tasks, one in four a process (a
 * cron job, a shell command, a worker: cgroup, status, stat and a 50-fd table, in a container or on
 * the host, gone after 5 s) and three in four a thread of a known process (gone after 2 s); every
 * one takes the next PID and moves /proc/loadavg's last PID, as alloc_pid() does. A thread's
 * /proc/<tid> holds only its `status` (Tgid: its process): the kernel's readdir of /proc never lists
 * a thread, a tree's does, so a walk that lists /proc meets them where it would not on a host —
 * with no `cgroup` the old walk drops them after one failed open each pass, the new one after
 * reading `status`. `advance(ms)` creates and removes what that much time brings.
 */
class Churn {
  private made = 0;
  private readonly live: Array<{ pid: number; until: number }> = [];
  private at = 0;
  created = 0;

  constructor(
    private readonly tree: Tree,
    readonly perSecond: number,
  ) {}

  advance(ms: number): void {
    this.at += ms;
    const due = Math.floor((this.at * this.perSecond) / 1000) - this.made;
    const proc = path.join(this.tree.dir, 'proc');
    for (let k = 0; k < due; k++) {
      const pid = ++this.tree.lastPid;
      const n = this.made++;
      const base = path.join(proc, String(pid));
      mkdirSync(base);
      if (n % 4 === 0) {
        const ct = n % 8 === 0 ? undefined : 100 + (n % 40);
        writeFileSync(
          path.join(base, 'cgroup'),
          ct ? `0::/lxc/${ct}/ns/system.slice/c${n}.service\n` : `0::/system.slice/c${n}.service\n`,
        );
        writeFileSync(
          path.join(base, 'status'),
          `Name:\tchurn${n}\nTgid:\t${pid}\nNSpid:\t${pid}${ct ? `\t${n}` : ''}\n`,
        );
        writeFileSync(
          path.join(base, 'stat'),
          `${pid} (churn${n}) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 ${900_000 + n} 0 0\n`,
        );
        symlinkSync(this.tree.templates[n % this.tree.templates.length], path.join(base, 'fd'));
        this.live.push({ pid, until: this.at + 5000 });
      } else {
        // a thread of one of the tree's processes
        writeFileSync(path.join(base, 'status'), `Name:\tthread${n}\nTgid:\t${1000 + (n % 1000)}\n`);
        this.live.push({ pid, until: this.at + 2000 });
      }
      this.created++;
    }
    let kept = 0;
    for (const t of this.live) {
      if (t.until <= this.at) rmSync(path.join(proc, String(t.pid)), { recursive: true, force: true });
      else this.live[kept++] = t;
    }
    this.live.length = kept;
    writeLoadavg(this.tree.dir, this.tree.lastPid);
  }

  /** Runs `advance` every 100 ms of real time until the returned function is called. */
  run(): () => void {
    const timer = setInterval(() => this.advance(100), 100);
    return () => {
      clearInterval(timer);
      this.end();
    };
  }

  /** Removes the tasks still alive. */
  end(): void {
    for (const t of this.live)
      rmSync(path.join(this.tree.dir, 'proc', String(t.pid)), { recursive: true, force: true });
    this.live.length = 0;
  }
}

/** New tasks per second the walk's figures are printed for (--churn=a,b,c). */
const churnRates = (fallback: string) =>
  (process.argv.find((a) => a.startsWith('--churn='))?.slice(8) ?? fallback).split(',').map(Number);

/**
 * The walk's steady pass under churn, two ways on one tree: new PIDs from the kernel's PID cursor
 * (/proc/loadavg, a readdir of /proc every 30 s) and a readdir of /proc every pass (as before).
 * CPU of the passes only (the churn's file writes are between them), 30 passes of 2 s each.
 */
async function walkUnderChurn(tree: Tree, host: HostRoot, processes: number): Promise<string[]> {
  const lines = [
    `    steady pass under churn (new tasks/s: 1 in 4 a process living 5 s, 3 in 4 a thread living 2 s), CPU per pass:`,
  ];
  for (const rate of churnRates('0,10,100,1000')) {
    const figures: string[] = [];
    for (const cursor of [true, false]) {
      const scanner = new ProcScanner(host, { debugfs: false, pidCursor: cursor });
      scanner.setDiscoverySources({ drmDevices: [[0, 128]] });
      let now = Date.now();
      await scanner.scan(now);
      const churn = new Churn(tree, rate);
      let cpu = 0;
      let listed = 0;
      const passes = 30;
      for (let i = -5; i < passes; i++) {
        churn.advance(2000);
        now += 2000;
        const c = await cpuOf(() => scanner.scan(now, 'auto'));
        if (i < 0) continue;
        cpu += c.cpu / passes;
        if (scanner.lastWalk.listed) listed++;
      }
      if (scanner.size < processes)
        throw new Error(`churn ${rate}/s: the walk knows ${scanner.size} processes`);
      churn.end();
      scanner.close();
      figures.push(cursor ? `${ms(cpu)} (/proc listed in ${listed} of ${passes} passes)` : `${ms(cpu)}`);
    }
    lines.push(
      `      ${String(rate).padStart(5)}/s   PID cursor ${figures[0].padEnd(42)} readdir every pass ${figures[1]}`,
    );
  }
  return lines;
}

const gpuCt = (ct: number) => ct >= 101 && ct <= 108;
const lxcFixture = (name: string) => readFileSync(path.join(LXC_FIXTURES, name), 'utf8');

/** The generated config of CT `ct` in the "pve" layout (vmid put in; see build()). */
function pveConfig(ct: number): string {
  const name = gpuCt(ct)
    ? 'generated-unprivileged-devN.conf'
    : ct >= 136
      ? 'generated-privileged.conf'
      : 'generated-unprivileged.conf';
  return lxcFixture(name).replace(/\b(102|105|110)\b/g, String(ct));
}

const mountinfoCache = new Map<boolean, string>();
function pveMountinfo(ct: number): string {
  const gpu = gpuCt(ct);
  let text = mountinfoCache.get(gpu);
  if (text === undefined) {
    text = lxcFixture(gpu ? 'mountinfo-devN.txt' : 'mountinfo-plain.txt');
    mountinfoCache.set(gpu, text);
  }
  return text;
}

function fdTarget(i: number, fd: number): string {
  if (fd < 3) return '/dev/null';
  return fd % 3 === 0
    ? `socket:[${i * 100 + fd}]`
    : fd % 3 === 1
      ? `pipe:[${i * 100 + fd}]`
      : `/var/lib/app/${i}/f${fd}`;
}

/** Median ms per call: the machine is shared, a mean would report the neighbours' load. */
async function timeIt(n: number, f: () => unknown): Promise<number> {
  await f(); // warm up
  const runs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await f();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

/** Mean CPU time (user + system, every thread of this process) per call, ms. */
async function cpuPer(n: number, f: () => unknown): Promise<number> {
  await f();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / n;
}

/** CPU time (user + system) of one call, ms, and its wall time. */
async function cpuOf(f: () => unknown): Promise<{ cpu: number; wall: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await f();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall: performance.now() - t0 };
}

const ms = (v: number) => `${v.toFixed(3)} ms`;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

/** The system calls any walk of every fd makes, and nothing else: readdir each fd/, readlink each fd. */
function readlinkFloor(dir: string): number {
  const proc = path.join(dir, 'proc');
  let links = 0;
  for (const pid of readdirSync(proc)) {
    let fds: string[];
    try {
      fds = readdirSync(`${proc}/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        readlinkSync(`${proc}/${pid}/fd/${fd}`);
        links++;
      } catch {}
    }
  }
  return links;
}

/**
 * readlinkFloor() as the walk reads links: from inside each fd directory (process.chdir(), then
 * the bare names; fd-table-read.ts), so the kernel does not walk /proc/<pid>/fd/ for every fd. The
 * walk's full reclassification less this is its own work (stat reads, stamps, bookkeeping).
 */
function readlinkFloorFromInside(dir: string): number {
  const proc = path.join(dir, 'proc');
  const home = process.cwd();
  let links = 0;
  try {
    for (const pid of readdirSync(proc)) {
      let fds: string[];
      try {
        fds = readdirSync(`${proc}/${pid}/fd`);
        process.chdir(`${proc}/${pid}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        try {
          readlinkSync(fd);
          links++;
        } catch {}
      }
    }
  } finally {
    process.chdir(home);
  }
  return links;
}

/**
 * What nvtop (and igt's gputop) do at every refresh: no cache, every fd of every process looked at,
 * the GPU ones' fdinfo read and parsed. In a host tree the fd is a plain symlink, so the check is a
 * readlink (on a real host nvtop stat()s the fd: dearer, so this is a lower bound).
 */
function nvtopStyleRescan(dir: string): number {
  const proc = path.join(dir, 'proc');
  let found = 0;
  for (const pid of readdirSync(proc)) {
    if (!/^\d+$/.test(pid)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`${proc}/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`${proc}/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (!target.startsWith('/dev/dri/')) continue;
      if (parseDrmFdinfo(readFileSync(`${proc}/${pid}/fdinfo/${fd}`, 'utf8')).kind !== 'none') found++;
    }
  }
  return found;
}

async function measure(processes: number): Promise<void> {
  const t0 = Date.now();
  const tree = build(processes);
  process.stdout.write(
    `\n${processes} processes × ${FDS} fds, ${GPU_CLIENTS} GPU clients in ${CONTAINERS} CTs (tree built in ${((Date.now() - t0) / 1000).toFixed(1)} s; load ${load()})\n`,
  );
  // Building the tree leaves this process tens of MB of its own garbage: collected now, or V8's
  // concurrent marking of it runs on helper threads during (and is charged to) the CPU figures below.
  global.gc?.();
  const host = new HostRoot(tree.dir);
  // The floor of any fdinfo sampler: read and parse the GPU clients' fdinfo, nothing else.
  const readAndParse = () => {
    for (const p of tree.fdinfo) parseDrmFdinfo(readFileSync(p, 'utf8'));
  };
  const floor = await timeIt(200, readAndParse);
  const sampler = new Sampler({ host, node: 'bench', nvidiaSmi: '/nonexistent', discoverMs: 1e12 });
  const first = performance.now();
  const snap = await sampler.sampleNow();
  const firstMs = performance.now() - first;
  if (snap.processes.length !== GPU_CLIENTS)
    throw new Error(`expected ${GPU_CLIENTS} GPU processes, found ${snap.processes.length}`);
  const incremental = await timeIt(100, () => sampler.sampleNow());
  // CPU time too: on a shared machine wall time is the neighbours' as much as ours. Floor and
  // sample in alternating rounds, so that a change of load (or CPU clock) falls on both alike.
  let floorCpu = 0;
  let incrementalCpu = 0;
  for (let round = 0; round < 10; round++) {
    floorCpu += (await cpuPer(50, readAndParse)) / 10;
    incrementalCpu += (await cpuPer(30, () => sampler.sampleNow())) / 10;
  }
  // The same with every client's counters moving (moving-counters.ts): the writes are this
  // process's CPU too, measured alone in the same rounds and taken off.
  const mover = new MovingCounters(tree.fdinfo, tree.clientIds, PCI);
  await sampler.sampleNow();
  mover.write();
  const busy = (await sampler.sampleNow()).processes.filter((p) => (p.engines.render ?? 0) > 0).length;
  if (busy !== GPU_CLIENTS) throw new Error(`counters moving, yet ${busy} of ${GPU_CLIENTS} clients busy`);
  let movingCpu = 0;
  for (let round = 0; round < 10; round++) {
    const both = await cpuPer(30, () => {
      mover.write();
      return sampler.sampleNow();
    });
    movingCpu += (both - (await cpuPer(30, () => mover.write()))) / 10;
  }
  mover.close();
  await sampler.stop();
  const nvtopFound = nvtopStyleRescan(tree.dir);
  if (nvtopFound !== GPU_CLIENTS) throw new Error(`nvtop-style rescan found ${nvtopFound} clients`);
  const nvtop = await timeIt(processes > 5000 ? 5 : 11, () => nvtopStyleRescan(tree.dir));

  const ways: Record<
    'debugfs' | 'walk',
    {
      cold: { cpu: number; wall: number };
      steady: number;
      steadyCpu: number;
      full: number;
      fullCpu: number;
      known: number;
    }
  > = {} as never;
  for (const way of ['debugfs', 'walk'] as const) {
    const scanner = new ProcScanner(host, { debugfs: way === 'debugfs' });
    scanner.setDiscoverySources({ drmDevices: [[0, 128]] });
    let now = Date.now();
    const later = (d: number) => {
      now += d;
      return now;
    };
    let via: string | undefined;
    let clients = 0;
    const cold = await cpuOf(async () => {
      const r = await scanner.scan(now);
      via = r.pass?.via;
      clients = r.clients.length;
    });
    if (via !== way || clients !== GPU_CLIENTS)
      throw new Error(`${way}: pass via ${via}, ${clients} clients`);
    const steady = await timeIt(15, () => scanner.scan(later(2000), 'auto'));
    const steadyCpu = await cpuPer(15, () => scanner.scan(later(2000), 'auto'));
    // median of 3 (after one unmeasured), as the other figures: one run on a shared machine is noise
    await scanner.scan(later(1), 'full');
    const fulls: Array<{ cpu: number; wall: number }> = [];
    for (let i = 0; i < 3; i++) fulls.push(await cpuOf(() => scanner.scan(later(1), 'full')));
    const full = median(fulls.map((f) => f.wall));
    const fullCpu = median(fulls.map((f) => f.cpu));
    ways[way] = { cold, steady, steadyCpu, full, fullCpu, known: scanner.size };
    scanner.close();
  }
  // What any walk of every fd costs in Node, whatever it keeps: readdir of each fd directory and
  // one readlinkSync per fd, nothing else (the reclassification's lower bound on this machine).
  readlinkFloor(tree.dir);
  const floors: number[] = [];
  for (let i = 0; i < 3; i++) floors.push((await cpuOf(() => readlinkFloor(tree.dir))).cpu);
  const linkFloorCpu = median(floors);
  readlinkFloorFromInside(tree.dir);
  const insideFloors: number[] = [];
  for (let i = 0; i < 3; i++) insideFloors.push((await cpuOf(() => readlinkFloorFromInside(tree.dir))).cpu);
  const insideFloorCpu = median(insideFloors);
  const churnLines = await walkUnderChurn(tree, host, processes);
  const amortised = (w: (typeof ways)['walk']) => incremental + w.steady / 2 + w.full / 600;
  const pct = (msPerSecond: number) => `${(msPerSecond / 10).toFixed(3)} %`;
  const d = ways.debugfs;
  const w = ways.walk;
  process.stdout.write(
    [
      `  floor (read + parse ${GPU_CLIENTS} fdinfo files):   ${ms(floor)} wall, ${ms(floorCpu)} CPU`,
      `  incremental sample (ours):             ${ms(incremental)} wall, ${ms(incrementalCpu)} CPU   = ${(incremental / floor).toFixed(2)}× floor wall, ${(incrementalCpu / floorCpu).toFixed(2)}× floor CPU   (target ≤ 2×; clients idle: their fdinfo unchanged)`,
      `    counters moving:                     ${''.padEnd(16)}${ms(movingCpu)} CPU   = ${(movingCpu / floorCpu).toFixed(2)}× floor CPU   (every client's fdinfo rewritten before each sample, the writes' CPU taken off)`,
      `  nvtop-style full rescan per refresh:   ${ms(nvtop)}   = ${(nvtop / floor).toFixed(0)}× floor, ${(nvtop / incremental).toFixed(0)}× ours`,
      `  first sample (first discovery + read): ${ms(firstMs)}`,
      '  discovery                     debugfs list        fd walk',
      `    first pass (wall / CPU)     ${ms(d.cold.wall).padEnd(10)}/ ${ms(d.cold.cpu).padEnd(10)} ${ms(w.cold.wall)} / ${ms(w.cold.cpu)}`,
      `    steady pass (every 2 s)     ${`${ms(d.steady)} / ${ms(d.steadyCpu)}`.padEnd(22)} ${ms(w.steady)} / ${ms(w.steadyCpu)}   (wall / CPU)`,
      `    processes kept in memory    ${String(d.known).padEnd(22)} ${w.known}`,
      ...churnLines,
      `    full reclassification       ${ms(d.full).padEnd(10)} CPU ${ms(d.fullCpu).padEnd(10)} ${ms(w.full)}, CPU ${(w.fullCpu / 1000).toFixed(3)} s   (target ≤ 1 s CPU at 10 000)`,
      `    readlink floor of the walk  ${''.padEnd(22)} CPU ${(linkFloorCpu / 1000).toFixed(3)} s   (readdir + readlinkSync of every fd by its absolute path, nothing else; the walk reads them from inside each fd directory, which costs less)`,
      `      from inside each fd dir   ${''.padEnd(22)} CPU ${(insideFloorCpu / 1000).toFixed(3)} s   (the same after process.chdir() into each fd directory, as the walk reads them: the reclassification less this is the walk's own work)`,
      `    amortised per 1 s sample    ${ms(amortised(d)).padEnd(22)} ${ms(amortised(w))}   (tick + pass / 2 + reclassification / 600)`,
      `                                = ${pct(amortised(d)).padEnd(20)} ${pct(amortised(w))} of one core at 1 Hz`,
    ].join('\n') + '\n',
  );
  global.gc?.();
  rmSync(tree.dir, { recursive: true, force: true });
}

/**
 * The fd walk on the "pve" layout (build()): the same figures as the walk column above, and how
 * many processes' fd tables it read. Printed beside the worst case, never instead of it.
 */
async function walkOnPve(processes: number): Promise<void> {
  const t0 = Date.now();
  const tree = build(processes, 'pve');
  global.gc?.();
  const scanner = new ProcScanner(new HostRoot(tree.dir), { debugfs: false });
  let now = Date.now();
  const later = (d: number) => {
    now += d;
    return now;
  };
  let clients = 0;
  const cold = await cpuOf(async () => {
    clients = (await scanner.scan(now)).clients.length;
  });
  if (clients !== GPU_CLIENTS) throw new Error(`pve layout: the walk found ${clients} clients`);
  const steadyCpu = await cpuPer(15, () => scanner.scan(later(2000), 'auto'));
  await scanner.scan(later(1), 'full');
  const fulls: number[] = [];
  for (let i = 0; i < 3; i++) fulls.push((await cpuOf(() => scanner.scan(later(1), 'full'))).cpu);
  const fullCpu = median(fulls);
  const skipped = scanner.walkSkipped();
  scanner.close();
  const perSecond = steadyCpu / 2 + fullCpu / 600;
  process.stdout.write(
    [
      `
${processes} processes as on a PVE host (ASSUMED proportions, see build(): 1/16 on the host, 40 CTs, 8 with a GPU; tree built in ${((Date.now() - t0) / 1000).toFixed(1)} s; load ${load()})`,
      `  fd walk, GPU-reach filter on: fd tables read ${scanner.size - skipped} of ${scanner.size} (the 32 device-less CTs skipped)`,
      `    first pass CPU              ${ms(cold.cpu)}`,
      `    steady pass CPU (every 2 s) ${ms(steadyCpu)}`,
      `    full reclassification       CPU ${(fullCpu / 1000).toFixed(3)} s   (target ≤ 1 s CPU at 10 000)`,
      `    discovery amortised         ${ms(perSecond)} per 1 s = ${(perSecond / 10).toFixed(3)} % of one core (pass / 2 + reclassification / 600; the tick is the same as above)`,
    ].join('\n') + '\n',
  );
  global.gc?.();
  rmSync(tree.dir, { recursive: true, force: true });
}

// ---- the packaged daemons on a host tree ---------------------------------------------------

/** the build under test; --bundle=<file> names another (a copy kept while the tree is rebuilt) */
const bundle = path.resolve(
  process.argv.find((a) => a.startsWith('--bundle='))?.slice(9) ?? 'dist/api-shim/pve-gpu-tab.mjs',
);

/** /etc and a certificate for `serve`, a config with its state dir, in the host tree. */
function daemonFiles(dir: string, tag = '', nvidiaSmi?: string): string {
  writeNodeCertificate(dir, 'bench');
  const conf = path.join(dir, `bench${tag}.conf`);
  writeFileSync(
    conf,
    `state_dir: ${path.join(dir, `state${tag}`)}\nlisten: 127.0.0.1\n${nvidiaSmi ? `nvidia_smi: ${nvidiaSmi}\n` : ''}`,
  );
  return conf;
}

/** Processes whose parent is `pid` (/proc/<n>/stat's fourth field): the collector's nvidia-smi children. */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(name));
    } catch {
      // gone since the readdir
    }
  }
  return out;
}

/** CPU ns of `pids` (each 0 once gone). */
const cpuNsOf = (pids: number[]) =>
  pids.reduce((sum, p) => {
    try {
      return sum + cpuNs(p);
    } catch {
      return sum;
    }
  }, 0);

/** The node flags (between /usr/bin/node and the bundle) and Environment= of a packaged unit. */
function unitLaunch(unit: string): { nodeFlags: string[]; env: Record<string, string> } {
  const text = readFileSync(path.resolve('packaging/systemd', unit), 'utf8');
  const exec = /^ExecStart=\/usr\/bin\/node (.*?) \/usr\/share\/pve-gpu-tab\/pve-gpu-tab\.mjs /m.exec(text);
  if (!exec) throw new Error(`${unit}: no ExecStart=/usr/bin/node … pve-gpu-tab.mjs`);
  const env: Record<string, string> = {};
  for (const m of text.matchAll(/^Environment=(\w+)=(\S*)$/gm)) env[m[1]] = m[2];
  return { nodeFlags: exec[1].split(' '), env };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the collector and the server exactly as the systemd units do (their node flags and
 * Environment= read from packaging/systemd, same subcommands; --root/--config/--socket/--port point them at the tree), lets the collector's first
 * scan and V8's memory reducer pass, then watches both for `seconds`: CPU of the collector (its
 * 1 Hz sampler with discovery every 2 s; nothing else asks it anything) and RSS of both.
 */
interface DaemonFigures {
  line: string;
  /** % of one core over the window */
  collectorCpu: number;
  serveCpu: number;
  /** --gpu=nvidia: the collector's nvidia-smi children together, % of one core over the window */
  childrenCpu?: number;
}

async function daemons(
  dir: string,
  conf: string,
  seconds: number,
  warmS: number,
  bundlePath = bundle,
  /** a second pair on the same tree at the same time: its own socket, config and state */
  tag = '',
  /** the tree's GPU is the NVIDIA one: its nvidia-smi children's CPU printed apart */
  nvidia = NVIDIA_GPU,
): Promise<DaemonFigures> {
  const sock = path.join(dir, `collector${tag}.sock`);
  rmSync(sock, { force: true });
  rmSync(path.join(dir, `state${tag}`), { recursive: true, force: true });
  const procs: ChildProcess[] = [];
  let log = '';
  try {
    const collectorUnit = unitLaunch('pve-gpu-tab-collector.service');
    const serverUnit = unitLaunch('pve-gpu-tab.service');
    const startedAt = Date.now();
    const collector = spawn(
      process.execPath,
      [
        ...collectorUnit.nodeFlags,
        ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
        ...collectorNodeFlags,
        bundlePath,
        'collector',
        '--config',
        conf,
        '--root',
        dir,
        '--socket',
        sock,
        '--node',
        'bench',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...collectorUnit.env } },
    );
    collector.stdout?.on('data', (c) => {
      log += c;
    });
    collector.stderr?.on('data', (c) => {
      log += c;
    });
    procs.push(collector);
    const until = Date.now() + 60_000;
    while (!existsSync(sock)) {
      if (Date.now() > until || collector.exitCode !== null)
        throw new Error(`collector did not start: ${log.slice(-300)}`);
      await sleep(100);
    }
    const port = await freePort();
    const server = spawn(
      process.execPath,
      [
        ...serverUnit.nodeFlags,
        bundlePath,
        'serve',
        '--config',
        conf,
        '--root',
        dir,
        '--collector',
        sock,
        '--port',
        String(port),
        '--node',
        'bench',
      ],
      { stdio: 'ignore', env: { ...process.env, ...serverUnit.env } },
    );
    procs.push(server);
    await sleep(warmS * 1000);
    // The first minute the history closes allocates each series' ring columns (9 days of Float32,
    // once per install): startup, not the 1 Hz steady state. Wait past it; later closes stay in.
    const firstClose = Math.ceil((startedAt + 1) / 60_000) * 60_000;
    if (Date.now() < firstClose + 2000) await sleep(firstClose + 2000 - Date.now());
    const c0 = procStat(collector.pid as number);
    // children alive through the window (a restarted one would count from its start: none is)
    const children = nvidia ? childrenOf(collector.pid as number) : [];
    const kNs0 = cpuNsOf(children);
    const cNs0 = cpuNs(collector.pid as number);
    const threads0 = showThreads ? threadTimes(collector.pid as number) : undefined;
    const sNs0 = cpuNs(server.pid as number);
    const t0 = performance.now();
    let maxC = c0.rssKiB;
    let maxS = 0;
    for (let i = 0; i < seconds; i++) {
      await sleep(1000);
      maxC = Math.max(maxC, procStat(collector.pid as number).rssKiB);
      maxS = Math.max(maxS, procStat(server.pid as number).rssKiB);
    }
    const c1 = procStat(collector.pid as number);
    const s1 = procStat(server.pid as number);
    // every thread's time on CPU in ns (schedstat): the stat file's 10 ms ticks are too coarse here
    const cpu = ((cpuNs(collector.pid as number) - cNs0) / 1e6 / (performance.now() - t0)) * 100;
    const serveCpu = ((cpuNs(server.pid as number) - sNs0) / 1e6 / (performance.now() - t0)) * 100;
    const childrenCpu = nvidia
      ? ((cpuNsOf(children) - kNs0) / 1e6 / (performance.now() - t0)) * 100
      : undefined;
    const threads = threads0
      ? `\n         collector threads: ${threadSummary(collector.pid as number, threads0, threadTimes(collector.pid as number), performance.now() - t0)}`
      : '';
    if (profileDir) {
      // a CPU profile is written when the process exits, not when it is killed
      const exited = new Promise((r) => collector.once('exit', r));
      collector.kill('SIGTERM');
      await Promise.race([exited, sleep(20_000)]);
    }
    // the way of the window: the last one logged (the collector logs each change; an NVIDIA tree's
    // first passes walk until nvidia-smi answers), and the NVIDIA GPU's own
    const via = [...log.matchAll(/"via":"(\w+)"/g)].pop()?.[1] ?? '?';
    const nvVia = nvidia
      ? ` (NVIDIA GPU: ${[...log.matchAll(new RegExp(`"${NV_PCI}":"([^"]*)"`, 'g'))].pop()?.[1] ?? '?'})`
      : '';
    const mb = (k: number) => `${(k / 1024).toFixed(1)} MB`;
    return {
      line:
        `discovery ${via.padEnd(7)}${nvVia} collector CPU ${cpu.toFixed(2)} % of one core over ${seconds} s, RSS max ${mb(maxC)} (peak ${mb(c1.hwmKiB)}); ` +
        `serve CPU ${serveCpu.toFixed(2)} %, RSS max ${mb(maxS)} (peak ${mb(s1.hwmKiB)})` +
        (childrenCpu === undefined
          ? ''
          : `; its ${children.length} nvidia-smi children CPU ${childrenCpu.toFixed(2)} %`) +
        threads,
      collectorCpu: cpu,
      serveCpu,
      childrenCpu,
    };
  } finally {
    for (const p of procs) p.kill('SIGKILL');
  }
}

/** The daemons on one tree, with the kernel's DRM client list and without it (debugfs absent). */
async function daemonsBothWays(
  processes: number,
  seconds: number,
  warmS: number,
  layout: Layout = 'worst',
): Promise<void> {
  if (!existsSync(bundle)) throw new Error(`${bundle} missing (npm run build)`);
  const tree = build(processes, layout);
  const conf = daemonFiles(tree.dir);
  // the walk's reclassification (every 10 min) falls outside the window: its CPU, measured here
  const scanner = new ProcScanner(new HostRoot(tree.dir), { debugfs: false });
  await scanner.scan(Date.now());
  const fullCpu = (await cpuOf(() => scanner.scan(Date.now() + 1, 'full'))).cpu;
  scanner.close();
  global.gc?.();
  process.stdout.write(
    layout === 'pve'
      ? `\nThe packaged collector on the ${processes}-process tree as on a PVE host (ASSUMED proportions, see build(); 1 Hz; load ${load()}):\n`
      : `\nThe packaged daemons on the ${processes}-process tree (1 Hz; load ${load()}):\n`,
  );
  const debugfs = path.join(tree.dir, 'sys/kernel/debug');
  // the "pve" layout only changes what the walk reads: the debugfs path is the same as above
  for (const way of layout === 'pve' ? (['walk'] as const) : ways) {
    if (way === 'walk') rmSync(debugfs, { recursive: true, force: true });
    // the walk under churn (Churn), at each rate: its pass depends on how many tasks are new
    const rates = way === 'walk' && layout === 'worst' && processes === 2000 ? churnRates('0,20,200') : [0];
    for (const rate of rates) {
      const stop = rate > 0 ? new Churn(tree, rate).run() : () => {};
      try {
        for (const mode of counterModes) {
          const { line } = await withCounters(tree, mode, () => daemons(tree.dir, conf, seconds, warmS));
          process.stdout.write(
            `  ${mode.padEnd(6)} ${line}${way === 'walk' ? `; churn ${rate} tasks/s` : ''}\n`,
          );
        }
      } finally {
        stop();
      }
    }
  }
  process.stdout.write(
    `  walk: + ${((fullCpu / 600_000) * 100).toFixed(3)} % for its 10-min full reclassification (${fullCpu.toFixed(0)} ms CPU each); debugfs: reclassifies only the listed PIDs\n`,
  );
  rmSync(tree.dir, { recursive: true, force: true });
}

/**
 * --gpu=nvidia without --against: discovery's CPU on the 2 000-process NVIDIA tree, in this process,
 * two ways: the walk earlier builds ran for an NVIDIA GPU, and the users from nvidia-smi's rows
 * (each simulated second: a scan, then the 20 clients named by a row, as the sampler does). 200
 * seconds of warm-up, then 600 measured (the walk's 10-min full reclassification falls inside),
 * simulated clock, no sleeping: the scanner's CPU only, not the sampler's tick or nvidia-smi's.
 */
async function nvidiaDiscovery(rounds: number): Promise<void> {
  const tree = build(2000);
  const pids = tree.nvidiaPids ?? [];
  process.stdout.write(
    `\nDiscovery on the 2 000-process tree with an NVIDIA GPU (${pids.length} clients), in process, 600 one-second samples after 200:\n`,
  );
  const got: Record<'walk' | 'rows', number[]> = { walk: [], rows: [] };
  for (let r = 0; r < rounds; r++) {
    for (const way of ['walk', 'rows'] as const) {
      const scanner = new ProcScanner(new HostRoot(tree.dir));
      scanner.setDiscoverySources(
        way === 'walk'
          ? { drmDevices: [], walkOnlyGpus: [NV_PCI], walkFor: 'an NVIDIA GPU without rows' }
          : { drmDevices: [], rowGpus: [NV_PCI] },
      );
      let now = 1_000_000;
      let tables = 0;
      const second = async () => {
        now += 1000;
        const r = await scanner.scan(now);
        tables += r.pass?.fdTables ?? 0;
        for (const pid of pids) scanner.namedByRow(pid, now) ?? (await scanner.learn(pid, now));
      };
      for (let k = 0; k < 200; k++) await second();
      tables = 0;
      const { cpu } = await cpuOf(async () => {
        for (let k = 0; k < 600; k++) await second();
      });
      scanner.close();
      got[way].push(cpu);
      process.stdout.write(
        `  ${way.padEnd(4)} ${cpu.toFixed(0)} ms CPU = ${(cpu / 6000).toFixed(3)} % of one core; ${tables} fd tables read\n`,
      );
      global.gc?.();
    }
  }
  for (const way of ['walk', 'rows'] as const)
    process.stdout.write(`  ${way.padEnd(4)} median ${(median(got[way]) / 6000).toFixed(3)} % of one core\n`);
  rmSync(tree.dir, { recursive: true, force: true });
}

/**
 * This build and another bundle side by side on one 2 000-process tree (one way), both pairs
 * started together and watched over the same window, so that both see the same (shared) load;
 * the order they are started in alternates from round to round.
 */
async function daemonsAgainst(other: string, rounds: number, seconds: number, warmS: number): Promise<void> {
  if (!existsSync(bundle)) throw new Error(`${bundle} missing (npm run build)`);
  if (!existsSync(other)) throw new Error(`${other} missing`);
  const layout: Layout = flag('layout') === 'pve' ? 'pve' : 'worst';
  const tree = build(2000, layout);
  const confs = {
    A: daemonFiles(tree.dir, '-A', tree.nvidiaSmi),
    B: daemonFiles(tree.dir, '-B', tree.nvidiaSmi),
  };
  const way = ways.length === 1 ? ways[0] : 'debugfs';
  if (way === 'walk') rmSync(path.join(tree.dir, 'sys/kernel/debug'), { recursive: true, force: true });
  global.gc?.();
  process.stdout.write(
    `\nThis build (A) and ${other} (B) side by side, ${rounds} rounds, 2 000 processes (${layout} layout), ${GPU_CLIENTS} GPU clients${NVIDIA_GPU ? ' of an NVIDIA GPU (nvidia-smi rows)' : ''}, ${way}, ` +
      `window ${seconds} s after ${warmS} s warm-up:\n`,
  );
  // one churn rate (--churn=N, default none) for both builds on the one tree
  const rate = churnRates('0')[0];
  const stopChurn = rate > 0 ? new Churn(tree, rate).run() : () => {};
  if (rate > 0) process.stdout.write(`  churn: ${rate} new tasks/s (see Churn)\n`);
  // an NVIDIA GPU's clients have no fdinfo to move: idle only
  for (const mode of NVIDIA_GPU ? (['idle'] as const) : counterModes) {
    const got: Record<'A' | 'B', DaemonFigures[]> = { A: [], B: [] };
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
      const figures = await withCounters(tree, mode, () =>
        Promise.all(
          order.map((which) =>
            daemons(tree.dir, confs[which], seconds, warmS, which === 'A' ? bundle : other, `-${which}`),
          ),
        ),
      );
      order.forEach((which, i) => {
        got[which].push(figures[i]);
        process.stdout.write(`  ${mode.padEnd(6)} ${which} (load ${load()}): ${figures[i].line}\n`);
      });
    }
    for (const which of ['A', 'B'] as const) {
      const c = got[which].map((f) => f.collectorCpu);
      const sv = got[which].map((f) => f.serveCpu);
      const kids = got[which].map((f) => f.childrenCpu ?? 0);
      process.stdout.write(
        `  ${mode.padEnd(6)} ${which}: collector CPU median ${median(c).toFixed(2)} % (${c.map((v) => v.toFixed(2)).join(', ')}); ` +
          `serve CPU median ${median(sv).toFixed(2)} % (${sv.map((v) => v.toFixed(2)).join(', ')})` +
          (NVIDIA_GPU
            ? `; nvidia-smi children median ${median(kids).toFixed(2)} % (${kids.map((v) => v.toFixed(2)).join(', ')})`
            : '') +
          '\n',
      );
    }
  }
  stopChurn();
  rmSync(tree.dir, { recursive: true, force: true });
}

/**
 * --gpu=nvidia,i915: this build on two 2 000-process trees at once, one whose GPU is an NVIDIA GPU
 * (users from the fake nvidia-smi's rows) and one whose GPU is an i915 (users from the kernel's DRM
 * client list), each pair started together and watched over the same window, the order alternating
 * from round to round; clients idle on both (an NVIDIA GPU's clients have no fdinfo to move).
 */
async function nvidiaBesideI915(rounds: number, seconds: number, warmS: number): Promise<void> {
  if (!existsSync(bundle)) throw new Error(`${bundle} missing (npm run build)`);
  const trees = { nvidia: build(2000, 'worst', true), i915: build(2000, 'worst', false) };
  const confs = {
    nvidia: daemonFiles(trees.nvidia.dir, '-nvidia', trees.nvidia.nvidiaSmi),
    i915: daemonFiles(trees.i915.dir, '-i915'),
  };
  global.gc?.();
  process.stdout.write(
    `\nThis build on an NVIDIA tree and an i915 tree side by side, ${rounds} rounds, 2 000 processes each, ${GPU_CLIENTS} GPU clients idle, window ${seconds} s after ${warmS} s warm-up:\n`,
  );
  const got: Record<'nvidia' | 'i915', number[]> = { nvidia: [], i915: [] };
  const kids: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? (['nvidia', 'i915'] as const) : (['i915', 'nvidia'] as const);
    const figures = await Promise.all(
      order.map((gpu) =>
        daemons(trees[gpu].dir, confs[gpu], seconds, warmS, bundle, `-${gpu}`, gpu === 'nvidia'),
      ),
    );
    order.forEach((gpu, i) => {
      got[gpu].push(figures[i].collectorCpu);
      if (gpu === 'nvidia') kids.push(figures[i].childrenCpu ?? 0);
      process.stdout.write(`  ${gpu.padEnd(6)} (load ${load()}): ${figures[i].line}\n`);
    });
  }
  for (const gpu of ['nvidia', 'i915'] as const) {
    const c = got[gpu];
    process.stdout.write(
      `  ${gpu.padEnd(6)} collector CPU median ${median(c).toFixed(2)} % (${c.map((v) => v.toFixed(2)).join(', ')})` +
        (gpu === 'nvidia' ? `; nvidia-smi children median ${median(kids).toFixed(2)} %` : '') +
        '\n',
    );
  }
  for (const t of Object.values(trees)) rmSync(t.dir, { recursive: true, force: true });
}

/**
 * Runs `f` (daemons watched) with the tree's GPU clients idle (their fdinfo never changes, as
 * before this flag existed) or their counters moving every second (moving-counters.ts).
 */
async function withCounters<T>(tree: Tree, mode: CounterMode, f: () => Promise<T>): Promise<T> {
  if (mode === 'idle') return f();
  const mover = new MovingCounters(tree.fdinfo, tree.clientIds, PCI);
  mover.start();
  try {
    return await f();
  } finally {
    mover.close();
  }
}

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** --cpu-prof-dir=<dir>: the collector runs with node's --cpu-prof, its profile written there (its CPU figure then includes the profiler's) */
const profileDir = flag('cpu-prof-dir') && path.resolve(flag('cpu-prof-dir') as string);
/**
 * --collector-node-flags=a,b: more node flags for the collector (--trace-gc, --cpu-prof-interval=…:
 * NODE_OPTIONS refuses some of them); its CPU figure then includes what they cost
 */
const collectorNodeFlags =
  flag('collector-node-flags')
    ?.split(',')
    .filter((f) => f !== '') ?? [];
/** --threads: each collector thread's CPU and wake-ups over the window (proc-stat.ts threadSummary()) */
const showThreads = process.argv.includes('--threads');
type CounterMode = 'idle' | 'moving';
const countersFlag = flag('counters');
if (countersFlag !== undefined && countersFlag !== 'idle' && countersFlag !== 'moving')
  throw new Error('--counters=idle|moving');
const counterModes: CounterMode[] = countersFlag ? [countersFlag] : ['idle', 'moving'];
const quick = process.argv.includes('--quick');
const wayFlag = flag('way');
if (wayFlag !== undefined && wayFlag !== 'debugfs' && wayFlag !== 'walk')
  throw new Error('--way=debugfs|walk');
const ways: Array<'debugfs' | 'walk'> = wayFlag ? [wayFlag] : ['debugfs', 'walk'];
const against = flag('against');
/** --warm=S: how long the daemons run before the window (see the header) */
const warmFlag = flag('warm') === undefined ? undefined : Number(flag('warm'));
if (warmFlag !== undefined && !(Number.isFinite(warmFlag) && warmFlag >= 0))
  throw new Error('--warm=S: seconds (≥ 0) the daemons run before their window');
process.stdout.write(`node ${process.version}, ${os.cpus().length} CPUs, load average ${load()} at start\n`);
if (NVIDIA_BESIDE_I915) {
  await nvidiaBesideI915(
    Number(flag('rounds') ?? 3),
    Number(flag('seconds') ?? (quick ? 10 : 40)),
    warmFlag ?? (quick ? 8 : 15),
  );
} else if (NVIDIA_GPU && against === undefined) {
  await nvidiaDiscovery(Number(flag('rounds') ?? 3));
} else if (against !== undefined) {
  await daemonsAgainst(
    path.resolve(against),
    Number(flag('rounds') ?? 3),
    Number(flag('seconds') ?? (quick ? 10 : 40)),
    warmFlag ?? (quick ? 8 : 15),
  );
} else {
  const sizes = process.argv.includes('--daemons-only') ? [] : quick ? [1000] : [1000, 10_000];
  for (const n of sizes) await measure(n);
  if (!process.argv.includes('--daemons-only') && ways.includes('walk')) {
    for (const n of sizes) await walkOnPve(n);
  }
  // target: sampler ≤ 0.5 % of one core at 1 Hz with 2 000 processes; RSS ≤ 80 MB at 10 000
  const window = Number(flag('seconds') ?? (quick ? 10 : 40));
  const warm = warmFlag ?? (quick ? 8 : 15);
  await daemonsBothWays(2000, window, warm);
  if (ways.includes('walk')) await daemonsBothWays(2000, window, warm, 'pve');
  // the collector's 5-minute history save, which no window above sees (history-save.ts)
  await historySaveFigures({ saves: quick ? 6 : 24, rewrites: quick ? 2 : 5 });
  if (!quick) await daemonsBothWays(10_000, 20, warmFlag ?? 20);
}
process.stdout.write(`\nload average ${load()} at the end\n`);
