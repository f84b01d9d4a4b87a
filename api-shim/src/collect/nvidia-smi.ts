// SPDX-License-Identifier: AGPL-3.0-or-later
// NVIDIA's proprietary driver has no DRM fdinfo: usage comes from long-running nvidia-smi children
// (one --query-gpu loop, one pmon per ≤4 GPUs), never a spawn per sample. A child that dies or
// stays silent is restarted with backoff; stop() kills them all.
//
// Silence is judged apart before and after a child's first line. Without persistence mode the
// driver sets the GPUs up when the first client opens them and tears that down when the last one
// closes them: "long load times … on the order of seconds" (NVIDIA, Driver Persistence,
// https://docs.nvidia.com/deploy/driver-persistence/background.html), nvidia-smi taking 30 s
// instead of 2 s on 8-GPU A100 VMs without nvidia-persistenced (Azure/aks-gpu#105), longer still
// on a loaded host. Killing such a child at the steady-state bound (3 intervals + 2 s) tears the
// set-up down, and its restart starts it again: a loop that never shows a number. So a child gets
// `firstOutputMs` (default 60 s) for its first line, doubled each time a child is killed for
// printing nothing (up to 8×), and only then the steady-state bound between lines. The one-shot
// calls (the `--help-query-gpu` probe, MIG's plain table and `mig -lgi`) get the same allowance to
// their first output, and their old bound from there to their end: the probe is the first
// program to open the GPUs after a boot, and a MIG call meets a set-up again whenever the loop's
// child is being restarted.
import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import { collectorStatus } from '../api/collector-messages.ts';
import type { CollectorStatus, MigInstance } from '../api/types.ts';
import { ChildFifo } from './child-fifo.ts';
import {
  type MigGpuInstanceRow,
  parseMigGpuInstances,
  parseSmiTable,
  type SmiTableProcess,
} from './nvidia-mig-parse.ts';
import { PmonParser, type PmonRow } from './nvidia-pmon.ts';
import { RowTrust } from './nvidia-row-trust.ts';
import {
  COMPUTE_APPS_FIELDS,
  classifyNvidiaSmiError,
  isDataLine,
  isQueryGpuRow,
  parseComputeAppRow,
  parseHelpQueryGpu,
  parseQueryGpuRow,
  parseSmiNumber,
  WANTED_GPU_FIELDS,
} from './nvidia-smi-parse.ts';
import { normalizePci } from './parse-util.ts';

export interface NvidiaGpuReading {
  index: number;
  pci: string;
  uuid?: string;
  name?: string;
  driverVersion?: string;
  utilGpu?: number;
  utilMemory?: number;
  utilEncoder?: number;
  utilDecoder?: number;
  memoryUsedMiB?: number;
  memoryTotalMiB?: number;
  temperatureC?: number;
  powerW?: number;
  clockSmMHz?: number;
  clockSmMaxMHz?: number;
  /** MIG mode is on (`mig.mode.current` Enabled): the GPU is split into instances */
  migEnabled?: boolean;
  /** ms since epoch when the row arrived */
  at: number;
}

export interface NvidiaReading {
  status: CollectorStatus;
  gpus: NvidiaGpuReading[];
  /** pmon rows (utilisation), and --query-compute-apps rows (memory only) for GPUs pmon does not support */
  processes: NvidiaProcessRow[];
  /** per-process utilisation: ok, or "unsupported" (pmon refused the GPUs: GeForce, vGPU, MIG) */
  perProcess: CollectorStatus;
  /** GPU index → its MIG instances (GPUs with MIG mode on, once nvidia-smi has listed them) */
  mig: Map<number, MigInstance[]>;
}

/** Whether nvidia-smi's rows name every user of a GPU now (NvidiaSmi.rowSources()). */
export type NvidiaRowSource = 'rows' | 'compute-only' | 'none';

export interface NvidiaProcessRow extends PmonRow {
  /** true for rows from --query-compute-apps: memory is known, utilisation is not */
  memoryOnly?: boolean;
  /** MIG: the process's GPU instance and compute instance (nvidia-smi's process table) */
  gpuInstance?: number;
  computeInstance?: number;
}

