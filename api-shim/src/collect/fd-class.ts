// SPDX-License-Identifier: AGPL-3.0-or-later
// Is /proc/<pid>/fd/<n> a GPU device, and which one? Decided by the device number, never the path
// (a container's /dev can rename nodes): DRM is major 226, NVIDIA's proprietary nodes major 195.
//
// On a real host (root "/") an fd whose link reads /dev/… is stat()ed (off the main thread, with a
// time bound): the kernel follows the magic link to the device inode, so the number is the
// device's whatever the container named it.
// In a host snapshot fd/<n> is a plain symlink to a host path (/dev/dri/renderD128) that must be read
// inside the snapshot: the target is looked up with statDevice() (dev/.nodes.json sidecars), and
// when the snapshot has no char node for a /dev/dri name, /sys/class/drm/<name>/dev ("226:128")
// is the source of truth. Non-/dev targets (socket:[…], pipe:[…], files) are skipped without a stat.
import { readlinkSync } from 'node:fs';
import { statDevice } from '../host/device-nodes.ts';
import type { HostRoot } from '../host/host-root.ts';
import type { FdStat } from './fd-stat-worker.ts';

export const DRM_MAJOR = 226;
export const NVIDIA_MAJOR = 195;

export interface GpuFd {
  major: number;
  minor: number;
}

/** rdev → [major, minor] (glibc's gnu_dev_major/minor). */
export function decodeRdev(rdev: number): [number, number] {
  const r = BigInt(rdev);
  const major = Number(((r >> 8n) & 0xfffn) | ((r >> 32n) & ~0xfffn));
  const minor = Number((r & 0xffn) | ((r >> 12n) & ~0xffn));
  return [major, minor];
}

/**
 * `fdPath` is the host path, e.g. /proc/42/fd/7. On a real host the stat() goes through `stat`
 * (pass an FdStatWorker's: a stat on the libuv pool would hold one of its four threads for as
 * long as a stalled file system likes).
 */
export async function classifyFd(
  host: HostRoot,
  fdPath: string,
  stat?: (paths: string[]) => Promise<FdStat[]>,
): Promise<GpuFd | undefined> {
  if (host.root === '/') {
    if (classifyFdFast(host, fdPath) !== 'stat') return undefined;
    const [st] = stat ? await stat([fdPath]) : ['stalled' as const];
    return typeof st === 'object' ? gpuOfStat(st.char, st.rdev) : undefined;
  }
  const target = await host.readlink(fdPath).catch(() => undefined);
  if (!target?.startsWith('/dev/')) return undefined;
  const facts = await statDevice(host, target);
  if (facts.type === 'char' && facts.major !== undefined && facts.minor !== undefined) {
    return facts.major === DRM_MAJOR || facts.major === NVIDIA_MAJOR
      ? { major: facts.major, minor: facts.minor }
      : undefined;
  }
  const name = /^\/dev\/dri\/((?:card|renderD)\d+)$/.exec(facts.resolved)?.[1];
  if (!name) return undefined;
  const dev = (await host.readText(`/sys/class/drm/${name}/dev`, 64))?.trim();
  const m = dev ? /^(\d+):(\d+)$/.exec(dev) : null;
  if (!m || Number(m[1]) !== DRM_MAJOR) return undefined;
  return { major: DRM_MAJOR, minor: Number(m[2]) };
}

/** Nodes that are never GPUs: a snapshot's fds pointing at them need no sidecar lookup. */
const NOT_GPU =
  /^\/dev\/(null|zero|full|u?random|tty\d*|console|ptmx|pts\/|shm\/|mqueue\/|hugepages\/|net\/tun|fuse|kmsg|log|loop|autofs|rtc)/;

/**
 * The synchronous first look of the /proc walk (thousands of fds: sync calls cost a fraction of
 * libuv round trips): readlink() only, which never calls into the target's file system.
 * On a real host a /dev target that may be a GPU returns "stat": its stat() — which does reach
 * the file system, and a FUSE mount in a container's /dev can stall it forever — is done off the
 * main thread with a time bound (fd-stat-worker.ts). In a snapshot such a target returns "check",
 * to be settled by classifyFd() and the sidecars.
 */
export function classifyFdFast(host: HostRoot, fdPath: string): 'stat' | 'check' | undefined {
  return classifyFdLink(host.resolve(fdPath), host.root === '/');
}

/**
 * classifyFdFast() of an fd link's path as it is on this machine (the walk builds it from the fd
 * directory it resolved once): `realHost` is a host root of "/".
 */
export function classifyFdLink(linkPath: string, realHost: boolean): 'stat' | 'check' | undefined {
  let link: string;
  try {
    // As a string, not bytes: this runs for every fd of every process at a full pass, and Node's
    // readlinkSync(…, 'buffer') costs more than the string (a Buffer per call: 5.2 vs 3.9 µs per
    // fd, measured on the collect bench's tree). A target that is not UTF-8 only matters when it
    // starts with "/dev/", which survives the decoding.
    link = readlinkSync(linkPath);
  } catch {
    return undefined; // gone, EACCES
  }
  if (!link.startsWith('/dev/') || NOT_GPU.test(link)) return undefined;
  return realHost ? 'stat' : 'check';
}

/** A stat() answer → the GPU device it names, if any. */
export function gpuOfStat(char: boolean, rdev: number): GpuFd | undefined {
  if (!char) return undefined;
  const [major, minor] = decodeRdev(rdev);
  return major === DRM_MAJOR || major === NVIDIA_MAJOR ? { major, minor } : undefined;
}
