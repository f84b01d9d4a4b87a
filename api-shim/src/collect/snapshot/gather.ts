// SPDX-License-Identifier: AGPL-3.0-or-later
// Gathers every host file the collectors read, and every fact the health engine reads, into tar
// entries laid out as a host snapshot (docs/snapshot.md). /sys symlinks are kept as symlinks and
// followed inside the root; /proc is read literally (its links are magic: fd/N, root). The health
// side is not listed here file by file: the engine runs on a recording HostRoot and what it read
// is written back (recorded-reads.ts), so a new check's new fact is in the snapshot by itself.
import path from 'node:path';
import { readContainerDev } from '../../health/facts/container-dev.ts';
import type { CtReaderOptions } from '../../health/facts/ct-reader.ts';
import { findInitPid } from '../../health/facts/init-pid.ts';
import { HealthEngine } from '../../health/health-source.ts';
import { type DeviceNodeFacts, formatMode, statDevice } from '../../host/device-nodes.ts';
import { HostRoot, isDenied } from '../../host/host-root.ts';
import { ReadLog } from '../../host/read-recorder.ts';
import { classifyFd } from '../fd-class.ts';
import { type FdStat, FdStatWorker } from '../fd-stat-worker.ts';
import { parseHexId } from '../parse-util.ts';
import { lookupPciNames, PCI_IDS_PATHS } from '../pci-ids.ts';
import { type PlacedEntry, RecordedReads } from './recorded-reads.ts';
import { redactAccounts, redactByPath } from './redact.ts';
import type { TarEntry } from './tar.ts';

export const SNAPSHOT_DIR = 'pve-gpu-tab-snapshot';
/** One file's cap: the engine reads at most 1 MiB of a config, /proc and /sys files are small. */
const MAX_FILE = 1024 * 1024;
/** The whole snapshot's cap (uncompressed file bytes) and entry count. */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
export const MAX_ENTRIES = 200_000;

export interface SnapshotOptions {
  /** containers whose health facts are recorded (default: every /etc/pve/lxc/<vmid>.conf) */
  vmids?: string[];
  /** redaction (docs/snapshot.md); off only for tests that compare against the raw tree */
  redact?: boolean;
  /** node name the recording engine reports under (not part of the snapshot) */
  node?: string;
  /** the in-container reader's deadline per batch (default 3 s) and perl (health/facts/ct-reader.ts) */
  ctReader?: CtReaderOptions;
}

const CARD_FILES = [
  'dev',
  'uevent',
  'gt_act_freq_mhz',
  'gt_cur_freq_mhz',
  'gt_max_freq_mhz',
  'gt_min_freq_mhz',
  'gt_boost_freq_mhz',
  'gt_RP0_freq_mhz',
  'gt_RPn_freq_mhz',
  'power/rc6_residency_ms',
  'gt/gt0/rc6_residency_ms',
  'gt/gt1/rc6_residency_ms',
];
const DEVICE_FILES = [
  'vendor',
  'device',
  'subsystem_vendor',
  'subsystem_device',
  'class',
  'uevent',
  'power/runtime_status',
  'gpu_busy_percent',
  'mem_busy_percent',
  'mem_info_vram_used',
  'mem_info_vram_total',
  'mem_info_vis_vram_used',
  'mem_info_vis_vram_total',
  'mem_info_gtt_used',
  'mem_info_gtt_total',
  'pp_dpm_sclk',
  'pp_dpm_mclk',
];
const XE_GT_FILES = [
  'freq0/act_freq',
  'freq0/cur_freq',
  'freq0/min_freq',
  'freq0/max_freq',
  'freq0/rp0_freq',
  'freq0/rpn_freq',
  'gtidle/idle_residency_ms',
  'gtidle/idle_status',
  'gtidle/name',
];
const HWMON_FILE =
  /^(name|temp\d+_(input|label)|power\d+_(average|input|max|label)|energy\d+_input|freq\d+_(input|label)|fan\d+_input|in\d+_input)$/;

