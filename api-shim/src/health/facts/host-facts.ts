// SPDX-License-Identifier: AGPL-3.0-or-later
// Host facts the checks need, read once through the host root and cached by the engine.

import type { Vendor } from '../../api/types.ts';
import { listDeviceNodes, resolveInRoot } from '../../host/device-nodes.ts';
import type { HostRoot } from '../../host/host-root.ts';
import { parseSubid, type SubidEntry } from '../idmap/subid.ts';
import { type AcceleratorFacts, readAcceleratorFacts } from './accelerators.ts';
import { type GroupEntry, type PasswdEntry, parseGroup, parsePasswd } from './etc-files.ts';
import { type MigCapFacts, readMigCapFacts } from './nvidia-mig.ts';

export interface DrmNodeInfo {
  /** "renderD128", "card0" */
  name: string;
  path: string;
  pci?: string;
  vendorId?: string;
  vendor: Vendor;
  driver?: string;
  /** SR-IOV virtual function (has a physfn link) */
  virtfn: boolean;
}

export interface PciGpu {
  pci: string;
  vendorId: string;
  vendor: Vendor;
  driver?: string;
}

export interface HostFacts {
  groups: GroupEntry[];
  passwd: PasswdEntry[];
  subuid?: SubidEntry[];
  subgid?: SubidEntry[];
  /** files newuidmap does not read but guides tell people to write */
  subidTypos: string[];
  /** "subid:" line of /etc/nsswitch.conf */
  subidNss?: string;
  perfParanoid?: number;
  /** /proc/devices character majors: name → major */
  charMajors: Map<string, number>;
  cgroup: 'v2' | 'v1' | 'hybrid' | 'unknown';
  apparmor?: boolean;
  kernel?: string;
  nvidiaVersion?: string;
  nvidiaModuleLoaded: boolean;
  drm: DrmNodeInfo[];
  pciGpus: PciGpu[];
  /** /etc/modules-load.d, /etc/modules lines naming nvidia_uvm, and what creates the uvm node at boot */
  uvmAtBoot: { moduleListed: boolean; nodeCreator: string[] };
  /** Intel HuC state per PCI address, from debugfs (root only; absent when unreadable) */
  huc: Map<string, { file: string; text: string }>;
  /** /sys/module/i915/parameters/enable_guc */
  i915EnableGuc?: number;
  /** udev rules making GPU nodes world-writable */
  worldRwRules: Array<{ file: string; line: number; text: string }>;
  /** Coral, Hailo, NPUs, USB accelerators: their drivers and devices (accelerators.ts) */
  accel: AcceleratorFacts;
  /** NVIDIA MIG: the GPU and compute instances and their capability minors (nvidia-mig.ts) */
  nvidiaMig: MigCapFacts;
}

export function vendorOf(id: string | undefined): Vendor {
  switch ((id ?? '').trim().toLowerCase()) {
    case '0x8086':
      return 'intel';
    case '0x1002':
    case '0x1022':
      return 'amd';
    case '0x10de':
      return 'nvidia';
    default:
      return 'other';
  }
}

async function basenameOfLink(host: HostRoot, p: string): Promise<string | undefined> {
  const t = await host.readlink(p);
  return t ? t.split('/').filter(Boolean).pop() : undefined;
}

