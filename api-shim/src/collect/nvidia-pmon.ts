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

export class PmonParser {
  private columns: string[] | undefined;

  /** Feeds one line; returns a row for a running process, undefined for headers and idle rows. */
  line(text: string): PmonRow | undefined {
    const t = text.trim();
    if (t === '') return undefined;
    if (t.startsWith('#')) {
      const cols = t.slice(1).trim().split(/\s+/);
      if (cols[0] === 'gpu') this.columns = cols;
      return undefined;
    }
    const cols = this.columns;
    if (!cols) return undefined;
    const parts = t.split(/\s+/);
    // The command name is the last column and may be cut or contain spaces: join the rest.
    const cmdIndex = cols.indexOf('command');
    const get = (name: string): string | undefined => {
      const i = cols.indexOf(name);
      if (i < 0) return undefined;
      if (i === cmdIndex) return parts.slice(i).join(' ');
      return parts[i];
    };
    const gpu = Number(get('gpu'));
    const pidText = get('pid');
    if (!Number.isInteger(gpu) || !pidText || !/^\d+$/.test(pidText)) return undefined;
    const row: PmonRow = { gpuIndex: gpu, pid: Number(pidText), percents: {} };
    const type = get('type');
    if (type && type !== '-') row.type = type;
    for (const [col, engine] of Object.entries(ENGINE_COLUMNS)) {
      const v = get(col);
      if (v !== undefined && /^\d+(\.\d+)?$/.test(v)) row.percents[engine] = Number(v);
    }
    const fb = get('fb');
    if (fb && /^\d+$/.test(fb)) row.fbMiB = Number(fb);
    const command = get('command');
    if (command && command !== '-') row.command = command;
    return row;
  }
}
