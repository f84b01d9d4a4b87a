// SPDX-License-Identifier: AGPL-3.0-or-later
// intel.* and amd.*: vendor specifics — docs/health-checks.md.

import { type CheckDef, confEvidence, type Finding, gidText, msg } from './context.ts';

export const vendorChecks: CheckDef[] = [
  {
    id: 'intel.huc',
    area: 'intel',
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
          explanation:
            ctx.host.i915EnableGuc === 0 || ctx.host.i915EnableGuc === 1
              ? msg('intel.huc.forced', { pci, value: ctx.host.i915EnableGuc })
              : msg('intel.huc', { pci }),
          evidence: [{ source: h.file, text: h.text.split('\n').slice(0, 4).join(' ').trim() }],
          fix: {
            summary: msg('intel.huc.fix'),
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
    run(ctx) {
      const intel = ctx.nodes.filter((n) => n.vendor === 'intel');
      if (intel.length === 0) return null;
      const vfs = intel.filter(
        (n) => ctx.host.drm.find((d) => d.name === n.host.resolved.split('/').pop())?.virtfn,
      );
      return vfs.map((n) => ({
        severity: 'info' as const,
        explanation: msg('intel.sriov_vf', { path: n.hostPath }),
        evidence: [confEvidence(ctx, n.entry)],
        fix: { summary: msg('intel.sriov_vf.fix') },
      }));
    },
  },
  {
    id: 'amd.kfd',
    area: 'amd',
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
          explanation: msg(compute ? 'amd.kfd.compute' : 'amd.kfd'),
          evidence: amd.map((n) => confEvidence(ctx, n.entry)),
          fix: {
            summary: msg('amd.kfd.fix'),
            file: ctx.confPath,
            add: [`dev${ctx.devs.length}: /dev/kfd,gid=${gidText(ctx, 'render')}`],
          },
        },
      ];
    },
  },
];
