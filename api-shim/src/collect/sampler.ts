// SPDX-License-Identifier: AGPL-3.0-or-later
// The 1 Hz sampler: inventory (every minute), DRM clients from /proc (incremental), whole-GPU sysfs
// counters, NVIDIA's nvidia-smi children; attributes usage to containers and keeps the history.
// Runs on timers, never on the request path; a slow sample delays the next one, never overlaps it.

import { collectorStatus } from '../api/collector-messages.ts';
import type { Service, UsageSource } from '../api/sources.ts';
import type {
  CollectorStatus,
  ConsolidationFn,
  ContainerHistory,
  DiscoveryFallback,
  EngineClass,
  GpuDiscovery,
  GpuInfo,
  GpuSample,
  NodeHistory,
  Timeframe,
  UsageSnapshot,
} from '../api/types.ts';
import { servedSnapshot } from '../api/usage-views.ts';
import { HistoryStore } from '../history/store.ts';
import type { HostRoot } from '../host/host-root.ts';
import { UsageAggregator } from './aggregate.ts';
import { describeDiscovery } from './discovery-path.ts';
import { driverFor, usesNvidiaSmi } from './drivers/registry.ts';
import { residentBytes } from './drm-fdinfo.ts';
import { engineClass } from './engine-classes.ts';
import { type Inventory, readInventory } from './inventory.ts';
import { KfdReader } from './kfd.ts';
import { type NvidiaReading, type NvidiaRowSource, NvidiaSmi } from './nvidia-smi.ts';
import { parseNvrmVersion } from './nvidia-smi-parse.ts';
import { nullDict } from './parse-util.ts';
import { parseCgroupOwner } from './proc-cgroup.ts';
import { readProcStatus } from './proc-file-read.ts';
import { type DiscoverySources, type PassStats, ProcScanner } from './proc-scanner.ts';
import { parseProcStatus } from './proc-status.ts';
import { SysfsGpuReader } from './sysfs-gpu.ts';
import { UsageTracker } from './usage-math.ts';

export type Logger = (
  level: 'debug' | 'info' | 'warn' | 'error',
  msg: string,
  fields?: Record<string, unknown>,
) => void;

export interface SamplerOptions {
  host: HostRoot;
  node: string;
  intervalMs?: number;
  /** nvidia-smi command path; default "nvidia-smi" on PATH */
  nvidiaSmi?: string;
  /** history persistence directory; undefined = memory only */
  stateDir?: string;
  logger?: Logger;
  /** inventory refresh; default 60 s */
  inventoryMs?: number;
  /** /proc readdir + new processes' fd tables; default 2 s (new GPU clients show up within it) */
  discoverMs?: number;
  /** every known process's fd table re-checked (new fd numbers, PID reuse) within; default 2 min */
  rescanMs?: number;
  /** every fd re-classified within; default 10 min */
  fullRescanMs?: number;
  /** history save period; default 5 min */
  saveMs?: number;
  /** learn GPU clients from the kernel's DRM client list where it can be trusted; default true */
  debugfs?: boolean;
  /** NVIDIA: how long rows that lapsed must answer before they name a GPU's users again (nvidia-row-trust.ts); default 60 s */
  nvidiaRowsSettleMs?: number;
}

const legacyAmdgpu = () => collectorStatus('unsupported', 'collector.msg.legacy_amdgpu');

