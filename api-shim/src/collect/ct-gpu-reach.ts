// SPDX-License-Identifier: AGPL-3.0-or-later
// Can a container's processes open a GPU node at all? Where they cannot, the fd walk need not
// read their fd tables (docs/collectors.md "Containers that cannot open a GPU"). The walk looks
// for character devices of major 226 (DRM) and 195 (NVIDIA), so "a GPU node" is one of those.
//
// Opening a device node takes two things, and a container lacking either cannot open one:
//  1. the device cgroup must allow it. LXC builds it from the container's config (lxc's
//     common.conf: `lxc.cgroup2.devices.deny = a` and a short allow list without 226/195);
//     pve-container adds an allow line per devN (LXC.pm update_lxc_config) and the raw
//     `lxc.cgroup2.devices.*` lines. The running container's config as applied is
//     /var/lib/lxc/<vmid>/config, which pve-container writes at each start (update_lxc_config) on
//     the host's own disk: no pmxcfs read. The rules are evaluated with the health engine's model
//     of LXC's list (health/checks/device-cgroup.ts).
//     Unprivileged containers include userns.conf, whose pve-container part
//     (src/lxc-pve-userns.conf, /usr/share/lxc/config/userns.conf.d/01-pve.conf) resets the rules
//     and sets `lxc.cgroup2.devices.allow = a`: a deny list, so (2) decides for them.
//  2. the node must be reachable. An unprivileged container cannot make one: mknod(2) of a
//     character device needs CAP_MKNOD in the initial user namespace (vfs_mknod() in the kernel's
//     fs/namei.c calls capable()), and every file system mounted from inside a user namespace is
//     nodev (SB_I_NODEV, set by alloc_super() in fs/super.c for a superblock owned by another user
//     namespace). So its GPU nodes are those the host put in its mount namespace: binds of /dev
//     paths (lxc.mount.entry, mpN, LXC's nvidia hook: the host's devtmpfs) and devN (pve-container
//     binds each from a tmpfs under /var/lib/lxc/<vmid>/passthrough: lxc-pve-autodev-hook at start,
//     device_passthrough_hotplug() in LXC.pm while it runs, which also widens the cgroup with
//     lxc-cgroup, a change the config file does not show). All of these are mounts, listed in
//     /proc/<pid>/mountinfo of the container's processes. A hook in the config (lxc.hook.*) may
//     mknod from the host side: a container with one is walked.
// Not covered (docs/collectors.md): a GPU fd handed in over a unix socket (SCM_RIGHTS; the cgroup
// is checked at open only), a node host root created on the container's rootfs or in a bound host
// directory, rules changed by hand with lxc-cgroup or a PVE `hookscript:` that mknods, and an fd
// a process brought along when it was moved into the container's cgroup. The fallback for them is
// the debugfs list, which needs no walk.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { type DeviceRule, lxcBaseRules, parseDeviceRule } from '../health/checks/device-cgroup.ts';
import { type HostRoot, isGone } from '../host/host-root.ts';
import { DRM_MAJOR, NVIDIA_MAJOR } from './fd-class.ts';

export interface GpuReach {
  /** may a process of this container open a GPU node (walk its fds) */
  walk: boolean;
  /** why, for the log and the tests */
  because: string;
}

/** lxc.container.conf(5) keys, cgroup v2 and v1 */
const RULE_KEY = /^lxc\.cgroup2?\.devices\.(allow|deny)$/;

/** `key = value` lines of an LXC config, comments and blanks dropped. */
function configLines(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    out.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()]);
  }
  return out;
}

/**
 * Does the device cgroup built from this generated config let some character device of major
 * 226 or 195 be opened? Errs on "yes": a default of allow counts as yes whatever deny entries
 * follow.
 */
export function cgroupMayAllowGpu(generated: string): boolean {
  const rules: DeviceRule[] = [];
  for (const [key, value] of configLines(generated)) {
    if (key === 'lxc.include') {
      // pve-container includes /usr/share/lxc/config/<ostype>.common.conf (or common.conf), then
      // <ostype>.userns.conf (or userns.conf) for an unprivileged container
      if (/common\.conf$/.test(value)) rules.push(...lxcBaseRules(false));
      else if (/userns\.conf$/.test(value)) rules.push(...lxcBaseRules(true).slice(-1));
      continue;
    }
    const m = RULE_KEY.exec(key);
    if (!m) continue;
    const allow = m[1] === 'allow';
    // an empty value clears the earlier rules of that key (lxc confile.c, lxc_clear_cgroups)
    if (value === '') {
      for (let i = rules.length - 1; i >= 0; i--) if (rules[i].allow === allow) rules.splice(i, 1);
      continue;
    }
    const r = parseDeviceRule(allow, value, 'generated');
    if (r) rules.push(r);
  }
  // No rule at all (a config without LXC's includes): the cgroup allows everything.
  let defaultAllow = true;
  let entries: DeviceRule[] = [];
  for (const r of rules) {
    if (r.type === 'a' && r.access === '') {
      defaultAllow = r.allow;
      entries = [];
      continue;
    }
    // the very same rule again flips the entry (lxc cgroup2_devices.c, bpf_list_add_device)
    const same = entries.findIndex(
      (e) => e.type === r.type && e.major === r.major && e.minor === r.minor && e.access === r.access,
    );
    if (same >= 0) entries[same] = r;
    else entries.push(r);
  }
  if (defaultAllow) return true;
  return entries.some(
    (e) =>
      e.allow &&
      /[rw]/.test(e.access) &&
      (e.type === 'a' ||
        (e.type === 'c' && (e.major === undefined || e.major === DRM_MAJOR || e.major === NVIDIA_MAJOR))),
  );
}

