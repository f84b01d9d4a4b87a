// SPDX-License-Identifier: AGPL-3.0-or-later
// dev.*: PVE device passthrough entries (devN) — docs/health-checks.md.

import { type DevSpec, formatDevString } from '../config/dev-string.ts';
import { userInGroup } from '../facts/etc-files.ts';
import { ctToHost } from '../idmap/idmap.ts';
import {
  type CheckContext,
  type CheckDef,
  confEvidence,
  configFix,
  ctGid,
  ctGroupName,
  type Finding,
  fmtMode,
  gidText,
  isGpuPath,
  msg,
  nodeKind,
  type PassedNode,
  SERVICE_USERS,
  stated,
} from './context.ts';

const devNodes = (ctx: CheckContext) => ctx.nodes.filter((n) => n.via === 'devN' && n.dev);

function withGid(n: PassedNode, gid: number | string, extra: { mode?: string } = {}): string {
  const spec: Pick<DevSpec, 'path' | 'uid' | 'gid' | 'mode' | 'denyWrite'> = n.dev ?? {
    path: n.hostPath,
    denyWrite: false,
  };
  return `${n.source}: ${formatDevString({ ...spec, gid: undefined, mode: extra.mode ?? spec.mode }).replace(/^([^,]+)/, `$1,gid=${gid}`)}`;
}

function byPathFor(ctx: CheckContext, n: PassedNode): string | undefined {
  const name = n.host.resolved.split('/').pop();
  const drm = ctx.host.drm.find((d) => d.name === name || d.path === n.hostPath);
  if (!drm?.pci) return undefined;
  return `/dev/dri/by-path/pci-${drm.pci}-${n.cls === 'render' ? 'render' : 'card'}`;
}

