// SPDX-License-Identifier: AGPL-3.0-or-later
// Finds the host's GPU clients in /proc, incrementally (research/gpu-counters.md §6):
//  - every sample: one readdir of /proc; new PIDs get their cgroup/status/stat read and their fd
//    table scanned once; then only the cached DRM fds' fdinfo files are read;
//  - every `rescanMs`: fd tables of all known PIDs are listed again and fds not seen before are
//    classified (daemons such as ollama or jellyfin open the GPU late);
//  - every `fullRescanMs`: every fd is classified again and start times re-checked (PID reuse,
//    fd numbers reused for a GPU).
// Processes that exit mid-read (ENOENT/ESRCH) simply drop out; permission errors are counted.
import { promises as fsp } from 'node:fs';
import { type HostRoot, isDenied, isGone } from '../host/host-root.ts';
import { type DrmFdinfo, parseDrmFdinfo } from './drm-fdinfo.ts';
import { classifyFd, DRM_MAJOR, NVIDIA_MAJOR } from './fd-class.ts';
import { forEachLimit } from './limit.ts';
import { parseCgroupOwner } from './proc-cgroup.ts';
import { parseProcStatus, parseStatStartTime } from './proc-status.ts';

export interface ProcInfo {
  pid: number;
  start?: string;
  owner: string;
  nspid?: number;
  comm: string;
  /** fd → DRM minor */
  drmFds: Map<number, number>;
  /** fd → NVIDIA minor (195:N) */
  nvFds: Map<number, number>;
  /** every fd number seen at the last scan (new-fd detection) */
  seenFds: Set<number>;
  denied: boolean;
}

export interface DrmClientReading {
  /** dedupe key: device + drm-client-id */
  key: string;
  /** PCI address from drm-pdev, else "226:<minor>" */
  device: string;
  minor: number;
  proc: ProcInfo;
  info: DrmFdinfo;
  /** process.hrtime of the read, ns */
  atNs: bigint;
  /** other PIDs holding the same drm_file */
  sharedWith: number[];
}

export interface ScanResult {
  clients: DrmClientReading[];
  /** PCI/device of fds whose fdinfo is amdgpu's pre-5.19 format */
  legacyAmdgpu: Set<string>;
  /** PIDs holding /dev/nvidiaN: pid → minors */
  nvidiaHolders: Map<number, number[]>;
  processes: number;
  denied: number;
  rescanned: 'none' | 'new-fds' | 'full';
}

export interface ScannerOptions {
  rescanMs?: number;
  fullRescanMs?: number;
  concurrency?: number;
  /** DRM minor → device id (PCI); from the inventory */
  deviceOfMinor?: (minor: number) => string | undefined;
}

const FDINFO_MAX = 16 * 1024;

export class ProcScanner {
  private readonly procs = new Map<number, ProcInfo>();
  private lastRescan = 0;
  private lastFull = 0;
  private readonly rescanMs: number;
  private readonly fullRescanMs: number;
  private readonly concurrency: number;
  deviceOfMinor: (minor: number) => string | undefined;

  constructor(
    private readonly host: HostRoot,
    opts: ScannerOptions = {},
  ) {
    this.rescanMs = opts.rescanMs ?? 5000;
    this.fullRescanMs = opts.fullRescanMs ?? 60_000;
    this.concurrency = opts.concurrency ?? 32;
    this.deviceOfMinor = opts.deviceOfMinor ?? (() => undefined);
  }

  /** What the scanner knows of a PID (owner, NSpid, comm), if it has met it. */
  process(pid: number): ProcInfo | undefined {
    return this.procs.get(pid);
  }

  /** Known processes (for tests and memory accounting). */
  get size(): number {
    return this.procs.size;
  }

  async scan(now = Date.now(), force: 'none' | 'new-fds' | 'full' = 'none'): Promise<ScanResult> {
    const pids = await this.listPids();
    const alive = new Set(pids);
    for (const pid of this.procs.keys()) if (!alive.has(pid)) this.procs.delete(pid);

    const fresh = pids.filter((p) => !this.procs.has(p));
    const first = this.lastFull === 0;
    let rescanned: ScanResult['rescanned'] = force;
    if (!first && force === 'none') {
      if (now - this.lastFull >= this.fullRescanMs) rescanned = 'full';
      else if (now - this.lastRescan >= this.rescanMs) rescanned = 'new-fds';
    }
    if (first || rescanned === 'full') this.lastFull = now;
    if (first || rescanned !== 'none') this.lastRescan = now;

    if (rescanned !== 'none' && !first) {
      const known = [...this.procs.values()];
      await forEachLimit(known, this.concurrency, (p) => this.rescanProcess(p, rescanned === 'full'));
    }
    await forEachLimit(fresh, this.concurrency, (pid) => this.addProcess(pid));
    return this.readClients(rescanned);
  }

  private async listPids(): Promise<number[]> {
    const names = await this.host.readdir('/proc');
    const out: number[] = [];
    for (const n of names) {
      const c = n.charCodeAt(0);
      if (c >= 48 && c <= 57 && /^\d+$/.test(n)) out.push(Number(n));
    }
    return out;
  }