/** Unprivileged: LXC maps ids (pve-container writes lxc.idmap lines, or the config has its own). */
function isUnprivileged(generated: string): boolean {
  return configLines(generated).some(
    ([k, v]) => k === 'lxc.idmap' || (k === 'lxc.include' && /userns\.conf$/.test(v)),
  );
}

function hookIn(generated: string): string | undefined {
  return configLines(generated).find(([k]) => k.startsWith('lxc.hook.'))?.[0];
}

/**
 * Device nodes that are never a GPU (major 226 or 195): a bind of one of them does not make a
 * container walkable. Anything else under /dev counts as a possible GPU, the whole /dev included.
 */
const NOT_GPU_NODE =
  /^\/(null|zero|full|u?random|tty[A-Za-z]*\d*|console|ptmx|pts(\/.*)?|shm(\/.*)?|mqueue|hugepages|fuse|net(\/tun)?|kvm|vhost-\w+|loop\d*|loop-control|mapper(\/.*)?|dm-\d+|sd[a-z]+\d*|nvme\d+(n\d+(p\d+)?)?|hidraw\d+|bus\/usb(\/.*)?|serial(\/.*)?|snd(\/.*)?|video\d+|media\d+|kfd|apex_\d+|hailo\d+|accel(\/.*)?|rtc\d*|watchdog\d*|input(\/.*)?|usb\/.*)$/;

/**
 * The first mount in this mountinfo (proc(5)) through which a GPU node may be reached: a mount
 * of the host's devtmpfs (a bind of /dev or a path in it), or a bind whose root is a /dev path
 * (pve-container's devN binds, from its passthrough tmpfs), unless the node is known not to be a
 * GPU or the mount is nodev. Returns its mount point, or undefined.
 */
export function gpuMount(mountinfo: string): string | undefined {
  for (const line of mountinfo.split('\n')) {
    const sep = line.indexOf(' - ');
    if (sep < 0) continue;
    const pre = line.slice(0, sep).split(' ');
    const post = line.slice(sep + 3).split(' ');
    const root = unescapeOctal(pre[3] ?? '');
    const mountPoint = unescapeOctal(pre[4] ?? '');
    const mountOpts = (pre[5] ?? '').split(',');
    const fstype = post[0];
    if (mountOpts.includes('nodev')) continue;
    let node: string | undefined;
    if (fstype === 'devtmpfs') node = root;
    else if (root.startsWith('/dev/')) node = root.slice(4);
    if (node === undefined || NOT_GPU_NODE.test(node)) continue;
    return mountPoint;
  }
  return undefined;
}

/** mountinfo escapes space, tab, newline and backslash as \ooo */
function unescapeOctal(s: string): string {
  return s.includes('\\')
    ? s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(Number.parseInt(o, 8)))
    : s;
}

/**
 * The verdict for one container from its generated config and one of its processes' mountinfo
 * (undefined: not readable, or larger than the bound).
 */
export function gpuReach(generated: string | undefined, mountinfo: string | undefined): GpuReach {
  if (generated === undefined) return { walk: true, because: 'no /var/lib/lxc/<vmid>/config' };
  if (!cgroupMayAllowGpu(generated)) return { walk: false, because: 'device cgroup allows no GPU major' };
  if (!isUnprivileged(generated))
    return { walk: true, because: 'privileged, device cgroup allows a GPU major' };
  const hook = hookIn(generated);
  if (hook) return { walk: true, because: `${hook} in the config` };
  if (mountinfo === undefined) return { walk: true, because: 'mountinfo unreadable' };
  const at = gpuMount(mountinfo);
  if (at !== undefined) return { walk: true, because: `device mount at ${at}` };
  return { walk: false, because: 'unprivileged, no GPU node mounted' };
}