export const devChecks: CheckDef[] = [
  {
    id: 'dev.path_missing',
    area: 'dev',
    run(ctx) {
      const nodes = devNodes(ctx);
      if (nodes.length === 0) return null;
      return nodes
        .filter((n) => n.host.type === 'missing')
        .map((n) => {
          const others = ctx.host.drm.filter((d) => (n.cls === 'render' ? /^renderD/ : /^card/).test(d.name));
          const p = { entry: `${n.source}: ${n.entry.value}`, path: n.hostPath };
          let explanation = msg('dev.path_missing', p);
          if ((n.cls === 'card' || n.cls === 'render') && others.length)
            explanation = msg('dev.path_missing.renamed', {
              ...p,
              others: others.map((o) => o.name).join(', '),
            });
          else if (n.cls === 'nvidia-uvm') explanation = msg('dev.path_missing.uvm', p);
          else if (n.cls.startsWith('nvidia')) explanation = msg('dev.path_missing.nvidia', p);
          // only a DRM node has a by-path twin to point at
          const other = n.cls === 'card' || n.cls === 'render' ? others[0] : undefined;
          const stable = other?.pci
            ? `/dev/dri/by-path/pci-${other.pci}-${n.cls === 'render' ? 'render' : 'card'}`
            : other?.path;
          return {
            severity: 'fail' as const,
            explanation,
            evidence: [confEvidence(ctx, n.entry), stated(n.hostPath, 'evidence.missing')],
            fix: stable
              ? configFix(ctx, msg('dev.path_missing.fix.repoint'), [n.entry], {
                  add: [
                    `${n.source}: ${formatDevString({ ...(n.dev ?? { denyWrite: false }), path: stable })}`,
                  ],
                })
              : {
                  summary: msg('dev.path_missing.fix.create'),
                  file: ctx.confPath,
                },
          };
        });
    },
  },
  {
    id: 'dev.not_device',
    area: 'dev',
    run(ctx) {
      const nodes = ctx.nodes.filter((n) => n.via === 'devN' || n.via === 'mount');
      if (nodes.length === 0) return null;
      return nodes
        .filter((n) => n.host.type === 'file' || (n.host.type === 'dir' && n.via === 'devN'))
        .map((n) => ({
          severity: 'fail' as const,
          explanation: msg(n.host.type === 'file' ? 'dev.not_device.file' : 'dev.not_device.dir', {
            path: n.hostPath,
          }),
          evidence: [
            confEvidence(ctx, n.entry),
            nodeKind(n.hostPath, n.host),
            { source: n.hostPath, text: `${n.host.uid}:${n.host.gid} ${fmtMode(n.host.mode)}` },
          ],
          fix: {
            summary: msg('dev.not_device.fix'),
            commands: [`rm ${n.host.resolved}`, 'udevadm trigger -s drm'],
          },
        }));
    },
  },
  {
    id: 'dev.node_renamed',
    area: 'dev',
    run(ctx) {
      const nodes = ctx.nodes.filter(
        (n) => (n.via === 'devN' || n.via === 'mount') && /^\/dev\/dri\/(card|renderD)\d+$/.test(n.hostPath),
      );
      if (nodes.length === 0) return null;
      const out: Finding[] = [];
      for (const n of nodes) {
        const missing = n.host.type === 'missing';
        if (!missing && n.cls !== 'card') continue;
        const stable = byPathFor(ctx, n);
        const others = ctx.host.drm
          .filter((d) => d.name.startsWith(n.cls === 'card' ? 'card' : 'renderD'))
          .map((d) => d.name);
        out.push({
          severity: missing && others.length ? 'warn' : 'info',
          explanation:
            missing && others.length
              ? msg('dev.node_renamed.gone', { path: n.hostPath, others: others.join(', ') })
              : msg('dev.node_renamed', { path: n.hostPath }),
          evidence: [confEvidence(ctx, n.entry)],
          fix:
            stable && n.via === 'devN'
              ? configFix(ctx, msg('dev.node_renamed.fix.bypath'), [n.entry], {
                  add: [
                    `${n.source}: ${formatDevString({ ...(n.dev ?? { denyWrite: false }), path: stable })}`,
                  ],
                })
              : {
                  summary: msg(stable ? 'dev.node_renamed.fix.bypath' : 'dev.node_renamed.fix.drop'),
                  file: ctx.confPath,
                },
        });
      }
      return out;
    },
  },
  {
    id: 'dev.bypath',
    area: 'dev',
    run(ctx) {
      const nodes = devNodes(ctx).filter((n) => n.hostPath.startsWith('/dev/dri/by-path/'));
      if (devNodes(ctx).length === 0) return null;
      return nodes.map((n) => ({
        severity: 'info' as const,
        explanation: msg('dev.bypath', {
          path: n.hostPath,
          node: `/dev/dri/${n.host.resolved.split('/').pop()}`,
        }),
        evidence: [confEvidence(ctx, n.entry), { source: n.hostPath, text: `→ ${n.host.resolved}` }],
        fix: {
          summary: msg('dev.bypath.fix'),
          commands: [
            `ln -sf ${n.hostPath} /dev/dri/${n.host.resolved.split('/').pop()}   # inside the CT, e.g. from a boot script`,
          ],
        },
      }));
    },
  },
  {
    id: 'dev.gid_default',
    area: 'dev',
    run(ctx) {
      const nodes = devNodes(ctx).filter((n) => isGpuPath(n.hostPath));
      if (nodes.length === 0) return null;
      return nodes
        .filter((n) => n.dev?.gid === undefined && n.dev?.mode === undefined && n.cls !== 'nvidia-caps')
        .map((n) => {
          const name = n.cls === 'card' ? 'video' : 'render';
          return {
            severity: 'warn' as const,
            explanation: msg('dev.gid_default', { path: n.hostPath }),
            evidence: [confEvidence(ctx, n.entry)],
            fix: configFix(ctx, msg('dev.gid_default.fix', { group: name }), [n.entry], {
              add: [withGid(n, gidText(ctx, name))],
              commands: [
                `pct set ${ctx.vmid} -${n.source} ${withGid(n, gidText(ctx, name)).replace(/^[^:]+: /, '')}`,
              ],
            }),
          };
        });
    },
  },
  {
    id: 'dev.gid_wrong_group',
    area: 'dev',
    run(ctx) {
      const nodes = devNodes(ctx).filter((n) => n.cls === 'render' || n.cls === 'card');
      if (nodes.length === 0) return null;
      if (!ctx.ct?.groups) {
        // stopped: the container's /etc/group is not reachable; say what will be checked
        const hostRender = ctx.host.groups.find((g) => g.name === 'render')?.gid;
        const suspicious = nodes.filter(
          (n) => n.cls === 'render' && n.dev?.gid !== undefined && n.dev.gid === hostRender,
        );
        if (suspicious.length === 0) return null;
        return suspicious.map((n) => ({
          severity: 'info' as const,
          explanation: msg('dev.gid_wrong_group.host_gid', { key: n.source, gid: n.dev?.gid ?? 0 }),
          evidence: [confEvidence(ctx, n.entry), { source: '/etc/group', text: `render:x:${hostRender}` }],
          fix: {
            summary: msg('dev.gid_wrong_group.fix.lookup'),
            commands: [`pct exec ${ctx.vmid} -- getent group render`],
          },
        }));
      }
      const render = ctGid(ctx, 'render');
      const video = ctGid(ctx, 'video');
      const out: Finding[] = [];
      for (const n of nodes) {
        const gid = n.dev?.gid;
        if (gid === undefined) continue; // dev.gid_default
        const name = ctGroupName(ctx, gid);
        const ok = n.cls === 'render' ? name === 'render' : name === 'video' || name === 'render';
        if (ok) continue;
        const want = n.cls === 'render' ? render : (video ?? render);
        const wantName = n.cls === 'render' ? 'render' : 'video';
        out.push({
          severity: 'fail',
          explanation: msg(
            `dev.gid_wrong_group.${n.cls === 'render' ? 'render' : 'card'}${name ? '' : '_no_group'}${want === undefined ? '_missing' : ''}`,
            {
              key: n.source,
              gid,
              ...(name ? { group: name } : {}),
              os: ctx.ct.osRelease ?? '?',
              ...(want !== undefined ? { want } : {}),
            },
          ),
          evidence: [
            confEvidence(ctx, n.entry),
            name
              ? { source: `${ctx.ct.root}/etc/group`, text: `${name}:x:${gid}` }
              : stated(`${ctx.ct.root}/etc/group`, 'evidence.no_group_gid', { gid }),
            want !== undefined
              ? { source: `${ctx.ct.root}/etc/group`, text: `${wantName}:x:${want}` }
              : stated(`${ctx.ct.root}/etc/group`, 'evidence.no_group_name', { group: wantName }),
          ],
          fix:
            want === undefined
              ? {
                  summary: msg('dev.gid_wrong_group.fix.create_group', { group: wantName }),
                }
              : configFix(
                  ctx,
                  msg('dev.gid_wrong_group.fix', { key: n.source, group: wantName }),
                  [n.entry],
                  {
                    add: [withGid(n, want)],
                    commands: [
                      `pct set ${ctx.vmid} -${n.source} ${withGid(n, want).replace(/^[^:]+: /, '')}`,
                      `pct reboot ${ctx.vmid}`,
                    ],
                  },
                ),
        });
      }
      return out;
    },
  },
  {
    id: 'dev.id_unmapped',
    area: 'dev',
    run(ctx) {
      const nodes = devNodes(ctx);
      if (nodes.length === 0 || !ctx.unprivileged) return null;
      const out: Finding[] = [];
      for (const n of nodes) {
        for (const kind of ['u', 'g'] as const) {
          const id = kind === 'u' ? n.dev?.uid : n.dev?.gid;
          if (id === undefined) continue;
          const m = ctToHost(ctx.idmap.entries, kind, id);
          if (m.mapped) continue;
          out.push({
            severity: 'fail',
            explanation: msg(kind === 'g' ? 'dev.id_unmapped.gid' : 'dev.id_unmapped.uid', { id }),
            evidence: [confEvidence(ctx, n.entry)],
            fix: configFix(
              ctx,
              msg(kind === 'g' ? 'dev.id_unmapped.fix.gid' : 'dev.id_unmapped.fix.uid'),
              [n.entry],
              { add: kind === 'g' ? [withGid(n, gidText(ctx, n.cls === 'card' ? 'video' : 'render'))] : [] },
            ),
          });
        }
      }
      return out;
    },
  },
  {
    id: 'dev.nvidia_mode',
    area: 'dev',
    run(ctx) {
      const nodes = devNodes(ctx).filter((n) => n.cls.startsWith('nvidia') && n.cls !== 'nvidia-caps');
      if (nodes.length === 0) return null;
      const bad = nodes.filter((n) => n.dev?.mode !== '0666');
      if (bad.length === 0) return [];
      const services = (ctx.ct?.passwd ?? []).filter((u) => SERVICE_USERS.includes(u.name));
      const gids = [...new Set(bad.map((n) => n.dev?.gid ?? 0))];
      const locked = ctx.ct?.groups
        ? services.filter((u) => gids.some((g) => g === 0 || !userInGroup(u, ctx.ct?.groups ?? [], g)))
        : [];
      if (ctx.ct?.groups && services.length > 0 && locked.length === 0 && !gids.includes(0)) return [];
      const groupName = gids.map((g) => ctGroupName(ctx, g) ?? String(g)).join(', ');
      return [
        {
          severity: 'warn',
          explanation: msg(locked.length ? 'dev.nvidia_mode.users' : 'dev.nvidia_mode', {
            group: groupName,
            users: locked.map((u) => u.name).join(', '),
          }),
          evidence: bad.map((n) => confEvidence(ctx, n.entry)),
          fix: configFix(
            ctx,
            msg('dev.nvidia_mode.fix'),
            bad.map((n) => n.entry),
            {
              add: bad.map(
                (n) =>
                  `${n.source}: ${formatDevString({ ...(n.dev ?? { path: n.hostPath, denyWrite: false }), mode: '0666' })}`,
              ),
              commands: locked.map(
                (u) => `usermod -aG ${groupName.split(',')[0]} ${u.name}   # inside the CT`,
              ),
            },
          ),
        },
      ];
    },
  },
  {
    id: 'dev.kfd_gid',
    area: 'dev',
    run(ctx) {
      const nodes = devNodes(ctx).filter((n) => n.cls === 'kfd');
      if (nodes.length === 0) return null;
      const render = ctGid(ctx, 'render');
      return nodes
        .filter((n) => {
          const gid = n.dev?.gid;
          if (gid === undefined) return true;
          return render !== undefined ? gid !== render : gid === 44 || gid === 0;
        })
        .map((n) => ({
          severity: 'warn' as const,
          explanation: msg('dev.kfd_gid', {
            gid: ctGroupName(ctx, n.dev?.gid ?? 0)
              ? `${n.dev?.gid ?? 0} (${ctGroupName(ctx, n.dev?.gid ?? 0)})`
              : (n.dev?.gid ?? 0),
          }),
          evidence: [confEvidence(ctx, n.entry)],
          fix: configFix(ctx, msg('dev.kfd_gid.fix'), [n.entry], {
            add: [withGid(n, gidText(ctx, 'render'))],
            commands: [
              `pct set ${ctx.vmid} -${n.source} ${withGid(n, gidText(ctx, 'render')).replace(/^[^:]+: /, '')}`,
            ],
          }),
        }));
    },
  },
  {
    id: 'dev.conflict',
    area: 'dev',
    run(ctx) {
      const nodes = devNodes(ctx);
      if (nodes.length === 0) return null;
      const out: Finding[] = [];
      const seen = new Map<string, PassedNode>();
      for (const n of nodes) {
        const prev = seen.get(n.hostPath);
        if (prev) {
          out.push({
            severity: 'fail',
            explanation: msg('dev.conflict.twice', {
              first: prev.source,
              second: n.source,
              path: n.hostPath,
            }),
            evidence: [confEvidence(ctx, prev.entry), confEvidence(ctx, n.entry)],
            fix: configFix(ctx, msg('dev.conflict.fix.keep_one'), [n.entry]),
          });
        }
        seen.set(n.hostPath, n);
        for (const { line, entry } of ctx.mounts) {
          const target = `/${entry.target.replace(/^\/+/, '').replace(/\/+$/, '')}`;
          if (target === n.ctPath || n.ctPath.startsWith(`${target}/`)) {
            out.push({
              severity: 'fail',
              explanation: msg(target !== n.ctPath ? 'dev.conflict.mount_dir' : 'dev.conflict.mount', {
                entry: `${n.source}: ${n.hostPath}`,
                target,
              }),
              evidence: [confEvidence(ctx, n.entry), confEvidence(ctx, line)],
              fix: configFix(ctx, msg('dev.conflict.fix.remove_bind'), [line]),
            });
          }
        }
      }
      return out;
    },
  },
  {
    id: 'dev.render_numbering',
    area: 'dev',
    run(ctx) {
      const renders = ctx.nodes.filter((n) => /^\/dev\/dri\/renderD\d+$/.test(n.ctPath));
      if (renders.length === 0) return null;
      if (renders.some((n) => n.ctPath === '/dev/dri/renderD128')) return [];
      return [
        {
          severity: 'info',
          explanation: msg('dev.render_numbering', {
            count: renders.length,
            nodes: renders.map((n) => n.ctPath.split('/').pop() ?? '').join(', '),
          }),
          evidence: renders.map((n) => confEvidence(ctx, n.entry)),
          fix: {
            summary: msg('dev.render_numbering.fix', { path: renders[0].ctPath }),
          },
        },
      ];
    },
  },
  {
    id: 'dev.vendor',
    area: 'dev',
    run(ctx) {
      const drm = ctx.nodes.filter((n) => n.cls === 'render' || n.cls === 'card');
      if (drm.length === 0) return null;
      const lines = drm.map((n) => {
        const d = ctx.host.drm.find((x) => x.name === n.host.resolved.split('/').pop());
        const vendor = !d
          ? '?'
          : d.vendor === 'other'
            ? (d.vendorId ?? '?')
            : `${d.vendor}${d.vendorId ? ` (${d.vendorId})` : ''}`;
        return `${n.ctPath} → ${d?.pci ?? '?'} ${vendor}${d?.driver ? `, ${d.driver}` : ''}`;
      });
      const kfd = ctx.nodes.some((n) => n.cls === 'kfd');
      const mismatch =
        kfd && drm.some((n) => n.cls === 'render' && n.vendor !== 'amd' && n.vendor !== 'other');
      return [
        {
          severity: mismatch ? 'warn' : 'info',
          explanation: msg(mismatch ? 'dev.vendor.mismatch' : 'dev.vendor', { nodes: lines.join('; ') }),
          evidence: drm.map((n) => confEvidence(ctx, n.entry)),
          ...(mismatch ? { fix: { summary: msg('dev.vendor.fix') } } : {}),
        },
      ];
    },
  },
];
