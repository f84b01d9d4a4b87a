// SPDX-License-Identifier: AGPL-3.0-or-later
// The history journal's line format: `<checksum> <json>\n`, the checksum FNV-1a (32 bit, 8 hex
// digits) of the JSON text. The first line names the snapshot it continues
// (`{"format":JOURNAL_FORMAT,"snapshot":token}`); every other line is a record: one series' rows
// in the snapshot's own encoding (`{"owner","gpu","columns","points"}`), or `{"drop":{owner,gpu}}`
// for a series the store evicted. A line is only ever appended whole, in one write, and fsynced:
// a crash during that write leaves its start without the final newline (a torn tail, expected),
// while a bad line followed by good ones is damage (a flipped bit, a file edited by hand), which
// the checksum tells from a line that merely parses.

export const JOURNAL_FORMAT = 'pve-gpu-tab usage history journal v1';

/** FNV-1a over the UTF-16 code units (the text is mostly ASCII: one unit per byte). */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function journalLine(json: string): string {
  return `${checksum(json)} ${json}\n`;
}

export interface ParsedJournal {
  /** The snapshot token of the header; undefined when the header line is missing or damaged. */
  snapshot: string | undefined;
  /** Records in file order (the header excluded), each a parsed JSON object. */
  records: unknown[];
  /** Bytes of a last line without its newline: the write a crash interrupted. */
  tornTailBytes: number;
  /** Lines, header included, whose checksum or JSON is wrong (not counting a torn tail). */
  damaged: number;
}

export function parseJournal(text: string): ParsedJournal {
  const out: ParsedJournal = { snapshot: undefined, records: [], tornTailBytes: 0, damaged: 0 };
  let start = 0;
  let first = true;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end < 0) {
      out.tornTailBytes = Buffer.byteLength(text.slice(start));
      break;
    }
    const parsed = parseLine(text.slice(start, end));
    start = end + 1;
    if (first) {
      first = false;
      const h = parsed as { format?: unknown; snapshot?: unknown } | undefined;
      if (h?.format === JOURNAL_FORMAT && typeof h.snapshot === 'string') {
        out.snapshot = h.snapshot;
        continue;
      }
      out.damaged += 1;
      continue;
    }
    if (parsed === undefined) out.damaged += 1;
    else out.records.push(parsed);
  }
  return out;
}

function parseLine(line: string): unknown {
  if (line.length < 10 || line[8] !== ' ') return undefined;
  const json = line.slice(9);
  if (checksum(json) !== line.slice(0, 8)) return undefined;
  try {
    const v = JSON.parse(json) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}
