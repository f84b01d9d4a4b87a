// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo host's config side: four containers on a host with an Intel iGPU, an AMD GPU and an
// NVIDIA GPU.
//   101 jellyfin    — unprivileged, Intel dev0 with the container's render gid: healthy
//   102 ollama      — unprivileged, NVIDIA devN entries with mode=0666, uvm created at boot
//   103 frigate     — broken: render gid of the host instead of the container's, and an idmap gap
//   105 ollama-rocm — unprivileged, the AMD GPU's render node and /dev/kfd with the container's
//                     render gid, as ROCm needs them: healthy
// The usage side (demo/workload) writes /proc/<pid> processes, /sys and the GPU device nodes
// into the same directory; each writer only adds its own files, in either order.

import { DEMO_KFD_MAJOR } from '../workload/amd-rocm.ts';
import { type HealthHostSpec, writeHealthHost } from './snapshot.ts';

export const DEMO_INIT_PIDS = { '101': 1101, '102': 1102, '103': 1103, '105': 1105 } as const;
export const DEMO_NVIDIA_VERSION = '550.144.03';

/** Host render gid on a PVE 9 host; the containers' own render gid (Ubuntu 24.04) is 993 too, Debian 12's is 105. */
const HOST_RENDER = 993;

const jellyfinConf = `#Jellyfin media server
#Intel Quick Sync through the render node, the way PVE 8.1+ does it.
arch: amd64
cores: 4
dev0: /dev/dri/renderD128,gid=105
features: nesting=1
hostname: jellyfin
memory: 4096
net0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11:10:01:01,ip=dhcp,type=veth
ostype: debian
rootfs: local-lvm:vm-101-disk-0,size=16G
swap: 512
unprivileged: 1
`;

const ollamaConf = `#Ollama on the NVIDIA GPU
arch: amd64
cores: 8
dev0: /dev/nvidia0,mode=0666
dev1: /dev/nvidiactl,mode=0666
dev2: /dev/nvidia-uvm,mode=0666
features: nesting=1
hostname: ollama
memory: 16384
net0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11:10:01:02,ip=dhcp,type=veth
ostype: debian
rootfs: local-lvm:vm-102-disk-0,size=64G
swap: 0
unprivileged: 1
`;

// The devN lines of community-scripts/ProxmoxVE#15401 ("CTID.conf with PR": the render node and
// /dev/kfd both with the container's render gid, 992 on its Debian 13), for the one AMD GPU here.
const ollamaRocmConf = `#Ollama on the AMD GPU (ROCm)
arch: amd64
cores: 8
dev0: /dev/dri/renderD129,gid=992
dev1: /dev/kfd,gid=992
features: nesting=1
hostname: ollama-rocm
memory: 16384
net0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11:10:01:05,ip=dhcp,type=veth
ostype: debian
rootfs: local-lvm:vm-105-disk-0,size=64G
swap: 0
unprivileged: 1
`;

const frigateConf = `#Frigate NVR (copied from an old guide)
arch: amd64
cores: 4
dev0: /dev/dri/renderD128,gid=${HOST_RENDER}
hostname: frigate
memory: 4096
net0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11:10:01:03,ip=dhcp,type=veth
ostype: debian
rootfs: local-lvm:vm-103-disk-0,size=32G
swap: 512
unprivileged: 1
lxc.idmap: u 0 100000 65536
lxc.idmap: g 0 100000 44
lxc.idmap: g 44 44 1
lxc.idmap: g 45 100045 58
lxc.idmap: g 104 100104 65432
`;

const debianGroups = (extra: string) =>
  `root:x:0:\ndaemon:x:1:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nvideo:x:44:${extra}\nplugdev:x:46:\nstaff:x:50:\nusers:x:100:\n_ssh:x:101:\nsystemd-journal:x:999:\nrender:x:105:${extra}\nnogroup:x:65534:\n`;

function generated(vmid: string, conf: string, allow: string[]): string {
  const idmap = conf.includes('lxc.idmap')
    ? conf
        .split('\n')
        .filter((l) => l.startsWith('lxc.idmap'))
        .map((l) => l.replace(': ', ' = '))
    : ['lxc.idmap = u 0 100000 65536', 'lxc.idmap = g 0 100000 65536'];
  return [
    'lxc.arch = amd64',
    'lxc.include = /usr/share/lxc/config/debian.common.conf',
    'lxc.include = /usr/share/lxc/config/debian.userns.conf',
    'lxc.apparmor.profile = generated',
    'lxc.apparmor.raw = deny mount -> /proc/,',
    'lxc.monitor.unshare = 1',
    `lxc.cgroup.dir.monitor = lxc.monitor/${vmid}`,
    `lxc.cgroup.dir.container = lxc/${vmid}`,
    'lxc.cgroup.dir.container.inner = ns',
    `lxc.tty.max = 2`,
    `lxc.uts.name = ${/hostname: (\S+)/.exec(conf)?.[1] ?? vmid}`,
    ...idmap,
    ...allow.map((a) => `lxc.cgroup2.devices.allow = ${a}`),
    `lxc.rootfs.path = /var/lib/lxc/${vmid}/rootfs`,
    '',
  ].join('\n');
}

