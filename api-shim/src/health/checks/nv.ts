// SPDX-License-Identifier: AGPL-3.0-or-later
// nv.*: NVIDIA — research/health-checks.md §2.H.

import { type CheckContext, type CheckDef, confEvidence, type Finding } from './context.ts';

const nvNodes = (ctx: CheckContext) => ctx.nodes.filter((n) => n.cls.startsWith('nvidia'));

export const nvChecks: CheckDef[] = [
  {
    id: 'nv.module',
    area: 'nv',
    title: 'NVIDIA kernel module is loaded',
    run(ctx) {
      const hostHasNv = ctx.host.pciGpus.some((g) => g.vendor === 'nvidia');
      if (nvNodes(ctx).length === 0 && !hostHasNv) return null;
      if (ctx.host.nvidiaModuleLoaded) return [];
      return [
        {
          severity: nvNodes(ctx).length ? 'fail' : 'warn',
          explanation: `The NVIDIA kernel module is not loaded${ctx.host.kernel ? ` for kernel ${ctx.host.kernel}` : ''}, so /dev/nvidia* does not exist. Containers using devN will not start (\`Device /dev/nvidia0 does not exist\`); raw optional mounts start without the GPU. This usually follows a kernel upgrade when DKMS did not build the module.`,
          evidence: [{ source: '/proc/driver/nvidia/version', text: 'missing' }],
          fix: {
            summary: 'Install the headers for the running kernel and rebuild the module, then reboot',
            commands: ['apt install proxmox-headers-$(uname -r)', 'dkms autoinstall', 'reboot'],
          },
        },
      ];
    },
  },
  {
    id: 'nv.uvm_lazy',
    area: 'nv',
    title: '/dev/nvidia-uvm exists at every boot',
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
          explanation: `${missing ? `\`${n.hostPath}\` does not exist now.` : `Nothing on this host creates \`${n.hostPath}\` at boot${ctx.host.uvmAtBoot.moduleListed ? ' (nvidia_uvm is loaded by modules-load.d, but the node only appears when something first uses CUDA)' : ''}.`} ${devN ? `With devN a missing node is fatal: \`pct start\` fails with \`Device ${n.hostPath} does not exist\`.` : 'With an optional raw mount the container starts without it and CUDA fails inside.'}`,
          evidence: [
            confEvidence(ctx, n.entry),
            {
              source: '/etc/modules-load.d',
              text: ctx.host.uvmAtBoot.moduleListed ? 'nvidia_uvm listed' : 'nvidia_uvm not listed',
            },
          ],
          fix: {
            summary:
              'Load nvidia_uvm at boot and create its nodes with a udev rule (or enable nvidia-persistenced)',
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
    title: 'The NVIDIA node set is complete',
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
          explanation: 'The container has /dev/nvidia<N> but no /dev/nvidiactl; the driver needs both.',
          evidence: nodes.map((n) => confEvidence(ctx, n.entry)),
          fix: {
            summary: 'Add /dev/nvidiactl',
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
          explanation: 'The container has /dev/nvidiactl but no /dev/nvidia<N> GPU node.',
          evidence: nodes.map((n) => confEvidence(ctx, n.entry)),
          fix: {
            summary: 'Add /dev/nvidia0',
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
          explanation:
            'No /dev/nvidia-uvm: NVENC/NVDEC work, but CUDA (ollama, immich-ml, TensorRT) needs it.',
          evidence: nodes.map((n) => confEvidence(ctx, n.entry)),
          fix: {
            summary: 'Add /dev/nvidia-uvm (and make sure it exists at boot, nv.uvm_lazy)',
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
    title: 'Container NVIDIA libraries match the host driver',
    run(ctx) {
      if (!ctx.ct || nvNodes(ctx).length === 0 || !ctx.host.nvidiaVersion) return null;
      const host = ctx.host.nvidiaVersion;
      const libs = ctx.ct.nvidiaLibs;
      if (libs.length === 0) {
        return [
          {
            severity: 'info',
            explanation: `No NVIDIA user-space libraries (libnvidia-ml, libcuda) were found in the container; install version ${host} without the kernel module.`,
            evidence: [{ source: '/proc/driver/nvidia/version', text: host }],
            fix: {
              summary: 'Install the matching user-space driver inside the container',
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
          explanation: `Host driver ${host}, container libraries ${[...new Set(wrong.map((l) => l.version))].join(', ')} → \`Failed to initialize NVML: Driver/library version mismatch\`. This appears after every host driver update.`,
          evidence: [
            { source: '/proc/driver/nvidia/version', text: host },
            ...wrong.slice(0, 4).map((l) => ({ source: `${ctx.ct?.root}${l.file}`, text: l.version })),
          ],
          fix: {
            summary:
              'Install the same version inside the container without the kernel part; pin the host driver to avoid drift',
            commands: [`./NVIDIA-Linux-x86_64-${host}.run --no-kernel-module   # inside the CT`],
          },
        },
      ];
    },
  },
  {
    id: 'nv.kernel_pkgs_in_ct',
    area: 'nv',
    title: 'No NVIDIA kernel packages in the container',
    run(ctx) {
      if (!ctx.ct || nvNodes(ctx).length === 0) return null;
      const pk = ctx.ct.packages.filter((p) => /^nvidia-(dkms|kernel)/.test(p));
      if (pk.length === 0) return [];
      return [
        {
          severity: 'warn',
          explanation: `The container has NVIDIA kernel-module packages (${pk.join(', ')}); a container cannot load modules and DKMS builds fail at every update.`,
          evidence: [{ source: `${ctx.ct.root}/var/lib/dpkg/status`, text: pk.join(', ') }],
          fix: {
            summary: 'Remove them; keep the user-space libraries only',
            commands: [`pct exec ${ctx.vmid} -- apt-get remove ${pk.join(' ')}`],
          },
        },
      ];
    },
  },
  {
    id: 'nv.ctk_cgroups',
    area: 'nv',
    title: 'NVIDIA Container Toolkit works in an unprivileged CT',
    run(ctx) {
      if (!ctx.ct || !ctx.unprivileged || nvNodes(ctx).length === 0) return null;
      const cfg = ctx.ct.ctkConfig;
      if (cfg === undefined || /^\s*no-cgroups\s*=\s*true/m.test(cfg)) return [];
      return [
        {
          severity: 'warn',
          explanation:
            'Docker inside this unprivileged container cannot manage device cgroups; older toolkit versions fail with `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted`.',
          evidence: [
            {
              source: `${ctx.ct.root}/etc/nvidia-container-runtime/config.toml`,
              text: /no-cgroups.*/.exec(cfg)?.[0] ?? 'no-cgroups not set',
            },
          ],
          fix: {
            summary:
              'Set no-cgroups = true in [nvidia-container-cli] and pass the device nodes to the Docker container explicitly',
            file: '/etc/nvidia-container-runtime/config.toml (inside the CT)',
            add: ['no-cgroups = true'],
          },
        },
      ];
    },
  },
];
