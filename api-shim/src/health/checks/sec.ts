// SPDX-License-Identifier: AGPL-3.0-or-later
// sec.*: isolation settings — docs/health-checks.md.

import type { Severity } from '../../api/types.ts';
import { type CheckContext, type CheckDef, gidText, hasGpu, lineToRemove, msg, stated } from './context.ts';

const SYSTEM_DIRS =
  /^\/(|bin|sbin|lib|lib32|lib64|libx32|usr(\/.*)?|etc(\/.*)?|var|var\/lib|var\/lib\/vz|boot|root|proc|sys|dev|run)\/?$/;

/** warn in an unprivileged container, fail in a privileged one (where it reaches the host). */
const byPrivilege = (ctx: CheckContext): Severity => (ctx.unprivileged ? 'warn' : 'fail');

export const secChecks: CheckDef[] = [
  {
    id: 'sec.privileged_gpu',
    area: 'sec',
    run(ctx) {
      if (ctx.unprivileged || !hasGpu(ctx)) return [];
      return [
        {
          severity: 'warn',
          explanation: msg('sec.privileged_gpu'),
          evidence: [stated(ctx.confPath, 'evidence.privileged_config')],
          fix: {
            summary: msg('sec.privileged_gpu.fix'),
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
    run(ctx) {
      return ctx.main.lxc
        .filter((l) => l.key === 'lxc.apparmor.profile' && l.value.trim() === 'unconfined')
        .map((l) =>
          lineToRemove(
            ctx,
            l,
            byPrivilege(ctx),
            msg(ctx.unprivileged ? 'sec.apparmor_unconfined' : 'sec.apparmor_unconfined.privileged'),
            msg('sec.apparmor_unconfined.fix'),
          ),
        );
    },
  },
  {
    id: 'sec.seccomp_off',
    area: 'sec',
    run(ctx) {
      return ctx.main.lxc
        .filter((l) => l.key === 'lxc.seccomp.profile')
        .map((l) =>
          lineToRemove(
            ctx,
            l,
            'warn',
            msg(l.value.trim() ? 'sec.seccomp_off.replaced' : 'sec.seccomp_off.disabled'),
          ),
        );
    },
  },
  {
    id: 'sec.cap_drop_empty',
    area: 'sec',
    run(ctx) {
      return ctx.main.lxc
        .filter((l) => l.key === 'lxc.cap.drop' && l.value.trim() === '')
        .map((l) =>
          lineToRemove(
            ctx,
            l,
            ctx.unprivileged ? 'info' : 'fail',
            msg(ctx.unprivileged ? 'sec.cap_drop_empty' : 'sec.cap_drop_empty.privileged'),
          ),
        );
    },
  },
  {
    id: 'sec.cap_keep',
    area: 'sec',
    run(ctx) {
      return ctx.main.lxc
        .filter((l) => l.key === 'lxc.cap.keep')
        .map((l) => {
          const dangerous = !ctx.unprivileged && /\b(sys_admin|sys_module|sys_rawio)\b/.test(l.value);
          return lineToRemove(
            ctx,
            l,
            dangerous ? 'fail' : 'warn',
            msg(
              ctx.unprivileged
                ? 'sec.cap_keep'
                : dangerous
                  ? 'sec.cap_keep.privileged_dangerous'
                  : 'sec.cap_keep.privileged',
            ),
          );
        });
    },
  },
  {
    id: 'sec.system_dir_bind',
    area: 'sec',
    run(ctx) {
      const hits: Array<{ line: (typeof ctx.mounts)[number]['line']; source: string; ro: boolean }> = [];
      for (const m of ctx.mps)
        if (SYSTEM_DIRS.test(m.source))
          hits.push({ line: m.line, source: m.source, ro: /(^|,)ro=1/.test(m.line.value) });
      for (const m of ctx.mounts) {
        if (SYSTEM_DIRS.test(m.entry.source) && m.entry.source !== '/dev/dri')
          hits.push({ line: m.line, source: m.entry.source, ro: m.entry.options.includes('ro') });
      }
      return hits.map((h) =>
        lineToRemove(
          ctx,
          h.line,
          byPrivilege(ctx),
          msg(ctx.unprivileged ? 'sec.system_dir_bind' : 'sec.system_dir_bind.privileged', {
            path: h.source,
          }),
          msg('sec.system_dir_bind.fix'),
        ),
      );
    },
  },
  {
    id: 'sec.proc_sys_rw',
    area: 'sec',
    run(ctx) {
      return ctx.main.lxc
        .filter((l) => l.key === 'lxc.mount.auto' && /\b(proc:rw|sys:rw)\b/.test(l.value))
        .map((l) =>
          lineToRemove(
            ctx,
            l,
            byPrivilege(ctx),
            msg(ctx.unprivileged ? 'sec.proc_sys_rw' : 'sec.proc_sys_rw.privileged'),
            msg('sec.proc_sys_rw.fix'),
          ),
        );
    },
  },
  {
    id: 'sec.host_binary_bind',
    area: 'sec',
    run(ctx) {
      return ctx.mounts
        .filter(
          (m) => /^\/usr\/(s?bin|lib(64)?)\/.+/.test(m.entry.source) && !SYSTEM_DIRS.test(m.entry.source),
        )
        .map((m) =>
          lineToRemove(
            ctx,
            m.line,
            'warn',
            msg('sec.host_binary_bind', { path: m.entry.source }),
            msg('sec.host_binary_bind.fix'),
          ),
        );
    },
  },
];
