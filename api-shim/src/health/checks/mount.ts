// SPDX-License-Identifier: AGPL-3.0-or-later
// mount.*: raw lxc.mount.entry binds of GPU nodes — research/health-checks.md §2.D.

import { hostToCt } from '../idmap/idmap.ts';
import {
  type CheckContext,
  type CheckDef,
  confEvidence,
  devt,
  type Finding,
  fmtMode,
  gidText,
  hostGroupName,
  type PassedNode,
} from './context.ts';

const devMounts = (ctx: CheckContext) =>
  ctx.mounts.filter((m) => m.entry.source.startsWith('/dev') || m.entry.target.startsWith('dev'));

/** Can anybody in the container open the node read-write? (capable_wrt_inode_uidgid for root) */
export function rawAccess(
  ctx: CheckContext,
  n: PassedNode,
): { ok: boolean; ctUid: number; ctGid: number; uidMapped: boolean; gidMapped: boolean } {
  const src = n.host;
  const u = ctx.unprivileged ? hostToCt(ctx.idmap.entries, 'u', src.uid) : { id: src.uid, mapped: true };
  const g = ctx.unprivileged ? hostToCt(ctx.idmap.entries, 'g', src.gid) : { id: src.gid, mapped: true };
  const m = src.mode;
  const ok =
    (m & 0o006) === 0o006 ||
    (g.mapped && (m & 0o060) === 0o060) ||
    (u.mapped && (m & 0o600) === 0o600) ||
    (u.mapped && g.mapped);
  return { ok, ctUid: u.id, ctGid: g.id, uidMapped: u.mapped, gidMapped: g.mapped };
}

