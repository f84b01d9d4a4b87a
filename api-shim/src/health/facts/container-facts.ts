// SPDX-License-Identifier: AGPL-3.0-or-later
// Facts read inside a running container through /proc/<initpid>/root, safely (safe-read.ts).

import type { HostRoot } from '../../host/host-root.ts';
import { type GroupEntry, type PasswdEntry, parseGroup, parsePasswd } from './etc-files.ts';
import { listInContainer, readInContainer } from './safe-read.ts';

export interface ContainerFacts {
  pid: number;
  /** host path of the container's root */
  root: string;
  groups?: GroupEntry[];
  passwd?: PasswdEntry[];
  osRelease?: string;
  /** libnvidia-ml.so.<ver> / libcuda.so.<ver> found, with the directory */
  nvidiaLibs: Array<{ file: string; version: string }>;
  /** *_drv_video.so names found (iHD, i965, radeonsi, nvidia …) */
  vaapiDrivers: Array<{ file: string; name: string }>;
  libvaDriverName?: string;
  /** /etc/nvidia-container-runtime/config.toml, when present */
  ctkConfig?: string;
  /** installed dpkg packages of interest (nvidia kernel/DKMS packages, intel-gpu-tools, rocm) */
  packages: string[];
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
];
const DPKG_CAP = 8 * 1024 * 1024;
const PKG_RE =
  /^(nvidia-dkms-.*|nvidia-kernel-dkms|nvidia-kernel-source.*|nvidia-driver(-\d+)?|intel-gpu-tools|rocm.*|hip-runtime.*|nvidia-container-toolkit)$/;

export async function readContainerFacts(host: HostRoot, pid: number): Promise<ContainerFacts> {
  const root = `/proc/${pid}/root`;
  const read = (p: string, cap?: number) => readInContainer(host, root, p, cap).catch(() => undefined);
  const [group, passwd, osRelease, env, ctk] = await Promise.all([
    read('/etc/group'),
    read('/etc/passwd'),
    read('/etc/os-release', 16 * 1024),
    read('/etc/environment', 16 * 1024),
    read('/etc/nvidia-container-runtime/config.toml', 64 * 1024),
  ]);
  const nvidiaLibs: ContainerFacts['nvidiaLibs'] = [];
  for (const dir of LIB_DIRS) {
    for (const n of await listInContainer(host, root, dir)) {
      const m = /^(?:libnvidia-ml|libcuda)\.so\.(\d+\.\d+(?:\.\d+)?)$/.exec(n);
      if (m) nvidiaLibs.push({ file: `${dir}/${n}`, version: m[1] });
    }
  }
  const vaapiDrivers: ContainerFacts['vaapiDrivers'] = [];
  for (const dir of DRI_DIRS) {
    for (const n of await listInContainer(host, root, dir)) {
      const m = /^(.+)_drv_video\.so$/.exec(n);
      if (m) vaapiDrivers.push({ file: `${dir}/${n}`, name: m[1] });
    }
  }
  const packages: string[] = [];
  const dpkg = await read('/var/lib/dpkg/status', DPKG_CAP);
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
    packages,
  };
}
