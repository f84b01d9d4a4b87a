// SPDX-License-Identifier: AGPL-3.0-or-later
// A running container's init PID without spawning lxc-info: PVE puts container processes in
// the cgroup lxc/<vmid>/ns/… (LXC.pm lxc.cgroup.dir.container = lxc/<vmid>, inner "ns");
// init is the member whose PID in its own namespace (last NSpid field) is 1.

import type { HostRoot } from '../../host/host-root.ts';

const MAX_CGROUP_DIRS = 64;

async function pidsFromCgroupfs(host: HostRoot, vmid: string): Promise<number[]> {
  const pids: number[] = [];
  const queue = [`/sys/fs/cgroup/lxc/${vmid}/ns`];
  let seen = 0;
  while (queue.length && seen++ < MAX_CGROUP_DIRS) {
    const dir = queue.shift() as string;
    const procs = await host.readText(`${dir}/cgroup.procs`, 64 * 1024).catch(() => undefined);
    for (const l of (procs ?? '').split('\n')) if (/^\d+$/.test(l.trim())) pids.push(Number(l));
    // init usually sits directly in ns/ or ns/init.scope: look there first, shallowly.
    for (const e of await host.readdirTyped(dir).catch(() => [])) {
      if (e.isDirectory() && (e.name === 'init.scope' || e.name === 'init'))
        queue.unshift(`${dir}/${e.name}`);
    }
    if (pids.length) break;
  }
  return pids;
}

async function pidsFromProc(host: HostRoot, vmid: string): Promise<number[]> {
  const re = new RegExp(`^0::/lxc/${vmid}/ns(/|$)`, 'm');
  const out: number[] = [];
  const names = (await host.readdir('/proc'))
    .filter((n) => /^\d+$/.test(n))
    .map(Number)
    .sort((a, b) => a - b);
  for (const pid of names) {
    const cg = await host.readText(`/proc/${pid}/cgroup`, 4096).catch(() => undefined);
    if (cg && re.test(cg)) out.push(pid);
  }
  return out;
}

async function nsPidIsOne(host: HostRoot, pid: number): Promise<boolean | undefined> {
  const status = await host.readText(`/proc/${pid}/status`, 16 * 1024).catch(() => undefined);
  const m = /^NSpid:\s*(.*)$/m.exec(status ?? '');
  if (!m) return undefined;
  const ids = m[1].trim().split(/\s+/);
  return ids[ids.length - 1] === '1';
}

/** Is `pid` still a process of container `vmid`? (cheap re-validation of a cached PID) */
export async function stillInContainer(host: HostRoot, pid: number, vmid: string): Promise<boolean> {
  const cg = await host.readText(`/proc/${pid}/cgroup`, 4096).catch(() => undefined);
  return !!cg && new RegExp(`^0::/lxc/${vmid}/ns(/|$)`, 'm').test(cg);
}

export async function findInitPid(host: HostRoot, vmid: string): Promise<number | undefined> {
  if (!/^\d+$/.test(vmid)) return undefined;
  let pids = await pidsFromCgroupfs(host, vmid);
  // Once PVE's lxc/ cgroup exists its answer is final (a stopped container has no lxc/<vmid>);
  // without it (no container started yet, or a snapshot without cgroupfs) scan /proc, O(processes).
  const lxcCgroup = await host.lstat('/sys/fs/cgroup/lxc').catch(() => undefined);
  if (pids.length === 0 && !lxcCgroup?.isDirectory()) pids = await pidsFromProc(host, vmid);
  if (pids.length === 0) return undefined;
  for (const pid of pids) if ((await nsPidIsOne(host, pid)) === true) return pid;
  // Snapshots without NSpid: the lowest PID in the container is its init.
  return Math.min(...pids);
}
