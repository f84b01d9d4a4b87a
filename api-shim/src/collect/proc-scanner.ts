// SPDX-License-Identifier: AGPL-3.0-or-later
// Finds the host's GPU clients in /proc, incrementally (docs/collectors.md):
//  - every sample: only the cached GPU fds' fdinfo files are read (the floor of any sampler);
//  - every `discoverMs` (2 s), where the kernel lists the DRM clients itself
//    (/sys/kernel/debug/dri/<minor>/clients, drm-clients.ts) and no GPU needs more: only the listed
//    PIDs are looked at — their fd tables walked when their rows change — and nothing else in /proc;
//  - otherwise (no debugfs, not root, a file the kernel refuses, a kernel that lists openers rather
//    than users, or an NVIDIA GPU whose /dev/nvidiaN holders no DRM list names), the walk, every
//    `discoverMs`:
//     - new PIDs from the kernel's PID cursor (/proc/loadavg, pid-window.ts): only the numbers
//       handed out since the pass before last are probed (a stat(), then `status`); one readdir of
//       /proc (exited PIDs dropped, unknown ones added) on the first pass, every `listEveryMs`
//       (30 s), and whenever the cursor cannot say (unreadable, wrapped, more new numbers than
//       max(32, processes / 32)); a known PID in the window may be a new process's: its start
//       time is read;
//     - a new process gets its status/cgroup/stat read and, unless its container cannot open a GPU
//       node (ct-gpu-reach.ts, checked again every `gpuReachMs`, 10 s), its fd table classified
//       once;
//     - a slice of the known processes is re-checked, round robin, so that every process is
//       re-checked every `rescanMs` (2 min) — daemons such as ollama open the GPU late: a stat()
//       of its fd directory, and its table read (fd numbers not seen before) only where that
//       changed (fdDirUnchanged()); nothing for a process whose container cannot open a GPU node;
//       a GPU holder's start time (PID reuse) every pass that lists /proc and at its re-checks;
//  - each process's fds are all classified again every `fullRescanMs` (10 min), its start time
//    read too: an fd number closed and reused for a GPU between two checks is found then.
// The walk uses synchronous fs calls in chunks of `chunk` processes or CHUNK_MS, whichever comes
// first, with a yield between chunks (and a big fd table is read in slices: fd-table-read.ts):
// thousands of tiny async calls through libuv's pool cost several times more CPU.
// Processes that exit mid-read (ENOENT/ESRCH) simply drop out; permission errors are counted.
import { existsSync, readdirSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { DiscoveryFallback, GpuDiscovery } from '../api/types.ts';
import { type HostRoot, isDenied, isGone } from '../host/host-root.ts';
import { ContainerGpuReach } from './ct-gpu-reach.ts';
import { chooseDiscovery, type DiscoveryInputs, type ListOutcome } from './discovery-path.ts';
import { DrmClientFiles } from './drm-clients.ts';
import type { DrmFdinfo, ParsedFdinfo } from './drm-fdinfo.ts';
import { parseDrmFdinfoUpdatable } from './drm-fdinfo-counters.ts';
import { type FdSet, NO_FDS } from './fd-set.ts';
import { FdStatWorker } from './fd-stat-worker.ts';
import { FdTableReader, sizeIsCount } from './fd-table-read.ts';
import { PidWindow, parseLastPid } from './pid-window.ts';
import { parseCgroupOwner } from './proc-cgroup.ts';
import { readProcFile, readProcStatus } from './proc-file-read.ts';
import { parseProcStatus, parseStatStartTime } from './proc-status.ts';
import { RereadFiles } from './reread.ts';

export interface ProcInfo {
  pid: number;
  start?: string;
  owner: string;
  nspid?: number;
  comm: string;
  /** fd → DRM minor (empty for most processes) */
  drmFds: Map<number, number>;
  /** fd → NVIDIA minor (195:N) */
  nvFds: Map<number, number>;
  /** fd numbers seen at the last check (new-fd detection): 1 or 2 bytes per fd (fd-set.ts) */
  seenFds: FdSet;
  /**
   * The fd directory as a re-check's stat() saw it before a read of the table (fdDirUnchanged()):
   * its st_size — on a real /proc the number of open fds (Linux ≥ 6.2) — or −1 where the
   * directory says nothing a re-check could trust (then it reads the table)
   */
  fdCount: number;
  /** with fdCount, the directory's st_mtimeMs in a host tree (0 on a real /proc, whose is fixed) */
  fdTime: number;
  /**
   * resolved path of /proc/<pid>/fdinfo, kept while the process holds a GPU fd (a sample only
   * appends the fd); unset for the others, which are never sampled (70 bytes × 10 000 saved)
   */
  fdinfoDir?: string;
  /**
   * per DRM fd, its fdinfo path and the dedupe key last built for it (readClients()): built when the
   * fd is first sampled, not every second; dropped with the fd, like its held file
   */
  clientSlots?: Map<number, ClientSlot>;
  /** Date.now() of the last full classification */
  fullAt: number;
  /** the walk pass whose readdir of /proc last listed this PID */
  listed: number;
  /**
   * the walk pass that last met this process as the holder of its PID (added, or its start time
   * read): a PID in the pass's window of new numbers (pid-window.ts) met before the previous pass
   * may have been handed to a new process since
   */
  confirmed: number;
  denied: boolean;
  /**
   * set by the walk when the process's container cannot open a GPU node (ct-gpu-reach.ts): its fd
   * table is not read, only its start time at the full check (PID reuse)
   */
  walkOff: boolean;
  /**
   * fds whose stat() did not answer in time (a stalled FUSE/NFS file): not stat()ed again until the
   * thread blocked in that stat() comes back (retryReturnedStats)
   */
  stalled?: Set<number>;
  /**
   * Date.now() of the last sample whose nvidia-smi rows named this process (learn(), namedByRow());
   * 0: never. Where no walk runs, such a process is kept while rows keep naming it.
   */
  rowAt: number;
}

/** What readClients() builds once per sampled DRM fd instead of at each sample. */
export interface ClientSlot {
  /** `${fdinfoDir}/${fd}`: also the held file's name in RereadFiles (a string hashed once) */
  readonly path: string;
  /**
   * the record `key` was built from and the device it named: the same record (readUpdated() brings
   * it up to date in place only where its client id and pdev stay, drm-fdinfo-counters.ts) on the
   * same device gives the same key; a new parse or another device builds it again
   */
  info: ParsedFdinfo | undefined;
  device: string;
  key: string;
}

export interface DrmClientReading {
  /** dedupe key: device + drm-client-id */
  key: string;
  /** PCI address from drm-pdev, else the inventory's device of the minor, else "226:<minor>" */
  device: string;
  minor: number;
  proc: ProcInfo;
  info: DrmFdinfo;
  /** process.hrtime of the read, ns */
  atNs: bigint;
  /** other PIDs holding the same drm_file */
  sharedWith: number[];
}

export interface PassStats {
  newPids: number;
  rechecked: number;
  full: number;
  /**
   * how the pass learnt which processes hold GPU files: "debugfs" is every pass that does not walk,
   * the kernel's DRM lists (none on an NVIDIA-only host) and the processes nvidia-smi's rows name
   */
  via: 'debugfs' | 'walk';
  /** fd tables read by the pass (classified, in full or for new fd numbers) */
  fdTables: number;
  /** why the kernel's DRM client list was not used (walk only) */
  walkBecause?: string;
}

/** What discovery may rely on, from the inventory (the sampler sets it at each refresh). */
export interface DiscoverySources extends DiscoveryInputs {
  /** the DRM minors of each GPU (card first): one debugfs clients file is read per GPU */
  drmDevices: number[][];
  /** set when a GPU's holders are found only by the fd walk (NVIDIA's /dev/nvidiaN): why */
  walkFor?: string;
}

export interface ScanResult {
  clients: DrmClientReading[];
  /** devices whose fdinfo is amdgpu's pre-5.19 format */
  legacyAmdgpu: Set<string>;
  /** PIDs holding /dev/nvidiaN: pid → minors */
  nvidiaHolders: Map<number, number[]>;
  /** clients of runtime-suspended GPUs, not read (idle by definition) */
  asleepHolders: Array<{ proc: ProcInfo; device: string }>;
  processes: number;
  denied: number;
  /** processes with an fd whose stat() stalled (files on unresponsive file systems, skipped) */
  stalled: number;
  /** the discovery pass of this sample, if one ran */
  pass?: PassStats;
}

export interface ScannerOptions {
  discoverMs?: number;
  rescanMs?: number;
  fullRescanMs?: number;
  /** processes per synchronous chunk */
  chunk?: number;
  /** DRM minor → device id (PCI); from the inventory */
  deviceOfMinor?: (minor: number) => string | undefined;
  /** an fd's stat() slower than this counts as stalled; default 1 s */
  statTimeoutMs?: number;
  /** the fd stat worker (tests record what it is asked); default one with statTimeoutMs */
  statWorker?: FdStatWorker;
  /** use the kernel's DRM client list where it can be trusted; default true (false: always walk) */
  debugfs?: boolean;
  /**
   * the walk skips the fd tables of containers that cannot open a GPU node (ct-gpu-reach.ts);
   * default true
   */
  gpuReach?: boolean;
  /** how often each container's GPU reach is checked again; default 10 s */
  gpuReachMs?: number;
  /**
   * the walk learns new PIDs from the kernel's PID cursor (/proc/loadavg, pid-window.ts) and lists
   * /proc only this often (default 30 s) or when the cursor cannot say; false: readdir every pass
   */
  pidCursor?: boolean;
  /** with pidCursor, a readdir of /proc at least this often; default 30 s */
  listEveryMs?: number;
  /** a big fd table is read in slices of this many fds / ms, yielding between (fd-table-read.ts) */
  fdSlice?: { fds?: number; ms?: number };
}

const FDINFO_MAX = 16 * 1024;
/** /proc/loadavg is one line of five fields, ≈ 30–60 bytes (loadavg_proc_show() in fs/proc/loadavg.c) */
const LOADAVG_MAX = 256;
/**
 * At most this much of /proc/<pid>/status, cgroup or stat (proc-file-read.ts): a status past it is
 * a process with thousands of supplementary groups, whose NSpid line (after Groups) is then read
 * on from the rest of the file (readProcStatus()); Name and Tgid come first.
 */
const PROC_FILE_MAX = 64 * 1024;

export class ProcScanner {
  private readonly procs = new Map<number, ProcInfo>();
  /** processes holding a GPU fd: the only ones a sample reads */
  private readonly holders = new Set<ProcInfo>();
  private readonly deniedPids = new Set<number>();
  private readonly stalledPids = new Set<number>();
  private readonly stats: FdStatWorker;
  private lastDiscover = 0;
  /** when the last pass began (either way): a process rows named since is kept by a listed pass */
  private lastPassAt = 0;
  /** fd tables read so far (classified in full or for new fd numbers: scanFds()) */
  fdTableReads = 0;
  /** how the last discovery pass went */
  private lastVia?: 'debugfs' | 'walk';
  /** walk passes so far (ProcInfo.listed) */
  private walks = 0;
  /** the known processes in the order the round robin re-checks them (holes: forgotten ones) */
  private order: ProcInfo[] = [];
  private cursor = 0;
  /** which PIDs a walk pass looks at, from the kernel's PID cursor (undefined: readdir each pass) */
  private readonly window?: PidWindow;
  /** numbers found to be threads (tid → its process's PID) by the last two passes' probes */
  private threads = new Map<number, number>();
  private prevThreads = new Map<number, number>();
  /** what the last walk pass did, for tests and the bench */
  lastWalk: { listed: boolean; why?: string; probed: number } = { listed: true, probed: 0 };
  private readonly discoverMs: number;
  private readonly rescanMs: number;
  private readonly fullRescanMs: number;
  private readonly chunk: number;
  private readonly useDebugfs: boolean;
  /** per container, may its processes open a GPU node (undefined: walk them all) */
  private readonly reach?: ContainerGpuReach;
  private lastReach = 0;
  /**
   * Per container (owner), how many known processes it has and the one whose mountinfo GPU reach
   * reads (its init where known: nspid 1), kept as processes are met and forgotten, so that a
   * reach check loops over containers, not over every process every 10 s.
   */
  private readonly members = new Map<string, { count: number; witness?: ProcInfo }>();
  /** containers whose witness was forgotten: picked again from the processes at the next check */
  private witnessLost = false;
  /** every process given its container's verdict at the next check (the walk took over) */
  private resyncReach = true;
  /**
   * processes of a container met without its verdict applied (learn(), the kernel's list): the
   * next reach check gives them their container's verdict
   */
  private unsynced: ProcInfo[] = [];
  private sources?: DiscoverySources;
  /** per listed PID, its rows of the last debugfs pass: a change re-walks that PID's fds */
  private listedRows = new Map<number, string>();
  private gpuDiscovery: Record<string, GpuDiscovery> = Object.create(null);
  deviceOfMinor: (minor: number) => string | undefined;
  /** host.resolve('/proc'), once: per-PID paths are built from it (a PID is digits only) */
  private readonly procDir: string;
  /** the host root is the machine's own: /proc is the kernel's */
  private readonly realHost: boolean;
  /** reads and classifies one process's fd table */
  private readonly fdTables: FdTableReader;
  /** the kernel's DRM client lists, held open and re-read every discovery pass (drm-clients.ts) */
  private readonly clientLists: DrmClientFiles;
  /** the GPU clients' fdinfo files, held open and re-read every sample (reread.ts) */
  private readonly fdinfoFiles: RereadFiles;
  /** /proc/loadavg, held open and re-read every walk pass (readLastPid()) */
  private readonly procFiles: RereadFiles;

  constructor(
    private readonly host: HostRoot,
    opts: ScannerOptions = {},
  ) {
    this.discoverMs = opts.discoverMs ?? 2000;
    this.rescanMs = opts.rescanMs ?? 120_000;
    this.fullRescanMs = opts.fullRescanMs ?? 600_000;
    this.chunk = opts.chunk ?? 256;
    this.deviceOfMinor = opts.deviceOfMinor ?? (() => undefined);
    this.useDebugfs = opts.debugfs ?? true;
    if (opts.gpuReach ?? true) this.reach = new ContainerGpuReach(host, opts.gpuReachMs ?? 10_000);
    if (opts.pidCursor ?? true)
      this.window = new PidWindow({ maxProbe: 32, listEveryMs: opts.listEveryMs ?? 30_000 });
    this.procDir = host.resolve('/proc');
    this.realHost = host.root === '/';
    this.stats = opts.statWorker ?? new FdStatWorker({ timeoutMs: opts.statTimeoutMs });
    this.fdTables = new FdTableReader({
      host,
      procDir: this.procDir,
      // chdir into fd directories only on the main thread, with an absolute /proc
      relativeOk: path.isAbsolute(this.procDir) && isMainThread,
      stats: this.stats,
      sliceFds: opts.fdSlice?.fds,
      sliceMs: opts.fdSlice?.ms,
    });
    this.fdinfoFiles = new RereadFiles(host.root !== '/');
    this.clientLists = new DrmClientFiles(host);
    this.procFiles = new RereadFiles(host.root !== '/');
  }

  /** fd stat()s that stalled so far. */
  stalledStats(): number {
    return this.stats.stalledCount;
  }

  /** fd tables read in slices so far, and the yields to the event loop between their slices. */
  fdTableSlicing(): { bigReads: number; listedInSlices: number; yields: number } {
    const { bigReads, listedInSlices, yields } = this.fdTables;
    return { bigReads, listedInSlices, yields };
  }

  /** Ends the stat worker thread and closes the held fdinfo and clients files (the sampler's stop()). */
  close(): void {
    this.stats.close();
    this.fdinfoFiles.closeAll();
    this.procFiles.closeAll();
    this.clientLists.close();
  }

  /** What the scanner knows of a PID (owner, NSpid, comm), if it has met it. */
  process(pid: number): ProcInfo | undefined {
    return this.procs.get(pid);
  }

  /** The inventory's view of what discovery may rely on; until the first call, the fd walk. */
  setDiscoverySources(sources: DiscoverySources): void {
    this.sources = sources;
    // a clients file absent so far is looked for again now: a GPU or debugfs may have come
    this.clientLists.forgetAbsent();
  }

  /** Known processes (for tests and memory accounting). */
  get size(): number {
    return this.procs.size;
  }

  /** Known processes whose fd tables the walk skips: their container cannot open a GPU node. */
  walkSkipped(): number {
    let n = 0;
    this.procs.forEach((p) => {
      if (p.walkOff) n += 1;
    });
    return n;
  }

  /** The walk's verdict for a container (ct-gpu-reach.ts), once one of its processes was met. */
  containerReach(vmid: string): { walk: boolean; because: string } | undefined {
    return this.reach?.get(vmid);
  }

  /**
   * One sample. `pass`: "auto" runs discovery when due; "discover" forces it; "full" forces a
   * discovery with every process fully re-classified; "none" only reads the cached fds.
   */
  async scan(
    now = Date.now(),
    pass: 'auto' | 'none' | 'discover' | 'full' = 'auto',
    /** devices (PCI ids) whose clients must not be read: runtime-suspended GPUs (xe, amdgpu wake up) */
    asleep: ReadonlySet<string> = NONE,
  ): Promise<ScanResult> {
    let stats: PassStats | undefined;
    const due = this.lastDiscover === 0 || now - this.lastDiscover >= this.discoverMs;
    if (pass === 'discover' || pass === 'full' || (pass === 'auto' && due)) {
      stats = await this.discover(now, pass === 'full');
    }
    const result = this.readClients(asleep);
    result.pass = stats;
    return result;
  }

  private async discover(now: number, forceFull: boolean): Promise<PassStats> {
    const tablesBefore = this.fdTableReads;
    const previousPass = this.lastPassAt;
    this.lastPassAt = now;
    await this.retryReturnedStats(now);
    const list = this.drmClientList(now);
    const via = list.state === 'ok' ? 'debugfs' : 'walk';
    // processes met by the kernel's list were never given their container's verdict
    const resumed = via === 'walk' && this.lastVia !== undefined && this.lastVia !== 'walk';
    if (resumed) this.resyncReach = true;
    this.lastVia = via;
    let stats: PassStats;
    if (list.state === 'ok') stats = await this.discoverListed(now, list.rows, forceFull, previousPass);
    else {
      this.listedRows.clear();
      stats = await this.discoverByWalk(now, forceFull, resumed);
      stats.walkBecause = list.why;
    }
    stats.fdTables = this.fdTableReads - tablesBefore;
    return stats;
  }

  /**
   * Stalled fds whose stall is over (the thread blocked in their stat() came back: the file system
   * answered or its connection was aborted): their process's fds are classified again now, those
   * fds stat()ed with the rest. A PID reused meanwhile has a new ProcInfo with no stalled fds.
   */
  private async retryReturnedStats(now: number): Promise<void> {
    for (const p of this.stats.takeReturned()) {
      const m = /\/(\d+)\/fd\/(\d+)$/.exec(p);
      const proc = m ? this.procs.get(Number(m[1])) : undefined;
      if (!m || !proc?.stalled?.delete(Number(m[2]))) continue;
      if (proc.stalled.size === 0) {
        proc.stalled = undefined;
        this.stalledPids.delete(proc.pid);
      }
      proc.fullAt = now;
      // exited while its stat was stalled: forgotten now, not at the next readdir of /proc
      if ((await this.scanFds(proc, true)) === 'gone') this.forget(proc);
    }
  }

  /**
   * A PID another source names as a GPU user (nvidia-smi's process rows) that the scanner has not
   * met yet: met now instead of at the next pass (or, for a number behind the PID cursor, the next
   * readdir of /proc), and marked as named by a row (namedByRow()). On the walk its fd table is
   * read too, whatever its container's GPU reach says (it uses a GPU), so that its /dev/nvidiaN fds
   * are known from this sample on; where no walk runs only its owner, NSpid, name and start time
   * (status, cgroup, stat): its fd table has nothing the rows do not say. Before the first
   * discovery pass: nothing (the caller reads what it needs).
   */
  async learn(pid: number, now = Date.now()): Promise<ProcInfo | undefined> {
    const known = this.namedByRow(pid, now);
    if (known || this.lastVia === undefined || !(pid > 0)) return known;
    await this.addProcess(pid, now, false, undefined, this.lastVia === 'walk');
    const met = this.procs.get(pid);
    if (met) met.rowAt = now;
    return met;
  }

  /**
   * A known PID that nvidia-smi's rows name this sample: marked so (ProcInfo.rowAt). Where no walk
   * runs, a process is kept from one pass to the next only while the kernel's DRM list or rows name
   * it (discoverListed()).
   */
  namedByRow(pid: number, now: number): ProcInfo | undefined {
    const known = this.procs.get(pid);
    if (known) known.rowAt = now;
    return known;
  }

  /** Per GPU, the way the last discovery pass learnt its clients and why (discovery-path.ts). */
  discoveryByGpu(): Readonly<Record<string, GpuDiscovery>> {
    return this.gpuDiscovery;
  }

  private drmClientList(now: number): ListOutcome {
    const off = (why: string, because: DiscoveryFallback): ListOutcome => {
      this.gpuDiscovery = Object.create(null);
      for (const id of this.sources?.drmDeviceIds ?? []) this.gpuDiscovery[id] = { via: 'walk', because };
      return { state: 'off', why, because };
    };
    if (!this.useDebugfs) return off('debugfs discovery switched off', 'off');
    if (!this.sources) return off('no inventory yet', 'no-inventory');
    if (this.sources.walkFor && !this.sources.walkOnlyGpus?.length)
      return off(this.sources.walkFor, 'nvidia');
    const choice = chooseDiscovery(this.host, this.sources, (minors) => this.clientLists.read([minors], now));
    this.gpuDiscovery = choice.gpus;
    return choice.list;
  }

  /**
   * Discovery from the kernel's DRM client list: only the listed PIDs exist for us. A PID whose rows
   * changed (a file opened, closed or handed over) has its fd table classified again and its start
   * time read (PID reuse); the others are left alone. Nothing else in /proc is read.
   */
  private async discoverListed(
    now: number,
    rows: ReadonlyArray<{ command: string; pid: number; minor: number; clientId?: string; magic: number }>,
    forceFull: boolean,
    /** when the pass before began: processes rows named since are kept */
    previousPass: number,
  ): Promise<PassStats> {
    // A pass later than twice the interval (a stalled loop, a stopped collector) checks every
    // start time: the argument below holds for one interval, not for any gap.
    const gap = now - this.lastDiscover;
    const late = !(gap >= 0 && gap <= 2 * this.discoverMs);
    this.lastDiscover = now;
    const stats: PassStats = { newPids: 0, rechecked: 0, full: 0, via: 'debugfs', fdTables: 0 };
    const byPid = new Map<number, string>();
    /** PIDs with a row of a dead struct pid: their number is free for any new process */
    let unowned: Set<number> | undefined;
    for (const r of rows) {
      if (r.pid <= 0) continue; // not in our PID namespace
      if (r.command === DEAD_PID_COMMAND) {
        unowned ??= new Set();
        unowned.add(r.pid);
      }
      const row = `${r.command}/${r.minor}/${r.clientId ?? ''}/${r.magic}`;
      const prior = byPid.get(r.pid);
      byPid.set(r.pid, prior === undefined ? row : `${prior} ${row}`);
    }
    // Processes nvidia-smi's rows named since the previous pass are kept (the sampler marks them
    // after each sample's scan, so the previous pass's own sample counts): no fd table of theirs
    // is read, their start time is read every pass (a handful of GPU users: PID reuse must not
    // hand their usage to a new process). The rest that no list names are gone for us.
    for (const [pid, proc] of this.procs) {
      if (byPid.has(pid)) continue;
      if (proc.rowAt === 0 || proc.rowAt < previousPass) this.forget(proc);
      else {
        const stat = this.readProc(pid, 'stat');
        if (stat === undefined || parseStatStartTime(stat) !== proc.start) this.forget(proc);
      }
    }
    let n = 0;
    for (const [pid, sig] of byPid) {
      let proc = this.procs.get(pid);
      const changed = this.listedRows.get(pid) !== sig;
      const full = proc !== undefined && (forceFull || now - proc.fullAt >= this.fullRescanMs);
      // PID reuse (docs/collectors.md "PID reuse and the kernel's list"): rows unchanged since the
      // last pass, each naming a live task, mean the same process — its number cannot have been
      // freed and handed out again in between. The start time is read where that does not hold:
      // rows changed, a row of a dead struct pid ("<unknown>"), a late pass, and at the process's
      // full reclassification (every fullRescanMs) whatever the rows say.
      if (proc && (changed || full || late || unowned?.has(pid))) {
        const stat = this.readProc(pid, 'stat');
        if (stat === undefined) {
          this.forget(proc);
          continue;
        }
        if (parseStatStartTime(stat) !== proc.start) {
          this.forget(proc);
          proc = undefined;
        }
      }
      if (!proc) {
        await this.addProcess(pid, now);
        stats.newPids += 1;
      } else {
        // A listed PID with no GPU fd found yet is looked at again each pass (one readdir): the
        // kernel says it uses a DRM file, so it holds one, or is about to.
        if (full || changed || (proc.drmFds.size === 0 && proc.nvFds.size === 0)) {
          if (full) proc.fullAt = now;
          await this.scanFds(proc, full || changed);
          stats.rechecked += 1;
          if (full) stats.full += 1;
        }
      }
      if (chunkDone(++n, this.chunk)) await yieldToLoop();
    }
    this.listedRows = byPid;
    return stats;
  }

  private async discoverByWalk(
    now: number,
    forceFull: boolean,
    /**
     * the walk takes over from the lists (nvidia-smi stopped answering, debugfs went away): the
     * processes they did not name were forgotten, and many are older than the PID cursor's window
     */
    resumed = false,
  ): Promise<PassStats> {
    const elapsed = this.lastDiscover === 0 ? 0 : now - this.lastDiscover;
    this.lastDiscover = now;
    const stamp = ++this.walks;
    const stats: PassStats = { newPids: 0, rechecked: 0, full: 0, via: 'walk', fdTables: 0 };
    // The kernel's PID cursor first (pid-window.ts): a task created after this read has a higher
    // number, so the next pass's window holds it. A readdir where the window cannot say.
    const window = this.window;
    // Probing a live number costs a `status` read (≈ 35–60 µs on a real /proc, a thread's dearer),
    // a readdir of /proc ≈ 1.3 µs per process plus a loop over every known one: past about one
    // number per 32 processes the readdir is cheaper (docs/collectors.md).
    const plan = window?.plan(
      this.readLastPid(),
      now,
      forceFull || resumed,
      Math.max(32, this.procs.size >> 5),
    );
    this.prevThreads = this.threads;
    this.threads = new Map();
    let listed: Int32Array | undefined;
    /** known PIDs in the window met before the previous pass: their number may be a new process's */
    const suspects: ProcInfo[] = [];
    if (!plan || plan.kind === 'list') {
      listed = this.listPids();
      // Exited processes: those this readdir did not list. A stamp per process rather than a Set
      // of the 10 000 PIDs each pass: what lives through a pass (it yields) is promoted to V8's
      // old generation, and a pass's garbage there grew the collector's RSS by ~0.4 MB/s.
      for (let k = 0; k < listed.length; k++) {
        const pid = listed[k];
        const proc = this.procs.get(pid);
        if (!proc) continue;
        proc.listed = stamp;
        if (proc.confirmed < stamp - 1 && window?.inWindow(pid)) suspects.push(proc);
      }
      // forEach: a for…of over the map makes an iterator result per entry until V8 optimises the
      // loop
      this.procs.forEach((proc) => {
        if (proc.listed !== stamp) this.forget(proc);
      });
      this.lastWalk = { listed: true, why: plan?.why ?? 'no-cursor', probed: 0 };
    } else this.lastWalk = { listed: false, probed: plan.to - plan.from };
    if (this.reach && now - this.lastReach >= this.reach.refreshMs) {
      this.lastReach = now;
      await this.refreshReach(this.reach, now);
    }
    // A slice of the known processes, round robin, so each is re-checked every rescanMs.
    const known = this.procs.size;
    const share = forceFull ? known : Math.min(known, Math.ceil((known * elapsed) / this.rescanMs));
    const recheck = this.slice(share);
    // GPU holders are few and their PID reuse would misattribute usage: start time every pass that
    // lists /proc. A pass that probes the cursor's window needs none: a holder's number handed to
    // a new process lies in the window, where the probe reads its start time (and a sample reading
    // a held fdinfo of an exited process gets ENOENT, reread.ts).
    if (plan?.kind !== 'probe') {
      for (const proc of [...this.holders]) {
        if (recheck.includes(proc)) continue;
        await this.checkStart(proc, now, stamp);
      }
    }
    for (const proc of suspects) await this.checkStart(proc, now, stamp);
    let n = 0;
    for (const proc of recheck) {
      if (this.procs.get(proc.pid) !== proc) continue;
      const full = forceFull || now - proc.fullAt >= this.fullRescanMs;
      // Most re-checks end here, with nothing to await (an awaited call is a promise and a
      // suspended frame each, 34 a pass at 2 000 processes): a process not walked, or whose fd
      // directory is as it was when its table was read. A GPU holder's start time is read first.
      const quick = !full && !this.holders.has(proc);
      if (!(quick && (proc.walkOff || this.fdDirUnchanged(proc)))) await this.recheck(proc, full, now, quick);
      stats.rechecked += 1;
      if (full) stats.full += 1;
      if (chunkDone(++n, this.chunk)) await yieldToLoop();
    }
    if (listed) {
      for (let k = 0; k < listed.length; k++) {
        const pid = listed[k];
        if (this.procs.has(pid)) continue;
        if (await this.addProcess(pid, now, true)) stats.newPids += 1;
        if (chunkDone(++n, this.chunk)) await yieldToLoop();
      }
    } else if (plan?.kind === 'probe') {
      for (let pid = plan.from + 1; pid <= plan.to; pid++) {
        if (await this.probe(pid, now, stamp)) stats.newPids += 1;
        if (chunkDone(++n, this.chunk)) await yieldToLoop();
      }
    }
    return stats;
  }

  /**
   * The kernel's last handed-out PID (/proc/loadavg), or undefined where it cannot be read. Read
   * every pass through a descriptor held open (reread.ts: loadavg is a seq_file, a read at offset 0
   * prints it anew): one pread instead of readFileSync's open, fstat, two reads and close.
   */
  private readLastPid(): number | undefined {
    try {
      return this.procFiles.readDerived(`${this.procDir}/loadavg`, LOADAVG_MAX, parseLastPid);
    } catch {
      return undefined;
    }
  }

  /**
   * A number in the pass's window (pid-window.ts): a process met before the previous pass whose
   * number may have been handed out again, a thread, a new process, or nothing (not yet attached:
   * looked at again by the next pass). True when a process was added.
   */
  private async probe(pid: number, now: number, stamp: number): Promise<boolean> {
    const proc = this.procs.get(pid);
    if (proc) {
      if (proc.confirmed < stamp - 1) await this.checkStart(proc, now, stamp);
      return false;
    }
    const tgid = this.prevThreads.get(pid) ?? this.threads.get(pid);
    if (tgid !== undefined) {
      this.threads.set(pid, tgid);
      return false;
    }
    // Most numbers of a busy window are short-lived tasks already gone: access(2) says so without
    // the exception a failed read costs (≈ 4 against 18 µs on a real /proc), and without the
    // Stats object and its four Dates a stat() builds on Node 20 (statSync: 5.3–5.8 µs)
    if (!existsSync(`${this.procDir}/${pid}`)) return false;
    const status = this.readProc(pid, 'status');
    if (status === undefined) return false;
    return this.addProcess(pid, now, true, status);
  }

  /** Reads a known process's start time: gone → forgotten; another process → met anew. */
  private async checkStart(proc: ProcInfo, now: number, stamp: number): Promise<void> {
    if (this.procs.get(proc.pid) !== proc) return;
    const stat = this.readProc(proc.pid, 'stat');
    if (stat === undefined) this.forget(proc);
    else if (parseStatStartTime(stat) !== proc.start) {
      this.forget(proc);
      await this.addProcess(proc.pid, now, true);
    } else proc.confirmed = stamp;
  }

  /** A process of a container is known now: counted, and its witness if the first or its init. */
  private joined(p: ProcInfo, gated: boolean): void {
    if (p.owner === 'host') return;
    const m = this.members.get(p.owner);
    if (!m) this.members.set(p.owner, { count: 1, witness: p });
    else {
      m.count += 1;
      if (!m.witness || (p.nspid === 1 && m.witness.nspid !== 1)) m.witness = p;
    }
    if (!gated && this.reach && this.lastVia === 'walk' && !this.resyncReach) this.unsynced.push(p);
  }

  /** A process of a container is forgotten: uncounted; its container's witness picked again. */
  private left(p: ProcInfo): void {
    if (p.owner === 'host') return;
    const m = this.members.get(p.owner);
    if (!m) return;
    m.count -= 1;
    if (m.count <= 0) this.members.delete(p.owner);
    else if (m.witness === p) {
      m.witness = undefined;
      this.witnessLost = true;
    }
  }

  /**
   * Checks every container's GPU reach again (its config changed, a device was hot-plugged or
   * unplugged): processes of a container that can now open a GPU node are walked at once; those of
   * one that no longer can keep the GPU fds they hold (the cgroup is checked at open only) and are
   * not walked any more. One check per container (its witness's mountinfo, its config's stat); the
   * processes are looped over only where a witness must be picked again or a verdict changed.
   */
  private async refreshReach(reach: ContainerGpuReach, now: number): Promise<void> {
    const members = this.members;
    if (this.witnessLost) {
      // one process per container, its init where known (nspid 1): whose mountinfo is read
      this.witnessLost = false;
      this.procs.forEach((p) => {
        if (p.owner === 'host') return;
        const m = members.get(p.owner);
        if (m && (!m.witness || (p.nspid === 1 && m.witness.nspid !== 1))) m.witness = p;
      });
    }
    reach.keepOnly(members);
    const opened = new Set<string>();
    let changed = false;
    members.forEach((m, vmid) => {
      if (!m.witness) return; // not reached: every member of the map has a process
      const was = reach.get(vmid)?.walk;
      const r = reach.check(vmid, m.witness.pid, now);
      if (r.walk !== was) changed = true;
      if (r.walk && was === false) opened.add(vmid);
    });
    const toWalk: ProcInfo[] = [];
    const sync = (p: ProcInfo) => {
      if (p.owner === 'host' || this.procs.get(p.pid) !== p) return;
      const walk = reach.get(p.owner)?.walk ?? true;
      if (walk && p.walkOff) {
        p.walkOff = false;
        if (opened.has(p.owner)) toWalk.push(p);
      } else if (!walk && !p.walkOff) p.walkOff = true;
    };
    if (changed || this.resyncReach) this.procs.forEach(sync);
    else for (const p of this.unsynced) sync(p);
    this.unsynced = [];
    this.resyncReach = false;
    let n = 0;
    for (const p of toWalk) {
      if (this.procs.get(p.pid) !== p) continue;
      p.fullAt = now;
      await this.scanFds(p, true);
      if (chunkDone(++n, this.chunk)) await yieldToLoop();
    }
  }

  /**
   * The next `count` known processes of the round robin, wrapping around: O(count), where a walk of
   * the process map from its start was two loops over every process each pass. Forgotten
   * processes leave holes in `order`, skipped here and compacted away once they outnumber it.
   */
  private slice(count: number): ProcInfo[] {
    const out: ProcInfo[] = [];
    const order = this.order;
    if (order.length > 64 && order.length > 2 * this.procs.size) {
      let kept = 0;
      let cursor = 0;
      for (let i = 0; i < order.length; i++) {
        const p = order[i];
        if (i === this.cursor) cursor = kept;
        if (this.procs.get(p.pid) === p) order[kept++] = p;
      }
      order.length = kept;
      this.cursor = cursor;
    }
    if (count <= 0 || order.length === 0) return out;
    let i = this.cursor % order.length;
    for (let seen = 0; seen < order.length && out.length < count; seen++) {
      const p = order[i];
      if (this.procs.get(p.pid) === p) out.push(p);
      i = i + 1 === order.length ? 0 : i + 1;
    }
    this.cursor = i;
    return out;
  }

  /**
   * A re-check's look at the fd directory: true when it is as it was when stamped, so the table
   * need not be read. Otherwise this stat() becomes the stamp, taken before the read that
   * follows (a change after it makes the next re-check read again):
   *  - a real /proc: st_size of /proc/<pid>/fd, which since Linux 6.2 is the number of open fds
   *    (proc_fd_getattr() in fs/proc/fd.c); 0 before 6.2 for every table: not trusted there
   *    (where sizes are counts, 0 is a table with no fd, trusted). A close and an open between
   *    two re-checks keep the count: found at the full check (fullRescanMs), as before;
   *  - a host tree (tests, the demo, the bench): any entry added to, removed from or renamed in a
   *    directory changes its st_mtime (POSIX), and on tmpfs its size too, so (size, mtime)
   *    unchanged means the same names. Not trusted while the mtime is within 2 s of now: a
   *    change made in the same tick of the file system's coarse clock after this stat would
   *    leave it as it was.
   * Every read of a table is stamped just before it (a stamp taken before one read stays right
   * through later reads: an unchanged directory means every read since saw the same names): a
   * re-check with the stat() it makes anyway, a first read or a full one with a stat() of its own
   * (scanFds()), which also tells the read how big the table is now.
   */
  private fdDirUnchanged(proc: ProcInfo): boolean {
    const st = this.fdDirStat(proc);
    if (
      st !== undefined &&
      proc.fdCount >= 0 &&
      st.size === proc.fdCount &&
      (this.realHost ? 0 : st.mtimeMs) === proc.fdTime
    )
      return true;
    this.stampFdDir(proc, st);
    return false;
  }

  private fdDirStat(proc: ProcInfo): Stats | undefined {
    try {
      return statSync(`${this.procDir}/${proc.pid}/fd`, { throwIfNoEntry: false });
    } catch {
      return undefined; // EACCES and the like: the read says what it is
    }
  }

  /** The fd directory's stamp from a stat() taken before a read of the table (see fdDirUnchanged()). */
  private stampFdDir(proc: ProcInfo, st: Stats | undefined): void {
    proc.fdCount = -1;
    proc.fdTime = 0;
    if (st === undefined) return;
    if (this.realHost) {
      // 0 where sizes are counts is a table with no fd (a kernel thread: kthreadd's children share
      // init's empty table; a zombie), whose re-checks then end at the stat() as any other's
      // instead of listing an empty directory every rescanMs; before Linux 6.2 every table says 0
      if (st.size > 0 || (st.size === 0 && sizeIsCount())) proc.fdCount = st.size;
    } else if (st.mtimeMs < Date.now() - 2000) {
      proc.fdCount = st.size;
      proc.fdTime = st.mtimeMs;
    }
  }

  private forget(proc: ProcInfo): void {
    if (proc.fdinfoDir !== undefined) this.fdinfoFiles.closeUnder(`${proc.fdinfoDir}/`);
    const known = this.procs.get(proc.pid);
    if (known) this.left(known);
    this.procs.delete(proc.pid);
    this.holders.delete(proc);
    this.deniedPids.delete(proc.pid);
    this.stalledPids.delete(proc.pid);
  }

  /** The PIDs in /proc, in readdir's order. */
  private listPids(): Int32Array {
    let names: string[];
    try {
      names = readdirSync(this.procDir);
    } catch (err) {
      if (isGone(err)) return new Int32Array(0);
      throw err;
    }
    // Into a typed array (off the JS heap): it lives through the pass, and a JS array of 10 000
    // numbers would be promoted to the old generation each pass. Digits only, by hand: a regex
    // test per entry allocated ~80 bytes each.
    const out = new Int32Array(names.length);
    let n = 0;
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      // PID_MAX_LIMIT is 2^22 (include/linux/threads.h): a longer name is no PID
      if (name.length > 7) continue;
      let pid = 0;
      for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i) - 48;
        if (c < 0 || c > 9) {
          pid = 0;
          break;
        }
        pid = pid * 10 + c;
      }
      if (pid > 0) out[n++] = pid;
    }
    return out.subarray(0, n);
  }

  private readProc(pid: number, name: string): string | undefined {
    try {
      const file = `${this.procDir}/${pid}/${name}`;
      return name === 'status' ? readProcStatus(file, PROC_FILE_MAX) : readProcFile(file, PROC_FILE_MAX);
    } catch (err) {
      if (isGone(err) || isDenied(err)) return undefined;
      throw err;
    }
  }

  /**
   * `gated`: the walk's call, which skips the fd table where the container cannot open a GPU.
   * `status`: /proc/<pid>/status where the caller read it already. False where `pid` is no
   * process (gone, or a thread: then its process is met instead, if not known yet).
   */
  private async addProcess(
    pid: number,
    now: number,
    gated = false,
    status?: string,
    /** false: owner, NSpid, name and start time only (learn() where no walk runs) */
    readFds = true,
  ): Promise<boolean> {
    status ??= this.readProc(pid, 'status');
    if (status === undefined) return false; // exited between readdir and read
    const st = parseProcStatus(status);
    // /proc/<tid> of a thread answers as its process's does (proc_pid_lookup() in fs/proc/base.c
    // finds any task by number; only readdir of /proc lists thread-group leaders alone)
    if (st.tgid !== undefined && st.tgid !== pid) {
      this.threads.set(pid, st.tgid);
      if (!this.procs.has(st.tgid) && st.tgid > 0)
        return this.addProcess(st.tgid, now, gated, undefined, readFds);
      return false;
    }
    const cgroup = this.readProc(pid, 'cgroup');
    if (cgroup === undefined) return false;
    const stat = this.readProc(pid, 'stat');
    const owner = parseCgroupOwner(cgroup).owner;
    let walkOff = false;
    if (gated && this.reach && owner !== 'host') {
      // the first process met of a container has it checked (two small reads), later ones reuse it
      walkOff = !(this.reach.get(owner) ?? this.reach.check(owner, pid, now)).walk;
    }
    const proc: ProcInfo = {
      pid,
      start: stat ? parseStatStartTime(stat) : undefined,
      owner,
      nspid: st.nspid.length > 1 ? st.nspid[st.nspid.length - 1] : undefined,
      comm: st.name ?? '?',
      drmFds: EMPTY,
      nvFds: EMPTY,
      seenFds: NO_FDS,
      fdCount: -1,
      fdTime: 0,
      fullAt: now,
      listed: this.walks,
      confirmed: this.walks,
      denied: false,
      walkOff,
      // every field in the literal: one hidden class, no out-of-object property array per process
      fdinfoDir: undefined,
      clientSlots: undefined,
      stalled: undefined,
      rowAt: 0,
    };
    this.procs.set(pid, proc);
    this.order.push(proc);
    this.joined(proc, gated);
    if (!walkOff && readFds) await this.scanFds(proc, true);
    return true;
  }

  /** `fdDirChanged`: the caller found the fd directory changed (fdDirUnchanged()) already. */
  private async recheck(proc: ProcInfo, full: boolean, now: number, fdDirChanged = false): Promise<void> {
    // A container that cannot open a GPU node: no fd table to read. Its PID may be reused by a
    // process of another container (checked at the full check, as for any process).
    if (proc.walkOff && !this.holders.has(proc)) {
      if (!full) return;
      proc.fullAt = now;
      const stat = this.readProc(proc.pid, 'stat');
      if (stat === undefined) this.forget(proc);
      else if (parseStatStartTime(stat) !== proc.start) {
        this.forget(proc);
        await this.addProcess(proc.pid, now, true);
      }
      return;
    }
    // PID reuse matters where it could misattribute usage: GPU holders are checked every time,
    // the rest at their full check.
    if (full || this.holders.has(proc)) {
      const stat = this.readProc(proc.pid, 'stat');
      if (stat === undefined) {
        this.forget(proc);
        return;
      }
      if (parseStatStartTime(stat) !== proc.start) {
        this.forget(proc);
        await this.addProcess(proc.pid, now, true);
        return;
      }
    }
    if (full) proc.fullAt = now;
    else if (!fdDirChanged && this.fdDirUnchanged(proc)) return;
    // Gone: forgotten now rather than at the next readdir of /proc (up to listEveryMs away).
    // (not full: fdDirUnchanged() has just stamped the directory's size)
    if ((await this.scanFds(proc, full, !full)) === 'gone') this.forget(proc);
  }

  /**
   * Classifies a process's fds (fd-table-read.ts; 'gone': its fd directory no longer exists).
   * `sizeJustStamped`: a re-check's stat() stamped the directory just now. Otherwise it is stamped
   * here: an older stamp (a new process has none; a full check's may be minutes old) says nothing
   * about the table now, and its size is what tells the read a big table (read in slices: a
   * process may have opened 500 000 fds since) from a small one (fd-table-read.ts).
   */
  private async scanFds(proc: ProcInfo, all: boolean, sizeJustStamped = false): Promise<'gone' | undefined> {
    if (!sizeJustStamped) this.stampFdDir(proc, this.fdDirStat(proc));
    this.fdTableReads += 1;
    const r = await this.fdTables.read(proc, all, this.realHost ? proc.fdCount : undefined);
    if (r.state !== 'read') proc.fdCount = -1; // not read: the next re-check tries again
    if (r.state === 'denied') {
      proc.denied = true;
      this.deniedPids.add(proc.pid);
      return;
    }
    if (r.state === 'gone') return 'gone';
    if (proc.denied) this.deniedPids.delete(proc.pid);
    proc.denied = false;
    proc.seenFds = r.seenFds;
    for (const fd of r.stalled) {
      proc.stalled ??= new Set();
      proc.stalled.add(fd);
      this.stalledPids.add(proc.pid);
    }
    const { drm, nv } = r;
    // fds no longer DRM clients: their held fdinfo files closed
    if (proc.fdinfoDir !== undefined)
      for (const fd of proc.drmFds.keys())
        if (!drm.has(fd)) {
          this.fdinfoFiles.close(`${proc.fdinfoDir}/${fd}`);
          proc.clientSlots?.delete(fd);
        }
    // Most processes hold no GPU: they share one empty map instead of two each.
    proc.drmFds = drm.size ? drm : EMPTY;
    proc.nvFds = nv.size ? nv : EMPTY;
    if (drm.size || nv.size) {
      proc.fdinfoDir ??= `${this.procDir}/${proc.pid}/fdinfo`;
      this.holders.add(proc);
    } else {
      proc.fdinfoDir = undefined;
      proc.clientSlots = undefined;
      this.holders.delete(proc);
    }
  }

  private dropFd(proc: ProcInfo, fd: number): void {
    if (proc.fdinfoDir !== undefined) this.fdinfoFiles.close(`${proc.fdinfoDir}/${fd}`);
    proc.clientSlots?.delete(fd);
    if (proc.drmFds.has(fd)) {
      const next = new Map(proc.drmFds);
      next.delete(fd);
      proc.drmFds = next.size ? next : EMPTY;
    }
    if (proc.drmFds.size === 0 && proc.nvFds.size === 0) this.holders.delete(proc);
  }

  private readClients(asleep: ReadonlySet<string>): ScanResult {
    const result: ScanResult = {
      clients: [],
      legacyAmdgpu: new Set(),
      nvidiaHolders: new Map(),
      asleepHolders: [],
      processes: this.procs.size,
      denied: 0,
      stalled: this.stalledPids.size,
    };
    const byKey = new Map<string, DrmClientReading>();
    for (const proc of this.holders) {
      if (proc.nvFds.size > 0) result.nvidiaHolders.set(proc.pid, [...new Set(proc.nvFds.values())]);
      // dropFd replaces the map rather than changing it: iterating this one stays safe
      for (const [fd, minor] of proc.drmFds) {
        const device = this.deviceOfMinor(minor);
        if (device !== undefined && asleep.has(device)) {
          result.asleepHolders.push({ proc, device });
          continue;
        }
        let slot = proc.clientSlots?.get(fd);
        if (slot === undefined) {
          const path = `${proc.fdinfoDir ?? `${this.procDir}/${proc.pid}/fdinfo`}/${fd}`;
          slot = { path, info: undefined, device: '', key: '' };
          proc.clientSlots ??= new Map();
          proc.clientSlots.set(fd, slot);
        }
        let info: ParsedFdinfo;
        try {
          // held open and re-read from offset 0 (reread.ts); at most FDINFO_MAX bytes are parsed,
          // bytes unchanged since the last read (an idle client) are not parsed again, and where only
          // counters' digits moved (a busy client) the record is updated in place (drm-fdinfo-counters.ts)
          info = this.fdinfoFiles.readUpdated(slot.path, FDINFO_MAX, parseDrmFdinfoUpdatable);
        } catch (err) {
          // Closed (or the process exited) since the fd was classified.
          if (isGone(err)) this.dropFd(proc, fd);
          else if (isDenied(err)) {
            proc.denied = true;
            this.deniedPids.add(proc.pid);
          }
          // anything else (EIO, EISDIR in a broken snapshot) loses this client for one sample only
          continue;
        }
        this.addReading(byKey, result, proc, fd, minor, info, slot);
      }
    }
    result.denied = this.deniedPids.size;
    result.clients = [...byKey.values()];
    return result;
  }

  private addReading(
    byKey: Map<string, DrmClientReading>,
    result: ScanResult,
    proc: ProcInfo,
    fd: number,
    minor: number,
    /** the held file's record (reread.ts readUpdated()): valid for this scan, updated at the next */
    info: ParsedFdinfo,
    slot: ClientSlot,
  ): void {
    const atNs = process.hrtime.bigint();
    const device =
      (info.kind !== 'none' ? info.pdev : undefined) ?? this.deviceOfMinor(minor) ?? `226:${minor}`;
    if (info.kind === 'legacy-amdgpu') {
      result.legacyAmdgpu.add(device);
      return;
    }
    if (info.kind === 'none') return; // a DRM driver without usage stats (nouveau, nvidia-drm)
    // Without a client id, dup'd fds cannot be told apart: key by fd then (counted per fd).
    if (slot.info !== info || slot.device !== device) {
      slot.key = `${device}/${info.clientId ?? `pid${proc.pid}fd${fd}`}`;
      slot.info = info;
      slot.device = device;
    }
    const key = slot.key;
    const reading: DrmClientReading = { key, device, minor, proc, info, atNs, sharedWith: [] };
    const prior = byKey.get(key);
    if (!prior) {
      byKey.set(key, reading);
      return;
    }
    // One drm_file, several holders (dup, fork, SCM_RIGHTS): count it once, for the best holder.
    if (prior.proc.pid === proc.pid) return;
    const better = preferHolder(prior.proc, proc) === proc ? reading : prior;
    const other = better === reading ? prior : reading;
    better.sharedWith = [...new Set([...prior.sharedWith, ...reading.sharedWith, other.proc.pid])];
    byKey.set(key, better);
  }
}