export interface NvidiaSmiOptions {
  command: string;
  intervalMs: number;
  logger?: (
    level: 'debug' | 'info' | 'warn' | 'error',
    msg: string,
    fields?: Record<string, unknown>,
  ) => void;
  /** silence between two lines after which a child counts as hung; default 3 intervals + 2 s */
  hangMs?: number;
  /**
   * silence from a child's spawn to its first line after which it counts as hung; default 60 s
   * (the driver's set-up without persistence mode: see the top of this file), at least hangMs
   */
  firstOutputMs?: number;
  /** first restart delay; doubles up to maxBackoffMs */
  backoffMs?: number;
  maxBackoffMs?: number;
  /**
   * After a GPU's rows lapsed (rowSources()), how long they must answer again before they are
   * trusted to name its users; doubles with each lapse up to 16×, back to this after 16× of rows
   * without a lapse. Default 60 s.
   */
  rowsSettleMs?: number;
  /**
   * The looping children write into FIFOs drained at each reading() (child-fifo.ts) instead of
   * pipes read at each write; default true. Where no FIFO can be made, pipes all the same.
   */
  fifo?: boolean;
}

const MIB = 1024 * 1024;
const ALL_CHILDREN = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Children of a crashed daemon must not outlive it (netdata#7143): SIGTERM them on exit.
  process.on('exit', () => {
    for (const c of ALL_CHILDREN) c.kill('SIGTERM');
  });
}

interface Supervised {
  name: string;
  args: () => string[];
  onLine: (line: string) => void;
  /** silence is normal (compute-apps prints nothing while no process runs): no hang detection */
  quiet?: boolean;
  /** decides after an exit whether to restart; default yes */
  restartAfter?: (tail: string) => boolean;
  child?: ChildProcess;
  lastLineAt: number;
  /** the running child has printed a line: from then on the steady-state bound applies */
  answered: boolean;
  /** how long the next child may take to its first line; doubles after a child printed nothing */
  firstOutputMs: number;
  backoff: number;
  restartTimer?: NodeJS.Timeout;
  tail: string[];
  restarts: number;
  /** the running child's output written since the last call, taken (its FIFO); undefined on a pipe */
  drain?: () => void;
}

export class NvidiaSmi {
  private readonly opts: Required<Omit<NvidiaSmiOptions, 'logger'>> & Pick<NvidiaSmiOptions, 'logger'>;
  private fields: string[] = [];
  private status: CollectorStatus = collectorStatus('restarting', 'collector.msg.nvidia_starting');
  private readonly gpus = new Map<number, NvidiaGpuReading>();
  private readonly pmonRows = new Map<string, { row: PmonRow; at: number }>();
  private readonly computeApps = new Map<string, { row: NvidiaProcessRow; at: number }>();
  /** pmon groups that answered "Not supported on the device(s)": never restarted */
  private readonly pmonUnsupported = new Set<string>();
  private computeAppsStarted = false;
  private readonly supervised: Supervised[] = [];
  private pmonGroups = '';
  /**
   * The hang check's timer. reading() runs the check itself when one is due and pushes the timer
   * back (refresh(): the same Timeout, re-armed): while the sampler reads every interval the timer
   * never fires, one wake-up less every few seconds; without readings it checks on its own.
   */
  private watchdog?: NodeJS.Timeout;
  private lastCheckAt = 0;
  private stopped = true;
  private probeTimer?: NodeJS.Timeout;
  private probeBackoff: number;
  /** MIG: plain `nvidia-smi` (instances' memory, processes' GI/CI) and `mig -lgi` (profiles), polled */
  private migTimer?: NodeJS.Timeout;
  private migPolling = false;
  private migTable?: {
    at: number;
    devices: ReturnType<typeof parseSmiTable>['migDevices'];
    processes: SmiTableProcess[];
  };
  private migProfiles?: { at: number; rows: MigGpuInstanceRow[] };
  /**
   * How long the next one-shot call may take to its first output: firstOutputMs, doubled after a
   * call that printed nothing (up to 8×), as for a supervised child.
   */
  private oneShotFirstMs: number;
  /** ChildFifo.open() failed once and was logged */
  private fifoMissingLogged = false;
  /** rowSources()'s hysteresis (nvidia-row-trust.ts) */
  private readonly rowTrust: RowTrust;

