// SPDX-License-Identifier: AGPL-3.0-or-later
// mon.*: monitoring — why PMU tools fail in containers and what works instead
// (docs/health-checks.md).

import type { Evidence } from '../../api/types.ts';
import {
  type CheckContext,
  type CheckDef,
  confEvidence,
  configFix,
  hasGpu,
  isGpuNode,
  msg,
  stated,
} from './context.ts';

function paranoidEvidence(ctx: CheckContext): Evidence {
  return ctx.host.perfParanoid === undefined
    ? stated('/proc/sys/kernel/perf_event_paranoid', 'evidence.unreadable')
    : { source: '/proc/sys/kernel/perf_event_paranoid', text: String(ctx.host.perfParanoid) };
}

function workaroundLines(ctx: CheckContext) {
  return [
    ...ctx.main.lxc.filter(
      (l) =>
        (l.key === 'lxc.apparmor.profile' && l.value.trim() === 'unconfined') ||
        l.key === 'lxc.seccomp.profile' ||
        l.key === 'lxc.cap.keep' ||
        l.key === 'lxc.cap.drop',
    ),
    ...ctx.mps.filter((m) => /^\/usr(\/s?bin|\/local\/bin)?\/?$/.test(m.source)).map((m) => m.line),
    ...ctx.mounts.filter((m) => /^\/usr\/(s?bin|local\/bin)(\/|$)/.test(m.entry.source)).map((m) => m.line),
  ];
}

export const monChecks: CheckDef[] = [
  {
    id: 'mon.pmu_in_ct',
    area: 'mon',
    run(ctx) {
      if (!hasGpu(ctx)) return null;
      const p = ctx.host.perfParanoid;
      const intel =
        ctx.nodes.some((n) => n.vendor === 'intel') ||
        (ctx.nodes.some((n) => n.cls === 'render' || n.cls === 'card') &&
          ctx.host.drm.some((d) => d.vendor === 'intel'));
      const tool = intel ? 'intel_gpu_top' : 'intel_gpu_top, qmassa (i915/xe)';
      const lead = !ctx.unprivileged ? 'privileged' : p !== undefined && p <= 0 ? 'lowered' : 'unprivileged';
      const nvidiaOnly = ctx.nodes.filter(isGpuNode).every((n) => n.vendor === 'nvidia');
      return [
        {
          severity: 'info',
          ...(nvidiaOnly ? { title: msg('mon.pmu_in_ct.title.nvidia') } : {}),
          explanation: nvidiaOnly
            ? msg('mon.pmu_in_ct.nvidia')
            : msg(`mon.pmu_in_ct.${lead}`, { tool, paranoid: p ?? '?' }),
          evidence: [
            paranoidEvidence(ctx),
            stated(ctx.confPath, ctx.unprivileged ? 'evidence.unprivileged_ct' : 'evidence.privileged_ct'),
          ],
          fix: {
            summary: msg('mon.pmu_in_ct.fix'),
          },
        },
      ];
    },
  },
  {
    id: 'mon.paranoid_lowered',
    area: 'mon',
    run(ctx) {
      const p = ctx.host.perfParanoid;
      if (p === undefined) return null;
      if (p > 0) return [];
      return [
        {
          severity: 'warn',
          explanation: msg(p < 0 ? 'mon.paranoid_lowered.negative' : 'mon.paranoid_lowered', { value: p }),
          evidence: [paranoidEvidence(ctx)],
          fix: {
            summary: msg('mon.paranoid_lowered.fix'),
            commands: [
              'sysctl kernel.perf_event_paranoid=2',
              'grep -rn perf_event_paranoid /etc/sysctl.conf /etc/sysctl.d/',
            ],
          },
        },
      ];
    },
  },
  {
    id: 'mon.nvml_pids',
    area: 'mon',
    run(ctx) {
      if (!ctx.nodes.some((n) => n.cls.startsWith('nvidia'))) return null;
      return [
        {
          severity: 'info',
          explanation: msg('mon.nvml_pids'),
          evidence: [stated(ctx.confPath, 'evidence.nvidia_nodes_passed')],
        },
      ];
    },
  },
  {
    id: 'mon.ineffective_workarounds',
    area: 'mon',
    run(ctx) {
      if (!ctx.unprivileged || !ctx.nodes.some((n) => n.vendor === 'intel')) return null;
      const lines = workaroundLines(ctx);
      if (lines.length === 0) return [];
      return [
        {
          severity: 'info',
          explanation: msg('mon.ineffective_workarounds'),
          evidence: lines.map((l) => confEvidence(ctx, l)),
          fix: configFix(ctx, msg('mon.ineffective_workarounds.fix'), lines),
        },
      ];
    },
  },
];