export interface SnapshotManifest {
  format: 'pve-gpu-tab host snapshot v1';
  createdAt: string;
  root: string;
  files: number;
  /** host paths that could not be read (permission) */
  denied: string[];
  /** GPUs found as runtime-suspended: their counters were not read */
  suspended: string[];
  /** containers whose health facts were recorded, how many reads that took, and how many
   * entries each running one's /dev holds (all recorded, as the container sees them) */
  health: { vmids: string[]; reads: number; errors: string[]; devEntries: Record<string, number> };
  /** reads a snapshot cannot reproduce (a FIFO, a read that timed out, EACCES): the replay differs there */
  unreplayable: Array<{ path: string; why: string }>;
  /** files left out by the size caps */
  omitted: Array<{ path: string; bytes: number; why: string }>;
  redaction: string[];
}

export class SnapshotGatherer {
  private readonly entries = new Map<string, TarEntry>();
  /** entries written only because a listing named them: any better knowledge replaces them */
  private readonly weak = new Set<string>();
  private readonly nodes: Record<string, Record<string, unknown>> = {};
  private readonly denied: string[] = [];
  private readonly suspended: string[] = [];
  private readonly unreplayable: SnapshotManifest['unreplayable'] = [];
  private readonly omitted: SnapshotManifest['omitted'] = [];
  private health: SnapshotManifest['health'] = { vmids: [], reads: 0, errors: [], devEntries: {} };

  constructor(
    private readonly host: HostRoot,
    private readonly opts: SnapshotOptions = {},
  ) {}

  async gather(): Promise<{ entries: TarEntry[]; manifest: SnapshotManifest }> {
    await this.procs();
    for (const f of [
      '/proc/devices',
      '/proc/driver/nvidia/version',
      '/proc/sys/kernel/perf_event_paranoid',
    ]) {
      await this.file(f);
    }
    for (const bdf of await this.host.readdir('/proc/driver/nvidia/gpus')) {
      await this.file(`/proc/driver/nvidia/gpus/${bdf}/information`);
    }
    await this.drm();
    await this.kfd();
    await this.rapl();
    await this.devNodes();
    await this.configs();
    await this.healthFacts();
    if (this.opts.redact !== false) this.redact();
    this.cap();
    const manifest: SnapshotManifest = {
      format: 'pve-gpu-tab host snapshot v1',
      createdAt: new Date().toISOString(),
      root: this.host.root,
      files: this.entries.size,
      denied: this.denied,
      suspended: this.suspended,
      health: this.health,
      unreplayable: this.unreplayable,
      omitted: this.omitted,
      redaction:
        this.opts.redact === false
          ? ['none (--no-redact)']
          : [
              'never read: /proc/*/cmdline, /proc/*/environ, /etc/hostname, targets of non-GPU file descriptors',
              '/etc/pve/lxc/*.conf: hostname → ct<vmid>; net* hwaddr/ip/gw → redacted; nameserver, searchdomain, description, tags, # notes → redacted',
              '/var/lib/lxc/*/config: lxc.uts.name → ct<vmid>; lxc.net.*.hwaddr/ipv4/ipv6 addresses and gateways → redacted',
              '/etc/passwd, /etc/group (host and containers): people (uid ≥ 1000) → user<uid>, the same in both; GECOS emptied; system and service accounts kept',
              '/etc/subuid, /etc/subgid: user names other than root → user<N>',
              'container /etc/environment: values other than GPU variables (LIBVA_*, NVIDIA_*, CUDA_* …) → redacted',
              'other configuration text (hook scripts, snippets, udev, modprobe): password/token/secret/key values and URL credentials → redacted',
            ],
    };
    this.put({ type: 'file', path: '/MANIFEST.json', data: `${JSON.stringify(manifest, null, 1)}\n` });
    this.put({
      type: 'file',
      path: '/dev/.nodes.d/snapshot.json',
      data: `${JSON.stringify(this.nodes, null, 1)}\n`,
    });
    const entries = [...this.entries.values()]
      .map((e) => ({ ...e, path: `${SNAPSHOT_DIR}${e.path}` }))
      .sort((a, b) => a.path.localeCompare(b.path));
    return { entries, manifest };
  }

