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
 * Words that are notation, the same in every language, though no file of the world holds them:
 * the check ids (ct.read_limits names the checks), the GPU vendors' names, the device cgroup's
 * access letters (`c 226:128 rw`), config keys, commands and kernel modules.
 */
const NOTATION = new Set([
  ...CHECKS.flatMap((c) => wordsOf(c.id)),
  ...['intel', 'amd', 'nvidia', 'NVIDIA', 'rw', 'rwm'],
  ...['lxc', 'idmap', 'uid', 'gid', 'devN'],
  // the monitoring tools and drivers the mon.* messages name as commands (intel_gpu_top, qmassa)
  ...['gpu', 'top', 'qmassa', 'xe'],
  // the kernel modules the acc.* messages name (facts/accelerators.ts)
  ...ACCELERATORS.flatMap((a) => a.modules.flatMap(wordsOf)),
]);

/**
 * English prose outside a message: a word the engine shows (evidence without a message, or a
 * message parameter) that it did not read from the world and that is no notation. "missing",
 * "exists", "PVE default map" are caught: no file under the snapshot says them.
 */
export function proseProblems(report: HealthReport, world: Set<string>): string[] {
  const problems: string[] = [];
  const look = (where: string, text: string) => {
    const made = wordsOf(text).filter((w) => !world.has(w) && !NOTATION.has(w));
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
