// SPDX-License-Identifier: AGPL-3.0-or-later
// The message contract, checked on real reports: every id a report carries is in
// HEALTH_MESSAGES and every placeholder of its template gets a value; and no English the
// engine wrote itself travels outside a message (proseProblems).
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { HEALTH_MESSAGES } from '../api/health-messages.ts';
import { templateParams } from '../api/message-format.ts';
import type { HealthReport, Msg } from '../api/types.ts';
import { CHECKS } from './checks/index.ts';
import { ACCELERATORS } from './facts/accelerators.ts';

export function messageProblems(report: HealthReport): string[] {
  const problems: string[] = [];
  const check = (where: string, m: Msg | undefined) => {
    if (!m) return problems.push(`${where}: no message`);
    const t = HEALTH_MESSAGES[m.id];
    if (t === undefined) return problems.push(`${where}: unknown id ${m.id}`);
    for (const p of templateParams(t))
      if (m.params?.[p] === undefined) problems.push(`${where}: ${m.id} lacks {${p}}`);
    for (const [k, v] of Object.entries(m.params ?? {}))
      if (typeof v !== 'string' && typeof v !== 'number')
        problems.push(`${where}: ${m.id}.${k} is ${typeof v}`);
  };
  for (const c of report.checks) {
    check(`${c.id} title`, c.titleMsg);
    check(`${c.id} explanation`, c.explanationMsg);
    if (c.fix) check(`${c.id} fix`, c.fix.summaryMsg);
    for (const e of c.evidence) if (e.textMsg) check(`${c.id} evidence ${e.source}`, e.textMsg);
  }
  return problems;
}

const WORD = /[A-Za-z]{2,}/g;

/** The words of a text: runs of two or more ASCII letters ("renderD128" gives "renderD"). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Every word of the world the engine looked at: the names, link targets and contents of every
 * file under a host snapshot (the container config, /etc, /proc, /sys, the container's root).
 * A word the engine shows that is none of these and no word of the notation below, it wrote
 * itself: English the user's language never gets.
 */
export function worldWords(root: string, words = new Set<string>()): Set<string> {
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      for (const w of wordsOf(name)) words.add(w);
      const st = lstatSync(p);
      if (st.isSymbolicLink()) for (const w of wordsOf(readlinkSync(p))) words.add(w);
      else if (st.isDirectory()) walk(p);
      else if (st.isFile() && st.size <= 1 << 20)
        for (const w of wordsOf(readFileSync(p, 'latin1'))) words.add(w);
    }
  };
  walk(root);
  return words;
}

/**
 * Notation, the same in every language, though no file of the world holds it. Whole names,
 * taken out before the words are looked at (a check id such as `dev.path_missing` must not let
 * "missing" pass on its own): the check ids (ct.read_limits names checks), the commands and
 * drivers the mon.* messages name, the kernel modules of the acc.* messages.
 */
const NOTATION_NAMES = [
  ...CHECKS.map((c) => c.id),
  ...['intel_gpu_top', 'qmassa', 'i915', 'xe'],
  ...ACCELERATORS.flatMap((a) => a.modules),
];
const NOTATION_NAME = new RegExp(
  `(?<![\\w.])(?:${NOTATION_NAMES.map((n) => n.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('|')})(?![\\w])`,
  'g',
);
/** Words of notation: the GPU vendors' names, the device cgroup's access letters (`c 226:128 rw`), config keys. */
const NOTATION_WORDS = new Set([
  ...['intel', 'amd', 'nvidia', 'NVIDIA'],
  ...['rw', 'rwm'],
  ...['lxc', 'idmap', 'uid', 'gid', 'devN'],
]);

/**
 * English prose outside a message: a word the engine shows (evidence without a message, or a
 * message parameter) that it did not read from the world and that is no notation. "missing",
 * "exists", "PVE default map" are caught: no file under the snapshot says them.
 */
export function proseProblems(report: HealthReport, world: Set<string>): string[] {
  const problems: string[] = [];
  const look = (where: string, text: string) => {
    const made = wordsOf(text.replace(NOTATION_NAME, ' ')).filter(
      (w) => !world.has(w) && !NOTATION_WORDS.has(w),
    );
    if (made.length) problems.push(`${where}: "${text}" (${[...new Set(made)].join(', ')})`);
  };
  const params = (where: string, m: Msg | undefined) => {
    for (const [k, v] of Object.entries(m?.params ?? {}))
      if (typeof v === 'string') look(`${where} {${k}}`, v);
  };
  for (const c of report.checks) {
    params(`${c.id} title`, c.titleMsg);
    params(`${c.id} explanation`, c.explanationMsg);
    params(`${c.id} fix`, c.fix?.summaryMsg);
    for (const e of c.evidence) {
      if (e.textMsg) params(`${c.id} evidence ${e.source}`, e.textMsg);
      else look(`${c.id} evidence ${e.source}`, e.text);
    }
  }
  for (const d of report.idmap) for (const m of d.marks) params(`idmap mark ${m.ct}`, m.labelMsg);
  return problems;
}