  constructor(opts: NvidiaSmiOptions) {
    this.opts = {
      hangMs: opts.hangMs ?? opts.intervalMs * 3 + 2000,
      firstOutputMs: Math.max(opts.firstOutputMs ?? 60_000, opts.hangMs ?? opts.intervalMs * 3 + 2000),
      backoffMs: opts.backoffMs ?? 1000,
      maxBackoffMs: opts.maxBackoffMs ?? 60_000,
      rowsSettleMs: opts.rowsSettleMs ?? 60_000,
      fifo: opts.fifo ?? true,
      ...opts,
    };
    this.probeBackoff = this.opts.backoffMs;
    this.oneShotFirstMs = this.opts.firstOutputMs;
    this.rowTrust = new RowTrust(this.opts.rowsSettleMs);
  }

  /**
   * One nvidia-smi call: the slow-start allowance to its first output, then `doneMs` to its end.
   * A call that printed nothing ("silent") makes the next one's allowance longer.
   */
  private async oneShot(args: string[], doneMs: number): Promise<OneShotResult> {
    const firstOutputMs = this.oneShotFirstMs;
    const r = await runOnce(this.opts.command, args, firstOutputMs, doneMs);
    if (r.error === 'silent') {
      this.opts.logger?.('warn', 'nvidia-smi printed nothing in time', { args, firstOutputMs });
      this.oneShotFirstMs = Math.min(this.oneShotFirstMs * 2, this.opts.firstOutputMs * 8);
    }
    return r;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    installExitHook();
    this.probe();
    this.lastCheckAt = Date.now();
    const watchdog = setTimeout(() => {
      this.checkHung();
      watchdog.refresh();
    }, this.watchdogMs());
    watchdog.unref();
    this.watchdog = watchdog;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    clearTimeout(this.probeTimer);
    clearInterval(this.migTimer);
    this.migTimer = undefined;
    for (const s of this.supervised) {
      clearTimeout(s.restartTimer);
      killHard(s.child);
      s.child = undefined;
    }
    this.supervised.length = 0;
    this.rowTrust.clear();
  }

  /** Children currently running (for tests and `top`). */
  childPids(): number[] {
    return this.supervised.map((s) => s.child?.pid).filter((p): p is number => typeof p === 'number');
  }

  reading(now = Date.now()): NvidiaReading {
    if (this.watchdog && now - this.lastCheckAt >= this.watchdogMs()) this.checkHung();
    else this.drainAll();
    this.watchdog?.refresh();
    const fresh = this.opts.intervalMs * 2 + 1500;
    const processes: NvidiaProcessRow[] = [];
    for (const [key, v] of this.pmonRows) {
      if (now - v.at > fresh) this.pmonRows.delete(key);
      else processes.push(v.row);
    }
    const byBus = new Map([...this.gpus.values()].map((g) => [g.pci, g.index]));
    for (const [key, v] of this.computeApps) {
      if (now - v.at > fresh) this.computeApps.delete(key);
      else {
        const index = byBus.get(key.slice(key.indexOf('/') + 1));
        if (index !== undefined && !this.pmonRows.has(`${index}/${v.row.pid}`))
          processes.push({ ...v.row, gpuIndex: index });
      }
    }
    const perProcess: CollectorStatus =
      this.pmonUnsupported.size > 0
        ? collectorStatus('unsupported', 'collector.msg.pmon_unsupported_memory')
        : { state: 'ok' };
    const mig = this.migReading(now, processes);
    return { status: this.status, gpus: [...this.gpus.values()], processes, perProcess, mig };
  }

