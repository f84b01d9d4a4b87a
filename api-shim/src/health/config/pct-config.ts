// SPDX-License-Identifier: AGPL-3.0-or-later
// Parser for /etc/pve/lxc/<vmid>.conf with PVE's own rules (pve-container Config.pm
// parse_pct_config): "#" lines are the section's description, "key: value" options,
// raw "lxc.*" keys with ":" or "=", "[snapshot]" sections and "[pve:pending]". Only the main
// section is live. A line PVE would not parse never throws here: it becomes a finding.
// Values are trimmed in code, not by the regexes: `\s*(.*?)\s*$` backtracks quadratically on a
// long run of blanks (a 100k-space line took seconds), and the file is written by any admin.

import type { Msg } from '../../api/types.ts';

export interface ConfigLine {
  key: string;
  value: string;
  /** 1-based line number in the file */
  line: number;
  /** the line as written */
  text: string;
  /** another file the line is in (a hook script, the generated config); absent: the config itself */
  file?: string;
}

export interface ConfigFinding {
  line: number;
  text: string;
  /** health message (ct.config_syntax.*) saying what is wrong */
  msg: Msg;
}

export interface ConfigSection {
  name: string;
  description: string;
  /** PVE options, last one wins (PVE keeps the last duplicate as well) */
  options: Map<string, ConfigLine>;
  /** raw lxc.* entries in file order */
  lxc: ConfigLine[];
  /** delete: keys, only in [pve:pending] */
  deletes: string[];
}

export interface PctConfig {
  main: ConfigSection;
  pending?: ConfigSection;
  snapshots: ConfigSection[];
  findings: ConfigFinding[];
}

const SECTION_RE = /^\[([a-z][a-z0-9_-]*|pve:pending)\]\s*$/i;
const LXC_RE = /^(lxc\.[a-z0-9_.-]+)(:|[ \t]*=)(.*)$/;
const OPTION_RE = /^([a-z][a-z_]*\d*):(.*)$/;

function newSection(name: string): ConfigSection {
  return { name, description: '', options: new Map(), lxc: [], deletes: [] };
}

/** PVE stores the description URL-encoded (ParseUtils encode_text); undo it, tolerating bad escapes. */
function decodeText(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

export function parsePctConfig(text: string): PctConfig {
  const main = newSection('');
  const snapshots: ConfigSection[] = [];
  const findings: ConfigFinding[] = [];
  let pending: ConfigSection | undefined;
  let section = main;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i].replace(/\r$/, '');
    if (raw.trim() === '') continue;
    const header = SECTION_RE.exec(raw.trim());
    if (header) {
      const name = header[1];
      if (name.toLowerCase() === 'pve:pending') {
        pending = pending ?? newSection('pve:pending');
        section = pending;
      } else {
        section = newSection(name);
        snapshots.push(section);
      }
      continue;
    }
    if (raw.startsWith('#')) {
      section.description += `${decodeText(raw.slice(1))}\n`;
      continue;
    }
    const lxc = LXC_RE.exec(raw);
    if (lxc) {
      section.lxc.push({ key: lxc[1], value: lxc[3].trim(), line: lineNo, text: raw });
      if (section === main && /\s#/.test(lxc[3]))
        findings.push({
          line: lineNo,
          text: raw,
          msg: { id: 'ct.config_syntax.inline_comment', params: { key: lxc[1], line: lineNo } },
        });
      continue;
    }
    const opt = OPTION_RE.exec(raw);
    const optValue = opt?.[2].trim();
    if (opt && optValue) {
      const key = opt[1];
      const value = optValue;
      if (key === 'delete') {
        if (section === pending) section.deletes.push(...value.split(/[,;\s]+/).filter(Boolean));
        else
          findings.push({
            line: lineNo,
            text: raw,
            msg: { id: 'ct.config_syntax.delete', params: { line: lineNo } },
          });
        continue;
      }
      const prev = section.options.get(key);
      if (prev && section === main)
        findings.push({
          line: lineNo,
          text: raw,
          msg: { id: 'ct.config_syntax.duplicate', params: { key, first: prev.line, line: lineNo } },
        });
      // PVE and LXC take the value as written: a trailing "# note" becomes part of it
      if (section === main && /\s#/.test(value))
        findings.push({
          line: lineNo,
          text: raw,
          msg: { id: 'ct.config_syntax.inline_comment', params: { key, line: lineNo } },
        });
      section.options.set(key, { key, value, line: lineNo, text: raw });
      continue;
    }
    findings.push({
      line: lineNo,
      text: raw,
      msg: opt
        ? { id: 'ct.config_syntax.empty_option', params: { line: lineNo, key: opt[1] } }
        : { id: 'ct.config_syntax.unparsable', params: { line: lineNo } },
    });
  }
  return { main, pending, snapshots, findings };
}

/** Options of a section with a numeric suffix: dev0…dev255, mp0…, in numeric order. */
export function numbered(section: ConfigSection, prefix: string): ConfigLine[] {
  const re = new RegExp(`^${prefix}(\\d+)$`);
  return [...section.options.values()]
    .filter((l) => re.test(l.key))
    .sort((a, b) => Number(re.exec(a.key)?.[1]) - Number(re.exec(b.key)?.[1]));
}

/** Raw lxc.* entries with a given key (and its deprecated alias). */
export function lxcEntries(section: ConfigSection, ...keys: string[]): ConfigLine[] {
  return section.lxc.filter((l) => keys.includes(l.key));
}

/** Pending changes as the report lists them: new values and deletions. */
export function pendingChanges(conf: PctConfig): Array<{ key: string; value: string; line: number }> {
  if (!conf.pending) return [];
  const out: Array<{ key: string; value: string; line: number }> = [];
  for (const l of conf.pending.options.values()) out.push({ key: l.key, value: l.value, line: l.line });
  for (const l of conf.pending.lxc) out.push({ key: l.key, value: l.value, line: l.line });
  for (const d of conf.pending.deletes) out.push({ key: d, value: '(delete)', line: 0 });
  return out;
}
