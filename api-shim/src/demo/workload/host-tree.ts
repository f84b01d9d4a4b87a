// SPDX-License-Identifier: AGPL-3.0-or-later
// Writes host snapshot trees (/proc, /sys, /dev layout) for the demo, the tests and the benchmark.
// Device nodes cannot be made without root: they are placeholders plus a dev/.nodes.d sidecar
// (see host/device-nodes.ts). fd/<n> are symlinks to the host path, as `ls -l /proc/<pid>/fd` shows.
import {
  closeSync,
  constants,
  ftruncateSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

export interface GpuSpec {
  pci: string;
  vendorId: string;
  deviceId: string;
  driver: string;
  card: number;
  render?: number;
  /** sysfs parent, default /sys/devices/pci0000:00 */
  parent?: string;
  /** extra files relative to the PCI device dir, e.g. {"gpu_busy_percent": "12"} */
  deviceFiles?: Record<string, string>;
  /** extra files relative to /sys/class/drm/cardN (i915's gt_act_freq_mhz …) */
  cardFiles?: Record<string, string>;
  renderGid?: number;
  videoGid?: number;
}

export interface ProcessSpec {
  pid: number;
  comm: string;
  /** whole /proc/<pid>/cgroup text or a path ("/lxc/101/ns/…") */
  cgroup: string;
  /** NSpid values after the host PID (e.g. [1] for a CT init) */
  nspid?: number[];
  /** clock ticks since boot; default derived from pid */
  start?: number;
  /** fd → link target ("/dev/dri/renderD128", "socket:[123]") */
  fds?: Record<number, string>;
  /** fd → fdinfo text */
  fdinfo?: Record<number, string>;
  uid?: number;
  /** supplementary groups: the "Groups:" line, before NStgid/NSpid as task_state() in fs/proc/array.c prints it */
  groups?: number[];
}

export interface HostTreeOptions {
  /**
   * file() rewrites an existing file in place (same inode) instead of by rename. A real host's
   * fdinfo and sysfs files are the same file at every read, and the sampler re-reads them through
   * descriptors it holds (collect/reread.ts): only this mode takes that path in a tree; by rename,
   * each changed file is found unlinked and opened again. Not atomic: for a tree read by the
   * writing process between its writes (tests), not by a concurrent reader (the demo).
   */
  inPlace?: boolean;
}

export class HostTree {
  private readonly nodes: Record<string, unknown> = {};
  private readonly inPlace: boolean;

  constructor(
    readonly dir: string,
    private readonly sidecarName = 'collect.json',
    opts: HostTreeOptions = {},
  ) {
    this.inPlace = opts.inPlace ?? false;
    mkdirSync(dir, { recursive: true });
  }

  abs(hostPath: string): string {
    return path.join(this.dir, hostPath);
  }

  /**
   * Writes a file atomically (rename), so a concurrent reader never sees half a counter; with
   * `inPlace`, an existing file is rewritten where it is: its bytes from offset 0, then cut to
   * their length (never empty in between).
   */
  file(hostPath: string, content: string, mode?: number): void {
    const p = this.abs(hostPath);
    if (this.inPlace && this.rewrite(p, content)) return;
    mkdirSync(path.dirname(p), { recursive: true });
    const tmp = `${p}.tmp${process.pid}`;
    writeFileSync(tmp, content, mode === undefined ? undefined : { mode });
    renameSync(tmp, p);
  }

  /** Rewrites `p` in place; false where there is no such file yet, or a link (replaced, as by rename). */
  private rewrite(p: string, content: string): boolean {
    let fd: number;
    try {
      fd = openSync(p, constants.O_RDWR | constants.O_NOFOLLOW);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ELOOP') return false;
      throw err;
    }
    try {
      const bytes = Buffer.from(content);
      writeSync(fd, bytes, 0, bytes.length, 0);
      ftruncateSync(fd, bytes.length);
    } finally {
      closeSync(fd);
    }
    return true;
  }

  link(hostPath: string, target: string): void {
    const p = this.abs(hostPath);
    mkdirSync(path.dirname(p), { recursive: true });
    rmSync(p, { force: true });
    symlinkSync(target, p);
  }

  devNode(hostPath: string, major: number, minor: number, gid = 0, mode = '0660'): void {
    this.file(hostPath, '');
    this.nodes[hostPath] = { type: 'char', major, minor, uid: 0, gid, mode };
  }

  /** Writes dev/.nodes.d/<name> with every node declared so far. */
  flushNodes(): void {
    this.file(`/dev/.nodes.d/${this.sidecarName}`, `${JSON.stringify(this.nodes, null, 1)}\n`);
  }

  addGpu(g: GpuSpec): void {
    const parent = g.parent ?? '/sys/devices/pci0000:00';
    const dev = `${parent}/${g.pci}`;
    this.file(`${dev}/vendor`, `0x${g.vendorId}\n`);
    this.file(`${dev}/device`, `0x${g.deviceId}\n`);
    this.file(`${dev}/uevent`, `DRIVER=${g.driver}\nPCI_SLOT_NAME=${g.pci}\n`);
    this.file(`${dev}/power/runtime_status`, 'active\n');
    this.link(`${dev}/driver`, `../../../bus/pci/drivers/${g.driver}`);
    mkdirSync(this.abs(`/sys/bus/pci/drivers/${g.driver}`), { recursive: true });
    this.link(`/sys/bus/pci/devices/${g.pci}`, path.posix.relative('/sys/bus/pci/devices', dev));
    for (const [f, v] of Object.entries(g.deviceFiles ?? {})) this.file(`${dev}/${f}`, v);
    const minors: Array<[string, number]> = [[`card${g.card}`, g.card]];
    if (g.render !== undefined) minors.push([`renderD${g.render}`, g.render]);
    for (const [name, minor] of minors) {
      const sysDir = `${dev}/drm/${name}`;
      this.file(`${sysDir}/dev`, `226:${minor}\n`);
      this.link(`${sysDir}/device`, `../../../${g.pci}`);
      this.link(`/sys/class/drm/${name}`, path.posix.relative('/sys/class/drm', sysDir));
      this.link(`/sys/dev/char/226:${minor}`, path.posix.relative('/sys/dev/char', sysDir));
      const isRender = name.startsWith('render');
      this.devNode(`/dev/dri/${name}`, 226, minor, isRender ? (g.renderGid ?? 993) : (g.videoGid ?? 44));
      this.link(`/dev/dri/by-path/pci-${g.pci}-${isRender ? 'render' : 'card'}`, `../${name}`);
    }
    for (const [f, v] of Object.entries(g.cardFiles ?? {})) this.file(`${dev}/drm/card${g.card}/${f}`, v);
  }

  addProcess(p: ProcessSpec): void {
    const base = `/proc/${p.pid}`;
    const cgroup = p.cgroup.includes('\n') ? p.cgroup : `0::${p.cgroup}\n`;
    this.file(`${base}/cgroup`, cgroup);
    this.file(`${base}/comm`, `${p.comm}\n`);
    const nspid = [p.pid, ...(p.nspid ?? [])].join('\t');
    const uid = p.uid ?? 0;
    this.file(
      `${base}/status`,
      `Name:\t${p.comm}\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t${p.pid}\nPid:\t${p.pid}\nPPid:\t1\n` +
        `Uid:\t${uid}\t${uid}\t${uid}\t${uid}\nGid:\t${uid}\t${uid}\t${uid}\t${uid}\n` +
        // the kernel prints each group as "%d " (task_state())
        (p.groups ? `Groups:\t${p.groups.map((g) => `${g} `).join('')}\nNStgid:\t${nspid}\n` : '') +
        `NSpid:\t${nspid}\n`,
    );
    const start = p.start ?? 1000 + p.pid;
    this.file(
      `${base}/stat`,
      `${p.pid} (${p.comm}) S 1 ${p.pid} ${p.pid} 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 ${start} 0 0 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n`,
    );
    mkdirSync(this.abs(`${base}/fd`), { recursive: true });
    mkdirSync(this.abs(`${base}/fdinfo`), { recursive: true });
    for (const [fd, target] of Object.entries(p.fds ?? {})) this.link(`${base}/fd/${fd}`, target);
    for (const [fd, text] of Object.entries(p.fdinfo ?? {})) this.file(`${base}/fdinfo/${fd}`, text);
  }

  removeProcess(pid: number): void {
    rmSync(this.abs(`/proc/${pid}`), { recursive: true, force: true });
  }
}

/** Generic fdinfo head every fd has. */
function head(fd = 5): string {
  return `pos:\t0\nflags:\t02100002\nmnt_id:\t26\nino:\t${1000 + fd}\n`;
}

export function i915Fdinfo(o: {
  clientId: number;
  pdev: string;
  engines: Record<string, bigint | number>;
  capacity?: Record<string, number>;
  residentKiB?: number;
}): string {
  let t = `${head()}drm-driver:\ti915\ndrm-client-id:\t${o.clientId}\ndrm-pdev:\t${o.pdev}\n`;
  const kib = o.residentKiB ?? 0;
  t += `drm-total-system0:\t${kib} KiB\ndrm-shared-system0:\t0\ndrm-active-system0:\t0\ndrm-resident-system0:\t${kib} KiB\ndrm-purgeable-system0:\t0\n`;
  for (const [e, ns] of Object.entries(o.engines)) {
    t += `drm-engine-${e}:\t${ns} ns\n`;
    const cap = o.capacity?.[e];
    if (cap && cap > 1) t += `drm-engine-capacity-${e}:\t${cap}\n`;
  }
  return t;
}

export function xeFdinfo(o: {
  clientId: number;
  pdev: string;
  cycles: Record<string, bigint | number>;
  totalCycles: bigint | number;
  capacity?: Record<string, number>;
  vramKiB?: number;
}): string {
  let t = `${head()}drm-driver:\txe\ndrm-client-id:\t${o.clientId}\ndrm-pdev:\t${o.pdev}\n`;
  t += `drm-total-vram0:\t${o.vramKiB ?? 0} KiB\ndrm-resident-vram0:\t${o.vramKiB ?? 0} KiB\n`;
  for (const [e, c] of Object.entries(o.cycles)) {
    t += `drm-cycles-${e}:\t${c}\ndrm-total-cycles-${e}:\t${o.totalCycles}\n`;
    const cap = o.capacity?.[e];
    if (cap && cap > 1) t += `drm-engine-capacity-${e}:\t${cap}\n`;
  }
  return t;
}

export function amdgpuFdinfo(o: {
  clientId: number;
  pdev: string;
  engines: Record<string, bigint | number>;
  vramKiB?: number;
  /** the client's PASID (a ROCm process's KFD entry shows the same) */
  pasid?: number;
}): string {
  let t = `${head()}pasid:\t${o.pasid ?? 32771}\ndrm-driver:\tamdgpu\ndrm-pdev:\t${o.pdev}\ndrm-client-id:\t${o.clientId}\n`;
  t += `drm-memory-vram:\t${o.vramKiB ?? 0} KiB\ndrm-memory-gtt: \t0 KiB\ndrm-memory-cpu: \t0 KiB\n`;
  // amdgpu prints only engines with non-zero usage.
  for (const [e, ns] of Object.entries(o.engines)) if (BigInt(ns) > 0n) t += `drm-engine-${e}:\t${ns} ns\n`;
  return t;
}