  /**
   * Per GPU index, whether nvidia-smi names every user of the GPU now (discovery-path.ts,
   * docs/collectors.md "NVIDIA users from nvidia-smi's process rows"):
   *  - "rows": the GPU's row is fresh and a source that lists every process with a context on it,
   *    compute and graphics, answers in time: its pmon child (a row per process, type C, G or
   *    C+G, or one row of "-" for a GPU nobody uses, every `-d` seconds), or on a MIG GPU the plain
   *    table (its process table lists both types; MIG runs no graphics context at all);
   *  - "compute-only": pmon is not supported on the GPU, so its rows come from
   *    --query-compute-apps alone, which "returns information only about compute running
   *    processes … Any graphics applications (e.g. using OpenGL, DirectX) won't be listed" (NVML,
   *    nvmlDeviceGetComputeRunningProcesses);
   *  - "none": no row can be trusted (nvidia-smi missing, failing, hung, restarting, starting).
   * Freshness as for the rows themselves (reading()): two intervals and 1.5 s.
   *
   * Rows that lapsed are trusted again only once they have answered for a while without a break
   * (nvidia-row-trust.ts): a source that flaps keeps the walk instead of a whole walk per flap.
   */
  rowSources(now = Date.now()): Map<number, NvidiaRowSource> {
    const out = new Map<number, NvidiaRowSource>();
    const fresh = this.opts.intervalMs * 2 + 1500;
    const groupOf = new Map<number, string>();
    for (const group of this.pmonGroups.split(';'))
      for (const i of group.split(',')) if (i !== '') groupOf.set(Number(i), group);
    const table = this.migTable;
    const tableFresh = table !== undefined && now - table.at <= this.migEveryMs() * 3 + this.migDeadlineMs();
    for (const g of this.gpus.values()) {
      let source: NvidiaRowSource = 'none';
      const group = groupOf.get(g.index);
      if (this.stopped || now - g.at > fresh || group === undefined) source = 'none';
      else if (this.pmonAnswering(group, now, fresh)) source = 'rows';
      else if (g.migEnabled) source = tableFresh ? 'rows' : 'none';
      else if (this.pmonUnsupported.has(group)) source = 'compute-only';
      out.set(g.index, this.rowTrust.say(g.index, source, now));
    }
    return out;
  }

  /** The pmon child of `group` runs and printed a line within `fresh` ms. */
  private pmonAnswering(group: string, now: number, fresh: number): boolean {
    const name = `pmon ${group}`;
    for (const s of this.supervised)
      if (s.name === name) return s.child !== undefined && s.answered && now - s.lastLineAt <= fresh;
    return false;
  }

  // ------------------------------------------------------------------ MIG

  /**
   * A one-shot MIG call's bound from its first output to its end, and how much older than the poll
   * interval a table may be: the hang limit, at least 5 s (a full table of 8 GPUs is slow). Before
   * its first output a call has the slow-start allowance (oneShot()).
   */
  private migDeadlineMs(): number {
    return Math.max(this.opts.hangMs, 5000);
  }

  /** How often plain `nvidia-smi` is asked while a GPU has MIG on (a full table costs ~0.1–0.5 s). */
  private migEveryMs(): number {
    return Math.max(2000, this.opts.intervalMs * 2);
  }

  /**
   * Instances per MIG GPU, and each process row of a MIG GPU given its GPU and compute instance.
   * Processes only the table lists (pmon refuses MIG GPUs; compute-apps may lag) are added with
   * their memory. A table older than three polls is not used: no instance shown from old data.
   */
  private migReading(now: number, processes: NvidiaProcessRow[]): Map<number, MigInstance[]> {
    const out = new Map<number, MigInstance[]>();
    const migGpus = [...this.gpus.values()].filter((g) => g.migEnabled).map((g) => g.index);
    const table = this.migTable;
    if (migGpus.length === 0 || !table || now - table.at > this.migEveryMs() * 3 + this.migDeadlineMs())
      return out;
    const profiles = this.migProfiles?.rows ?? [];
    for (const index of migGpus) {
      const byGi = new Map<number, MigInstance>();
      for (const p of profiles.filter((r) => r.gpuIndex === index)) {
        byGi.set(p.gpuInstance, {
          gpuInstance: p.gpuInstance,
          profile: p.profile,
          profileId: p.profileId,
          placement: p.placement,
          computeInstances: [],
        });
      }
      for (const d of table.devices.filter((r) => r.gpuIndex === index)) {
        const inst = byGi.get(d.gpuInstance) ?? { gpuInstance: d.gpuInstance, computeInstances: [] };
        byGi.set(d.gpuInstance, inst);
        if (!inst.computeInstances.includes(d.computeInstance)) inst.computeInstances.push(d.computeInstance);
        // Compute instances of one GPU instance share its memory: each row shows the instance's.
        inst.memoryUsedBytes = Math.max(inst.memoryUsedBytes ?? 0, d.memoryUsedMiB * MIB);
        inst.memoryTotalBytes = Math.max(inst.memoryTotalBytes ?? 0, d.memoryTotalMiB * MIB);
        if (d.multiprocessors !== undefined)
          inst.multiprocessors = (inst.multiprocessors ?? 0) + d.multiprocessors;
      }
      out.set(
        index,
        [...byGi.values()].sort((a, b) => a.gpuInstance - b.gpuInstance),
      );
      const listed = new Map<number, NvidiaProcessRow>();
      for (const row of processes) if (row.gpuIndex === index) listed.set(row.pid, row);
      for (const tp of table.processes) {
        if (tp.gpuIndex !== index || tp.gpuInstance === undefined) continue;
        const row = listed.get(tp.pid);
        if (row) {
          row.gpuInstance = tp.gpuInstance;
          row.computeInstance = tp.computeInstance;
          if (row.fbMiB === undefined && tp.memoryMiB !== undefined) row.fbMiB = tp.memoryMiB;
        } else {
          processes.push({
            gpuIndex: index,
            pid: tp.pid,
            percents: {},
            fbMiB: tp.memoryMiB,
            type: tp.type,
            command: tp.name,
            memoryOnly: true,
            gpuInstance: tp.gpuInstance,
            computeInstance: tp.computeInstance,
          });
        }
      }
    }
    return out;
  }