export class Sampler implements UsageSource, Service {
  readonly intervalMs: number;
  private readonly host: HostRoot;
  private readonly node: string;
  private readonly logger?: Logger;
  private readonly scanner: ProcScanner;
  private readonly tracker = new UsageTracker();
  private readonly sysfs: SysfsGpuReader;
  private readonly kfd: KfdReader;
  private readonly store: HistoryStore;
  private readonly nvidiaCommand: string;
  private readonly nvidiaRowsSettleMs?: number;
  private readonly inventoryMs: number;
  private readonly saveMs: number;
  private nvidia?: NvidiaSmi;
  private inventory?: Inventory;
  private inventoryAt = 0;
  /** the inventory's GPU id → driver (built at each refresh, not every sample) */
  private driverOf = new Map<string, string>();
  private hasNvidia = false;
  /** per NVIDIA GPU id, what nvidia-smi's rows cover (noteRowSources()), and its key */
  private rowSources?: ReadonlyMap<string, NvidiaRowSource>;
  private rowSourcesKey = '';
  /** the last logged discovery choice (logged once per change) */
  private discoveryLogged?: { via: string; gpus: Readonly<Record<string, GpuDiscovery>> };
  private lastSaveAt = 0;
  private snapshot?: UsageSnapshot;
  private readonly listeners = new Set<(s: UsageSnapshot) => void>();
  private timer?: NodeJS.Timeout;
  private running = false;
  private inFlight?: Promise<UsageSnapshot>;
  private errorLogged = false;
  private lastError?: string;
  /** Cost of the last sample, ms (for `top` and the benchmark). */
  lastSampleMs = 0;
  /** The last discovery pass's figures (tests and the benchmark: how it went, fd tables read). */
  lastPass?: PassStats;

  constructor(opts: SamplerOptions) {
    this.host = opts.host;
    this.node = opts.node;
    this.intervalMs = Math.max(100, opts.intervalMs ?? 1000);
    this.logger = opts.logger;
    this.nvidiaCommand = opts.nvidiaSmi ?? 'nvidia-smi';
    this.nvidiaRowsSettleMs = opts.nvidiaRowsSettleMs;
    this.inventoryMs = opts.inventoryMs ?? 60_000;
    this.saveMs = opts.saveMs ?? 300_000;
    this.scanner = new ProcScanner(opts.host, {
      discoverMs: opts.discoverMs,
      rescanMs: opts.rescanMs,
      fullRescanMs: opts.fullRescanMs,
      debugfs: opts.debugfs,
    });
    this.sysfs = new SysfsGpuReader(opts.host);
    this.kfd = new KfdReader(opts.host);
    this.store = new HistoryStore({ stateDir: opts.stateDir, logger: opts.logger });
  }

  /**
   * Starts the nvidia-smi children and (unless `timer` is false) the sampling loop. `top --once`
   * passes timer false and takes its own two samples one interval apart: a loop sample between them
   * would leave a few milliseconds of difference, and a near-zero utilisation.
   */
  async start(opts: { timer?: boolean } = {}): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.store.load();
    this.lastSaveAt = Date.now();
    if (opts.timer === false) return;
    const loop = async () => {
      if (!this.running) return;
      const began = Date.now();
      await this.sampleNow().catch(() => undefined);
      if (!this.running) return;
      this.timer = setTimeout(loop, Math.max(0, this.intervalMs - (Date.now() - began)));
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.nvidia?.stop();
    this.nvidia = undefined;
    await this.inFlight?.catch(() => undefined);
    this.scanner.close();
    this.sysfs.close();
    // final: the whole history in the snapshot, so a downgrade after the stop loses no minute
    await this.store
      .save(Date.now(), { final: true })
      .catch((err) => this.logger?.('error', 'cannot save usage history', { error: String(err) }));
  }

  /**
   * The last sample; when sampling keeps failing (or hangs), the same numbers marked
   * `collectors.sampler` = stale with the age of that last good sample — never old numbers as live.
   */
  latest(now = Date.now()): UsageSnapshot | undefined {
    return this.snapshot && servedSnapshot(this.snapshot, now, this.lastError);
  }

  /** In process, the latest sample is always current (stale-marked as in latest()). */
  async current(): Promise<UsageSnapshot | undefined> {
    return this.latest();
  }

  /** Three intervals (and at least 5 s) without a good sample is stale. */
  private staleAfterMs(): number {
    return Math.max(5000, this.intervalMs * 3);
  }

