// SPDX-License-Identifier: AGPL-3.0-or-later
// Parsers for /proc/<pid>/status (Name, Tgid, NSpid) and /proc/<pid>/stat (start time).

export interface ProcStatus {
  name?: string;
  /** the thread group (process) the task belongs to: not its own number for a thread's /proc/<tid> */
  tgid?: number;
  /** NSpid: host PID first, innermost namespace PID last */
  nspid: number[];
}

export function parseProcStatus(text: string): ProcStatus {
  const out: ProcStatus = { nspid: [] };
  for (const line of text.split('\n')) {
    if (line.startsWith('Name:')) out.name = line.slice(5).trim();
    else if (line.startsWith('Tgid:')) {
      const v = line.slice(5).trim();
      if (/^\d{1,7}$/.test(v)) out.tgid = Number(v);
    } else if (line.startsWith('NSpid:')) {
      out.nspid = line
        .slice(6)
        .trim()
        .split(/\s+/)
        .filter((s) => /^\d+$/.test(s))
        .map(Number);
    }
  }
  return out;
}

/**
 * Field 22 (starttime, clock ticks since boot) of /proc/<pid>/stat: with the PID it names one
 * process for life (PIDs are reused). comm (field 2) may hold spaces and ")", so count from the last ")".
 */
export function parseStatStartTime(text: string): string | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is field 3 (state) → field 22 is fields[19]
  const v = fields[19];
  return v && /^\d+$/.test(v) ? v : undefined;
}