  /** Starts (or stops) polling the MIG layout as GPUs report MIG mode on (or off). */
  private ensureMigPolling(): void {
    const any = [...this.gpus.values()].some((g) => g.migEnabled);
    if (any && !this.migTimer && !this.stopped) {
      this.migTimer = setInterval(() => this.pollMig(), this.migEveryMs());
      this.migTimer.unref();
      this.pollMig();
    } else if (!any && this.migTimer) {
      clearInterval(this.migTimer);
      this.migTimer = undefined;
    }
  }

  private async pollMig(): Promise<void> {
    if (this.migPolling || this.stopped) return;
    this.migPolling = true;
    try {
      // Profiles change only when an admin re-partitions: every 30 s is enough. Listing them needs
      // root (the collector has it); without, instances are shown by GI id alone.
      // A failed or slow answer is asked again at the next poll, not 30 s later.
      if (!this.migProfiles || Date.now() - this.migProfiles.at > 30_000) {
        const lgi = await this.oneShot(['mig', '-lgi'], this.migDeadlineMs());
        const rows = lgi.code === 0 ? parseMigGpuInstances(lgi.out) : [];
        if (rows.length > 0 || !this.migProfiles)
          this.migProfiles = { at: rows.length ? Date.now() : 0, rows };
      }
      const plain = await this.oneShot([], this.migDeadlineMs());
      if (plain.code === 0 && !this.stopped) {
        const t = parseSmiTable(plain.out);
        this.migTable = { at: Date.now(), devices: t.migDevices, processes: t.processes };
      } else if (plain.error === 'timeout') {
        this.opts.logger?.('warn', 'nvidia-smi (MIG table) did not answer in time', {
          timeoutMs: this.migDeadlineMs(),
        });
      }
    } finally {
      this.migPolling = false;
    }
  }

  // ------------------------------------------------------------------ probe

  private probe(): void {
    if (this.stopped) return;
    const firstOutputMs = this.oneShotFirstMs;
    this.oneShot(['--help-query-gpu'], Math.max(this.opts.hangMs * 3, 1000)).then(({ code, out, error }) => {
      if (this.stopped) return;
      if (error === 'ENOENT') {
        this.setStatus(
          collectorStatus('not-installed', 'collector.msg.nvidia_missing_package', {
            command: this.opts.command,
          }),
        );
        return; // nothing to retry: a driver install restarts the daemon anyway
      }
      const known = classifyNvidiaSmiError(out);
      const supported = parseHelpQueryGpu(out);
      if (known || code !== 0 || supported.size === 0) {
        this.setStatus(
          known ??
            (error === 'silent'
              ? collectorStatus('restarting', 'collector.msg.nvidia_silent_start', {
                  name: '--help-query-gpu',
                  seconds: Math.round(firstOutputMs / 1000),
                })
              : collectorStatus('error', 'collector.msg.nvidia_probe_failed', {
                  error: String(error ?? code),
                })),
        );
        this.probeTimer = setTimeout(() => this.probe(), this.probeBackoff);
        this.probeTimer.unref();
        this.probeBackoff = Math.min(this.probeBackoff * 2, this.opts.maxBackoffMs);
        return;
      }
      this.fields = WANTED_GPU_FIELDS.filter((f) => supported.has(f));
      if (!this.fields.includes('index') || !this.fields.includes('pci.bus_id')) {
        this.setStatus(collectorStatus('unsupported', 'collector.msg.nvidia_no_index_fields'));
        return;
      }
      this.supervise({
        name: 'query-gpu',
        args: () => [
          `--query-gpu=${this.fields.join(',')}`,
          '--format=csv,noheader,nounits',
          `--loop-ms=${this.opts.intervalMs}`,
        ],
        onLine: (line) => this.queryLine(line),
      });
    });
  }

