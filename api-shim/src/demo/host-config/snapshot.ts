// SPDX-License-Identifier: AGPL-3.0-or-later
// Writes the config side of a host snapshot: /etc files, device-node facts (a sidecar under
// dev/.nodes.d/, see host/device-nodes.ts), DRM sysfs links, and running containers' roots at
// /proc/<initpid>/root/ — including the nodes PVE would have created inside them. Used by the
// demo and by the fixture tests; only ever adds its own files to a tree (others may share it).

import { chmodSync, existsSync, lstatSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDevString } from '../../health/config/dev-string.ts';
import { parseMountEntry } from '../../health/config/mount-entry.ts';
import { numbered, parsePctConfig } from '../../health/config/pct-config.ts';
import { ctToHost, effectiveIdmap } from '../../health/idmap/idmap.ts';

export interface NodeSpec {
  path: string;
  type?: 'char' | 'block' | 'file' | 'dir';
  major?: number;
  minor?: number;
  uid?: number;
  gid?: number;
  /** "0660" */
  mode?: string;
}

export interface DrmSpec {
  /** "renderD128" / "card0" */
  name: string;
  pci: string;
  vendorId: string;
  driver: string;
  virtfn?: boolean;
}

export interface ContainerSpec {
  vmid: string;
  pid: number;
  /** files inside the container root, by in-container path */
  files?: Record<string, string>;
  /** symlinks inside the container root: path → target (as written in the container) */
  links?: Record<string, string>;
  /** write /proc/<pid>/cgroup and status (fixtures; the demo's usage side writes its own) */
  writeProc?: boolean;
  /** mirror the config's passed-through nodes inside the container, as PVE would (default true) */
  mirrorNodes?: boolean;
}

export interface HealthHostSpec {
  files?: Record<string, string>;
  /** written only when the file does not exist yet (shared with other writers) */
  filesIfAbsent?: Record<string, string>;
  links?: Record<string, string>;
  nodes?: NodeSpec[];
  drm?: DrmSpec[];
  containers?: ContainerSpec[];
  /** sidecar file name under dev/.nodes.d/ */
  sidecar?: string;
  /** permission bits of files above (a hook script must be executable) */
  modes?: Record<string, number>;
}

function put(dir: string, hostPath: string, content: string): void {
  const p = path.join(dir, hostPath);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
}

function link(dir: string, hostPath: string, target: string): void {
  const p = path.join(dir, hostPath);
  mkdirSync(path.dirname(p), { recursive: true });
  rmSync(p, { force: true });
  symlinkSync(target, p);
}

type Sidecar = Record<
  string,
  { type: string; major?: number; minor?: number; uid: number; gid: number; mode: string }
>;

/** A node as the sidecar holds it, with what a spec may leave out: a char node, root:root, 0660. */
function sidecarNode(n: Omit<NodeSpec, 'path'>): Sidecar[string] {
  return {
    type: n.type ?? 'char',
    major: n.major,
    minor: n.minor,
    uid: n.uid ?? 0,
    gid: n.gid ?? 0,
    mode: n.mode ?? '0660',
  };
}