  private put(e: TarEntry): void {
    if (!this.entries.has(e.path) && this.entries.size >= MAX_ENTRIES) {
      this.omitted.push({ path: e.path, bytes: 0, why: `over ${MAX_ENTRIES} entries` });
      return;
    }
    this.weak.delete(e.path);
    this.entries.set(e.path, e);
    // parent directories, so that empty ones (fd/) and link targets exist on extraction
    for (let d = path.posix.dirname(e.path); d !== '/'; d = path.posix.dirname(d)) {
      const have = this.entries.get(d);
      if (have?.type === 'dir') break;
      if (have && !this.weak.has(d)) break;
      this.weak.delete(d);
      this.entries.set(d, { type: 'dir', path: d });
    }
  }

  /** Records what the health engine reads for each container (docs/snapshot.md "Health facts"). */
  private async healthFacts(): Promise<void> {
    const vmids =
      this.opts.vmids ??
      (await this.host.readdir('/etc/pve/lxc'))
        .map((f) => /^(\d+)\.conf$/.exec(f)?.[1])
        .filter((v): v is string => !!v)
        .sort((a, b) => Number(a) - Number(b));
    const recording = new HostRoot(this.host.root);
    const log = new ReadLog();
    recording.recorder = log;
    const engine = new HealthEngine({
      host: recording,
      node: this.opts.node ?? 'snapshot',
      ctReader: this.opts.ctReader,
    });
    for (const vmid of vmids) {
      try {
        if (await engine.report(vmid)) this.health.vmids.push(vmid);
        else this.health.errors.push(`${vmid}: no /etc/pve/lxc/${vmid}.conf`);
      } catch (err) {
        this.health.errors.push(`${vmid}: ${(err as Error).message}`);
      }
    }
    this.health.reads = log.reads.length;
    if (log.dropped) this.unreplayable.push({ path: '/', why: `${log.dropped} reads over the record limit` });
    const toTar = (e: PlacedEntry): TarEntry =>
      e.type === 'file'
        ? { type: 'file', path: e.path, data: e.data, mode: e.mode, uid: e.uid, gid: e.gid }
        : e.type === 'dir'
          ? { type: 'dir', path: e.path, mode: e.mode, uid: e.uid, gid: e.gid }
          : e;
    await new RecordedReads(new HostRoot(this.host.root), {
      put: (e) => {
        const have = this.entries.get(e.path);
        // a directory already holding entries stays one (gaining the mode and owner a stat saw);
        // a symlink stays one
        if (have && !this.weak.has(e.path) && e.type === 'dir' && have.type !== 'file') {
          if (have.type === 'dir' && e.mode !== undefined)
            this.entries.set(e.path, { ...have, mode: e.mode, uid: e.uid, gid: e.gid });
          return;
        }
        this.put(toTar(e));
      },
      placeholder: (e) => {
        if (this.entries.has(e.path) && !this.weak.has(e.path)) return;
        if (this.entries.has(e.path) && e.type !== 'dir') return;
        this.put(toTar(e));
        this.weak.add(e.path);
      },
      node: (p, f) => {
        this.nodes[p] = {
          type: f.type,
          major: f.major,
          minor: f.minor,
          uid: f.uid,
          gid: f.gid,
          mode: formatMode(f.mode),
        };
      },
      unreplayable: (p, why) => {
        if (!this.unreplayable.some((u) => u.path === p)) this.unreplayable.push({ path: p, why });
      },
    }).place(log.reads);
    for (const vmid of this.health.vmids) await this.containerDev(vmid);
  }

  /** Every node under a running container's /dev as it sees them, not only those the config names. */
  private async containerDev(vmid: string): Promise<void> {
    const pid = await findInitPid(this.host, vmid).catch(() => undefined);
    if (pid === undefined) return;
    const dev = await readContainerDev(this.host, pid, this.opts.ctReader);
    const root = `/proc/${pid}/root`;
    if (dev.truncated)
      this.unreplayable.push({ path: `${root}/dev`, why: 'more entries than the walk takes' });
    if (dev.problem && dev.problem !== 'missing')
      this.unreplayable.push({ path: `${root}/dev`, why: `container read: ${dev.problem}` });
    this.health.devEntries[vmid] = dev.entries.length;
    for (const e of dev.entries) {
      const at = `${root}${e.path}`;
      if (this.entries.has(at) && !this.weak.has(at)) continue;
      if (e.type === 'char' || e.type === 'block') {
        this.nodes[at] ??= {
          type: e.type,
          major: e.major,
          minor: e.minor,
          uid: e.uid,
          gid: e.gid,
          mode: formatMode(e.mode),
        };
      } else if (e.type === 'dir' || e.type === 'symlink') {
        if (this.entries.has(at)) continue;
        this.put(
          e.type === 'dir'
            ? { type: 'dir', path: at, mode: e.mode }
            : { type: 'symlink', path: at, target: e.target ?? '' },
        );
        this.weak.add(at);
      }
    }
  }