export async function readHostFacts(host: HostRoot): Promise<HostFacts> {
  const text = (p: string) => host.readText(p).catch(() => undefined);
  const [group, passwd, subuid, subgid, nss, paranoid, devices, osrelease, nvver] = await Promise.all([
    text('/etc/group'),
    text('/etc/passwd'),
    text('/etc/subuid'),
    text('/etc/subgid'),
    text('/etc/nsswitch.conf'),
    text('/proc/sys/kernel/perf_event_paranoid'),
    text('/proc/devices'),
    text('/proc/sys/kernel/osrelease'),
    text('/proc/driver/nvidia/version'),
  ]);
  const subidTypos: string[] = [];
  for (const f of ['/etc/subguid', '/etc/subuids', '/etc/subgids', '/etc/subgid.d', '/etc/subuid.d']) {
    if (await host.lstat(f).catch(() => undefined)) subidTypos.push(f);
  }
  const charMajors = new Map<string, number>();
  let inChar = false;
  for (const line of (devices ?? '').split('\n')) {
    if (/^Character devices:/.test(line)) inChar = true;
    else if (/^Block devices:/.test(line)) inChar = false;
    else if (inChar) {
      const m = /^\s*(\d+)\s+(\S+)/.exec(line);
      if (m) charMajors.set(m[2], Number(m[1]));
    }
  }
  const cgroup = await cgroupMode(host);
  const drm = await readDrm(host);
  const enableGuc = await text('/sys/module/i915/parameters/enable_guc');
  const apparmorText = await text('/sys/module/apparmor/parameters/enabled');
  const nvm = /Kernel Module\s+(?:for\s+\S+\s+)?([0-9]+\.[0-9]+(?:\.[0-9]+)?)/.exec(nvver ?? '');
  // the module's own version when /proc/driver/nvidia is not there (a snapshot, a hidepid mount)
  const sysNv = nvm ? undefined : await text('/sys/module/nvidia/version');
  const sysNvVersion = /^\s*([0-9]+\.[0-9]+(?:\.[0-9]+)?)\s*$/.exec(sysNv ?? '')?.[1];
  const nvidiaModuleLoaded =
    !!nvver ||
    !!(await host.lstat('/sys/module/nvidia').catch(() => undefined)) ||
    charMajors.has('nvidia-frontend');
  return {
    groups: group ? parseGroup(group) : [],
    passwd: passwd ? parsePasswd(passwd) : [],
    subuid: subuid === undefined ? undefined : parseSubid(subuid),
    subgid: subgid === undefined ? undefined : parseSubid(subgid),
    subidTypos,
    subidNss: (nss ?? '')
      .split('\n')
      .find((l) => /^\s*subid\s*:/.test(l))
      ?.trim(),
    perfParanoid:
      paranoid !== undefined && /^-?\d+/.test(paranoid.trim()) ? Number.parseInt(paranoid, 10) : undefined,
    charMajors,
    cgroup,
    apparmor: apparmorText === undefined ? undefined : apparmorText.trim().startsWith('Y'),
    kernel: osrelease?.trim(),
    nvidiaVersion: nvm?.[1] ?? sysNvVersion,
    nvidiaModuleLoaded,
    drm,
    huc: await readHuc(host, drm),
    i915EnableGuc:
      enableGuc !== undefined && /^-?\d+/.test(enableGuc.trim()) ? Number.parseInt(enableGuc, 10) : undefined,
    pciGpus: await readPciGpus(host),
    uvmAtBoot: await readUvmBoot(host),
    worldRwRules: await readUdevWorldRw(host),
    accel: await readAcceleratorFacts(host),
    nvidiaMig: nvidiaModuleLoaded ? await readMigCapFacts(host) : { instances: [], hostNodes: [] },
  };
}

async function cgroupMode(host: HostRoot): Promise<HostFacts['cgroup']> {
  if (await host.lstat('/sys/fs/cgroup/cgroup.controllers').catch(() => undefined)) return 'v2';
  if (await host.lstat('/sys/fs/cgroup/unified/cgroup.controllers').catch(() => undefined)) return 'hybrid';
  if (await host.lstat('/sys/fs/cgroup/devices').catch(() => undefined)) return 'v1';
  return 'unknown';
}

async function readDrm(host: HostRoot): Promise<DrmNodeInfo[]> {
  const names = (await host.readdir('/sys/class/drm')).filter((n) => /^(card\d+|renderD\d+)$/.test(n));
  const out: DrmNodeInfo[] = [];
  for (const name of names.sort()) {
    const dev = `/sys/class/drm/${name}/device`;
    // the link is relative ("../../../0000:00:02.0"); resolve it inside the root for the PCI address
    const target = await resolveInRoot(host, '/', dev).catch(() => undefined);
    const pci = target?.split('/').filter(Boolean).pop();
    const vendorId = (await host.readText(`${dev}/vendor`, 64).catch(() => undefined))?.trim();
    out.push({
      name,
      path: `/dev/dri/${name}`,
      pci: pci && /^[0-9a-f]{4}:/.test(pci) ? pci : undefined,
      vendorId,
      vendor: vendorOf(vendorId),
      driver: await basenameOfLink(host, `${dev}/driver`),
      virtfn: !!(await host.lstat(`${dev}/physfn`).catch(() => undefined)),
    });
  }
  // /dev/dri nodes without sysfs (snapshots): still list them so the inventory is complete.
  for (const n of await listDeviceNodes(host, '/dev/dri')) {
    if (/^(card\d+|renderD\d+)$/.test(n) && !out.some((d) => d.name === n)) {
      out.push({ name: n, path: `/dev/dri/${n}`, vendor: 'other', virtfn: false });
    }
  }
  return out;
}

