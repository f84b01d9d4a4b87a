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

export interface ThreadTimes {
  /** thread name (/proc/<pid>/task/<tid>/comm: "node", "V8 DefaultWorke", "libuv-worker" …) */
  name: string;
  /** time on CPU, ns (schedstat's first field) */
  ns: number;
  /** times the thread was scheduled in (schedstat's third field: timeslices run) */
  slices: number;
}

/**
 * Per thread of `pid`, keyed by thread id: name, CPU ns and timeslices from schedstat
 * (Documentation/scheduler/sched-stats.rst: "time spent on the cpu", "# of timeslices run on this
 * cpu"). A thread's timeslices over a window count how often it woke up to run.
 */
export function threadTimes(pid: number): Map<number, ThreadTimes> {
  const out = new Map<number, ThreadTimes>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const f = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ');
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      out.set(Number(tid), { name, ns: Number(f[0]), slices: Number(f[2]) });
    } catch {
      // the thread ended between readdir and read
    }
  }
  return out;
}

/**
 * What the threads did between two threadTimes() readings over `ms`: the main thread (its id is the
 * process's) and the others one by one, busiest first, each "<% of one core> <wake-ups per s>".
 * Node names no thread (each "node"), so threads are told apart by id.
 */
export function threadSummary(
  pid: number,
  before: Map<number, ThreadTimes>,
  after: Map<number, ThreadTimes>,
  ms: number,
): string {
  const rows: Array<{ main: boolean; ns: number; slices: number }> = [];
  for (const [tid, a] of after) {
    const b = before.get(tid);
    rows.push({ main: tid === pid, ns: a.ns - (b?.ns ?? 0), slices: a.slices - (b?.slices ?? 0) });
  }
  const fmt = (r: { ns: number; slices: number }) =>
    `${((r.ns / 1e6 / ms) * 100).toFixed(3)} % ${((r.slices / ms) * 1000).toFixed(1)}/s`;
  const main = rows.find((r) => r.main);
  const others = rows.filter((r) => !r.main && r.ns > 0).sort((x, y) => y.ns - x.ns);
  return `main ${main ? fmt(main) : '?'}; others ${others.map(fmt).join(', ') || 'idle'}`;
}