  /** Redaction by path (redact.ts); passwd and group of one root together, so names stay paired. */
  private redact(): void {
    const roots = new Set<string>(['']);
    for (const p of this.entries.keys()) {
      const m = /^(\/proc\/\d+\/root)\/etc\/(?:passwd|group)$/.exec(p);
      if (m) roots.add(m[1]);
    }
    const text = (p: string) => {
      const e = this.entries.get(p);
      return e?.type === 'file' ? e.data.toString() : undefined;
    };
    const accounts = new Set<string>();
    for (const r of roots) {
      const out = redactAccounts(text(`${r}/etc/passwd`), text(`${r}/etc/group`));
      for (const [f, t] of [
        ['passwd', out.passwd],
        ['group', out.group],
      ] as const) {
        const e = this.entries.get(`${r}/etc/${f}`);
        if (e?.type === 'file' && t !== undefined) this.entries.set(e.path, { ...e, data: t });
        accounts.add(`${r}/etc/${f}`);
      }
    }
    for (const [p, e] of this.entries) {
      if (e.type !== 'file' || accounts.has(p) || typeof e.data !== 'string') continue;
      const data = redactByPath(p, e.data);
      if (data !== e.data) this.entries.set(p, { ...e, data });
    }
  }

  /** Size caps: a file over MAX_FILE and whatever would pass MAX_TOTAL_BYTES is left out, and listed. */
  private cap(): void {
    let total = 0;
    for (const [p, e] of this.entries) {
      if (e.type !== 'file') continue;
      const bytes = Buffer.byteLength(e.data);
      const why =
        bytes > MAX_FILE
          ? `over the ${MAX_FILE}-byte file cap`
          : total + bytes > MAX_TOTAL_BYTES
            ? `over the ${MAX_TOTAL_BYTES}-byte snapshot cap`
            : undefined;
      if (why) {
        this.entries.delete(p);
        this.omitted.push({ path: p, bytes, why });
      } else total += bytes;
    }
  }

  private async read(hostPath: string): Promise<string | undefined> {
    try {
      return await this.host.readText(hostPath, MAX_FILE);
    } catch (err) {
      if (isDenied(err)) this.denied.push(hostPath);
      return undefined; // EISDIR, EIO on odd sysfs attributes: not part of the snapshot
    }
  }

  /** Copies a file at its literal path (no symlink resolution: /proc's links are magic). */
  private async file(hostPath: string): Promise<string | undefined> {
    const text = await this.read(hostPath);
    if (text === undefined) return undefined;
    this.put({ type: 'file', path: hostPath, data: text });
    return text;
  }

  /** Copies a /sys path, recording every symlink on the way and the file at its real place. */
  private async sysPath(hostPath: string, what: 'file' | 'link-only' = 'file'): Promise<string | undefined> {
    const parts = hostPath.split('/').filter(Boolean);
    let cur = '';
    for (let i = 0; i < parts.length; i++) {
      const next = `${cur}/${parts[i]}`;
      const st = await this.host.lstat(next).catch(() => undefined);
      if (!st) return undefined;
      if (st.isSymbolicLink()) {
        const target = await this.host.readlink(next);
        if (target === undefined) return undefined;
        this.put({ type: 'symlink', path: next, target });
        const last = i === parts.length - 1;
        if (last && what === 'link-only') return undefined;
        const resolved = target.startsWith('/')
          ? path.posix.normalize(target)
          : path.posix.join(path.posix.dirname(next), target);
        if (last && !this.entries.has(resolved)) {
          const rst = await this.host.stat(resolved).catch(() => undefined);
          if (rst?.isDirectory()) this.put({ type: 'dir', path: resolved });
        }
        // Restart from the resolved prefix: links inside /sys are relative and stay inside the root.
        const rest = parts.slice(i + 1).join('/');
        return rest ? this.sysPath(`${resolved}/${rest}`, what) : last ? undefined : undefined;
      }
      cur = next;
    }
    return this.file(cur);
  }

