// SPDX-License-Identifier: AGPL-3.0-or-later
// The message contract, checked on real reports: every id a report carries is in
// HEALTH_MESSAGES and every placeholder of its template gets a value.
import { HEALTH_MESSAGES } from '../api/health-messages.ts';
import { templateParams } from '../api/message-format.ts';
import type { HealthReport, Msg } from '../api/types.ts';

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
  }
  return problems;
}
