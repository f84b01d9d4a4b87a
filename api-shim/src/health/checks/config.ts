// SPDX-License-Identifier: AGPL-3.0-or-later
// ct.config_syntax and ct.pending: what the parser found in the config file itself. Not in the
// catalogue of docs/health-checks.md (they are about the file, not the passthrough); area "ct" = this container.

import { MAX_DEVICES } from '../config/dev-string.ts';
import { lxcValueProblem } from '../config/lxc-values.ts';
import { pendingChanges } from '../config/pct-config.ts';
import { type CheckDef, confEvidence, configFix, type Finding, lineToRemove, msg } from './context.ts';

export const configChecks: CheckDef[] = [
  {
    id: 'ct.config_syntax',
    area: 'ct',
    run(ctx) {
      const out: Finding[] = ctx.conf.findings.map((f) => ({
        severity: 'warn' as const,
        explanation: f.msg,
        evidence: [{ source: ctx.confPath, line: f.line, text: f.text }],
        // a duplicate or a commented value: which of the lines is right is the admin's call
        fix:
          f.msg.id === 'ct.config_syntax.duplicate' || f.msg.id === 'ct.config_syntax.inline_comment'
            ? { summary: msg('ct.config_syntax.fix'), file: ctx.confPath }
            : configFix(ctx, msg('ct.config_syntax.fix'), [f]),
      }));
      for (const d of ctx.devs) {
        if (d.spec.errors.length === 0) continue;
        // PVE refuses the whole entry; the first problem is the one to fix
        out.push(lineToRemove(ctx, d.line, 'warn', d.spec.errors[0], msg('ct.config_syntax.fix.dev')));
      }
      // raw lxc.* lines PVE drops (no effect) or LXC refuses (the container does not start)
      for (const l of ctx.main.lxc) {
        const p = lxcValueProblem(l);
        if (!p) continue;
        out.push({
          severity: p.severity,
          explanation: p.msg,
          evidence: [confEvidence(ctx, l)],
          fix: { summary: msg('ct.config_syntax.fix'), file: ctx.confPath },
        });
      }
      if (ctx.devs.some((d) => Number(d.line.key.slice(3)) >= MAX_DEVICES)) {
        out.push({
          severity: 'warn',
          explanation: msg('ct.config_syntax.dev_range', { last: MAX_DEVICES - 1 }),
          evidence: [],
          fix: { summary: msg('ct.config_syntax.fix.renumber'), file: ctx.confPath },
        });
      }
      return out;
    },
  },
  {
    id: 'ct.pending',
    area: 'ct',
    run(ctx) {
      const p = pendingChanges(ctx.conf);
      const out: Finding[] = [];
      // running: what LXC got at the last start (/var/lib/lxc/<vmid>/config) vs the config now
      if (ctx.ct && ctx.generated) {
        const startedMap = [...ctx.generated.matchAll(/^lxc\.idmap\s*=\s*(.+)$/gm)].map((m) =>
          m[1].trim().replace(/\s+/g, ' '),
        );
        const nowMap = ctx.idmap.entries.map((e) => e.text);
        if (startedMap.length && startedMap.join('|') !== nowMap.join('|')) {
          out.push({
            severity: 'info',
            explanation: msg(nowMap.length ? 'ct.pending.idmap' : 'ct.pending.idmap_removed', {
              started: startedMap.join(', '),
              now: nowMap.join(', '),
            }),
            evidence: [
              {
                source: `/var/lib/lxc/${ctx.vmid}/config`,
                text: startedMap.map((l) => `lxc.idmap = ${l}`).join(' ; '),
              },
            ],
            fix: {
              summary: msg('fix.restart'),
              commands: [`pct reboot ${ctx.vmid}`],
            },
          });
        }
      }
      if (p.length === 0) return out;
      return [
        ...out,
        {
          severity: 'info',
          explanation: msg('ct.pending', {
            changes: p
              .map((c) => `${c.key}${c.value === '(delete)' ? ' (delete)' : `: ${c.value}`}`)
              .join(', '),
          }),
          evidence: p.map((c) => ({
            source: ctx.confPath,
            line: c.line || undefined,
            text: `${c.key}: ${c.value}`,
          })),
          fix: { summary: msg('fix.restart'), commands: [`pct reboot ${ctx.vmid}`] },
        },
      ];
    },
  },
];