  private queryLine(line: string): void {
    if (!isQueryGpuRow(this.fields, line)) return;
    const row = parseQueryGpuRow(this.fields, line);
    const index = Number(row.index);
    const pci = row['pci.bus_id'];
    if (!Number.isInteger(index) || !pci) return;
    this.gpus.set(index, {
      index,
      pci: normalizePci(pci),
      uuid: row.uuid,
      name: row.name,
      driverVersion: row.driver_version,
      utilGpu: parseSmiNumber(row['utilization.gpu']),
      utilMemory: parseSmiNumber(row['utilization.memory']),
      utilEncoder: parseSmiNumber(row['utilization.encoder']),
      utilDecoder: parseSmiNumber(row['utilization.decoder']),
      memoryUsedMiB: parseSmiNumber(row['memory.used']),
      memoryTotalMiB: parseSmiNumber(row['memory.total']),
      temperatureC: parseSmiNumber(row['temperature.gpu']),
      powerW: parseSmiNumber(row['power.draw']),
      clockSmMHz: parseSmiNumber(row['clocks.sm']),
      clockSmMaxMHz: parseSmiNumber(row['clocks.max.sm']),
      migEnabled: row['mig.mode.current'] === 'Enabled',
      at: Date.now(),
    });
    if (this.status.state !== 'ok') this.setStatus({ state: 'ok' });
    this.ensurePmon();
    this.ensureMigPolling();
  }

  /** pmon monitors at most 4 GPUs: one child per group of 4 indices, started once GPUs are known. */
  private ensurePmon(): void {
    const indices = [...this.gpus.keys()].sort((a, b) => a - b);
    const groups: number[][] = [];
    for (let i = 0; i < indices.length; i += 4) groups.push(indices.slice(i, i + 4));
    const key = groups.map((g) => g.join(',')).join(';');
    if (key === this.pmonGroups) return;
    this.pmonGroups = key;
    for (const s of this.supervised.filter((x) => x.name.startsWith('pmon'))) {
      clearTimeout(s.restartTimer);
      killHard(s.child);
      this.supervised.splice(this.supervised.indexOf(s), 1);
    }
    const seconds = String(Math.max(1, Math.min(10, Math.round(this.opts.intervalMs / 1000))));
    for (const g of groups) {
      const parser = new PmonParser();
      const group = g.join(',');
      if (this.pmonUnsupported.has(group)) continue;
      this.supervise({
        name: `pmon ${group}`,
        args: () => ['pmon', '-s', 'um', '-d', seconds, '-i', group],
        onLine: (line) => {
          const row = parser.line(line);
          if (row) this.pmonRows.set(`${row.gpuIndex}/${row.pid}`, { row, at: Date.now() });
        },
        // "Not supported on the device(s)" is the GPU's answer, not a crash: restarting would loop
        // forever (and flap the state). Per-process memory then comes from --query-compute-apps.
        restartAfter: (tail) => {
          if (!/Not supported on the device/i.test(tail)) return true;
          this.pmonUnsupported.add(group);
          this.opts.logger?.('warn', 'nvidia-smi pmon not supported; per-process memory only', {
            gpus: group,
          });
          this.ensureComputeApps();
          return false;
        },
      });
    }
  }

  /** One long-running --query-compute-apps loop: per-process memory where pmon is not supported. */
  private ensureComputeApps(): void {
    if (this.computeAppsStarted) return;
    this.computeAppsStarted = true;
    this.supervise({
      name: 'compute-apps',
      quiet: true,
      args: () => [
        `--query-compute-apps=${COMPUTE_APPS_FIELDS.join(',')}`,
        '--format=csv,noheader,nounits',
        `--loop-ms=${this.opts.intervalMs}`,
      ],
      onLine: (line) => {
        const r = parseComputeAppRow(line);
        if (!r) return;
        const pci = normalizePci(r.busId);
        this.computeApps.set(`${r.pid}/${pci}`, {
          row: { gpuIndex: -1, pid: r.pid, percents: {}, fbMiB: r.usedMiB, type: 'C', memoryOnly: true },
          at: Date.now(),
        });
      },
    });
  }

