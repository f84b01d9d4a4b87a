// SPDX-License-Identifier: AGPL-3.0-or-later
// ct.generated_config and ct.read_limits: what the report judges by — docs/health-checks.md.
// A running container got what PVE generated at its start (/var/lib/lxc/<vmid>/config, plus
// what a hookscript appended to it), not necessarily what the config says now; and what was
// read inside the container may have been cut short by the reader's bounds.

import type { ContainerFacts } from '../facts/container-facts.ts';
import { type CheckDef, confEvidence, type Finding, msg, stated } from './context.ts';

/** Why a file inside the container was not read whole, in words (a message id each). */
const READ_PROBLEM: Record<ContainerFacts['readLimits'][number]['problem'], string> = {
  denied: 'evidence.read.denied',
  'not-regular': 'evidence.read.not_regular',
  'not-directory': 'evidence.read.not_directory',
  symlink: 'evidence.read.symlink',
  error: 'evidence.read.error',
  timeout: 'evidence.read.timeout',
  truncated: 'evidence.read.truncated',
};

/** In-container files and the checks whose verdicts rest on them (facts/container-facts.ts). */
const READ_BY: Array<{ path: RegExp; checks: string[]; vital: boolean }> = [
  {
    path: /^\/etc\/(group|passwd)$/,
    checks: ['ct.service_user_groups', 'ct.group_collision', 'dev.gid_wrong_group'],
    vital: true,
  },
  { path: /^\/var\/lib\/dpkg\/status$/, checks: ['nv.kernel_pkgs_in_ct'], vital: false },
  { path: /\/dri$/, checks: ['ct.vaapi_driver'], vital: false },
  { path: /^\/usr\/(local\/nvidia\/)?lib/, checks: ['nv.version_mismatch'], vital: false },
  { path: /^\/etc\/nvidia-container-runtime\//, checks: ['nv.ctk_cgroups'], vital: false },
  { path: /^\/etc\/environment$/, checks: ['ct.vaapi_driver'], vital: false },
  { path: /^\/var\/lib\/docker$/, checks: ['ct.vaapi_driver'], vital: false },
];

export const appliedChecks: CheckDef[] = [
  {
    id: 'ct.generated_config',
    area: 'ct',
    run(ctx) {
      if (ctx.extraLxc.length === 0 && ctx.notApplied.length === 0)
        return ctx.ct && ctx.generated ? [] : null;
      const out: Finding[] = [];
      const lines = (ls: typeof ctx.extraLxc) => ls.map((l) => `${l.key} = ${l.value}`).join(' ; ');
      if (ctx.extraLxc.length) {
        const running = !!(ctx.ct && ctx.generated !== undefined);
        out.push({
          severity: 'info',
          explanation: running
            ? msg('ct.generated_config.extra', {
                count: ctx.extraLxc.length,
                lines: lines(ctx.extraLxc),
                vmid: ctx.vmid,
              })
            : msg('ct.generated_config.hookscript', {
                count: ctx.extraLxc.length,
                lines: lines(ctx.extraLxc),
                script: ctx.extraLxc[0].file ?? '',
              }),
          evidence: ctx.extraLxc.map((l) => confEvidence(ctx, l)),
        });
      }
      if (ctx.notApplied.length)
        out.push({
          severity: 'info',
          explanation: msg('ct.generated_config.not_applied', {
            count: ctx.notApplied.length,
            lines: ctx.notApplied.map((l) => l.text.trim()).join(' ; '),
          }),
          evidence: ctx.notApplied.map((l) => confEvidence(ctx, l)),
          fix: { summary: msg('fix.restart'), commands: [`pct reboot ${ctx.vmid}`] },
        });
      return out;
    },
  },
  {
    id: 'ct.read_limits',
    area: 'ct',
    run(ctx) {
      if (!ctx.ct) return null;
      const limits = ctx.ct.readLimits ?? [];
      const stalled = ctx.ctStatTimeouts.map((p) => ({ path: p, problem: 'timeout' as const }));
      if (limits.length === 0 && stalled.length === 0) return [];
      const checks = new Set<string>();
      let vital = stalled.length > 0;
      for (const l of limits)
        for (const r of READ_BY)
          if (r.path.test(l.path)) {
            for (const c of r.checks) checks.add(c);
            vital ||= r.vital;
          }
      if (stalled.length) for (const c of ['ct.node_check', 'ct.service_user_groups']) checks.add(c);
      const all = [...limits, ...stalled];
      return [
        {
          severity: vital ? 'warn' : 'info',
          explanation: msg('ct.read_limits', {
            count: all.length,
            paths: all.map((l) => l.path).join(', '),
            checks: checks.size ? [...checks].join(', ') : '-',
          }),
          evidence: all.map((l) => stated(`${ctx.ct?.root ?? ''}${l.path}`, READ_PROBLEM[l.problem])),
        },
      ];
    },
  },
];