  private async procs(): Promise<void> {
    // stat()s of fds off the main thread with a time bound (a container's stalled FUSE mount).
    const stats = new FdStatWorker();
    try {
      await this.procsWith((paths) => stats.statAll(paths));
    } finally {
      stats.close();
    }
  }

  private async procsWith(stat: (paths: string[]) => Promise<FdStat[]>): Promise<void> {
    const pids = (await this.host.readdir('/proc')).filter((n) => /^\d+$/.test(n));
    for (const pid of pids) {
      const base = `/proc/${pid}`;
      const cgroup = await this.file(`${base}/cgroup`);
      if (cgroup === undefined) continue; // exited
      await this.file(`${base}/status`);
      await this.file(`${base}/stat`);
      await this.file(`${base}/comm`);
      this.put({ type: 'dir', path: `${base}/fd` });
      this.put({ type: 'dir', path: `${base}/fdinfo` });
      for (const fd of await this.host.readdir(`${base}/fd`)) {
        const dev = await classifyFd(this.host, `${base}/fd/${fd}`, stat).catch(() => undefined);
        if (!dev) continue;
        const target = await this.host.readlink(`${base}/fd/${fd}`);
        if (target) this.put({ type: 'symlink', path: `${base}/fd/${fd}`, target });
        await this.file(`${base}/fdinfo/${fd}`);
      }
    }
  }

  /**
   * The KFD (ROCm compute, collect/kfd.ts): its topology and each /dev/kfd user's figures. Its
   * processes hold no fd the walk keeps (/dev/kfd's major is dynamic): without these, a ROCm
   * process of the host is in no replay.
   */
  private async kfd(): Promise<void> {
    const kfd = '/sys/class/kfd/kfd';
    for (const n of await this.host.readdir(`${kfd}/topology/nodes`)) {
      await this.sysPath(`${kfd}/topology/nodes/${n}/gpu_id`);
      await this.sysPath(`${kfd}/topology/nodes/${n}/properties`);
    }
    for (const pid of await this.host.readdir(`${kfd}/proc`)) {
      if (!/^\d+$/.test(pid)) continue;
      for (const name of await this.host.readdir(`${kfd}/proc/${pid}`)) {
        if (/^(pasid|vram_\d+|sdma_\d+)$/.test(name)) await this.sysPath(`${kfd}/proc/${pid}/${name}`);
        else if (/^stats_\d+$/.test(name))
          for (const f of ['cu_occupancy', 'evicted_ms'])
            await this.sysPath(`${kfd}/proc/${pid}/${name}/${f}`);
      }
    }
  }

  private async drm(): Promise<void> {
    const wanted: Array<[string, string]> = [];
    for (const n of await this.host.readdir('/sys/class/drm')) {
      if (!/^(card|renderD)\d+$/.test(n)) continue;
      const base = `/sys/class/drm/${n}`;
      const dev = (await this.sysPath(`${base}/dev`))?.trim();
      if (dev) await this.sysPath(`/sys/dev/char/${dev}`, 'link-only');
      await this.sysPath(`${base}/device/driver`, 'link-only');
      const runtime = (await this.sysPath(`${base}/device/power/runtime_status`))?.trim();
      const pciLink = await this.host.readlink(`${base}/device`);
      const bdf = pciLink ? path.posix.basename(pciLink) : undefined;
      if (bdf) await this.sysPath(`/sys/bus/pci/devices/${bdf}`, 'link-only');
      if (runtime === 'suspended') {
        // Reading counters would wake the GPU: the snapshot records it as suspended instead.
        if (bdf && !this.suspended.includes(bdf)) this.suspended.push(bdf);
        for (const f of ['vendor', 'device', 'uevent']) await this.sysPath(`${base}/device/${f}`);
        continue;
      }
      for (const f of CARD_FILES) await this.sysPath(`${base}/${f}`);
      for (const f of DEVICE_FILES) await this.sysPath(`${base}/device/${f}`);
      for (const tile of (await this.host.readdir(`${base}/device`)).filter((d) => /^tile\d+$/.test(d))) {
        for (const gt of (await this.host.readdir(`${base}/device/${tile}`)).filter((d) =>
          /^gt\d+$/.test(d),
        )) {
          for (const f of XE_GT_FILES) await this.sysPath(`${base}/device/${tile}/${gt}/${f}`);
        }
      }
      for (const hw of (await this.host.readdir(`${base}/device/hwmon`)).filter((d) =>
        /^hwmon\d+$/.test(d),
      )) {
        for (const f of await this.host.readdir(`${base}/device/hwmon/${hw}`)) {
          if (HWMON_FILE.test(f)) await this.sysPath(`${base}/device/hwmon/${hw}/${f}`);
        }
      }
      const v = parseHexId(await this.read(`${base}/device/vendor`));
      const d = parseHexId(await this.read(`${base}/device/device`));
      if (v && d) wanted.push([v, d]);
    }
    await this.pciIds(wanted);
  }