  // ------------------------------------------------------------------ supervision

  private supervise(spec: Pick<Supervised, 'name' | 'args' | 'onLine' | 'quiet' | 'restartAfter'>): void {
    const s: Supervised = {
      ...spec,
      lastLineAt: Date.now(),
      answered: false,
      firstOutputMs: this.opts.firstOutputMs,
      backoff: this.opts.backoffMs,
      tail: [],
      restarts: 0,
    };
    this.supervised.push(s);
    this.spawnChild(s);
  }

  private spawnChild(s: Supervised): void {
    if (this.stopped) return;
    s.tail = [];
    s.lastLineAt = Date.now();
    s.answered = false;
    s.drain = undefined;
    // its output into a FIFO drained once per sample (child-fifo.ts), else a pipe read as it comes
    const fifo = this.opts.fifo ? ChildFifo.open() : undefined;
    if (this.opts.fifo && !fifo && !this.fifoMissingLogged) {
      this.fifoMissingLogged = true;
      this.opts.logger?.(
        'warn',
        'no FIFO for the nvidia-smi children (mkfifo, temporary directory); pipes instead',
        {
          tmp: os.tmpdir(),
        },
      );
    }
    const out = fifo ? fifo.childEnd : 'pipe';
    let child: ChildProcess;
    try {
      child = spawn(this.opts.command, s.args(), { stdio: ['ignore', out, out] });
    } catch (err) {
      fifo?.close();
      this.childGone(s, undefined, String(err));
      return;
    }
    fifo?.afterSpawn();
    s.child = child;
    ALL_CHILDREN.add(child);
    let buffered = '';
    const onText = (text: string) => {
      if (text === '') return;
      buffered += text;
      let nl = buffered.indexOf('\n');
      while (nl >= 0) {
        const end = nl > 0 && buffered.charCodeAt(nl - 1) === 13 /* \r */ ? nl - 1 : nl;
        const line = buffered.slice(0, end);
        buffered = buffered.slice(nl + 1);
        s.lastLineAt = Date.now();
        s.answered = true;
        s.tail.push(line);
        if (s.tail.length > 10) s.tail.shift();
        // rows and headers (a digit or "#" first) are no error message: not matched against them
        const known = isDataLine(line) ? undefined : classifyNvidiaSmiError(line);
        if (known && known.state !== 'unsupported') this.setStatus(known);
        else {
          s.backoff = this.opts.backoffMs; // a working child resets the backoff
          s.onLine(line);
        }
        nl = buffered.indexOf('\n');
      }
      if (buffered.length > 65536) buffered = ''; // a line that never ends is garbage
    };
    if (fifo) s.drain = () => onText(fifo.drain());
    else {
      const onData = (chunk: Buffer) => onText(chunk.toString('utf8'));
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
    }
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') {
        this.setStatus(
          collectorStatus('not-installed', 'collector.msg.nvidia_missing', { command: this.opts.command }),
        );
      }
    });
    child.on('close', (code, signal) => {
      ALL_CHILDREN.delete(child);
      const current = s.child === child;
      // what it printed before it exited ("Not supported on the device(s)"): read before judging
      if (current && fifo) onText(fifo.drain());
      fifo?.close();
      if (!current) return; // replaced or stopped on purpose
      s.child = undefined;
      s.drain = undefined;
      this.childGone(s, code, signal ?? undefined);
    });
  }

  private childGone(s: Supervised, code: number | null | undefined, why?: string): void {
    if (this.stopped || !this.supervised.includes(s)) return;
    const text = s.tail.join('\n');
    if (s.restartAfter && !s.restartAfter(text)) {
      this.supervised.splice(this.supervised.indexOf(s), 1);
      return;
    }
    const known = classifyNvidiaSmiError(text);
    this.setStatus(
      known ??
        collectorStatus('restarting', 'collector.msg.nvidia_exited', {
          name: s.name,
          why: why ?? `code ${code}`,
          seconds: Math.round(s.backoff / 1000),
        }),
    );
    this.opts.logger?.('warn', 'nvidia-smi child exited', {
      child: s.name,
      code,
      why,
      tail: text.slice(-500),
    });
    s.restarts += 1;
    s.restartTimer = setTimeout(() => this.spawnChild(s), s.backoff);
    s.restartTimer.unref();
    s.backoff = Math.min(s.backoff * 2, this.opts.maxBackoffMs);
  }

  /** Takes what each looping child wrote into its FIFO since the last time. */
  private drainAll(): void {
    for (const s of this.supervised) s.drain?.();
  }

  /** How often children are checked for silence: half the hang bound, 250 ms to 5 s. */
  private watchdogMs(): number {
    return Math.max(250, Math.min(this.opts.hangMs / 2, 5000));
  }

  private checkHung(): void {
    this.drainAll();
    const now = Date.now();
    this.lastCheckAt = now;
    for (const s of this.supervised) {
      const limit = s.answered ? this.opts.hangMs : s.firstOutputMs;
      if (s.child && !s.quiet && now - s.lastLineAt > limit) {
        this.opts.logger?.('warn', 'nvidia-smi child hung; killing it', {
          child: s.name,
          silentMs: now - s.lastLineAt,
          firstLine: !s.answered,
        });
        const child = s.child;
        s.child = undefined;
        killHard(child);
        if (s.answered) {
          this.setStatus(collectorStatus('restarting', 'collector.msg.nvidia_hung', { name: s.name }));
        } else {
          this.setStatus(
            collectorStatus('restarting', 'collector.msg.nvidia_silent_start', {
              name: s.name,
              seconds: Math.round(limit / 1000),
            }),
          );
          // A host this slow gets longer next time (each kill starts the driver's set-up again).
          s.firstOutputMs = Math.min(s.firstOutputMs * 2, this.opts.firstOutputMs * 8);
        }
        s.restarts += 1;
        s.restartTimer = setTimeout(() => this.spawnChild(s), s.backoff);
        s.restartTimer.unref();
        s.backoff = Math.min(s.backoff * 2, this.opts.maxBackoffMs);
      }
    }
  }

  private setStatus(status: CollectorStatus): void {
    if (status.state !== this.status.state || status.message !== this.status.message) {
      this.opts.logger?.(status.state === 'ok' ? 'info' : 'warn', 'nvidia collector state', { ...status });
    }
    this.status = status;
  }

  /** Restart counts per child (tests). */
  restarts(): Record<string, number> {
    return Object.fromEntries(this.supervised.map((s) => [s.name, s.restarts]));
  }
}