const EMPTY: Map<number, number> = new Map();
/**
 * The command drm_clients_info() prints for a file whose struct pid has no task left
 * (pid_task(pid, PIDTYPE_TGID) is NULL): the process that last used the file has exited while
 * another still holds the file, and the PID printed is a number the kernel may give to anyone.
 */
const DEAD_PID_COMMAND = '<unknown>';
const NONE: ReadonlySet<string> = new Set();
/**
 * A chunk of the walk ends after `chunk` processes or CHUNK_MS of this thread, whichever comes
 * first: a process's files are the kernel's, yet some are sized by what the process chose (a
 * container's root can give one 65 536 supplementary groups: a 460 KB status at ≈ 3–7 ms a read,
 * docs/security.md), and 256 of them in one chunk held the event loop for seconds.
 */
const CHUNK_MS = 10;
/** when the walk last yielded to the event loop */
let chunkStart = performance.now();

function chunkDone(n: number, chunk: number): boolean {
  return n % chunk === 0 || ((n & 7) === 0 && performance.now() - chunkStart > CHUNK_MS);
}

async function yieldToLoop(): Promise<void> {
  await new Promise((r) => setImmediate(r));
  chunkStart = performance.now();
}

/**
 * Which holder of a shared drm_file gets its usage: a real workload over init/systemd (which
 * hold compositors' fds in their fd store, amdgpu_top#7), then the lower PID (the parent) for a
 * stable answer.
 */
export function preferHolder(a: ProcInfo, b: ProcInfo): ProcInfo {
  const weak = (p: ProcInfo) => p.pid === 1 || p.nspid === 1 || p.comm === 'systemd' || p.comm === 'init';
  if (weak(a) !== weak(b)) return weak(a) ? b : a;
  return a.pid <= b.pid ? a : b;
}
