// SPDX-License-Identifier: AGPL-3.0-or-later
// mon.*: monitoring — why PMU tools fail in containers and what works instead
// (research/health-checks.md §2.K and §3).

import type { Evidence } from '../../api/types.ts';
import { type CheckContext, type CheckDef, confEvidence, hasGpu } from './context.ts';

function paranoidEvidence(ctx: CheckContext): Evidence {
  return {
    source: '/proc/sys/kernel/perf_event_paranoid',
    text: ctx.host.perfParanoid === undefined ? '(unknown)' : String(ctx.host.perfParanoid),
  };
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
    title: 'Why GPU monitors (intel_gpu_top) fail in this container',
    run(ctx) {
      if (!hasGpu(ctx)) return null;
      const p = ctx.host.perfParanoid;
      const intel =
        ctx.nodes.some((n) => n.vendor === 'intel') ||
        (ctx.nodes.some((n) => n.cls === 'render' || n.cls === 'card') &&
          ctx.host.drm.some((d) => d.vendor === 'intel'));
      const tool = intel
        ? 'intel_gpu_top'
        : "perf-based GPU tools (intel_gpu_top, qmassa's i915/xe engine view)";
      const why = `${tool} reads the GPU's PMU through perf_event_open() as a CPU-wide event. The kernel allows that only to holders of CAP_PERFMON (or CAP_SYS_ADMIN) in the host's initial user namespace while kernel.perf_event_paranoid is above 0${p === undefined ? '' : ` (here ${p})`}. Root in an unprivileged container has its capabilities only inside its own user namespace, so the call fails with \`Failed to initialize PMU! (Permission denied)\` — and no setcap, lxc.cap.keep, AppArmor or seccomp change can alter that.`;
      const weak =
        'The two "fixes" found online weaken the whole host: lowering kernel.perf_event_paranoid opens system-wide performance counters to every process on the host and in every container, and making the container privileged makes its root the host\'s root.';
      const tab =
        'This GPU tab shows the same per-engine numbers for this container without either: it reads them on the host from /proc/<pid>/fdinfo and sysfs and attributes them by cgroup. Inside the container, fdinfo-based tools (nvtop, amdgpu_top) also work for its own processes.';
      let lead: string;
      if (!ctx.unprivileged)
        lead = `This container is privileged, so ${tool} works inside it — because its root is the host's root.`;
      else if (p !== undefined && p <= 0)
        lead = `${tool} may work inside this container only because kernel.perf_event_paranoid is ${p} on the host (mon.paranoid_lowered).`;
      else lead = `${tool} cannot work inside this unprivileged container.`;
      const nvidiaOnly = ctx.nodes.every((n) => n.vendor === 'nvidia');
      return [
        {
          severity: 'info',
          ...(nvidiaOnly ? { title: 'GPU monitoring inside this container' } : {}),
          explanation: nvidiaOnly
            ? "NVIDIA tools (nvidia-smi, nvtop) use NVML, not the perf PMU, and work inside the container once the library version matches — but they list no processes there (mon.nvml_pids). Nothing needs lowering kernel.perf_event_paranoid or a privileged container, which would weaken the whole host. This GPU tab shows the container's usage per process, read on the host and attributed by cgroup."
            : `${lead} ${why} ${weak} ${tab}`,
          evidence: [
            paranoidEvidence(ctx),
            {
              source: ctx.confPath,
              text: ctx.unprivileged ? 'unprivileged container' : 'privileged container',
            },
          ],
          fix: {
            summary:
              "Nothing to change: use this tab for the container's GPU usage. Do not lower perf_event_paranoid or make the container privileged.",
          },
        },
      ];
    },
  },
  {
    id: 'mon.paranoid_lowered',
    area: 'mon',
    title: 'kernel.perf_event_paranoid is not lowered',
    run(ctx) {
      const p = ctx.host.perfParanoid;
      if (p === undefined) return null;
      if (p > 0) return [];
      return [
        {
          severity: 'warn',
          explanation: `kernel.perf_event_paranoid = ${p} lets every process on the host and in every container open system-wide performance counters${p < 0 ? '; -1 additionally allows kernel profiling and raw tracepoints' : ''}. This was probably set so intel_gpu_top works in a container; this tab shows the same numbers without it.`,
          evidence: [paranoidEvidence(ctx)],
          fix: {
            summary:
              'Remove the override (and its line in /etc/sysctl.conf or /etc/sysctl.d/*.conf) and use host-side monitoring',
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
    title: 'nvidia-smi shows no processes inside the container',
    run(ctx) {
      if (!ctx.nodes.some((n) => n.cls.startsWith('nvidia'))) return null;
      return [
        {
          severity: 'info',
          explanation:
            "`nvidia-smi`/`nvtop` inside the container show no processes: the NVIDIA driver reports host PIDs, which do not exist in the container's PID namespace. Utilisation and memory totals are correct; this tab maps host PIDs to containers.",
          evidence: [{ source: ctx.confPath, text: 'NVIDIA nodes passed' }],
        },
      ];
    },
  },
  {
    id: 'mon.ineffective_workarounds',
    area: 'mon',
    title: 'Settings that do not help PMU access',
    run(ctx) {
      if (!ctx.unprivileged || !ctx.nodes.some((n) => n.vendor === 'intel')) return null;
      const lines = workaroundLines(ctx);
      if (lines.length === 0) return [];
      return [
        {
          severity: 'info',
          explanation:
            "These settings do not make the Intel PMU available in an unprivileged container: `setcap cap_perfmon` inside the CT, `lxc.cap.keep`, an unconfined AppArmor profile, an empty seccomp profile, or running the host's binary through a bind mount. The kernel checks CAP_PERFMON against the host's initial user namespace, which a container can never hold. They only weaken isolation — consider removing them (see sec.*).",
          evidence: lines.map((l) => confEvidence(ctx, l)),
          fix: { summary: 'Revert them', file: ctx.confPath, remove: lines.map((l) => l.text) },
        },
      ];
    },
  },
];