interface CtState {
  reach: GpuReach;
  /**
   * SHA-256 of the mountinfo the verdict was made from: an identical one needs no new parse. Not
   * the text: a container sizes its own mountinfo (its mounts), up to MOUNTINFO_MAX, and each
   * text kept would be a MiB of the collector's memory per container that wants it so.
   */
  mountinfoDigest?: string;
  /** mtime and size of the generated config at the last read */
  configStamp: string;
  /** the generated config as last read (re-read only when its stamp changes) */
  generated?: string;
  checkedAt: number;
}

const CONFIG_MAX = 256 * 1024;
/** a container with thousands of mounts (nested Docker) may exceed it: then it is walked */
const MOUNTINFO_MAX = 1024 * 1024;

/**
 * Per container (vmid), whether the walk must read its processes' fd tables. Reads at most two
 * bounded files per container every `refreshMs`, synchronously like the rest of the walk (both
 * are the kernel's or host root's, never a container's: an async call through libuv's pool cost
 * ~0.8 ms of CPU per container in the collect bench, the sync pair ~20 µs): /proc/<pid>/mountinfo
 * of one of its processes (generated by the kernel from memory) and, when its mtime or size
 * changed, /var/lib/lxc/<vmid>/config (on the host's own disk, written by pve-container).
 */
export class ContainerGpuReach {
  private readonly cts = new Map<string, CtState>();
  private buf?: Buffer;

  constructor(
    private readonly host: HostRoot,
    readonly refreshMs = 10_000,
  ) {}

  /** The last verdict for a container; undefined before its first check. */
  get(vmid: string): GpuReach | undefined {
    return this.cts.get(vmid)?.reach;
  }

  /** Drops containers no process belongs to any more. */
  keepOnly(vmids: { has(vmid: string): boolean }): void {
    for (const vmid of this.cts.keys()) if (!vmids.has(vmid)) this.cts.delete(vmid);
  }

  /** (Re)checks `vmid` through process `pid`'s mountinfo; returns the verdict. */
  check(vmid: string, pid: number, now: number): GpuReach {
    const prior = this.cts.get(vmid);
    const configPath = this.host.resolve(`/var/lib/lxc/${vmid}/config`);
    let stamp = 'none';
    try {
      // no exception for the usual absent file: a thrown ENOENT costs more than the stat
      const st = statSync(configPath, { throwIfNoEntry: false });
      if (st) stamp = `${st.mtimeMs}/${st.size}/${st.ino}`;
    } catch {}
    if (stamp === 'none') {
      // No config: walked whatever the mountinfo says (gpuReach), so it is not read (a container
      // not started by pve-container, or a host whose LXC keeps its configs elsewhere: every check)
      if (prior?.configStamp === 'none') {
        prior.checkedAt = now;
        return prior.reach;
      }
      const reach = gpuReach(undefined, undefined);
      this.cts.set(vmid, {
        reach,
        mountinfoDigest: undefined,
        configStamp: stamp,
        checkedAt: now,
        generated: undefined,
      });
      return reach;
    }
    const mountinfo = this.readBounded(this.host.resolve(`/proc/${pid}/mountinfo`), MOUNTINFO_MAX);
    // the process read through exited since the pass listed it: the last verdict stands (a
    // container's verdict flipping to "walk" for one check would walk all its processes)
    if (mountinfo === null && prior) return prior.reach;
    const digest =
      typeof mountinfo === 'string' ? createHash('sha256').update(mountinfo).digest('base64') : undefined;
    if (prior && prior.configStamp === stamp && prior.mountinfoDigest === digest) {
      prior.checkedAt = now;
      return prior.reach;
    }
    let generated: string | undefined;
    if (prior && prior.configStamp === stamp) generated = prior.generated;
    else if (stamp !== 'none') generated = this.readBounded(configPath, CONFIG_MAX) ?? undefined;
    let reach = gpuReach(generated, mountinfo ?? undefined);
    // a config at the bound is cut short: its rules cannot be trusted
    if (stamp !== 'none' && generated === undefined)
      reach = { walk: true, because: 'config unreadable or too large' };
    this.cts.set(vmid, {
      reach,
      mountinfoDigest: digest,
      configStamp: stamp,
      checkedAt: now,
      generated,
    });
    return reach;
  }

  /**
   * A whole small file; null when it does not exist (ENOENT, ESRCH: a process gone), undefined
   * when unreadable otherwise or not smaller than `max`.
   */
  private readBounded(file: string, max: number): string | null | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      this.buf ??= Buffer.allocUnsafe(MOUNTINFO_MAX);
      let total = 0;
      while (total < max) {
        const n = readSync(fd, this.buf, total, max - total, null);
        if (n === 0) break;
        total += n;
      }
      return total >= max ? undefined : this.buf.toString('utf8', 0, total);
    } catch (err) {
      return isGone(err) ? null : undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}
