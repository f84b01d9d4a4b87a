// SPDX-License-Identifier: AGPL-3.0-or-later
// mount.*: raw lxc.mount.entry binds of GPU nodes — docs/health-checks.md.

import type { Msg } from '../../api/types.ts';
import { hostToCt } from '../idmap/idmap.ts';
import {
  type CheckContext,
  type CheckDef,
  confEvidence,
  configFix,
  devt,
  type Finding,
  fmtMode,
  gidText,
  hostGroupName,
  isVitalNode,
  msg,
  type PassedNode,
  stated,
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

/**
 * The gid for the devN line that replaces a raw bind: the render/video group for DRM and compute
 * nodes; for other devices (serial sticks, Coral, Hailo) the container's group of the node's
 * host group name when it has one (dialout → its dialout gid), else none (root:root 0660: root
 * in the container, as Frigate's Docker image runs, can open it).
 */
function devnGid(ctx: CheckContext, n: PassedNode, name: 'render' | 'video'): string {
  if (['render', 'card', 'kfd', 'accel', 'fb'].includes(n.cls)) return `,gid=${gidText(ctx, name)}`;
  const hostGroup = hostGroupName(ctx, n.host.gid);
  const ct = hostGroup ? ctx.ct?.groups?.find((g) => g.name === hostGroup) : undefined;
  return ct ? `,gid=${ct.gid}` : '';
}

export const mountChecks: CheckDef[] = [
  {
    id: 'mount.optional_missing',
    area: 'mount',
    run(ctx) {
      const ms = devMounts(ctx).filter((m) => m.entry.optional);
      if (ms.length === 0) return null;
      return ms
        .filter((m) => ctx.nodes.some((n) => n.entry === m.line && n.host.type === 'missing'))
        .map((m) => ({
          severity: 'warn' as const,
          explanation: msg('mount.optional_missing', { path: m.entry.source }),
          evidence: [confEvidence(ctx, m.line), stated(m.entry.source, 'evidence.missing')],
          fix: {
            summary: msg('mount.optional_missing.fix'),
          },
        }));
    },
  },
  {
    id: 'mount.no_create',
    area: 'mount',
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
          explanation: msg(n.mount.optional ? 'mount.no_create.optional' : 'mount.no_create', {
            target: n.mount.target,
          }),
          evidence: [confEvidence(ctx, n.entry)],
          fix: configFix(ctx, msg('mount.no_create.fix'), [n.entry], {
            add: [n.entry.text.replace(/(bind[^\s]*)/, '$1,create=file')],
          }),
        });
      }
      return out;
    },
  },
  {
    id: 'mount.create_kind',
    area: 'mount',
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
          explanation: msg(srcKind === 'dir' ? 'mount.create_kind.dir' : 'mount.create_kind.file', {
            create: m.entry.create ?? '',
            path: m.entry.source,
          }),
          evidence: [confEvidence(ctx, m.line)],
          fix: configFix(ctx, msg('mount.create_kind.fix', { create: srcKind }), [m.line], {
            add: [m.line.text.replace(`create=${m.entry.create}`, `create=${srcKind}`)],
          }),
        });
      }
      return out;
    },
  },
  {
    id: 'mount.bad_path',
    area: 'mount',
    run(ctx) {
      if (ctx.mounts.length === 0) return null;
      const out: Finding[] = [];
      for (const { line, entry } of ctx.mounts) {
        let why: Msg | undefined;
        let fixed: string | undefined;
        if (/^dev\//.test(entry.source)) {
          why = msg('mount.bad_path.relative_source', { path: entry.source });
          fixed = `lxc.mount.entry: /${entry.source} ${entry.target} none bind,optional,create=file`;
        } else if (entry.target.startsWith('/')) {
          why = msg('mount.bad_path.absolute_target', {
            target: entry.target,
            relative: entry.target.replace(/^\/+/, ''),
          });
          fixed = line.text.replace(` ${entry.target} `, ` ${entry.target.replace(/^\/+/, '')} `);
        } else if (entry.source.startsWith('/dev/') && entry.target.startsWith('dev/')) {
          // "/dev/bus/usb/002/ dev/bus/usb/002/": a trailing slash on either side names the same place
          const srcDir = entry.source.replace(/\/+$/, '').slice(1).split('/').slice(0, -1).join('/');
          const tgtDir = entry.target.replace(/\/+$/, '').split('/').slice(0, -1).join('/');
          if (srcDir !== tgtDir) {
            why = msg('mount.bad_path.other_dir', {
              node: entry.source.split('/').pop() ?? '',
              target: `/${entry.target}`,
              dir: `/${srcDir}/`,
            });
            fixed = `lxc.mount.entry: ${entry.source} ${entry.source.slice(1)} none bind,optional,create=file`;
          }
        }
        if (why)
          out.push({
            severity: 'fail',
            explanation: why,
            evidence: [confEvidence(ctx, line)],
            fix: configFix(ctx, msg('mount.bad_path.fix'), [line], { add: fixed ? [fixed] : [] }),
          });
      }
      return out;
    },
  },
  {
    id: 'mount.duplicate',
    area: 'mount',
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
            explanation: msg('mount.duplicate', { target: t }),
            evidence: [confEvidence(ctx, prev.line), confEvidence(ctx, m.line)],
            fix: configFix(ctx, msg('mount.duplicate.fix'), [m.line]),
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
    run(ctx) {
      const nodes = ctx.nodes.filter(
        (n) =>
          (n.via === 'mount' || n.via === 'mount-dir') && (n.host.type === 'char' || n.host.type === 'block'),
      );
      if (nodes.length === 0 || !ctx.unprivileged) return null;
      const out: Finding[] = [];
      for (const n of nodes) {
        const a = rawAccess(ctx, n);
        // a node readable by all (nvidia-caps are 0444) offers nothing more to its owner
        if (a.ok || (n.host.mode & 0o444) === 0o444) continue;
        const hostGroup = hostGroupName(ctx, n.host.gid);
        const name = n.cls === 'card' ? 'video' : 'render';
        out.push({
          severity: isVitalNode(ctx, n) ? 'fail' : 'warn',
          explanation: msg(a.gidMapped ? 'mount.unmapped_owner' : 'mount.unmapped_owner.gid', {
            path: n.hostPath,
            owner: `${n.host.uid}:${n.host.gid}${hostGroup ? ` (${hostGroup})` : ''} ${fmtMode(n.host.mode)}`,
            gid: n.host.gid,
            ctOwner: `${a.uidMapped ? a.ctUid : 'nobody'}:${a.gidMapped ? a.ctGid : 'nogroup'} ${fmtMode(n.host.mode)}`,
          }),
          evidence: [
            confEvidence(ctx, n.entry),
            {
              source: n.hostPath,
              text: `c ${devt(n.host) ?? '?'} ${n.host.uid}:${n.host.gid} ${fmtMode(n.host.mode)}`,
            },
          ],
          fix: configFix(ctx, msg('mount.unmapped_owner.fix'), [n.entry], {
            add: [`dev${ctx.devs.length}: ${n.hostPath}${devnGid(ctx, n, name)}`],
          }),
        });
      }
      return out;
    },
  },
  {
    id: 'mount.cosmetic',
    area: 'mount',
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
          explanation: msg('mount.cosmetic', { tail: m.entry.tail.join(' ') }),
          evidence: [confEvidence(ctx, m.line)],
          fix: configFix(ctx, msg('fix.optional_cleanup'), [m.line], {
            add: [
              `${m.line.key}: ${m.entry.source} ${m.entry.target} ${m.entry.fstype} ${m.entry.options.join(',')}`,
            ],
          }),
        }));
    },
  },
  {
    id: 'mount.dri_dir',
    area: 'mount',
    run(ctx) {
      const ms = ctx.mounts.filter((m) => /^\/dev\/dri\/?$/.test(m.entry.source));
      if (ctx.mounts.length === 0) return null;
      return ms.map((m) => ({
        severity: 'info' as const,
        explanation: msg('mount.dri_dir'),
        evidence: [confEvidence(ctx, m.line)],
        fix: configFix(ctx, msg('mount.dri_dir.fix'), [m.line], {
          add: [`dev${ctx.devs.length}: /dev/dri/renderD128,gid=${gidText(ctx, 'render')}`],
        }),
      }));
    },
  },
];