  private async readProcFile(pid: number, name: string): Promise<string | undefined> {
    try {
      return await fsp.readFile(this.host.resolve(`/proc/${pid}/${name}`), 'utf8');
    } catch (err) {
      if (isGone(err) || isDenied(err)) return undefined;
      throw err;
    }
  }

  private async addProcess(pid: number): Promise<void> {
    const [stat, cgroup, status] = await Promise.all([
      this.readProcFile(pid, 'stat'),
      this.readProcFile(pid, 'cgroup'),
      this.readProcFile(pid, 'status'),
    ]);
    if (cgroup === undefined && status === undefined) return; // exited between readdir and read
    const st = status ? parseProcStatus(status) : { nspid: [] };
    const proc: ProcInfo = {
      pid,
      start: stat ? parseStatStartTime(stat) : undefined,
      owner: cgroup ? parseCgroupOwner(cgroup).owner : 'host',
      nspid: st.nspid.length > 1 ? st.nspid[st.nspid.length - 1] : undefined,
      comm: st.name ?? '?',
      drmFds: new Map(),
      nvFds: new Map(),
      seenFds: new Set(),
      denied: false,
    };
    this.procs.set(pid, proc);
    await this.scanFds(proc, true);
  }

  private async rescanProcess(proc: ProcInfo, full: boolean): Promise<void> {
    if (full) {
      const stat = await this.readProcFile(proc.pid, 'stat');
      const start = stat ? parseStatStartTime(stat) : undefined;
      if (stat === undefined) {
        this.procs.delete(proc.pid);
        return;
      }
      if (start !== proc.start) {
        // PID reused by a new process: start over.
        this.procs.delete(proc.pid);
        await this.addProcess(proc.pid);
        return;
      }
    }
    await this.scanFds(proc, full);
  }

  private async scanFds(proc: ProcInfo, all: boolean): Promise<void> {
    let names: string[];
    try {
      names = await fsp.readdir(this.host.resolve(`/proc/${proc.pid}/fd`));
      proc.denied = false;
    } catch (err) {
      if (isDenied(err)) proc.denied = true;
      else if (!isGone(err)) throw err;
      return;
    }
    const seen = new Set<number>();
    const toClassify: number[] = [];
    for (const n of names) {
      const fd = Number(n);
      if (!Number.isInteger(fd)) continue;
      seen.add(fd);
      if (all || !proc.seenFds.has(fd)) toClassify.push(fd);
    }
    for (const fd of proc.drmFds.keys()) if (!seen.has(fd)) proc.drmFds.delete(fd);
    for (const fd of proc.nvFds.keys()) if (!seen.has(fd)) proc.nvFds.delete(fd);
    proc.seenFds = seen;
    for (const fd of toClassify) {
      const dev = await classifyFd(this.host, `/proc/${proc.pid}/fd/${fd}`).catch(() => undefined);
      proc.drmFds.delete(fd);
      proc.nvFds.delete(fd);
      if (dev?.major === DRM_MAJOR) proc.drmFds.set(fd, dev.minor);
      else if (dev?.major === NVIDIA_MAJOR && dev.minor < 254) proc.nvFds.set(fd, dev.minor);
    }
  }

  private async readClients(rescanned: ScanResult['rescanned']): Promise<ScanResult> {
    const result: ScanResult = {
      clients: [],
      legacyAmdgpu: new Set(),
      nvidiaHolders: new Map(),
      processes: this.procs.size,
      denied: 0,
      rescanned,
    };
    const jobs: Array<{ proc: ProcInfo; fd: number; minor: number }> = [];
    for (const proc of this.procs.values()) {
      if (proc.denied) result.denied += 1;
      for (const [fd, minor] of proc.drmFds) jobs.push({ proc, fd, minor });
      if (proc.nvFds.size > 0) result.nvidiaHolders.set(proc.pid, [...new Set(proc.nvFds.values())]);
    }
    const byKey = new Map<string, DrmClientReading>();
    await forEachLimit(jobs, this.concurrency, async ({ proc, fd, minor }) => {
      let text: string;
      try {
        text = await fsp.readFile(this.host.resolve(`/proc/${proc.pid}/fdinfo/${fd}`), 'utf8');
      } catch (err) {
        if (isGone(err)) proc.drmFds.delete(fd);
        else if (isDenied(err)) proc.denied = true;
        else throw err;
        return;
      }
      const atNs = process.hrtime.bigint();
      if (text.length > FDINFO_MAX) text = text.slice(0, FDINFO_MAX);
      const info = parseDrmFdinfo(text);
      const device =
        (info.kind !== 'none' ? info.pdev : undefined) ?? this.deviceOfMinor(minor) ?? `226:${minor}`;
      if (info.kind === 'legacy-amdgpu') {
        result.legacyAmdgpu.add(device);
        return;
      }
      if (info.kind === 'none') return; // a DRM driver without fdinfo stats (nouveau, nvidia-drm)
      // Without a client id, dup'd fds cannot be told apart: key by fd then (counted per fd).
      const key = `${device}/${info.clientId ?? `pid${proc.pid}fd${fd}`}`;
      const prior = byKey.get(key);
      const reading: DrmClientReading = { key, device, minor, proc, info, atNs, sharedWith: [] };
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
    });
    result.clients = [...byKey.values()];
    return result;
  }
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