async function readPciGpus(host: HostRoot): Promise<PciGpu[]> {
  const out: PciGpu[] = [];
  for (const pci of await host.readdir('/sys/bus/pci/devices')) {
    const cls = (await host.readText(`/sys/bus/pci/devices/${pci}/class`, 64).catch(() => undefined))?.trim();
    if (!cls?.startsWith('0x03')) continue;
    const vendorId =
      (await host.readText(`/sys/bus/pci/devices/${pci}/vendor`, 64).catch(() => undefined))?.trim() ?? '';
    out.push({
      pci,
      vendorId,
      vendor: vendorOf(vendorId),
      driver: await basenameOfLink(host, `/sys/bus/pci/devices/${pci}/driver`),
    });
  }
  return out;
}

async function readConfDir(
  host: HostRoot,
  dir: string,
  ext: RegExp,
): Promise<Array<{ file: string; text: string }>> {
  const out: Array<{ file: string; text: string }> = [];
  for (const n of (await host.readdir(dir)).filter((n) => ext.test(n)).sort()) {
    const t = await host.readText(`${dir}/${n}`, 64 * 1024).catch(() => undefined);
    if (t !== undefined) out.push({ file: `${dir}/${n}`, text: t });
  }
  return out;
}

async function readUvmBoot(host: HostRoot): Promise<HostFacts['uvmAtBoot']> {
  const modules = [
    ...(await readConfDir(host, '/etc/modules-load.d', /\.conf$/)),
    ...(await host.readText('/etc/modules').then((t) => (t ? [{ file: '/etc/modules', text: t }] : []))),
  ];
  const moduleListed = modules.some((m) => m.text.split('\n').some((l) => /^\s*nvidia[_-]uvm\b/.test(l)));
  const nodeCreator: string[] = [];
  const candidates = [
    ...(await readConfDir(host, '/etc/udev/rules.d', /\.rules$/)),
    ...(await readConfDir(host, '/etc/systemd/system', /\.service$/)),
  ];
  for (const c of candidates)
    if (/nvidia-modprobe[^\n]*-u|nvidia-persistenced/.test(c.text)) nodeCreator.push(c.file);
  if (
    await host
      .lstat('/etc/systemd/system/multi-user.target.wants/nvidia-persistenced.service')
      .catch(() => undefined)
  ) {
    nodeCreator.push('nvidia-persistenced.service (enabled)');
  }
  return { moduleListed, nodeCreator };
}

async function readUdevWorldRw(host: HostRoot): Promise<HostFacts['worldRwRules']> {
  const out: HostFacts['worldRwRules'] = [];
  for (const c of await readConfDir(host, '/etc/udev/rules.d', /\.rules$/)) {
    c.text.split('\n').forEach((l, i) => {
      if (
        /(renderD|card|kfd|drm)/.test(l) &&
        /MODE\s*=\s*"0?6[0-7]6"|chmod\s+0?6[0-7]6|chmod\s+0?777/.test(l)
      ) {
        out.push({ file: c.file, line: i + 1, text: l.trim() });
      }
    });
  }
  return out;
}

async function readHuc(host: HostRoot, drm: DrmNodeInfo[]): Promise<HostFacts['huc']> {
  const out: HostFacts['huc'] = new Map();
  for (const d of drm) {
    if (d.vendor !== 'intel' || !d.pci || !/^card\d+$/.test(d.name) || out.has(d.pci)) continue;
    const n = d.name.slice(4);
    for (const dir of [`/sys/kernel/debug/dri/${n}`, `/sys/kernel/debug/dri/${d.pci}`]) {
      for (const f of ['gt0/uc/huc_info', 'gt/uc/huc_info']) {
        const t = await host.readText(`${dir}/${f}`, 16 * 1024).catch(() => undefined);
        if (t !== undefined && !out.has(d.pci)) out.set(d.pci, { file: `${dir}/${f}`, text: t });
      }
    }
  }
  return out;
}