  /** Only the lines of pci.ids that name this host's GPUs, in pci.ids format. */
  private async pciIds(wanted: Array<[string, string]>): Promise<void> {
    if (wanted.length === 0) return;
    for (const p of PCI_IDS_PATHS) {
      const text = await this.host.readText(p, 8 * 1024 * 1024).catch(() => undefined);
      if (!text) continue;
      const names = lookupPciNames(text, wanted);
      const byVendor = new Map<string, string[]>();
      for (const [k, name] of names) {
        const [v, d] = k.split(':');
        const list = byVendor.get(v) ?? [];
        list.push(`\t${d}  ${name.replace(/^(Intel|AMD|NVIDIA)\s+/, '')}`);
        byVendor.set(v, list);
      }
      const vendorNames: Record<string, string> = {
        '8086': 'Intel Corporation',
        '1002': 'Advanced Micro Devices, Inc. [AMD/ATI]',
        '10de': 'NVIDIA Corporation',
      };
      const out = ['# pci.ids excerpt (pve-gpu-tab snapshot)'];
      for (const [v, lines] of byVendor) out.push(`${v}  ${vendorNames[v] ?? v}`, ...lines);
      this.put({ type: 'file', path: '/usr/share/misc/pci.ids', data: `${out.join('\n')}\n` });
      return;
    }
  }

  private async rapl(): Promise<void> {
    for (const z of await this.host.readdir('/sys/class/powercap')) {
      if (!/^intel-rapl:\d+(:\d+)?$/.test(z)) continue;
      for (const f of ['name', 'energy_uj', 'max_energy_range_uj'])
        await this.sysPath(`/sys/class/powercap/${z}/${f}`);
    }
  }

  private async devNodes(): Promise<void> {
    for (const n of await this.host.readdir('/dev/dri')) {
      if (n === 'by-path') continue;
      await this.node(`/dev/dri/${n}`);
    }
    for (const n of await this.host.readdir('/dev/dri/by-path')) {
      const target = await this.host.readlink(`/dev/dri/by-path/${n}`);
      if (target) this.put({ type: 'symlink', path: `/dev/dri/by-path/${n}`, target });
    }
    for (const n of await this.host.readdir('/dev')) {
      if (/^nvidia/.test(n) || n === 'kfd') await this.node(`/dev/${n}`);
    }
    for (const n of await this.host.readdir('/dev/nvidia-caps')) await this.node(`/dev/nvidia-caps/${n}`);
  }

  /** A device node: an empty placeholder plus its facts in dev/.nodes.d/snapshot.json. */
  private async node(devPath: string, base = '/'): Promise<void> {
    const facts: DeviceNodeFacts = await statDevice(this.host, devPath, base);
    if (facts.type === 'missing' || facts.type === 'dir') return;
    const at = base === '/' ? devPath : `${base}${devPath}`;
    this.put({ type: 'file', path: at, data: '' });
    this.nodes[at] = {
      type: facts.type,
      major: facts.major,
      minor: facts.minor,
      uid: facts.uid,
      gid: facts.gid,
      mode: formatMode(facts.mode),
    };
  }

  private async configs(): Promise<void> {
    for (const f of await this.host.readdir('/etc/pve/lxc')) {
      const m = /^(\d+)\.conf$/.exec(f);
      if (m) await this.file(`/etc/pve/lxc/${f}`);
    }
    await this.file('/etc/subuid');
    await this.file('/etc/subgid');
    await this.file('/etc/group');
  }
}
