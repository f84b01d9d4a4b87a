// SPDX-License-Identifier: AGPL-3.0-or-later
// Streaming parser for `nvidia-smi pmon -s um`: columns are indexed by the names of the "# gpu pid …"
// header, because their set and order change between drivers (old: sm mem enc dec; new: fb ccpm sm …).

export interface PmonRow {
  gpuIndex: number;
  pid: number;
  type?: string;
  /** engine name (sm, mem, nvenc, nvdec, nvjpg, ofa) → percent */
  percents: Record<string, number>;
  fbMiB?: number;
  command?: string;
}

/** pmon column name → our engine name (mem is memory-controller load, kept apart from engines). */
const ENGINE_COLUMNS: Record<string, string> = {
  sm: 'sm',
  enc: 'nvenc',
  dec: 'nvdec',
  jpg: 'nvjpg',
  ofa: 'ofa',
};

/** Where each wanted column of a header is: worked out once per header, not per row. */
interface ColumnPlan {
  gpu: number;
  pid: number;
  type: number;
  fb: number;
  /** the last column, whose text may hold spaces; -1 without one */
  command: number;
  /** [column index, engine name] */
  engines: Array<[number, string]>;
}

/** A whole number or a decimal ("87", "12.5"): what pmon prints for a measured value. */
function isDecimal(v: string): boolean {
  let dot = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 46 && !dot && i > 0 && i < v.length - 1) dot = true;
    else if (c < 48 || c > 57) return false;
  }
  return v.length > 0;
}

/** Digits only. */
function isDigits(v: string): boolean {
  return isDecimal(v) && !v.includes('.');
}

export class PmonParser {
  private plan: ColumnPlan | undefined;

  /** Feeds one line; returns a row for a running process, undefined for headers and idle rows. */
  line(text: string): PmonRow | undefined {
    const t = text.trim();
    if (t === '') return undefined;
    if (t.charCodeAt(0) === 35 /* # */) {
      const cols = t.slice(1).trim().split(/\s+/);
      if (cols[0] === 'gpu') this.plan = planOf(cols);
      return undefined;
    }
    const plan = this.plan;
    if (!plan) return undefined;
    const parts = t.split(/\s+/);
    const gpuText = parts[plan.gpu];
    const pidText = plan.pid < 0 ? undefined : parts[plan.pid];
    if (gpuText === undefined || !isDigits(gpuText) || pidText === undefined || !isDigits(pidText))
      return undefined;
    const row: PmonRow = { gpuIndex: Number(gpuText), pid: Number(pidText), percents: {} };
    const type = plan.type < 0 ? undefined : parts[plan.type];
    if (type && type !== '-') row.type = type;
    for (const [i, engine] of plan.engines) {
      const v = parts[i];
      if (v !== undefined && isDecimal(v)) row.percents[engine] = Number(v);
    }
    const fb = plan.fb < 0 ? undefined : parts[plan.fb];
    if (fb && isDigits(fb)) row.fbMiB = Number(fb);
    // The command name is the last column and may be cut or contain spaces: join the rest.
    if (plan.command >= 0 && plan.command < parts.length) {
      const command =
        plan.command === parts.length - 1 ? parts[plan.command] : parts.slice(plan.command).join(' ');
      if (command !== '-') row.command = command;
    }
    return row;
  }
}

function planOf(cols: string[]): ColumnPlan {
  const engines: Array<[number, string]> = [];
  for (const [col, engine] of Object.entries(ENGINE_COLUMNS)) {
    const i = cols.indexOf(col);
    if (i >= 0) engines.push([i, engine]);
  }
  return {
    gpu: cols.indexOf('gpu'),
    pid: cols.indexOf('pid'),
    type: cols.indexOf('type'),
    fb: cols.indexOf('fb'),
    command: cols.indexOf('command'),
    engines,
  };
}
