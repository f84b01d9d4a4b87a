// SPDX-License-Identifier: AGPL-3.0-or-later
// intel.* and amd.*: vendor specifics — research/health-checks.md §2.I, §2.J.

import { type CheckDef, confEvidence, type Finding, gidText } from './context.ts';

export const vendorChecks: CheckDef[] = [
  {
    id: 'intel.huc',
    area: 'intel',
    title: 'HuC firmware is loaded (low-power encoding)',
    run(ctx) {
      const intel = ctx.nodes.filter((n) => n.vendor === 'intel');
      if (intel.length === 0) return null;
      const out: Finding[] = [];
      const pcis = new Set(
        intel
          .map((n) => ctx.host.drm.find((d) => d.name === n.host.resolved.split('/').pop())?.pci)
          .filter((p): p is string => !!p),
      );
      for (const pci of pcis) {
        const drv = ctx.host.drm.find((d) => d.pci === pci)?.driver;
        if (drv === 'xe') continue; // xe loads GuC/HuC itself
        const h = ctx.host.huc.get(pci);
        if (!h) continue; // debugfs not readable: nothing to say
        const ok =
          /status:\s*(RUNNING|LOADED)/i.test(h.text) || /authenticated:\s*(yes|true|1)/i.test(h.text);
        if (ok) continue;
        out.push({
          severity: 'warn',
          explanation: `HuC firmware is not loaded on ${pci}, so low-power (VDEnc) encoding is unavailable; on LP-only GPUs (Jasper Lake, Elkhart Lake, Arc, Meteor Lake and newer) that means no H.264/HEVC hardware encoding at all.${ctx.host.i915EnableGuc === 0 || ctx.host.i915EnableGuc === 1 ? ` i915 is forced to enable_guc=${ctx.host.i915EnableGuc}.` : ''}`,
          evidence: [{ source: h.file, text: h.text.split('\n').slice(0, 4).join(' ').trim() }],
          fix: {
            summary:
              'Keep pve-firmware current; set enable_guc=2 only on older platforms that need it (never on those where 3 is the default), then update the initramfs and reboot',
            commands: [
              'apt install --reinstall pve-firmware',
              "echo 'options i915 enable_guc=2' > /etc/modprobe.d/i915.conf",
              'update-initramfs -u -k all',
            ],
          },
        });
      }
      return out;
    },
  },
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
