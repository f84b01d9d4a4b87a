// SPDX-License-Identifier: AGPL-3.0-or-later
// What the benches read of a daemon they started: its CPU and memory from /proc (proc(5)).
import { readdirSync, readFileSync } from 'node:fs';

/** CPU ticks (utime + stime, USER_HZ), RSS and its peak (VmHWM) of a process. */
export function procStat(pid: number): { cpuTicks: number; rssKiB: number; hwmKiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // After the command's closing parenthesis (it may hold spaces): fields 3 on; utime, stime are 14, 15.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    cpuTicks: Number(f[11]) + Number(f[12]),
    rssKiB: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0),
    hwmKiB: Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0),
  };
}

/**
 * CPU time of all of a process's threads in ns, from /proc/<pid>/task/<tid>/schedstat (time on CPU,
 * Documentation/scheduler/sched-stats.rst): the stat file's USER_HZ ticks are 10 ms, a quarter of
 * the collector's whole CPU over a 40 s window. Threads that exited are not counted (Node's are long-lived).
 */
export function cpuNs(pid: number): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // the thread ended between readdir and read
    }
  }
  return ns;
}
