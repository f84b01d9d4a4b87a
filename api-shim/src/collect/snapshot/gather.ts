// SPDX-License-Identifier: AGPL-3.0-or-later
// Gathers every host file the collectors (and the health checks' GPU-related inputs) read into tar
// entries laid out as a host snapshot (docs/snapshot.md). /sys symlinks are kept as symlinks and
// followed inside the root; /proc is read literally (its links are magic: fd/N, root).
import path from 'node:path';
import { type DeviceNodeFacts, formatMode, statDevice } from '../../host/device-nodes.ts';
import { type HostRoot, isDenied } from '../../host/host-root.ts';
import { classifyFd } from '../fd-class.ts';
import { type FdStat, FdStatWorker } from '../fd-stat-worker.ts';
import { parseHexId } from '../parse-util.ts';
import { lookupPciNames, PCI_IDS_PATHS } from '../pci-ids.ts';
import { parseCgroupOwner } from '../proc-cgroup.ts';
import { parseProcStatus } from '../proc-status.ts';
import { redactCtConfig, redactGroup, redactSubid } from './redact.ts';
import type { TarEntry } from './tar.ts';

const PREFIX = 'pve-gpu-tab-snapshot';
const MAX_FILE = 1024 * 1024;

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
  redaction: string[];
}

export class SnapshotGatherer {
  private readonly entries = new Map<string, TarEntry>();
  private readonly nodes: Record<string, Record<string, unknown>> = {};
  private readonly denied: string[] = [];
  private readonly suspended: string[] = [];

  constructor(private readonly host: HostRoot) {}

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
    await this.rapl();
    await this.devNodes();
    await this.configs();
    const manifest: SnapshotManifest = {
      format: 'pve-gpu-tab host snapshot v1',
      createdAt: new Date().toISOString(),
      root: this.host.root,
      files: this.entries.size,
      denied: this.denied,
      suspended: this.suspended,
      redaction: [
        'never read: /proc/*/cmdline, /proc/*/environ, /etc/hostname, targets of non-GPU file descriptors',
        '/etc/pve/lxc/*.conf: hostname → ct<vmid>; net* hwaddr/ip/gw → redacted; nameserver, searchdomain, description, tags → redacted',
        '/etc/group (host and containers): member names → user<N> (root kept)',
        '/etc/subuid, /etc/subgid: user names other than root → user<N>',
      ],
    };
    this.put({ type: 'file', path: '/MANIFEST.json', data: `${JSON.stringify(manifest, null, 1)}\n` });
    this.put({
      type: 'file',
      path: '/dev/.nodes.d/snapshot.json',
      data: `${JSON.stringify(this.nodes, null, 1)}\n`,
    });
    const entries = [...this.entries.values()]
      .map((e) => ({ ...e, path: `${PREFIX}${e.path}` }))
      .sort((a, b) => a.path.localeCompare(b.path));
    return { entries, manifest };
  }

  private put(e: TarEntry): void {
    this.entries.set(e.path, e);
    // parent directories, so that empty ones (fd/) and link targets exist on extraction
    for (let d = path.posix.dirname(e.path); d !== '/' && !this.entries.has(d); d = path.posix.dirname(d)) {
      this.entries.set(d, { type: 'dir', path: d });
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
  private async file(hostPath: string, transform?: (text: string) => string): Promise<string | undefined> {
    const text = await this.read(hostPath);
    if (text === undefined) return undefined;
    this.put({ type: 'file', path: hostPath, data: transform ? transform(text) : text });
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
      const status = await this.file(`${base}/status`);
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
      // A container's init: its /etc/group and GPU nodes as the container sees them (health checks).
      const st = status ? parseProcStatus(status) : undefined;
      const owner = parseCgroupOwner(cgroup).owner;
      if (owner !== 'host' && st?.nspid.at(-1) === 1 && st.nspid.length > 1) {
        await this.file(`${base}/root/etc/group`, redactGroup);
        for (const n of await this.host.readdir(`${base}/root/dev/dri`)) {
          await this.node(`/dev/dri/${n}`, `${base}/root`);
        }
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
      if (m) await this.file(`/etc/pve/lxc/${f}`, (t) => redactCtConfig(t, m[1]));
    }
    await this.file('/etc/subuid', redactSubid);
    await this.file('/etc/subgid', redactSubid);
    await this.file('/etc/group', redactGroup);
  }
}