  onSample(listener: (snapshot: UsageSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  history(vmid: string, timeframe: Timeframe, cf: ConsolidationFn): ContainerHistory {
    return this.store.query(vmid, timeframe, cf);
  }

  nodeHistory(timeframe: Timeframe, cf: ConsolidationFn): NodeHistory {
    return this.store.queryNode(timeframe, cf);
  }

  /** nvidia-smi children's PIDs (tests, diagnostics). */
  nvidiaChildPids(): number[] {
    return this.nvidia?.childPids() ?? [];
  }

  /** Takes one sample now (the timer loop, `top --once`, tests and the benchmark use it). */
  sampleNow(): Promise<UsageSnapshot> {
    if (this.inFlight) return this.inFlight;
    this.inFlight = this.sample().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async sample(): Promise<UsageSnapshot> {
    const t0 = performance.now();
    try {
      const snap = await this.collect();
      this.snapshot = snap;
      this.errorLogged = false;
      this.lastError = undefined;
      for (const l of this.listeners) {
        try {
          l(snap);
        } catch (err) {
          this.logger?.('error', 'usage listener failed', { error: String(err) });
        }
      }
      if (this.running && snap.time - this.lastSaveAt >= this.saveMs) {
        this.lastSaveAt = snap.time;
        this.store
          .save(snap.time)
          .catch((err) => this.logger?.('error', 'cannot save usage history', { error: String(err) }));
      }
      return snap;
    } catch (err) {
      this.lastError = err instanceof Error ? err.message : String(err);
      if (!this.errorLogged)
        this.logger?.('error', 'sample failed', { error: err instanceof Error ? err.stack : String(err) });
      this.errorLogged = true;
      throw err;
    } finally {
      this.lastSampleMs = performance.now() - t0;
    }
  }

  /** Logs the way discovery goes, per GPU and why, when it changes (not every pass). */
  private logDiscovery(via: 'debugfs' | 'walk', because: string | undefined): void {
    const byGpu = this.scanner.discoveryByGpu();
    // compared as they would be logged, without building the log's fields every pass (every 2 s)
    const last = this.discoveryLogged;
    if (last && last.via === via && sameDescriptions(last.gpus, byGpu)) return;
    this.discoveryLogged = { via, gpus: byGpu };
    const gpus = Object.fromEntries(Object.entries(byGpu).map(([g, d]) => [g, describeDiscovery(d)]));
    this.logger?.('info', 'GPU client discovery', { via, because, gpus });
  }

  /**
   * The inventory, read again when it is older than `inventoryMs`. Between refreshes (59 samples in
   * 60) no promise: `collect()` awaits only when this returns one.
   */
  private inventoryFor(now: number): Inventory | Promise<Inventory> {
    const inv = this.inventory;
    if (inv && now - this.inventoryAt < this.inventoryMs) {
      this.startNvidia();
      return inv;
    }
    return this.refreshInventory(now);
  }

  private async refreshInventory(now: number): Promise<Inventory> {
    const inv = await readInventory(this.host);
    this.inventory = inv;
    this.inventoryAt = now;
    this.driverOf = new Map(inv.gpus.map((g) => [g.id, g.driver]));
    this.sysfs.forgetAbsent();
    this.kfd.forgetTopology();
    this.scanner.deviceOfMinor = (minor) => inv.byMinor.get(minor);
    this.hasNvidia = inv.gpus.some(
      (g) => g.vendor === 'nvidia' && (usesNvidiaSmi(g.driver) || g.driver === 'unknown'),
    );
    this.scanner.setDiscoverySources(discoverySources(inv, this.hasNvidia, this.rowSources));
    this.startNvidia();
    return inv;
  }

  /**
   * Tells the scanner when what nvidia-smi's rows cover changes (NvidiaSmi.rowSources()): an NVIDIA
   * GPU leaves the walk while its rows name every user, and returns to it when they stop (nvidia-smi
   * missing, failing, hung, stale), from the next discovery pass on. Compared as a short key each
   * sample; the sources are rebuilt only on a change.
   */
  private noteRowSources(inv: Inventory, nv: NvidiaReading | undefined, now: number): void {
    const sources = this.nvidia?.rowSources(now);
    let key = '';
    for (const g of nv?.gpus ?? []) key += `${g.pci}=${sources?.get(g.index) ?? 'none'};`;
    if (key === this.rowSourcesKey) return;
    this.rowSourcesKey = key;
    const rows = new Map<string, NvidiaRowSource>();
    for (const g of nv?.gpus ?? []) rows.set(g.pci, sources?.get(g.index) ?? 'none');
    this.rowSources = rows;
    this.scanner.setDiscoverySources(discoverySources(inv, this.hasNvidia, rows));
  }

  private startNvidia(): void {
    // Checked every sample, not only at an inventory refresh: a sample taken before start()
    // (`top`, tests) must not keep the children from starting for a whole inventory period.
    if (this.hasNvidia && !this.nvidia && this.running) {
      this.nvidia = new NvidiaSmi({
        command: this.nvidiaCommand,
        intervalMs: this.intervalMs,
        logger: this.logger,
        rowsSettleMs: this.nvidiaRowsSettleMs,
      });
      this.nvidia.start();
    }
  }

  private async collect(): Promise<UsageSnapshot> {
    const now = Date.now();
    const got = this.inventoryFor(now);
    const inv = got instanceof Promise ? await got : got;
    const gpus: GpuInfo[] = inv.gpus.map((g) => ({ ...g, byPath: [...g.byPath] }));
    // Runtime-suspended GPUs first: neither their sysfs counters nor their clients' fdinfo are read
    // (xe and amdgpu wake the device to answer).
    const asleep = new Set<string>();
    for (const gpu of gpus) if (this.sysfs.suspended(gpu, inv.cardOf.get(gpu.id))) asleep.add(gpu.id);
    // NVIDIA first: whether its rows name every user decides whether the pass walks for it
    const nv: NvidiaReading | undefined = this.nvidia?.reading(now);
    if (this.hasNvidia) this.noteRowSources(inv, nv, now);
    const scan = await this.scanner.scan(now, 'auto', asleep);
    if (scan.pass) {
      this.lastPass = scan.pass;
      this.logDiscovery(scan.pass.via, scan.pass.walkBecause);
    }
    const agg = new UsageAggregator();
    const classes = new Map<string, Record<string, EngineClass>>();
    const driverOf = this.driverOf;
    const noteEngine = (gpu: string, e: string) => {
      const c = classes.get(gpu) ?? nullDict<EngineClass>();
      classes.set(gpu, c);
      if (!Object.hasOwn(c, e)) c[e] = engineClass(e, driverOf.get(gpu));
    };

    this.tracker.beginSample();
    /** Σ clients' resident bytes in each GPU's own memory regions (drivers with memoryRegions) */
    const ownMemory = new Map<string, number>();
    // One record for every client's percents, emptied before each: agg.add() copies what it is given.
    // Emptied by setting the last client's engines to undefined, not by delete: a deleted property
    // turns the record into a dictionary-mode object (every client, every sample); an undefined one
    // reads as absent to the `??=` below and in updateInto(), and nothing lists the record's own keys
    // (agg.add() is handed `pctNames`, every one of which is set for the client it is handed with).
    const pct = nullDict<number | undefined>() as Record<string, number>;
    // The keys set for the current client, kept as a list: listing a record's keys (for…in,
    // Object.keys) collects them anew, several times per client per sample before; now a client's
    // engines are listed once.
    let pctNames: readonly string[] = [];
    for (const client of scan.clients) {
      const regions = driverFor(driverOf.get(client.device) ?? '').memoryRegions;
      // an iGPU on xe has no vram region: its figure stays Σ of every region, as before
      if (regions && Object.keys(client.info.memory).some((r) => regions.test(r)))
        ownMemory.set(
          client.device,
          (ownMemory.get(client.device) ?? 0) + residentBytes(client.info, regions),
        );
      for (const e of pctNames) (pct as Record<string, number | undefined>)[e] = undefined;
      const names = Object.keys(client.info.engines);
      this.tracker.updateInto(client.key, client.info, client.atNs, pct, names);
      for (const e of names) {
        noteEngine(client.device, e);
        pct[e] ??= 0;
      }
      // what updateInto() wrote (every engine the client's marks know) and the client's own
      pctNames = this.tracker.engineNames(client.key) ?? names;
      const p = client.proc;
      agg.add(
        { pid: p.pid, nspid: p.nspid, owner: p.owner, comm: p.comm, gpu: client.device },
        pct,
        residentBytes(client.info),
        pctNames,
      );
    }
    this.tracker.endSample();
    for (const { proc: p, device } of scan.asleepHolders) {
      agg.add({ pid: p.pid, nspid: p.nspid, owner: p.owner, comm: p.comm, gpu: device }, {}, 0);
    }

    // NVIDIA: pmon rows carry host PIDs; attribute them by the same cgroup rule.
    const nvByIndex = new Map<number, string>();
    for (const g of nv?.gpus ?? []) {
      nvByIndex.set(g.index, g.pci);
      let info = gpus.find((x) => x.id === g.pci);
      if (!info) {
        info = {
          id: g.pci,
          pci: g.pci,
          vendor: 'nvidia',
          vendorId: '10de',
          deviceId: '0000',
          name: g.name ?? 'NVIDIA GPU',
          driver: 'nvidia',
          byPath: [],
        };
        gpus.push(info);
      }
      if (g.name) info.name = g.name;
      if (g.driverVersion) info.driverVersion = g.driverVersion;
      if (g.memoryTotalMiB !== undefined) info.memoryTotalBytes = g.memoryTotalMiB * 1024 * 1024;
    }
    const nvPids = new Set<string>();
    for (const row of nv?.processes ?? []) {
      const gpu = nvByIndex.get(row.gpuIndex);
      if (!gpu) continue;
      // a PID the scanner has not met yet: met at once (on the walk its /dev/nvidiaN fds known from
      // now on); either way marked as named by a row, which keeps it known while no walk runs
      const who =
        this.scanner.namedByRow(row.pid, now) ??
        (await this.scanner.learn(row.pid, now)) ??
        (await this.describe(row.pid));
      if (!who) continue;
      for (const e of Object.keys(row.percents)) noteEngine(gpu, e);
      nvPids.add(`${row.pid}\t${gpu}`);
      agg.add(
        {
          pid: row.pid,
          nspid: who.nspid,
          owner: who.owner,
          comm: who.comm || row.command || '?',
          gpu,
          gpuInstance: row.gpuInstance,
          computeInstance: row.computeInstance,
          // NVML measures no process on a MIG GPU ("On MIG-enabled GPUs, querying process utilization
          // is not currently supported"); pmon's "-" there means unknown, not idle.
          utilisationUnknown: row.memoryOnly || nv?.mig.has(row.gpuIndex),
        },
        row.percents,
        (row.fbMiB ?? 0) * 1024 * 1024,
      );
    }
    // ROCm compute (/dev/kfd users): per-process VRAM, SDMA and CU occupancy from the KFD's sysfs.
    // Only where a GPU's driver module names the KFD as its compute source (amdgpu).
    const kfdRead = gpus.some((g) => driverFor(g.driver).compute === 'kfd') ? this.kfd.read(now) : [];
    for (const k of kfdRead instanceof Promise ? await kfdRead : kfdRead) {
      if (!gpus.some((g) => g.id === k.pci)) continue;
      const who = this.scanner.process(k.pid) ?? (await this.describe(k.pid));
      if (!who) continue;
      const pct = nullDict<number>();
      if (k.cuPercent !== undefined) pct.cu = k.cuPercent;
      if (k.sdmaPercent !== undefined) pct.sdma = k.sdmaPercent;
      for (const e of Object.keys(pct)) noteEngine(k.pci, e);
      // ROCm also opens the GPU's render node, and KFD buffers live in that file's GPU VM: its
      // fdinfo counts them already (an ollama runner's shows the model, Syllo/nvtop#492). Only
      // what the KFD counts beyond the fdinfo is added, or the process would hold its VRAM twice.
      agg.add(
        { pid: k.pid, nspid: who.nspid, owner: who.owner, comm: who.comm, gpu: k.pci },
        pct,
        Math.max(0, k.vramBytes - agg.processMemory(k.pci, k.pid)),
      );
    }
    // Holders of /dev/nvidiaN without pmon rows still show who *has* the GPU open (0 %), where the
    // walk finds the GPU's users. Not where nvidia-smi's rows name them (via "nvidia-smi"): a holder
    // without a row has no context on the GPU (nvidia-smi's own children, nvidia-persistenced), and
    // the walk runs there only for another GPU (docs/collectors.md "NVIDIA users from nvidia-smi's
    // process rows").
    const discovery = this.scanner.discoveryByGpu();
    for (const [pid, minors] of scan.nvidiaHolders) {
      const who = this.scanner.process(pid);
      if (!who) continue;
      for (const minor of minors) {
        const gpu = inv.nvidiaByMinor.get(minor);
        if (gpu && discovery[gpu]?.via !== 'nvidia-smi' && !nvPids.has(`${pid}\t${gpu}`)) {
          // Where pmon is not supported its 0 % would be invented: utilisation unknown, as for
          // the processes --query-compute-apps lists (a row may lag or lapse on a busy host).
          const utilisationUnknown = nv?.perProcess.state === 'unsupported' || undefined;
          agg.add(
            { pid, nspid: who.nspid, owner: who.owner, comm: who.comm, gpu, utilisationUnknown },
            {},
            0,
          );
        }
      }
    }

    const samples: GpuSample[] = [];
    for (const gpu of gpus) {
      const fromClients = agg.gpus.get(gpu.id);
      const engineClasses = classes.get(gpu.id) ?? nullDict<EngineClass>();
      if (usesNvidiaSmi(gpu.driver) || (gpu.vendor === 'nvidia' && nvByIndex.size > 0)) {
        const s = this.nvidiaSample(gpu, nv, engineClasses, now);
        // query-gpu and pmon sample at different instants: never show the whole GPU less busy
        // than the processes on it.
        for (const [e, v] of Object.entries(agg.gpuEngines(gpu.id) ?? {})) {
          if (e in s.engines) s.engines[e] = Math.max(s.engines[e], Math.min(100, v));
        }
        samples.push(s);
        continue;
      }
      const whole = this.sysfs.read(gpu, inv.cardOf.get(gpu.id), now, asleep.has(gpu.id));
      const engines = Object.assign(nullDict<number>(), agg.gpuEngines(gpu.id));
      for (const e of Object.keys(engineClasses)) engines[e] ??= 0;
      const s: GpuSample = { gpu: gpu.id, ...whole, engines, engineClasses };
      if (s.memoryUsedBytes === undefined && fromClients && driverFor(gpu.driver).memoryFromClients) {
        // xe has no sysfs VRAM-used counter: Σ clients' resident bytes is the best figure without an ioctl.
        s.memoryUsedBytes = ownMemory.get(gpu.id) ?? fromClients.memoryBytes;
      }
      // A size only the inventory knows (xe's tile VRAM, DKMS i915's lmem).
      if (s.memoryTotalBytes === undefined && gpu.memoryTotalBytes !== undefined)
        s.memoryTotalBytes = gpu.memoryTotalBytes;
      if (scan.legacyAmdgpu.has(gpu.id)) s.status = legacyAmdgpu();
      samples.push(s);
    }

    for (const s of samples) if (discovery[s.gpu]) s.discovery = discovery[s.gpu];

    const collectors: Record<string, CollectorStatus> = {};
    collectors.fdinfo =
      scan.denied > 0
        ? collectorStatus('error', 'collector.msg.fdinfo_denied', { count: scan.denied })
        : scan.legacyAmdgpu.size > 0
          ? legacyAmdgpu()
          : scan.stalled > 0
            ? collectorStatus('ok', 'collector.msg.fdinfo_stalled', { count: scan.stalled })
            : { state: 'ok' };
    collectors.sysfs = { state: 'ok' };
    if (this.nvidia && nv) {
      collectors.nvidia = await this.withModuleVersion(nv.status);
      if (nv.perProcess.state !== 'ok') collectors['nvidia-processes'] = nv.perProcess;
    }

    const owners = agg.ownerList();
    const snap: UsageSnapshot = {
      time: now,
      node: this.node,
      gpus,
      samples,
      owners,
      processes: agg.processList(),
      collectors,
      intervalMs: this.intervalMs,
    };
    this.store.record(
      now,
      owners,
      samples.map((s) => ({ gpu: s.gpu, engines: s.engines, memoryBytes: s.memoryUsedBytes })),
    );
    return snap;
  }

  private nvidiaSample(
    gpu: GpuInfo,
    nv: NvidiaReading | undefined,
    engineClasses: Record<string, EngineClass>,
    now: number,
  ): GpuSample {
    const r = nv?.gpus.find((g) => g.pci === gpu.id);
    let status: CollectorStatus = nv
      ? r
        ? nv.status.state === 'ok' || nv.status.state === 'restarting'
          ? { state: 'ok' }
          : nv.status
        : nv.status.state === 'ok'
          ? collectorStatus('gone', 'collector.msg.nvidia_not_listed')
          : nv.status
      : collectorStatus('not-installed', 'collector.msg.nvidia_not_running');
    const ageMs = r ? now - r.at : 0;
    if (r && ageMs > this.staleAfterMs() && (status.state === 'ok' || status.state === 'restarting')) {
      status = collectorStatus(
        'stale',
        'collector.msg.nvidia_gpu_stale',
        { seconds: Math.round(ageMs / 1000) },
        { ageMs },
      );
    }
    const engines = nullDict<number>();
    if (r?.utilGpu !== undefined) engines.sm = r.utilGpu;
    if (r?.utilEncoder !== undefined) engines.nvenc = r.utilEncoder;
    if (r?.utilDecoder !== undefined) engines.nvdec = r.utilDecoder;
    for (const e of Object.keys(engines)) engineClasses[e] ??= engineClass(e, gpu.driver);
    const s: GpuSample = { gpu: gpu.id, status, engines, engineClasses };
    if (!r) return s;
    const mib = 1024 * 1024;
    if (r.utilGpu !== undefined) s.busyPercent = r.utilGpu;
    if (r.clockSmMHz !== undefined) s.freqMHz = r.clockSmMHz;
    if (r.clockSmMaxMHz !== undefined) s.freqMaxMHz = r.clockSmMaxMHz;
    if (r.temperatureC !== undefined) s.temperatureC = r.temperatureC;
    if (r.powerW !== undefined) {
      s.powerWatts = r.powerW;
      s.powerSource = 'nvidia-smi';
    }
    if (r.memoryUsedMiB !== undefined) s.memoryUsedBytes = r.memoryUsedMiB * mib;
    if (r.memoryTotalMiB !== undefined) s.memoryTotalBytes = r.memoryTotalMiB * mib;
    const mig = nv?.mig.get(r.index);
    if (mig) s.migInstances = mig;
    return s;
  }

  /**
   * A driver/library mismatch names both sides: nvidia-smi prints the userspace NVML version, the
   * loaded kernel module's is in /proc/driver/nvidia/version.
   */
  private async withModuleVersion(status: CollectorStatus): Promise<CollectorStatus> {
    if (status.state !== 'driver-mismatch') return status;
    const module = parseNvrmVersion(
      await this.host.readText('/proc/driver/nvidia/version', 4096).catch(() => undefined),
    );
    if (!module) return status;
    const nvml = status.messageMsg?.params?.nvml;
    return collectorStatus('driver-mismatch', 'collector.msg.nvidia_mismatch_versions', {
      nvml: nvml === undefined ? '?' : nvml,
      module,
    });
  }

  /** A PID the scanner has not met (pmon can be ahead of /proc's readdir). */
  private async describe(pid: number): Promise<{ owner: string; nspid?: number; comm: string } | undefined> {
    const cgroup = await this.host.readText(`/proc/${pid}/cgroup`, 8192).catch(() => undefined);
    if (cgroup === undefined) return undefined;
    // read on past the bound to the NSpid line, as the scanner reads it (proc-file-read.ts): more
    // than ≈ 1 000 supplementary groups push that line past 8 KiB. A kernel file, bounded: read
    // synchronously, as the scanner reads every status.
    let status = '';
    try {
      status = readProcStatus(this.host.resolve(`/proc/${pid}/status`), 8192);
    } catch {
      // gone since its cgroup was read, or not ours to read: its owner without NSpid and comm
    }
    const st = parseProcStatus(status);
    return {
      owner: parseCgroupOwner(cgroup).owner,
      nspid: st.nspid.length > 1 ? st.nspid[st.nspid.length - 1] : undefined,
      comm: st.name ?? '',
    };
  }
}

/** Would describeDiscovery() say the same of every GPU of `a` and `b`, listed in the same order? */
function sameDescriptions(
  a: Readonly<Record<string, GpuDiscovery>>,
  b: Readonly<Record<string, GpuDiscovery>>,
): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    const x = a[ka[i]];
    const y = b[kb[i]];
    if (x.via !== y.via) return false;
    if (x.via !== 'walk') continue;
    if (x.because !== y.because) return false;
    if ((x.because === 'other-gpu' ? x.gpu : x.path) !== (y.because === 'other-gpu' ? y.gpu : y.path))
      return false;
  }
  return true;
}

/**
 * What GPU-client discovery may rely on: the kernel's DRM client list covers every DRM GPU (one file
 * per GPU, by any of its minors); NVIDIA's proprietary nodes (/dev/nvidiaN, major 195) are no DRM
 * files: an NVIDIA GPU's users are the processes nvidia-smi's rows name while `rows` says they
 * name every one ("rows"), and only the fd walk finds their holders otherwise (docs/collectors.md
 * "NVIDIA users from nvidia-smi's process rows"). /dev/kfd needs no walk: the KFD lists its
 * processes in sysfs (kfd.ts).
 */
export function discoverySources(
  inv: Inventory,
  hasNvidia: boolean,
  /** per NVIDIA GPU id, what nvidia-smi's rows cover now (NvidiaSmi.rowSources()); absent: none */
  rows?: ReadonlyMap<string, NvidiaRowSource>,
): DiscoverySources {
  const minorsOf = new Map<string, number[]>();
  for (const [minor, gpu] of inv.byMinor) {
    const minors = minorsOf.get(gpu) ?? [];
    minors.push(minor);
    minorsOf.set(gpu, minors);
  }
  const nvidia = inv.gpus
    .filter((g) => g.vendor === 'nvidia' && (usesNvidiaSmi(g.driver) || g.driver === 'unknown'))
    .map((g) => g.id);
  const rowGpus: string[] = [];
  const walkOnly: string[] = [];
  const because: Record<string, DiscoveryFallback> = nullDict();
  for (const id of hasNvidia ? nvidia : []) {
    const source = rows?.get(id) ?? 'none';
    if (source === 'rows') rowGpus.push(id);
    else {
      walkOnly.push(id);
      because[id] = source === 'compute-only' ? 'nvidia-compute-only' : 'nvidia';
    }
  }
  return {
    drmDevices: [...minorsOf.values()].map((m) => m.sort((a, b) => a - b)),
    drmDeviceIds: [...minorsOf.keys()],
    walkOnlyGpus: walkOnly.length > 0 ? walkOnly : undefined,
    walkOnlyBecause: walkOnly.length > 0 ? because : undefined,
    rowGpus: rowGpus.length > 0 ? rowGpus : undefined,
    walkFor:
      walkOnly.length > 0
        ? 'an NVIDIA GPU while nvidia-smi gives no process rows: holders of /dev/nvidiaN are found only by walking fd tables'
        : undefined,
  };
}
