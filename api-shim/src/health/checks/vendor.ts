// SPDX-License-Identifier: AGPL-3.0-or-later
// intel.* and amd.*: vendor specifics — research/health-checks.md §2.I, §2.J.

import { type CheckDef, confEvidence, gidText } from './context.ts';

export const vendorChecks: CheckDef[] = [
  {
    id: 'intel.sriov_vf',
    area: 'intel',
    title: 'SR-IOV virtual functions',
    run(ctx) {
      const intel = ctx.nodes.filter((n) => n.vendor === 'intel');
      if (intel.length === 0) return null;
      const vfs = intel.filter(
        (n) => ctx.host.drm.find((d) => d.name === n.host.resolved.split('/').pop())?.virtfn,
      );
      return vfs.map((n) => ({
        severity: 'info' as const,
        explanation: `\`${n.hostPath}\` belongs to an SR-IOV virtual function: the i915 PMU is not available on VFs (\`PMU not supported for this GPU\`), so engine busyness can only be read on the physical function.`,
        evidence: [confEvidence(ctx, n.entry)],
        fix: { summary: 'Monitor the physical function on the host' },
      }));
    },
  },
  {
    id: 'amd.kfd',
    area: 'amd',
    title: 'ROCm has /dev/kfd',
    run(ctx) {
      const amd = ctx.nodes.filter((n) => n.vendor === 'amd');
      if (amd.length === 0) return null;
      if (ctx.nodes.some((n) => n.cls === 'kfd')) return [];
      const compute =
        (ctx.ct?.packages ?? []).some((p) => /^(rocm|hip-runtime)/.test(p)) ||
        (ctx.ct?.passwd ?? []).some((u) => u.name === 'ollama');
      return [
        {
          severity: compute ? 'warn' : 'info',
          explanation: `VA-API needs only the render node, but ROCm/HIP (ollama, PyTorch) also needs /dev/kfd${compute ? ', and this container looks like a compute workload' : ''}.`,
          evidence: amd.map((n) => confEvidence(ctx, n.entry)),
          fix: {
            summary: "Pass /dev/kfd with the container's render gid",
            file: ctx.confPath,
            add: [`dev${ctx.devs.length}: /dev/kfd,gid=${gidText(ctx, 'render')}`],
          },
        },
      ];
    },
  },
];
