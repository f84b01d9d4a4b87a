// SPDX-License-Identifier: AGPL-3.0-or-later
// ct.config_syntax and ct.pending: what the parser found in the config file itself. Not in the
// research catalogue (they are about the file, not the passthrough); area "ct" = this container.

import { MAX_DEVICES } from '../config/dev-string.ts';
import { pendingChanges } from '../config/pct-config.ts';
import { type CheckDef, confEvidence, type Finding } from './context.ts';

export const configChecks: CheckDef[] = [
  {
    id: 'ct.config_syntax',
    area: 'ct',
    title: 'Every config line parses',
    run(ctx) {
      const out: Finding[] = ctx.conf.findings.map((f) => ({
        severity: 'warn' as const,
        explanation: `Line ${f.line}: ${f.message}.`,
        evidence: [{ source: ctx.confPath, line: f.line, text: f.text }],
        fix: { summary: 'Fix or remove the line', file: ctx.confPath, remove: [f.text] },
      }));
      for (const d of ctx.devs) {
        if (d.spec.errors.length === 0) continue;
        out.push({
          severity: 'warn',
          explanation: `\`${d.line.key}\` is not a valid device entry: ${d.spec.errors.join('; ')}. PVE refuses it.`,
          evidence: [confEvidence(ctx, d.line)],
          fix: {
            summary: 'Write it as dev<N>: /dev/<path>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
            file: ctx.confPath,
            remove: [d.line.text],
          },
        });
      }
      if (ctx.devs.some((d) => Number(d.line.key.slice(3)) >= MAX_DEVICES)) {
        out.push({
          severity: 'warn',
          explanation: `PVE supports dev0…dev${MAX_DEVICES - 1}.`,
          evidence: [],
          fix: { summary: 'Renumber the entries', file: ctx.confPath },
        });
      }
      return out;
    },
  },
  {
    id: 'ct.pending',
    area: 'ct',
    title: 'Pending changes',
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
            explanation: `The container runs with the id map it got at its last start (${startedMap.join(', ')}); the config now says ${nowMap.join(', ') || 'no map'}. The new map applies after a restart.`,
            evidence: [
              {
                source: `/var/lib/lxc/${ctx.vmid}/config`,
                text: startedMap.map((l) => `lxc.idmap = ${l}`).join(' ; '),
              },
            ],
            fix: {
              summary: 'Restart the container to apply the config',
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
          explanation: `These changes are pending and apply at the next container start; the checks above describe the live configuration: ${p.map((c) => `${c.key}${c.value === '(delete)' ? ' (delete)' : `: ${c.value}`}`).join(', ')}.`,
          evidence: p.map((c) => ({
            source: ctx.confPath,
            line: c.line || undefined,
            text: `${c.key}: ${c.value}`,
          })),
          fix: { summary: 'Restart the container to apply them', commands: [`pct reboot ${ctx.vmid}`] },
        },
      ];
    },
  },
];