export function demoHostConfigSpec(): HealthHostSpec {
  return {
    sidecar: '00-health.json',
    files: {
      '/etc/hostname': 'pve-demo\n',
      '/etc/pve/lxc/101.conf': jellyfinConf,
      '/etc/pve/lxc/102.conf': ollamaConf,
      '/etc/pve/lxc/103.conf': frigateConf,
      '/etc/pve/lxc/105.conf': ollamaRocmConf,
      '/etc/subuid': 'root:100000:65536\n',
      // root:44:1 lets CT 103's 1:1 video mapping start; its render gid mistake is the demo's point
      '/etc/subgid': 'root:100000:65536\nroot:44:1\n',
      '/etc/group': `root:x:0:\nadm:x:4:\ndisk:x:6:\nvideo:x:44:\nwww-data:x:33:\nrender:x:${HOST_RENDER}:\nnogroup:x:65534:\n`,
      '/etc/passwd':
        'root:x:0:0:root:/root:/bin/bash\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n',
      '/proc/sys/kernel/perf_event_paranoid': '4\n',
      '/proc/sys/kernel/osrelease': '6.8.12-8-pve\n',
      '/sys/module/apparmor/parameters/enabled': 'Y\n',
      '/sys/fs/cgroup/cgroup.controllers': 'cpuset cpu io memory hugetlb pids rdma misc\n',
      '/etc/modules-load.d/nvidia.conf': 'nvidia\nnvidia_uvm\n',
      '/etc/udev/rules.d/70-nvidia-uvm.rules':
        'KERNEL=="nvidia_uvm", RUN+="/usr/bin/nvidia-modprobe -c0 -u"\n',
      '/var/lib/lxc/101/config': generated('101', jellyfinConf, ['c 226:128 rw']),
      '/var/lib/lxc/102/config': generated('102', ollamaConf, ['c 195:0 rw', 'c 195:255 rw', 'c 236:0 rw']),
      '/var/lib/lxc/103/config': generated('103', frigateConf, ['c 226:128 rw']),
      '/var/lib/lxc/105/config': generated('105', ollamaRocmConf, [
        'c 226:129 rw',
        `c ${DEMO_KFD_MAJOR}:0 rw`,
      ]),
      '/sys/module/amdgpu/initstate': 'live\n',
    },
    // shared with the usage side's writer: whoever runs first writes them, the other keeps them
    filesIfAbsent: {
      '/proc/devices': `Character devices:\n  1 mem\n195 nvidia-frontend\n226 drm\n236 nvidia-uvm\n237 nvidia-caps\n${DEMO_KFD_MAJOR} kfd\n\nBlock devices:\n  8 sd\n`,
      '/proc/driver/nvidia/version': `NVRM version: NVIDIA UNIX x86_64 Kernel Module  ${DEMO_NVIDIA_VERSION}  Mon Dec 30 17:44:08 UTC 2024\n`,
    },
    // Host nodes as the usage side declares them too (its sidecar sorts later and wins on conflicts).
    nodes: [
      { path: '/dev/dri/card0', major: 226, minor: 0, gid: 44 },
      { path: '/dev/dri/renderD128', major: 226, minor: 128, gid: HOST_RENDER },
      // the AMD GPU (demo/workload/amd-rocm.ts), then the NVIDIA one
      { path: '/dev/dri/card1', major: 226, minor: 1, gid: 44 },
      { path: '/dev/dri/renderD129', major: 226, minor: 129, gid: HOST_RENDER },
      { path: '/dev/kfd', major: DEMO_KFD_MAJOR, minor: 0, gid: HOST_RENDER },
      { path: '/dev/dri/card2', major: 226, minor: 2, gid: 44 },
      { path: '/dev/dri/renderD130', major: 226, minor: 130, gid: HOST_RENDER },
      { path: '/dev/nvidia0', major: 195, minor: 0, mode: '0666' },
      { path: '/dev/nvidiactl', major: 195, minor: 255, mode: '0666' },
      { path: '/dev/nvidia-uvm', major: 236, minor: 0, mode: '0666' },
    ],
    containers: [
      {
        vmid: '101',
        pid: DEMO_INIT_PIDS['101'],
        files: {
          '/etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n',
          '/etc/group': debianGroups('jellyfin'),
          '/etc/passwd':
            'root:x:0:0:root:/root:/bin/bash\njellyfin:x:110:115::/var/lib/jellyfin:/usr/sbin/nologin\n',
          '/usr/lib/x86_64-linux-gnu/dri/iHD_drv_video.so': '',
        },
      },
      {
        vmid: '102',
        pid: DEMO_INIT_PIDS['102'],
        files: {
          '/etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n',
          '/etc/group': debianGroups(''),
          '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\nollama:x:999:988::/usr/share/ollama:/bin/false\n',
          [`/usr/lib/x86_64-linux-gnu/libnvidia-ml.so.${DEMO_NVIDIA_VERSION}`]: '',
          [`/usr/lib/x86_64-linux-gnu/libcuda.so.${DEMO_NVIDIA_VERSION}`]: '',
        },
      },
      {
        vmid: '103',
        pid: DEMO_INIT_PIDS['103'],
        files: {
          '/etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n',
          '/etc/group': debianGroups('frigate'),
          '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\nfrigate:x:1000:1000::/opt/frigate:/bin/bash\n',
          '/usr/lib/x86_64-linux-gnu/dri/iHD_drv_video.so': '',
        },
      },
      {
        vmid: '105',
        pid: DEMO_INIT_PIDS['105'],
        files: {
          '/etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nID=debian\n',
          // Ollama's install.sh adds its user to render and video
          '/etc/group':
            'root:x:0:\ndaemon:x:1:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nvideo:x:44:ollama\nplugdev:x:46:\nstaff:x:50:\nusers:x:100:\nsystemd-journal:x:999:\nrender:x:992:ollama\nollama:x:991:\nnogroup:x:65534:\n',
          '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\nollama:x:996:991::/usr/share/ollama:/bin/false\n',
        },
      },
    ],
  };
}

/** Writes the demo host's config side into a host root; safe to run before or after the usage side. */
export async function writeDemoHostConfig(dir: string): Promise<void> {
  writeHealthHost(dir, demoHostConfigSpec());
}
