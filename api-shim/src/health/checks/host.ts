// SPDX-License-Identifier: AGPL-3.0-or-later
// host.*: host GPU state — research/health-checks.md §2.F.

import { type CheckDef, confEvidence, devt, fmtMode as fm, hasGpu } from './context.ts';

export const hostChecks: CheckDef[] = [
  {
    id: 'host.gpu_inventory',
    area: 'host',
    title: 'Host GPUs and their nodes',
    run(ctx) {
      if (!hasGpu(ctx) && ctx.host.drm.length === 0) return null;
      const byPci = new Map<string, string[]>();
      for (const d of ctx.host.drm) {
        const key = d.pci ? `${d.pci} ${d.vendor}${d.driver ? `, ${d.driver}` : ''}` : 'unknown device';
        byPci.set(key, [...(byPci.get(key) ?? []), d.name]);
      }
      const parts = [...byPci.entries()].map(([k, v]) => `${k} → ${v.join(', ')}`);
      if (ctx.host.nvidiaVersion) parts.push(`NVIDIA driver ${ctx.host.nvidiaVersion}`);
      const render = ctx.host.groups.find((g) => g.name === 'render')?.gid;
      const video = ctx.host.groups.find((g) => g.name === 'video')?.gid;
      const used = ctx.nodes.map(
        (n) =>
          `${n.hostPath} (${n.via === 'devN' ? n.source : 'raw bind'}${devt(n.host) ? `, ${devt(n.host)} ${n.host.uid}:${n.host.gid} ${fm(n.host.mode)}` : ''})`,
      );
      return [
        {
          severity: 'info',
          explanation: `${parts.join('; ') || 'No DRM devices found'}. Host groups: render ${render ?? '?'}, video ${video ?? '?'} (the host's render gid differs between PVE releases — 104 on PVE 7/8, 993 reported on PVE 9 — which is why guides disagree; for devN only the container's gid matters).${used.length ? ` This container uses ${used.join(', ')}.` : ''}`,
          evidence: [
            ...ctx.host.drm.map((d) => ({
              source: `/sys/class/drm/${d.name}`,
              text: `${d.pci ?? '?'} ${d.vendorId ?? ''} ${d.driver ?? ''}`.trim(),
            })),
            ...(ctx.host.kernel ? [{ source: '/proc/sys/kernel/osrelease', text: ctx.host.kernel }] : []),
            ...(ctx.host.nvidiaVersion
              ? [{ source: '/proc/driver/nvidia/version', text: ctx.host.nvidiaVersion }]
              : []),
            { source: '/sys/fs/cgroup', text: `cgroup ${ctx.host.cgroup}` },
            ...(ctx.host.apparmor === undefined
              ? []
              : [
                  {
                    source: '/sys/module/apparmor/parameters/enabled',
                    text: ctx.host.apparmor ? 'AppArmor enabled' : 'AppArmor disabled',
                  },
                ]),
          ],
        },
      ];
    },
  },
  {
    id: 'host.no_drm_node',
    area: 'host',
    title: 'Every host GPU has a driver and nodes',
    run(ctx) {
      if (ctx.host.pciGpus.length === 0) return hasGpu(ctx) ? [] : null;
      return ctx.host.pciGpus
        .filter(
          (g) =>
            !g.driver ||
            g.driver === 'vfio-pci' ||
            (g.vendor === 'nvidia' && g.driver === 'nouveau' && !ctx.host.drm.some((d) => d.pci === g.pci)),
        )
        .map((g) => ({
          severity: (ctx.nodes.some((n) => n.vendor === g.vendor) ? 'fail' : 'warn') as 'fail' | 'warn',
          explanation:
            g.driver === 'vfio-pci'
              ? `The GPU ${g.pci} (${g.vendor}) is bound to vfio-pci (VM passthrough), so the host has no /dev/dri node to share with containers. A GPU can be given to VMs or to containers, not both.`
              : `The GPU ${g.pci} (${g.vendor}) has no working driver on the host, so there is no device node to pass.`,
          evidence: [{ source: `/sys/bus/pci/devices/${g.pci}/driver`, text: g.driver ?? '(none)' }],
          fix:
            g.driver === 'vfio-pci'
              ? {
                  summary:
                    'Remove the vfio-pci ids= binding / hostpciN use, rebuild the initramfs and reboot',
                  commands: ['update-initramfs -u -k all'],
                }
              : { summary: 'Install and load the host driver for this GPU' },
        }));
    },
  },
  {
    id: 'host.world_rw_nodes',
    area: 'host',
    title: 'GPU nodes are not world-writable on the host',
    run(ctx) {
      const out = [];
      const seen = new Set<string>();
      for (const n of ctx.nodes) {
        if (seen.has(n.host.resolved) || n.host.type !== 'char') continue;
        seen.add(n.host.resolved);
        if ((n.host.mode & 0o006) !== 0o006) continue;
        const nvidia = n.cls.startsWith('nvidia');
        if (nvidia) continue; // 0666 by the driver's design
        out.push({
          severity: 'warn' as const,
          explanation: `\`${n.host.resolved}\` is ${fm(n.host.mode)} on the host. Every host user and every container that can see the node can use the GPU${n.cls === 'card' ? '; a world-writable card node also allows display/KMS control' : ''}.`,
          evidence: [
            { source: n.host.resolved, text: `${n.host.uid}:${n.host.gid} ${fm(n.host.mode)}` },
            ...ctx.host.worldRwRules.map((r) => ({ source: r.file, line: r.line, text: r.text })),
          ],
          fix: {
            summary:
              'Drop the rule that widens the mode and give containers the node via devN with their own gid',
            commands: ctx.host.worldRwRules.map(
              (r) => `rm ${r.file} && udevadm control --reload && udevadm trigger -s drm`,
            ),
          },
        });
      }
      if (out.length === 0 && ctx.host.worldRwRules.length && hasGpu(ctx)) {
        out.push({
          severity: 'warn' as const,
          explanation: 'A udev rule makes GPU nodes world-writable on the host.',
          evidence: ctx.host.worldRwRules.map((r) => ({ source: r.file, line: r.line, text: r.text })),
          fix: { summary: "Remove the rule; pass nodes with devN and the container's gid instead" },
        });
      }
      return hasGpu(ctx) ? out : null;
    },
  },
  {
    id: 'host.prestart_chown',
    area: 'host',
    title: 'Hooks do not re-own host device nodes',
    run(ctx) {
      const hooks = ctx.main.lxc.filter((l) => /^lxc\.hook\./.test(l.key));
      if (hooks.length === 0) return hasGpu(ctx) ? [] : null;
      return hooks
        .filter((l) => /ch(own|grp|mod)\b.*\/dev\//.test(l.value))
        .map((l) => ({
          severity: 'warn' as const,
          explanation: `This hook changes the owner or mode of the HOST's device nodes at every container start (\`${l.value.trim()}\`). Host members of render/video and every other container lose access until udev resets it.`,
          evidence: [confEvidence(ctx, l)],
          fix: {
            summary:
              'Delete the hooks and use devN: PVE makes a private copy of the node with the requested owner instead of changing the host node',
            file: ctx.confPath,
            remove: [l.text],
          },
        }));
    },
  },
];