function killHard(child: ChildProcess | undefined): void {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  // SIGKILL if SIGTERM is ignored (a wedged driver call).
  const t = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }, 1000);
  t.unref();
}

/** `error`: "silent" (nothing printed within the allowance), "timeout" (not done after it), a spawn error code. */
interface OneShotResult {
  code: number | null;
  out: string;
  error?: string;
}

/**
 * Runs one nvidia-smi call: `firstOutputMs` until it prints anything, then `doneMs` from its first
 * output to its exit; killed at either bound. Output kept up to 1 MiB.
 */
function runOnce(
  command: string,
  args: string[],
  firstOutputMs: number,
  doneMs: number,
): Promise<OneShotResult> {
  return new Promise((resolve) => {
    let out = '';
    let settled = false;
    let printed = false;
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    ALL_CHILDREN.add(child);
    const done = (r: OneShotResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      ALL_CHILDREN.delete(child);
      resolve(r);
    };
    const expire = (error: string, ms: number) => {
      const t = setTimeout(() => {
        killHard(child);
        done({ code: null, out, error });
      }, ms);
      t.unref();
      return t;
    };
    let timer = expire('silent', firstOutputMs);
    const onData = (c: Buffer) => {
      if (!printed) {
        printed = true;
        clearTimeout(timer);
        timer = expire('timeout', doneMs);
      }
      if (out.length < 1 << 20) out += c.toString('utf8');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err: NodeJS.ErrnoException) =>
      done({ code: null, out, error: err.code ?? String(err) }),
    );
    child.on('close', (code) => done({ code, out }));
  });
}