export function writeHealthHost(dir: string, spec: HealthHostSpec): void {
  mkdirSync(dir, { recursive: true });
  for (const [p, c] of Object.entries(spec.files ?? {})) put(dir, p, c);
  for (const [p, m] of Object.entries(spec.modes ?? {})) chmodSync(path.join(dir, p), m);
  for (const [p, c] of Object.entries(spec.filesIfAbsent ?? {}))
    if (!existsSync(path.join(dir, p))) put(dir, p, c);
  for (const [p, t] of Object.entries(spec.links ?? {})) link(dir, p, t);
  const sidecar: Sidecar = {};
  const hostNodes = new Map<string, NodeSpec>();
  for (const n of spec.nodes ?? []) {
    hostNodes.set(n.path, n);
    const type = n.type ?? 'char';
    if (type === 'dir') mkdirSync(path.join(dir, n.path), { recursive: true });
    else if (type === 'file') put(dir, n.path, '');
    else {
      mkdirSync(path.dirname(path.join(dir, n.path)), { recursive: true });
      sidecar[n.path] = sidecarNode(n);
    }
  }
  for (const d of spec.drm ?? []) {
    const dev = `/sys/devices/pci0000:00/${d.pci}`;
    put(dir, `${dev}/vendor`, `${d.vendorId}\n`);
    put(dir, `${dev}/class`, '0x030000\n');
    link(dir, `${dev}/driver`, `../../../bus/pci/drivers/${d.driver}`);
    if (d.virtfn) link(dir, `${dev}/physfn`, '../0000:00:02.0');
    link(dir, `/sys/bus/pci/devices/${d.pci}`, `../../../devices/pci0000:00/${d.pci}`);
    put(dir, `${dev}/drm/${d.name}/dev`, `226:${/\d+$/.exec(d.name)?.[0] ?? 0}\n`);
    link(dir, `${dev}/drm/${d.name}/device`, `../../../${d.pci}`);
    link(dir, `/sys/class/drm/${d.name}`, `../../devices/pci0000:00/${d.pci}/drm/${d.name}`);
  }
  for (const ct of spec.containers ?? []) {
    const root = `/proc/${ct.pid}/root`;
    // never write through a link (a real /proc/<pid>/root points at a live root filesystem)
    const existing = lstatSync(path.join(dir, root), { throwIfNoEntry: false });
    if (existing && !existing.isDirectory())
      throw new Error(`${path.join(dir, root)} exists and is not a directory`);
    mkdirSync(path.join(dir, root), { recursive: true });
    for (const [p, c] of Object.entries(ct.files ?? {})) put(dir, `${root}${p}`, c);
    for (const [p, t] of Object.entries(ct.links ?? {})) link(dir, `${root}${p}`, t);
    // PVE's cgroup layout (lxc/<vmid>/ns/…): how the engine finds init on a real host
    put(dir, `/sys/fs/cgroup/lxc/${ct.vmid}/ns/init.scope/cgroup.procs`, `${ct.pid}\n`);
    if (ct.writeProc) {
      put(dir, `/proc/${ct.pid}/cgroup`, `0::/lxc/${ct.vmid}/ns/init.scope\n`);
      put(dir, `/proc/${ct.pid}/status`, `Name:\tsystemd\nPid:\t${ct.pid}\nNSpid:\t${ct.pid}\t1\n`);
    }
    if (ct.mirrorNodes === false) continue;
    const confText = spec.files?.[`/etc/pve/lxc/${ct.vmid}.conf`];
    if (confText === undefined) continue;
    // a bound directory shows every node below it (/dev/bus/usb holds the nodes in 002/…)
    const inDir = (d: string) =>
      [...hostNodes.values()].filter(
        (n) => n.path.startsWith(`${d.replace(/\/+$/, '')}/`) && (n.type ?? 'char') === 'char',
      );
    const nodesInCt = pveNodesInCt(confText, (hp) => resolveNode(hostNodes, spec.links ?? {}, hp), inDir);
    for (const [p, facts] of Object.entries(nodesInCt)) {
      sidecar[`${root}${p}`] = facts;
      mkdirSync(path.dirname(path.join(dir, `${root}${p}`)), { recursive: true });
    }
  }
  if (Object.keys(sidecar).length)
    put(dir, `/dev/.nodes.d/${spec.sidecar ?? '00-health.json'}`, `${JSON.stringify(sidecar, null, 1)}\n`);
}

function resolveNode(
  nodes: Map<string, NodeSpec>,
  links: Record<string, string>,
  hostPath: string,
): NodeSpec | undefined {
  let p = hostPath;
  for (let i = 0; i < 8 && links[p]; i++) p = path.posix.resolve(path.posix.dirname(p), links[p]);
  return nodes.get(p);
}

/** The nodes PVE/LXC put inside a started container (devN: private copy; raw bind: the host inode). */
export function pveNodesInCt(
  confText: string,
  hostNode: (p: string) => NodeSpec | undefined,
  dirNodes?: (dir: string) => NodeSpec[],
): Sidecar {
  const conf = parsePctConfig(confText);
  const map = effectiveIdmap(conf.main);
  const out: Sidecar = {};
  for (const l of numbered(conf.main, 'dev')) {
    const spec = parseDevString(l.value);
    const h = hostNode(spec.path);
    if (!h || (h.type && h.type !== 'char' && h.type !== 'block')) continue;
    out[spec.path] = sidecarNode({
      ...h,
      uid: ctToHost(map.entries, 'u', spec.uid ?? 0).id,
      gid: ctToHost(map.entries, 'g', spec.gid ?? 0).id,
      mode: spec.mode,
    });
  }
  for (const l of conf.main.lxc.filter((x) => x.key === 'lxc.mount.entry')) {
    const m = parseMountEntry(l.value);
    const target = `/${m.target.replace(/^\/+|\/+$/g, '')}`;
    if (dirNodes) {
      for (const n of dirNodes(m.source)) {
        out[`${target}/${path.posix.relative(m.source, n.path)}`] = sidecarNode(n);
      }
    }
    const h = hostNode(m.source);
    if (!h || (h.type && h.type !== 'char' && h.type !== 'block')) continue;
    out[target] = sidecarNode(h);
  }
  return out;
}