export const mountChecks: CheckDef[] = [
  {
    id: 'mount.optional_missing',
    area: 'mount',
    title: 'Optional bind sources exist',
    run(ctx) {
      const ms = devMounts(ctx).filter((m) => m.entry.optional);
      if (ms.length === 0) return null;
      return ms
        .filter((m) => ctx.nodes.some((n) => n.entry === m.line && n.host.type === 'missing'))
        .map((m) => ({
          severity: 'warn' as const,
          explanation: `\`${m.entry.source}\` is mounted with \`optional\` but does not exist on the host. LXC logs \`Failed to mount "${m.entry.source}"\` and starts the container without it — the GPU silently disappears.`,
          evidence: [confEvidence(ctx, m.line), { source: m.entry.source, text: 'missing' }],
          fix: {
            summary:
              'Make the source exist before the container starts (nv.uvm_lazy, dev.node_renamed) or switch to devN, which fails loudly instead',
          },
        }));
    },
  },
  {
    id: 'mount.no_create',
    area: 'mount',
    title: 'Binds into /dev create their target',
    run(ctx) {
      const nodes = ctx.nodes.filter((n) => n.via === 'mount');
      const dirs = devMounts(ctx).filter(
        (m) =>
          m.entry.bind &&
          m.entry.target.startsWith('dev/') &&
          !ctx.nodes.some((n) => n.entry === m.line && n.via === 'mount'),
      );
      if (nodes.length === 0 && dirs.length === 0) return null;
      const out: Finding[] = [];
      for (const n of nodes) {
        if (n.mount?.create || !n.mount?.target.startsWith('dev')) continue;
        out.push({
          severity: 'fail',
          explanation: `The mount target \`${n.mount.target}\` does not exist in the container's fresh /dev; without \`create=file\` the bind fails${n.mount.optional ? ' (silently, because of optional)' : ''}.`,
          evidence: [confEvidence(ctx, n.entry)],
          fix: {
            summary: 'Add create=file',
            file: ctx.confPath,
            remove: [n.entry.text],
            add: [n.entry.text.replace(/(bind[^\s]*)/, '$1,create=file')],
          },
        });
      }
      return out;
    },
  },
  {
    id: 'mount.create_kind',
    area: 'mount',
    title: 'create= matches the source',
    run(ctx) {
      const ms = devMounts(ctx).filter((m) => m.entry.create);
      if (ms.length === 0) return null;
      const out: Finding[] = [];
      for (const m of ms) {
        const n = ctx.nodes.find((x) => x.entry === m.line);
        const isDirBind = ctx.nodes.some((x) => x.entry === m.line && x.via === 'mount-dir');
        const srcKind = isDirBind
          ? 'dir'
          : n && (n.host.type === 'char' || n.host.type === 'block')
            ? 'file'
            : undefined;
        if (!srcKind || srcKind === m.entry.create) continue;
        out.push({
          severity: 'warn',
          explanation: `\`create=${m.entry.create}\` does not match the source \`${m.entry.source}\`, which is a ${srcKind === 'dir' ? 'directory' : 'device node'}.`,
          evidence: [confEvidence(ctx, m.line)],
          fix: {
            summary: `Use create=${srcKind}`,
            file: ctx.confPath,
            remove: [m.line.text],
            add: [m.line.text.replace(`create=${m.entry.create}`, `create=${srcKind}`)],
          },
        });
      }
      return out;
    },
  },
  {
    id: 'mount.bad_path',
    area: 'mount',
    title: 'Bind sources and targets are well-formed',
    run(ctx) {
      if (ctx.mounts.length === 0) return null;
      const out: Finding[] = [];
      for (const { line, entry } of ctx.mounts) {
        let why: string | undefined;
        let fixed: string | undefined;
        if (/^dev\//.test(entry.source)) {
          why = `\`${entry.source}\` is a relative source; it is not the host's \`/${entry.source}\` and the mount is skipped.`;
          fixed = `lxc.mount.entry: /${entry.source} ${entry.target} none bind,optional,create=file`;
        } else if (entry.target.startsWith('/')) {
          why = `The target \`${entry.target}\` is absolute; LXC mount targets are relative to the container's root (\`${entry.target.replace(/^\/+/, '')}\`).`;
          fixed = line.text.replace(` ${entry.target} `, ` ${entry.target.replace(/^\/+/, '')} `);
        } else if (entry.source.startsWith('/dev/') && entry.target.startsWith('dev/')) {
          const srcDir = entry.source.slice(1).split('/').slice(0, -1).join('/');
          const tgtDir = entry.target.replace(/\/+$/, '').split('/').slice(0, -1).join('/');
          if (srcDir !== tgtDir) {
            why = `\`${entry.source.split('/').pop()}\` is mounted at \`/${entry.target}\`; applications look for it in \`/${srcDir}/\`.`;
            fixed = `lxc.mount.entry: ${entry.source} ${entry.source.slice(1)} none bind,optional,create=file`;
          }
        }
        if (why)
          out.push({
            severity: 'fail',
            explanation: why,
            evidence: [confEvidence(ctx, line)],
            fix: {
              summary: 'Bind /dev/X onto dev/X',
              file: ctx.confPath,
              remove: [line.text],
              add: fixed ? [fixed] : [],
            },
          });
      }
      return out;
    },
  },
  {
    id: 'mount.duplicate',
    area: 'mount',
    title: 'No two binds share a target',
    run(ctx) {
      if (ctx.mounts.length === 0) return null;
      const out: Finding[] = [];
      const seen = new Map<string, (typeof ctx.mounts)[number]>();
      for (const m of ctx.mounts) {
        const t = m.entry.target.replace(/^\/+|\/+$/g, '');
        const prev = seen.get(t);
        if (prev) {
          out.push({
            severity: 'info',
            explanation: `Two entries mount onto \`${t}\`; the later one shadows the earlier.`,
            evidence: [confEvidence(ctx, prev.line), confEvidence(ctx, m.line)],
            fix: { summary: 'Keep one', file: ctx.confPath, remove: [m.line.text] },
          });
        }
        seen.set(t, m);
      }
      return out;
    },
  },
  {
    id: 'mount.unmapped_owner',
    area: 'mount',
    title: 'Bound nodes are usable inside the container',
    run(ctx) {
      const nodes = ctx.nodes.filter(
        (n) =>
          (n.via === 'mount' || n.via === 'mount-dir') && (n.host.type === 'char' || n.host.type === 'block'),
      );
      if (nodes.length === 0 || !ctx.unprivileged) return null;
      const out: Finding[] = [];
      for (const n of nodes) {
        const a = rawAccess(ctx, n);
        if (a.ok) continue;
        const hostGroup = hostGroupName(ctx, n.host.gid);
        const name = n.cls === 'card' ? 'video' : 'render';
        out.push({
          severity: 'fail',
          explanation: `\`${n.hostPath}\` is \`${n.host.uid}:${n.host.gid}${hostGroup ? ` (${hostGroup})` : ''} ${fmtMode(n.host.mode)}\` on the host. ${a.gidMapped ? '' : `Host gid ${n.host.gid} is not mapped into this container, so `}it appears as \`${a.uidMapped ? a.ctUid : 'nobody'}:${a.gidMapped ? a.ctGid : 'nogroup'} ${fmtMode(n.host.mode)}\` and nobody in the container — not even root — can open it.`,
          evidence: [
            confEvidence(ctx, n.entry),
            {
              source: n.hostPath,
              text: `c ${devt(n.host) ?? '?'} ${n.host.uid}:${n.host.gid} ${fmtMode(n.host.mode)}`,
            },
          ],
          fix: {
            summary:
              "Replace the raw entry with devN and the container's own gid (PVE makes a private node with that owner). Avoid chmod 666 and pre-start chown hooks.",
            file: ctx.confPath,
            remove: [n.entry.text],
            add: [`dev${ctx.devs.length}: ${n.hostPath},gid=${gidText(ctx, name)}`],
          },
        });
      }
      return out;
    },
  },
  {
    id: 'mount.cosmetic',
    area: 'mount',
    title: 'Bind lines end cleanly',
    run(ctx) {
      const ms = devMounts(ctx);
      if (ms.length === 0) return null;
      return ms
        .filter(
          (m) =>
            m.entry.tail.length > 0 && m.entry.tail.join(' ') !== '0 0' && m.entry.tail.join(' ') !== '0',
        )
        .map((m) => ({
          severity: 'info' as const,
          explanation: `The trailing \`${m.entry.tail.join(' ')}\` comes from a copy-pasted guide. glibc reads it as 0 0, so it is harmless.`,
          evidence: [confEvidence(ctx, m.line)],
          fix: {
            summary: 'Optional cleanup',
            file: ctx.confPath,
            remove: [m.line.text],
            add: [
              `${m.line.key}: ${m.entry.source} ${m.entry.target} ${m.entry.fstype} ${m.entry.options.join(',')}`,
            ],
          },
        }));
    },
  },
  {
    id: 'mount.dri_dir',
    area: 'mount',
    title: 'Only the needed DRM nodes are bound',
    run(ctx) {
      const ms = ctx.mounts.filter((m) => /^\/dev\/dri\/?$/.test(m.entry.source));
      if (ctx.mounts.length === 0) return null;
      return ms.map((m) => ({
        severity: 'info' as const,
        explanation:
          'The whole host /dev/dri is visible: every GPU, the KMS card nodes and by-path. Nodes are only usable if the device cgroup allows them (cgroup.not_allowed); in unprivileged containers they show as nobody:nogroup unless their owner is mapped (mount.unmapped_owner).',
        evidence: [confEvidence(ctx, m.line)],
        fix: {
          summary: 'Pass only the render node(s) needed, with devN',
          file: ctx.confPath,
          remove: [m.line.text],
          add: [`dev${ctx.devs.length}: /dev/dri/renderD128,gid=${gidText(ctx, 'render')}`],
        },
      }));
    },
  },
];
