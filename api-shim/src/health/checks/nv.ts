// SPDX-License-Identifier: AGPL-3.0-or-later
// nv.*: NVIDIA — docs/health-checks.md.

import { type CheckContext, type CheckDef, confEvidence, type Finding, msg, stated } from './context.ts';

const nvNodes = (ctx: CheckContext) => ctx.nodes.filter((n) => n.cls.startsWith('nvidia'));

export const nvChecks: CheckDef[] = [
  {
    id: 'nv.module',
    area: 'nv',
    run(ctx) {
      const hostHasNv = ctx.host.pciGpus.some((g) => g.vendor === 'nvidia');
      if (nvNodes(ctx).length === 0 && !hostHasNv) return null;
      if (ctx.host.nvidiaModuleLoaded) return [];
      return [
        {
          severity: nvNodes(ctx).length ? 'fail' : 'warn',
          explanation: msg('nv.module', { kernel: ctx.host.kernel ?? '?' }),
          evidence: [stated('/proc/driver/nvidia/version', 'evidence.missing')],
          fix: {
            summary: msg('nv.module.fix'),
            commands: ['apt install proxmox-headers-$(uname -r)', 'dkms autoinstall', 'reboot'],
          },
        },
      ];
    },
  },
  {
    id: 'nv.uvm_lazy',
    area: 'nv',
    run(ctx) {
      const uvm = nvNodes(ctx).filter((n) => n.cls === 'nvidia-uvm');
      if (uvm.length === 0) return null;
      const out: Finding[] = [];
      const creators = ctx.host.uvmAtBoot.nodeCreator;
      for (const n of uvm) {
        const missing = n.host.type === 'missing';
        if (!missing && creators.length) continue;
        const devN = n.via === 'devN';
        out.push({
          severity: missing && devN ? 'fail' : 'warn',
          explanation: msg(
            `nv.uvm_lazy.${missing ? 'missing' : ctx.host.uvmAtBoot.moduleListed ? 'module_only' : 'no_creator'}_${devN ? 'devn' : 'mount'}`,
            { path: n.hostPath },
          ),
          evidence: [
            confEvidence(ctx, n.entry),
            stated(
              '/etc/modules-load.d',
              ctx.host.uvmAtBoot.moduleListed ? 'evidence.uvm_listed' : 'evidence.uvm_not_listed',
            ),
          ],
          fix: {
            summary: msg('nv.uvm_lazy.fix'),
            file: '/etc/udev/rules.d/70-nvidia-uvm.rules',
            add: ['KERNEL=="nvidia_uvm", RUN+="/usr/bin/nvidia-modprobe -c0 -u"'],
            commands: [
              'echo nvidia_uvm > /etc/modules-load.d/nvidia-uvm.conf',
              'udevadm control --reload',
              'nvidia-modprobe -c0 -u',
            ],
          },
        });
      }
      return out;
    },
  },
  {
    id: 'nv.node_set',
    area: 'nv',
    run(ctx) {
      const nodes = nvNodes(ctx);
      if (nodes.length === 0) return null;
      const has = (c: string) => nodes.some((n) => n.cls === c);
      const out: Finding[] = [];
      const via = nodes[0].via === 'devN';
      const next = ctx.devs.length;
      if (has('nvidia') && !has('nvidiactl')) {
        out.push({
          severity: 'fail',
          explanation: msg('nv.node_set.no_ctl'),
          evidence: nodes.map((n) => confEvidence(ctx, n.entry)),
          fix: {
            summary: msg('nv.node_set.fix.add', { path: '/dev/nvidiactl' }),
            file: ctx.confPath,
            add: [
              via
                ? `dev${next}: /dev/nvidiactl,mode=0666`
                : 'lxc.mount.entry: /dev/nvidiactl dev/nvidiactl none bind,optional,create=file',
            ],
          },
        });
      }
      if (!has('nvidia') && has('nvidiactl')) {
        out.push({
          severity: 'fail',
          explanation: msg('nv.node_set.no_gpu'),
          evidence: nodes.map((n) => confEvidence(ctx, n.entry)),
          fix: {
            summary: msg('nv.node_set.fix.add', { path: '/dev/nvidia0' }),
            file: ctx.confPath,
            add: [
              via
                ? `dev${next}: /dev/nvidia0,mode=0666`
                : 'lxc.mount.entry: /dev/nvidia0 dev/nvidia0 none bind,optional,create=file',
            ],
          },
        });
      }
      if (has('nvidia') && !has('nvidia-uvm')) {
        out.push({
          severity: 'info',
          explanation: msg('nv.node_set.no_uvm'),
          evidence: nodes.map((n) => confEvidence(ctx, n.entry)),
          fix: {
            summary: msg('nv.node_set.fix.uvm'),
            file: ctx.confPath,
            add: [
              via
                ? `dev${next}: /dev/nvidia-uvm,mode=0666`
                : 'lxc.mount.entry: /dev/nvidia-uvm dev/nvidia-uvm none bind,optional,create=file',
            ],
          },
        });
      }
      return out;
    },
  },
  {
    id: 'nv.version_mismatch',
    area: 'nv',
    run(ctx) {
      if (!ctx.ct || nvNodes(ctx).length === 0 || !ctx.host.nvidiaVersion) return null;
      const host = ctx.host.nvidiaVersion;
      const libs = ctx.ct.nvidiaLibs;
      if (libs.length === 0) {
        return [
          {
            severity: 'info',
            explanation: msg('nv.version_mismatch.no_libs', { version: host }),
            evidence: [{ source: '/proc/driver/nvidia/version', text: host }],
            fix: {
              summary: msg('nv.version_mismatch.fix.install'),
              commands: [`./NVIDIA-Linux-x86_64-${host}.run --no-kernel-module   # inside the CT`],
            },
          },
        ];
      }
      const wrong = libs.filter((l) => l.version !== host);
      if (wrong.length === 0) return [];
      return [
        {
          severity: 'fail',
          explanation: msg('nv.version_mismatch', {
            version: host,
            libs: [...new Set(wrong.map((l) => l.version))].join(', '),
          }),
          evidence: [
            { source: '/proc/driver/nvidia/version', text: host },
            ...wrong.slice(0, 4).map((l) => ({ source: `${ctx.ct?.root}${l.file}`, text: l.version })),
          ],
          fix: {
            summary: msg('nv.version_mismatch.fix'),
            commands: [`./NVIDIA-Linux-x86_64-${host}.run --no-kernel-module   # inside the CT`],
          },
        },
      ];
    },
  },
  {
    id: 'nv.kernel_pkgs_in_ct',
    area: 'nv',
    run(ctx) {
      if (!ctx.ct || nvNodes(ctx).length === 0) return null;
      const pk = ctx.ct.packages.filter((p) => /^nvidia-(dkms|kernel)/.test(p));
      if (pk.length === 0) return [];
      return [
        {
          severity: 'warn',
          explanation: msg('nv.kernel_pkgs_in_ct', { packages: pk.join(', ') }),
          evidence: [{ source: `${ctx.ct.root}/var/lib/dpkg/status`, text: pk.join(', ') }],
          fix: {
            summary: msg('nv.kernel_pkgs_in_ct.fix'),
            commands: [`pct exec ${ctx.vmid} -- apt-get remove ${pk.join(' ')}`],
          },
        },
      ];
    },
  },
  {
    id: 'nv.ctk_cgroups',
    area: 'nv',
    run(ctx) {
      if (!ctx.ct || !ctx.unprivileged || nvNodes(ctx).length === 0) return null;
      const cfg = ctx.ct.ctkConfig;
      if (cfg === undefined || /^\s*no-cgroups\s*=\s*true/m.test(cfg)) return [];
      return [
        {
          severity: 'warn',
          explanation: msg('nv.ctk_cgroups'),
          evidence: [
            ((line) =>
              line
                ? { source: `${ctx.ct.root}/etc/nvidia-container-runtime/config.toml`, text: line }
                : stated(
                    `${ctx.ct.root}/etc/nvidia-container-runtime/config.toml`,
                    'evidence.no_cgroups_unset',
                  ))(/no-cgroups.*/.exec(cfg)?.[0]),
          ],
          fix: {
            summary: msg('nv.ctk_cgroups.fix'),
            file: '/etc/nvidia-container-runtime/config.toml (inside the CT)',
            add: ['no-cgroups = true'],
          },
        },
      ];
    },
  },
];
