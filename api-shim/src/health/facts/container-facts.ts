// SPDX-License-Identifier: AGPL-3.0-or-later
// Facts read inside a running container, in one batch by the confined reader of ct-reader.ts
// (chroot to the container's root, its root's identity, size caps, one deadline).

import type { HostRoot } from '../../host/host-root.ts';
import {
  type CtReaderOptions,
  type CtReadProblem,
  type CtReadRequest,
  readInContainer,
} from './ct-reader.ts';
import { type GroupEntry, type PasswdEntry, parseGroup, parsePasswd } from './etc-files.ts';

export interface ContainerFacts {
  pid: number;
  /** host path of the container's root */
  root: string;
  groups?: GroupEntry[];
  passwd?: PasswdEntry[];
  osRelease?: string;
  /** libnvidia-ml.so.<ver> / libcuda.so.<ver> found, with the directory */
  nvidiaLibs: Array<{ file: string; version: string }>;
  /** *_drv_video.so names found (iHD, i965, radeonsi, nvidia …), also jellyfin-ffmpeg's own */
  vaapiDrivers: Array<{ file: string; name: string }>;
  libvaDriverName?: string;
  /** /etc/nvidia-container-runtime/config.toml, when present */
  ctkConfig?: string;
  /** /var/lib/docker exists: Docker runs inside, drivers may live in its images */
  docker: boolean;
  /** installed dpkg packages of interest (nvidia kernel/DKMS packages, intel-gpu-tools, rocm) */
  packages: string[];
  /** Files that could not be read whole: over their cap ('truncated'), too slow, not a regular
   * file, a symlink where none may be. The facts above are then partial or missing. */
  readLimits: Array<{ path: string; problem: Exclude<CtReadProblem, 'missing'> | 'truncated' }>;
}

const LIB_DIRS = [
  '/usr/lib/x86_64-linux-gnu',
  '/usr/lib64',
  '/usr/lib',
  '/usr/local/nvidia/lib64',
  '/usr/lib/aarch64-linux-gnu',
];
const DRI_DIRS = [
  '/usr/lib/x86_64-linux-gnu/dri',
  '/usr/lib64/dri',
  '/usr/lib/dri',
  '/usr/lib/aarch64-linux-gnu/dri',
  // jellyfin-ffmpeg bundles its own libva drivers, iHD among them (jellyfin/jellyfin-ffmpeg#89:
  // "libva: Trying to open /usr/lib/jellyfin-ffmpeg/lib/dri/iHD_drv_video.so")
  '/usr/lib/jellyfin-ffmpeg/lib/dri',
];
/** /etc/group and /etc/passwd of real systems are a few KiB; LDAP-sized ones stay under this. */
const ETC_CAP = 256 * 1024;
/** dpkg status input read (a desktop with 4 000 packages has ~5 MB). */
const DPKG_CAP = 16 * 1024 * 1024;
const DIR_CAP = 4096;
const PKG_RE =
  /^(nvidia-dkms-.*|nvidia-kernel-dkms|nvidia-kernel-source.*|nvidia-driver(-\d+)?|intel-gpu-tools|rocm.*|hip-runtime.*|nvidia-container-toolkit)$/;

export async function readContainerFacts(
  host: HostRoot,
  pid: number,
  reader: CtReaderOptions = {},
): Promise<ContainerFacts> {
  const root = `/proc/${pid}/root`;
  const requests: CtReadRequest[] = [
    { kind: 'file', path: '/etc/group', cap: ETC_CAP },
    { kind: 'file', path: '/etc/passwd', cap: ETC_CAP },
    { kind: 'file', path: '/etc/os-release', cap: 16 * 1024 },
    { kind: 'file', path: '/etc/environment', cap: 16 * 1024 },
    { kind: 'file', path: '/etc/nvidia-container-runtime/config.toml', cap: 64 * 1024 },
    { kind: 'dpkg', path: '/var/lib/dpkg/status', cap: DPKG_CAP },
    ...LIB_DIRS.map((path): CtReadRequest => ({ kind: 'dir', path, cap: DIR_CAP })),
    ...DRI_DIRS.map((path): CtReadRequest => ({ kind: 'dir', path, cap: DIR_CAP })),
    { kind: 'dir', path: '/var/lib/docker', cap: 64 },
  ];
  const results = await readInContainer(host, pid, requests, reader);
  const readLimits: ContainerFacts['readLimits'] = [];
  for (const r of results) {
    if (r.truncated) readLimits.push({ path: r.path, problem: 'truncated' });
    else if (r.problem && r.problem !== 'missing') readLimits.push({ path: r.path, problem: r.problem });
  }
  // A truncated file's last line may be cut: parse only whole lines.
  const whole = (i: number) => {
    const r = results[i];
    if (r.text === undefined) return undefined;
    return r.truncated ? r.text.slice(0, r.text.lastIndexOf('\n') + 1) : r.text;
  };
  const [group, passwd, osRelease, env, ctk, dpkg] = [0, 1, 2, 3, 4, 5].map(whole);
  const names = (i: number) => (results[i].text ?? '').split('\n').filter(Boolean);
  const nvidiaLibs: ContainerFacts['nvidiaLibs'] = [];
  LIB_DIRS.forEach((dir, k) => {
    for (const n of names(6 + k)) {
      const m = /^(?:libnvidia-ml|libcuda)\.so\.(\d+\.\d+(?:\.\d+)?)$/.exec(n);
      if (m) nvidiaLibs.push({ file: `${dir}/${n}`, version: m[1] });
    }
  });
  const vaapiDrivers: ContainerFacts['vaapiDrivers'] = [];
  DRI_DIRS.forEach((dir, k) => {
    for (const n of names(6 + LIB_DIRS.length + k)) {
      const m = /^(.+)_drv_video\.so$/.exec(n);
      if (m) vaapiDrivers.push({ file: `${dir}/${n}`, name: m[1] });
    }
  });
  const packages: string[] = [];
  if (dpkg) {
    for (const block of dpkg.split('\n\n')) {
      const name = /^Package:\s*(\S+)/m.exec(block)?.[1];
      if (name && PKG_RE.test(name) && /^Status:.*\binstalled\b/m.test(block)) packages.push(name);
    }
  }
  return {
    pid,
    root,
    groups: group === undefined ? undefined : parseGroup(group),
    passwd: passwd === undefined ? undefined : parsePasswd(passwd),
    osRelease: /^PRETTY_NAME="?([^"\n]*)"?/m.exec(osRelease ?? '')?.[1],
    nvidiaLibs,
    vaapiDrivers,
    libvaDriverName: /^\s*(?:export\s+)?LIBVA_DRIVER_NAME=["']?([A-Za-z0-9_]+)/m.exec(env ?? '')?.[1],
    ctkConfig: ctk,
    docker: results[6 + LIB_DIRS.length + DRI_DIRS.length].text !== undefined,
    packages,
    readLimits,
  };
}
