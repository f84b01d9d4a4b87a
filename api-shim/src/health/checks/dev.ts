// SPDX-License-Identifier: AGPL-3.0-or-later
// dev.*: PVE device passthrough entries (devN) — research/health-checks.md §2.C.

import { type DevSpec, formatDevString } from '../config/dev-string.ts';
import { userInGroup } from '../facts/etc-files.ts';
import { ctToHost } from '../idmap/idmap.ts';
import {
  type CheckContext,
  type CheckDef,
  confEvidence,
  ctGid,
  ctGroupName,
  type Finding,
  fmtMode,
  gidText,
  isGpuPath,
  type PassedNode,
  SERVICE_USERS,
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
    title: 'Passed-through device paths exist on the host',
    run(ctx) {
      const nodes = devNodes(ctx);
      if (nodes.length === 0) return null;
      return nodes
        .filter((n) => n.host.type === 'missing')
        .map((n) => {
          const others = ctx.host.drm.filter((d) => (n.cls === 'render' ? /^renderD/ : /^card/).test(d.name));
          let hint = '';
          if ((n.cls === 'card' || n.cls === 'render') && others.length) {
            hint = ` The host has ${others.map((o) => o.name).join(', ')} instead: DRM numbering can change between boots and kernels (see dev.node_renamed).`;
          } else if (n.cls === 'nvidia-uvm') {
            hint =
              ' /dev/nvidia-uvm only exists once the nvidia_uvm module is loaded and its node created (see nv.uvm_lazy).';
          } else if (n.cls.startsWith('nvidia')) {
            hint = ' The NVIDIA kernel module is probably not loaded (see nv.module).';
          }
          const other = others[0];
          const stable = other?.pci
            ? `/dev/dri/by-path/pci-${other.pci}-${n.cls === 'render' ? 'render' : 'card'}`
            : other?.path;
          return {
            severity: 'fail' as const,
            explanation: `\`${n.source}: ${n.entry.value}\` does not exist on the host; \`pct start\` aborts with \`Device ${n.hostPath} does not exist\`.${hint}`,
            evidence: [confEvidence(ctx, n.entry), { source: n.hostPath, text: 'missing' }],
            fix: stable
              ? {
                  summary: 'Point the entry at the existing node, preferably by its stable by-path name',
                  file: ctx.confPath,
                  remove: [n.entry.text],
                  add: [
                    `${n.source}: ${formatDevString({ ...(n.dev ?? { denyWrite: false }), path: stable })}`,
                  ],
                }
              : {
                  summary:
                    'Make the device exist on the host before the container starts, or remove the entry',
                  file: ctx.confPath,
                },
          };
        });
    },
  },
  {
    id: 'dev.not_device',
    area: 'dev',
    title: 'Passed-through paths are device nodes',
    run(ctx) {
      const nodes = ctx.nodes.filter((n) => n.via === 'devN' || n.via === 'mount');
      if (nodes.length === 0) return null;
      return nodes
        .filter((n) => n.host.type === 'file' || (n.host.type === 'dir' && n.via === 'devN'))
        .map((n) => ({
          severity: 'fail' as const,
          explanation: `\`${n.hostPath}\` on the host is a ${n.host.type === 'file' ? 'regular file' : 'directory'}, not a device (PVE: \`${n.hostPath} is not a device\`).`,
          evidence: [
            confEvidence(ctx, n.entry),
            {
              source: n.hostPath,
              text: `${n.host.type} mode ${fmtMode(n.host.mode)} ${n.host.uid}:${n.host.gid}`,
            },
          ],
          fix: {
            summary:
              'Remove the file and let udev recreate the node; then check dev.conflict for how it got there',
            commands: [`rm ${n.host.resolved}`, 'udevadm trigger -s drm'],
          },
        }));
    },
  },
  {
    id: 'dev.node_renamed',
    area: 'dev',
    title: 'Stable GPU node names',
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
              ? `\`${n.hostPath}\` is gone and the host now has ${others.join(', ')}: the GPU was probably renumbered. Since kernel 5.14 the simpledrm boot framebuffer often takes card0 first, and numbers can change between boots and kernel upgrades.`
              : `The config names \`${n.hostPath}\` by number. It matches the host today, but DRM numbering can change (simpledrm taking card0, kernel upgrades, a second GPU). VA-API, QSV and NVENC only need the render node.`,
          evidence: [confEvidence(ctx, n.entry)],
          fix: {
            summary: stable
              ? 'Use the stable by-path name (or drop the card node entirely)'
              : 'Drop the card node (the render node is enough), or use /dev/dri/by-path names',
            file: ctx.confPath,
            ...(stable && n.via === 'devN'
              ? {
                  remove: [n.entry.text],
                  add: [
                    `${n.source}: ${formatDevString({ ...(n.dev ?? { denyWrite: false }), path: stable })}`,
                  ],
                }
              : {}),
          },
        });
      }
      return out;
    },
  },
  {
    id: 'dev.bypath',
    area: 'dev',
    title: 'by-path nodes appear under their by-path name',
    run(ctx) {
      const nodes = devNodes(ctx).filter((n) => n.hostPath.startsWith('/dev/dri/by-path/'));
      if (devNodes(ctx).length === 0) return null;
      return nodes.map((n) => ({
        severity: 'info' as const,
        explanation: `PVE creates the node inside the container at the configured path \`${n.hostPath}\`, not at \`/dev/dri/${n.host.resolved.split('/').pop()}\` (the autodev hook mounts onto /dev/<configured path>). Applications that probe /dev/dri/renderD128 will not find it.`,
        evidence: [confEvidence(ctx, n.entry), { source: n.hostPath, text: `→ ${n.host.resolved}` }],
        fix: {
          summary:
            'Point the application at the by-path node (Jellyfin "VA-API Device", ffmpeg -vaapi_device, LIBVA_DRM_DEVICE where supported), or add a symlink inside the container at boot',
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
    title: 'GPU devN entries set a group',
    run(ctx) {
      const nodes = devNodes(ctx).filter((n) => isGpuPath(n.hostPath));
      if (nodes.length === 0) return null;
      return nodes
        .filter((n) => n.dev?.gid === undefined && n.dev?.mode === undefined && n.cls !== 'nvidia-caps')
        .map((n) => {
          const name = n.cls === 'card' ? 'video' : 'render';
          return {
            severity: 'warn' as const,
            explanation: `\`${n.hostPath}\` will be \`root:root 0660\` in the container: only container root can use it; services running as their own user (jellyfin, plex, immich, frigate, ollama) get \`Permission denied\`.`,
            evidence: [confEvidence(ctx, n.entry)],
            fix: {
              summary: `Give the node the container's ${name} group (value read from the container's /etc/group when it runs)`,
              file: ctx.confPath,
              remove: [n.entry.text],
              add: [withGid(n, gidText(ctx, name))],
              commands: [
                `pct set ${ctx.vmid} -${n.source} ${withGid(n, gidText(ctx, name)).replace(/^[^:]+: /, '')}`,
              ],
            },
          };
        });
    },
  },
  {
    id: 'dev.gid_wrong_group',
    area: 'dev',
    title: "devN group is the container's render/video group",
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
          explanation: `\`${n.source}\` uses gid ${n.dev?.gid}, the HOST's render gid. The gid in devN is a container gid: it must be the render group inside the container, which often differs (Debian 12: 105, Ubuntu 24.04: 993). Start the container to let this check read its /etc/group.`,
          evidence: [confEvidence(ctx, n.entry), { source: '/etc/group', text: `render:x:${hostRender}` }],
          fix: {
            summary: 'Look the gid up inside the container and use that',
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
          explanation: `\`${n.source}\` sets gid ${gid}, which is ${name ? `\`${name}\`` : 'no group'} inside this container${ctx.ct.osRelease ? ` (${ctx.ct.osRelease})` : ''}; its \`${wantName}\` group is ${want ?? 'missing'}. The ${n.cls === 'render' ? 'render' : 'card'} node therefore belongs to the wrong group. (The gid in devN is a container gid; the host's render gid does not matter here.)`,
          evidence: [
            confEvidence(ctx, n.entry),
            {
              source: `${ctx.ct.root}/etc/group`,
              text: [
                name ? `${name}:x:${gid}` : `(no group ${gid})`,
                want !== undefined ? `${wantName}:x:${want}` : `(no ${wantName} group)`,
              ].join(' ; '),
            },
          ],
          fix:
            want === undefined
              ? {
                  summary: `Create the ${wantName} group inside the container first (e.g. install the GPU user-space packages), then set its gid here`,
                }
              : {
                  summary: `Set ${n.source} to the container's ${wantName} gid and restart the container`,
                  file: ctx.confPath,
                  remove: [n.entry.text],
                  add: [withGid(n, want)],
                  commands: [
                    `pct set ${ctx.vmid} -${n.source} ${withGid(n, want).replace(/^[^:]+: /, '')}`,
                    `pct reboot ${ctx.vmid}`,
                  ],
                },
        });
      }
      return out;
    },
  },
  {
    id: 'dev.id_unmapped',
    area: 'dev',
    title: 'devN uid/gid are mapped',
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
            explanation: `\`${kind}id=${id}\` is not mapped by this container's lxc.idmap, so PVE chowns the node to host ${kind}id ${id} and the container sees \`${kind === 'g' ? 'nogroup' : 'nobody'}\`.`,
            evidence: [confEvidence(ctx, n.entry)],
            fix: {
              summary: `Use a mapped ${kind}id (the container's render group) or fix the map (idmap.gap)`,
              file: ctx.confPath,
              remove: [n.entry.text],
              add: kind === 'g' ? [withGid(n, gidText(ctx, n.cls === 'card' ? 'video' : 'render'))] : [],
            },
          });
        }
      }
      return out;
    },
  },
  {
    id: 'dev.nvidia_mode',
    area: 'dev',
    title: "NVIDIA nodes are usable by the container's services",
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
          explanation: `On the host the NVIDIA nodes are 0666; through devN they become \`0660 root:${groupName}\` in the container, so services that are not in that group ${locked.length ? `(${locked.map((u) => u.name).join(', ')})` : '(ollama, jellyfin, immich …)'} cannot open them.`,
          evidence: bad.map((n) => confEvidence(ctx, n.entry)),
          fix: {
            summary:
              'Add mode=0666 to the NVIDIA devN entries (the same exposure as on the host; the driver enforces its own checks), or add the service users to the group',
            file: ctx.confPath,
            remove: bad.map((n) => n.entry.text),
            add: bad.map(
              (n) =>
                `${n.source}: ${formatDevString({ ...(n.dev ?? { path: n.hostPath, denyWrite: false }), mode: '0666' })}`,
            ),
            commands: locked.map((u) => `usermod -aG ${groupName.split(',')[0]} ${u.name}   # inside the CT`),
          },
        },
      ];
    },
  },
  {
    id: 'dev.kfd_gid',
    area: 'dev',
    title: '/dev/kfd belongs to the render group',
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
          explanation: `ROCm expects /dev/kfd to be accessible through the render group; here it is group ${n.dev?.gid ?? 0}${ctGroupName(ctx, n.dev?.gid ?? 0) ? ` (${ctGroupName(ctx, n.dev?.gid ?? 0)})` : ''}. rocminfo/ollama report \`Unable to open /dev/kfd read-write: Permission denied\` for users only in render.`,
          evidence: [confEvidence(ctx, n.entry)],
          fix: {
            summary: "Give /dev/kfd the container's render gid",
            file: ctx.confPath,
            remove: [n.entry.text],
            add: [withGid(n, gidText(ctx, 'render'))],
            commands: [
              `pct set ${ctx.vmid} -${n.source} ${withGid(n, gidText(ctx, 'render')).replace(/^[^:]+: /, '')}`,
            ],
          },
        }));
    },
  },
  {
    id: 'dev.conflict',
    area: 'dev',
    title: 'No node is passed twice',
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
            explanation: `\`${prev.source}\` and \`${n.source}\` both pass \`${n.hostPath}\`; the autodev hook's second mknod hits an existing file and the start fails (\`Failed to run autodev hooks\`).`,
            evidence: [confEvidence(ctx, prev.entry), confEvidence(ctx, n.entry)],
            fix: { summary: 'Keep one entry', file: ctx.confPath, remove: [n.entry.text] },
          });
        }
        seen.set(n.hostPath, n);
        for (const { line, entry } of ctx.mounts) {
          const target = `/${entry.target.replace(/^\/+/, '').replace(/\/+$/, '')}`;
          if (target === n.ctPath || n.ctPath.startsWith(`${target}/`)) {
            out.push({
              severity: 'fail',
              explanation: `\`${n.source}: ${n.hostPath}\` and an \`lxc.mount.entry\` onto \`${target}\`: LXC runs mount entries before the autodev hook, whose mknod then hits an existing file (\`Could not mknod …: File exists\`) and the start fails with \`Script exited with status 17\`.${target !== n.ctPath ? " With a whole-directory bind the hook even writes into the host's real directory." : ''}`,
              evidence: [confEvidence(ctx, n.entry), confEvidence(ctx, line)],
              fix: {
                summary: 'Use either devN or raw entries for a node, never both; remove the raw bind',
                file: ctx.confPath,
                remove: [line.text],
              },
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
    title: 'renderD128 is present for default probing',
    run(ctx) {
      const renders = ctx.nodes.filter((n) => /^\/dev\/dri\/renderD\d+$/.test(n.ctPath));
      if (renders.length === 0) return null;
      if (renders.some((n) => n.ctPath === '/dev/dri/renderD128')) return [];
      return [
        {
          severity: 'info',
          explanation: `Only ${renders.map((n) => n.ctPath.split('/').pop()).join(', ')} ${renders.length > 1 ? 'are' : 'is'} present in the container. libva's default probing starts at renderD128 (intel/libva#540), so vainfo/ffmpeg without an explicit device may fail.`,
          evidence: renders.map((n) => confEvidence(ctx, n.entry)),
          fix: {
            summary: `Configure the device path in the application (e.g. ffmpeg -vaapi_device ${renders[0].ctPath}, vainfo --display drm --device ${renders[0].ctPath})`,
          },
        },
      ];
    },
  },
  {
    id: 'dev.vendor',
    area: 'dev',
    title: 'Which GPU each passed node belongs to',
    run(ctx) {
      const drm = ctx.nodes.filter((n) => n.cls === 'render' || n.cls === 'card');
      if (drm.length === 0) return null;
      const lines = drm.map((n) => {
        const d = ctx.host.drm.find((x) => x.name === n.host.resolved.split('/').pop());
        return `${n.ctPath} → ${d?.pci ?? 'unknown PCI device'} ${d?.vendor ?? 'unknown vendor'}${d?.vendorId ? ` (${d.vendorId})` : ''}${d?.driver ? `, ${d.driver}` : ''}`;
      });
      const kfd = ctx.nodes.some((n) => n.cls === 'kfd');
      const mismatch =
        kfd && drm.some((n) => n.cls === 'render' && n.vendor !== 'amd' && n.vendor !== 'other');
      return [
        {
          severity: mismatch ? 'warn' : 'info',
          explanation: `${mismatch ? 'The container passes /dev/kfd (AMD ROCm) but a render node of another vendor. ' : ''}${lines.join('; ')}.`,
          evidence: drm.map((n) => confEvidence(ctx, n.entry)),
          ...(mismatch
            ? { fix: { summary: 'Pass the render node of the intended GPU by its by-path name' } }
            : {}),
        },
      ];
    },
  },
];
