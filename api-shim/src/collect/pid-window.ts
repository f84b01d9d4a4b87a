// SPDX-License-Identifier: AGPL-3.0-or-later
// Which PIDs the fd walk's pass must look at, without a readdir of /proc every pass
// (docs/collectors.md "New PIDs from the kernel's PID cursor").
//
// /proc/loadavg's fifth field is the last PID the kernel handed out in the reader's PID namespace:
// `idr_get_cursor(&task_active_pid_ns(current)->idr) - 1` (loadavg_proc_show() in the kernel's
// fs/proc/loadavg.c; `ns->last_pid` before the IDR allocator, Linux 4.15). alloc_pid()
// (kernel/pid.c) takes every new task's number — process or thread — with idr_alloc_cyclic() from
// that cursor up to pid_max, and only when nothing is free above it wraps back to RESERVED_PIDS
// (300). So, between two reads of the cursor with no wrap, every task created has a number in
// (before, after], and a number below `before` can be handed out only after a wrap. Two ways
// around the cursor, both closed to a container: clone3()'s set_tid and a write of
// /proc/sys/kernel/ns_last_pid need CAP_CHECKPOINT_RESTORE (or CAP_SYS_ADMIN) in the user
// namespace owning the PID namespace (checkpoint_restore_ns_capable() in alloc_pid() and
// pid_ns_ctl_handler()), i.e. host root for the host's numbers (CRIU restoring a process).
//
// The window of a pass reaches back two cursor reads, not one: alloc_pid() runs inside
// copy_process() before attach_pid() makes the task findable, so a number the cursor already
// shows may read ENOENT for a moment; the next pass looks at it again. A readdir of /proc is still
// made on the first pass, after a wrap, when the window is wider than `maxProbe`, and every
// `listEveryMs`: it finds what the cursor cannot show (a restored process, a whole cycle of
// numbers within one pass, a fork stalled past a pass) and forgets processes that exited.

/** The fifth field of /proc/loadavg ("0.00 0.01 0.05 1/123 4567\n"), or undefined. */
export function parseLastPid(text: string): number | undefined {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  const space = line.lastIndexOf(' ');
  if (space < 0 || line.split(' ').length !== 5) return undefined;
  const field = line.slice(space + 1);
  if (!/^\d{1,7}$/.test(field)) return undefined;
  const pid = Number(field);
  // PID_MAX_LIMIT is 2^22 (include/linux/threads.h); 0 is the idle task's, read before any fork
  return pid > 0 && pid <= 4_194_304 ? pid : undefined;
}

export type WindowPlan =
  /** readdir /proc; `why` for tests and the bench */
  | { kind: 'list'; why: 'first' | 'no-cursor' | 'wrap' | 'wide' | 'periodic' | 'forced' }
  /** look only at the numbers in (from, to] */
  | { kind: 'probe'; from: number; to: number };

export interface PidWindowOptions {
  /** most numbers new since the previous pass probed one by one; more: one readdir of /proc instead */
  maxProbe: number;
  /** a readdir of /proc at least this often, ms */
  listEveryMs: number;
}

/**
 * The cursor reads of the last two passes and what the current pass should do. `plan()` is called
 * once per pass with the cursor read at its start (before any /proc read of that pass).
 */
export class PidWindow {
  /** cursor read by the previous pass, and the one before it */
  private prev?: number;
  private prev2?: number;
  private listedAt = Number.NEGATIVE_INFINITY;
  /** lower bound (exclusive) of the current pass's window; undefined on a first pass */
  from?: number;
  /** the cursor read at the start of the current pass */
  to?: number;

  constructor(private readonly opts: PidWindowOptions) {}

  plan(cursor: number | undefined, now: number, force: boolean, maxProbe = this.opts.maxProbe): WindowPlan {
    const prev = this.prev;
    const from = this.prev2 ?? prev;
    this.prev2 = prev;
    this.prev = cursor;
    this.from = cursor === undefined ? undefined : from;
    this.to = cursor;
    const list = (why: Extract<WindowPlan, { kind: 'list' }>['why']): WindowPlan => {
      this.listedAt = now;
      return { kind: 'list', why };
    };
    if (cursor === undefined) {
      this.prev2 = undefined;
      return list('no-cursor');
    }
    if (from === undefined || prev === undefined) return list('first');
    // below either earlier read: the allocator wrapped (or host root moved the cursor back)
    if (cursor < prev || cursor < from) return list('wrap');
    if (force) return list('forced');
    // the numbers new since the previous read: those below it were looked at by the previous pass
    // (a thread or a known process costs a map lookup now, a number found empty one stat())
    if (cursor - prev > maxProbe) return list('wide');
    if (!(now - this.listedAt < this.opts.listEveryMs)) return list('periodic');
    return { kind: 'probe', from, to: cursor };
  }

  /**
   * Whether `pid` lies in the current pass's window: a number the kernel may have handed out
   * since two passes ago (with a wrap: above `from` or up to the cursor). On a first pass, none.
   */
  inWindow(pid: number): boolean {
    const { from, to } = this;
    if (from === undefined || to === undefined) return false;
    return to >= from ? pid > from && pid <= to : pid > from || pid <= to;
  }
}
