// SPDX-License-Identifier: AGPL-3.0-or-later
// sec.*: isolation settings — research/health-checks.md §2.L.

import { type CheckDef, confEvidence, gidText, hasGpu } from './context.ts';

const SYSTEM_DIRS =
  /^\/(|bin|sbin|lib|lib32|lib64|libx32|usr(\/.*)?|etc(\/.*)?|var|var\/lib|var\/lib\/vz|boot|root|proc|sys|dev|run)\/?$/;

export const secChecks: CheckDef[] = [
  {
    id: 'sec.privileged_gpu',
    area: 'sec',
    title: 'GPU containers are unprivileged',
    run(ctx) {
      if (ctx.unprivileged || !hasGpu(ctx)) return [];
      return [
        {
          severity: 'warn',
          explanation:
            'This privileged container runs as host root and has the GPU. Since PVE 8.1 devN passes GPUs to unprivileged containers; LXC considers privileged containers unsafe and does not treat escapes from them as security issues.',
          evidence: [{ source: ctx.confPath, text: 'no "unprivileged: 1", no lxc.idmap' }],
          fix: {
            summary:
              "Back up and restore as unprivileged, then pass the GPU with devN and the container's gids",
            commands: [`vzdump ${ctx.vmid}`, `pct restore ${ctx.vmid} <backup> --unprivileged 1`],
            add: [`dev0: /dev/dri/renderD128,gid=${gidText(ctx, 'render')}`],
          },
        },
      ];
    },
  },
  {
    id: 'sec.apparmor_unconfined',
    area: 'sec',
    title: 'AppArmor confinement is on',
    run(ctx) {
      return ctx.main.lxc
        .filter((l) => l.key === 'lxc.apparmor.profile' && l.value.trim() === 'unconfined')
        .map((l) => ({
          severity: ctx.unprivileged ? ('warn' as const) : ('fail' as const),
          explanation: `AppArmor confinement is off${ctx.unprivileged ? '' : " in a privileged container, whose root is the host's root"}. GPU passthrough does not need this; it is usually copied from Docker-in-LXC guides.`,
          evidence: [confEvidence(ctx, l)],
          fix: {
            summary: 'Remove the line; for Docker use "features: nesting=1,keyctl=1"',
            file: ctx.confPath,
            remove: [l.text],
          },
        }));
    },
  },
  {
    id: 'sec.seccomp_off',
    area: 'sec',
    title: 'The syscall filter is intact',
    run(ctx) {
      return ctx.main.lxc
        .filter((l) => l.key === 'lxc.seccomp.profile')
        .map((l) => ({
          severity: 'warn' as const,
          explanation: `The container's syscall filter was ${l.value.trim() ? 'replaced' : 'disabled'}. PVE then skips its own generated rules (\`explicitly configured lxc.seccomp.profile overrides the following settings\`)${l.value.trim() ? '' : ", and LXC's common.seccomp (which blocks module loading, kexec_load, open_by_handle_at) is gone"}. Not needed for GPU use.`,
          evidence: [confEvidence(ctx, l)],
          fix: { summary: 'Remove the line', file: ctx.confPath, remove: [l.text] },
        }));
    },
  },
  {
    id: 'sec.cap_drop_empty',
    area: 'sec',
    title: "LXC's capability drops are kept",
    run(ctx) {
      return ctx.main.lxc
        .filter((l) => l.key === 'lxc.cap.drop' && l.value.trim() === '')
        .map((l) => ({
          severity: ctx.unprivileged ? ('info' as const) : ('fail' as const),
          explanation: ctx.unprivileged
            ? "An empty lxc.cap.drop changes nothing here: for unprivileged containers LXC's userns.conf already starts with a full capability set inside the user namespace."
            : "An empty lxc.cap.drop keeps sys_module, sys_rawio, sys_time, mac_admin and mac_override, which LXC's common.conf drops: container root can load kernel modules and access raw I/O on the host.",
          evidence: [confEvidence(ctx, l)],
          fix: { summary: 'Remove the line', file: ctx.confPath, remove: [l.text] },
        }));
    },
  },
  {
    id: 'sec.cap_keep',
    area: 'sec',
    title: 'No lxc.cap.keep',
    run(ctx) {
      return ctx.main.lxc
        .filter((l) => l.key === 'lxc.cap.keep')
        .map((l) => {
          const dangerous = !ctx.unprivileged && /\b(sys_admin|sys_module|sys_rawio)\b/.test(l.value);
          return {
            severity: dangerous ? ('fail' as const) : ('warn' as const),
            explanation: ctx.unprivileged
              ? "`lxc.cap.keep` only limits which capabilities the container keeps inside its own user namespace; it cannot add CAP_PERFMON/CAP_SYS_ADMIN on the host. It can break the container's init if needed capabilities are left out."
              : `\`lxc.cap.keep\` in a privileged container${dangerous ? ' keeps host-level capabilities such as sys_admin/sys_module/sys_rawio' : " replaces LXC's drop list"}.`,
            evidence: [confEvidence(ctx, l)],
            fix: { summary: 'Remove the line', file: ctx.confPath, remove: [l.text] },
          };
        });
    },
  },
  {
    id: 'sec.system_dir_bind',
    area: 'sec',
    title: 'No host system directories in the container',
    run(ctx) {
      const hits: Array<{ line: (typeof ctx.mounts)[number]['line']; source: string; ro: boolean }> = [];
      for (const m of ctx.mps)
        if (SYSTEM_DIRS.test(m.source))
          hits.push({ line: m.line, source: m.source, ro: /(^|,)ro=1/.test(m.line.value) });
      for (const m of ctx.mounts) {
        if (SYSTEM_DIRS.test(m.entry.source) && m.entry.source !== '/dev/dri')
          hits.push({ line: m.line, source: m.entry.source, ro: m.entry.options.includes('ro') });
      }
      return hits.map((h) => ({
        severity: ctx.unprivileged ? ('warn' as const) : ('fail' as const),
        explanation: `\`${h.source}\` shares a host system directory with the container. pct.adoc: "Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk." ${ctx.unprivileged ? 'In this unprivileged container host-root-owned files cannot be modified, but host binaries and their versions are exposed.' : 'In this privileged container it can replace host files.'}`,
        evidence: [confEvidence(ctx, h.line)],
        fix: {
          summary:
            'Install the needed tools inside the container; bind only dedicated data directories (e.g. under /mnt/bindmounts)',
          file: ctx.confPath,
          remove: [h.line.text],
        },
      }));
    },
  },
  {
    id: 'sec.proc_sys_rw',
    area: 'sec',
    title: '/proc and /sys are not writable',
    run(ctx) {
      return ctx.main.lxc
        .filter((l) => l.key === 'lxc.mount.auto' && /\b(proc:rw|sys:rw)\b/.test(l.value))
        .map((l) => ({
          severity: ctx.unprivileged ? ('warn' as const) : ('fail' as const),
          explanation: `/proc/sys or /sys are writable in the container${ctx.unprivileged ? '' : '; in a privileged container that changes host kernel settings'}.`,
          evidence: [confEvidence(ctx, l)],
          fix: {
            summary: 'Remove the line; use the "features" flags (force_rw_sys=1) where really needed',
            file: ctx.confPath,
            remove: [l.text],
          },
        }));
    },
  },
  {
    id: 'sec.host_binary_bind',
    area: 'sec',
    title: 'No host binaries or libraries bound in',
    run(ctx) {
      return ctx.mounts
        .filter(
          (m) => /^\/usr\/(s?bin|lib(64)?)\/.+/.test(m.entry.source) && !SYSTEM_DIRS.test(m.entry.source),
        )
        .map((m) => ({
          severity: 'warn' as const,
          explanation: `\`${m.entry.source}\` is a host binary/library bound into the container; it must match the container's libc and breaks silently on host upgrades.`,
          evidence: [confEvidence(ctx, m.line)],
          fix: {
            summary: 'Install the matching packages inside the container (nv.version_mismatch)',
            file: ctx.confPath,
            remove: [m.line.text],
          },
        }));
    },
  },
];
