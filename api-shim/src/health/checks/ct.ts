// SPDX-License-Identifier: AGPL-3.0-or-later
// ct.*: inside the running container — research/health-checks.md §2.G.

import { userInGroup } from '../facts/etc-files.ts';
import {
  type CheckContext,
  type CheckDef,
  confEvidence,
  ctView,
  devt,
  type Finding,
  fmtMode,
  isComputeNode,
  type PassedNode,
  SERVICE_USERS,
} from './context.ts';
import { rawAccess } from './mount.ts';

function canUse(
  ctx: CheckContext,
  n: PassedNode,
  user: { name: string; uid: number; gid: number; line: number },
): boolean {
  const v = ctView(ctx, n);
  if (user.uid === 0) return n.via === 'devN' ? true : rawAccess(ctx, n).ok;
  if ((v.mode & 0o006) === 0o006) return true;
  if (v.uid === user.uid && (v.mode & 0o600) === 0o600) return true;
  return (v.mode & 0o060) === 0o060 && userInGroup(user, ctx.ct?.groups ?? [], v.gid);
}

/** Is the GPU out of reach for the container's services? (used to soften ct.vaapi_driver) */
export function accessBroken(ctx: CheckContext): boolean {
  const groups = ctx.ct?.groups;
  if (!groups) return false;
  const services = (ctx.ct?.passwd ?? []).filter((u) => SERVICE_USERS.includes(u.name));
  return ctx.nodes.some((n) => {
    if (n.cls !== 'render') return false;
    if (n.via !== 'devN' && !rawAccess(ctx, n).ok) return true;
    const v = ctView(ctx, n);
    if ((v.mode & 0o006) === 0o006) return false;
    const name = groups.find((g) => g.gid === v.gid)?.name;
    if (name !== 'render' && name !== 'video') return true;
    return services.some((u) => !canUse(ctx, n, u));
  });
}

export const ctChecks: CheckDef[] = [
  {
    id: 'ct.node_check',
    area: 'ct',
    title: 'Nodes inside the container are the host devices',
    run(ctx) {
      if (!ctx.ct || ctx.nodes.length === 0) return null;
      const out: Finding[] = [];
      for (const n of ctx.nodes) {
        if (n.host.type !== 'char' || !n.inCt) continue;
        const c = n.inCt;
        let why: string | undefined;
        if (c.type === 'missing') why = `\`${n.ctPath}\` does not exist in the container`;
        else if (c.type !== 'char')
          why = `\`${n.ctPath}\` in the container is a ${c.type === 'file' ? 'regular (placeholder) file' : c.type} — the bind mount did not happen`;
        else if (devt(c) !== devt(n.host))
          why = `\`${n.ctPath}\` in the container is ${devt(c)}, the host node is ${devt(n.host)} — a stale node from before a driver reload`;
        if (!why) continue;
        out.push({
          severity: 'fail',
          explanation: `${why} (see ${n.via === 'devN' ? 'dev.path_missing' : 'mount.optional_missing, mount.no_create'}).${c.type === 'char' ? ' Restart the container.' : ''}`,
          evidence: [
            confEvidence(ctx, n.entry),
            {
              source: `${ctx.ct.root}${n.ctPath}`,
              text: c.type === 'missing' ? 'missing' : `${c.type} ${devt(c) ?? ''}`.trim(),
            },
          ],
          fix: {
            summary: 'Restart the container after fixing the referenced check',
            commands: [`pct reboot ${ctx.vmid}`],
          },
        });
      }
      return out;
    },
  },
  {
    id: 'ct.service_user_groups',
    area: 'ct',
    title: 'Service users can open the GPU',
    run(ctx) {
      if (!ctx.ct?.passwd || !ctx.ct.groups) return null;
      const nodes = ctx.nodes.filter((n) => isComputeNode(n.cls) && n.host.type === 'char');
      if (nodes.length === 0) return null;
      const users = ctx.ct.passwd.filter((u) => SERVICE_USERS.includes(u.name));
      const render = ctx.ct.groups.find((g) => g.name === 'render')?.gid;
      const out: Finding[] = [];
      for (const u of users) {
        const blocked = nodes.filter((n) => !canUse(ctx, n, u));
        // NVIDIA nodes: dev.nvidia_mode says it with the better fix
        const relevant = blocked.filter((n) => !(n.via === 'devN' && n.cls.startsWith('nvidia')));
        if (relevant.length === 0) continue;
        const n = relevant[0];
        const v = ctView(ctx, n);
        const gname = ctx.ct.groups.find((g) => g.gid === v.gid)?.name;
        const inGroups = ctx.ct.groups
          .filter((g) => g.members.includes(u.name) || g.gid === u.gid)
          .map((g) => `${g.name}(${g.gid})`);
        out.push({
          severity: 'fail',
          explanation: `User \`${u.name}\` cannot open \`${n.ctPath}\`: it is owned by gid ${v.gid}${gname ? ` (\`${gname}\`)` : ''}, mode ${fmtMode(v.mode)}, and ${u.name} is in ${inGroups.join(', ') || 'no extra groups'}.`,
          evidence: [
            confEvidence(ctx, n.entry),
            { source: `${ctx.ct.root}/etc/passwd`, text: `${u.name}:x:${u.uid}:${u.gid}` },
          ],
          // the node's group should be render (render nodes, kfd): fix the node, not the user
          fix:
            (gname === 'render' || gname === 'video') &&
            !(n.via === 'devN' && render !== undefined && gname !== 'render')
              ? {
                  summary: `Add ${u.name} to ${gname} inside the container and restart the service`,
                  commands: [`pct exec ${ctx.vmid} -- usermod -aG ${gname} ${u.name}`],
                }
              : render !== undefined && n.via === 'devN'
                ? {
                    summary: `Give the node the container's render group (${n.cls === 'kfd' ? 'dev.kfd_gid' : 'dev.gid_wrong_group'}), then restart the container`,
                    file: ctx.confPath,
                    remove: [n.entry.text],
                    add: [
                      `${n.source}: ${n.hostPath},gid=${render}${n.dev?.mode ? `,mode=${n.dev.mode}` : ''}${n.dev?.uid !== undefined ? `,uid=${n.dev.uid}` : ''}`,
                    ],
                  }
                : {
                    summary:
                      "Give the node the container's render group (see dev.gid_wrong_group / mount.unmapped_owner)",
                  },
        });
      }
      return out;
    },
  },
  {
    id: 'ct.group_collision',
    area: 'ct',
    title: 'One render and one video group',
    run(ctx) {
      if (!ctx.ct?.groups) return null;
      const out: Finding[] = [];
      for (const name of ['render', 'video']) {
        const gs = ctx.ct.groups.filter((g) => g.name === name);
        if (gs.length < 2) continue;
        out.push({
          severity: 'warn',
          explanation: `The container has ${gs.length} \`${name}\` groups (${gs.map((g) => g.gid).join(' and ')}); tools resolve the name to one of them.`,
          evidence: gs.map((g) => ({
            source: `${ctx.ct?.root}/etc/group`,
            line: g.line,
            text: `${g.name}:x:${g.gid}`,
          })),
          fix: {
            summary: 'Remove the duplicate; keep the gid the node is owned by',
            commands: [`pct exec ${ctx.vmid} -- vigr`],
          },
        });
      }
      return out;
    },
  },
  {
    id: 'ct.vaapi_driver',
    area: 'ct',
    title: 'A VA-API driver for the GPU is installed',
    run(ctx) {
      if (!ctx.ct) return null;
      const vendors = new Set(ctx.nodes.filter((n) => n.cls === 'render').map((n) => n.vendor));
      const want = vendors.has('intel') ? 'intel' : vendors.has('amd') ? 'amd' : undefined;
      if (!want) return null;
      const names = new Set(ctx.ct.vaapiDrivers.map((d) => d.name));
      const out: Finding[] = [];
      const soft = accessBroken(ctx);
      if (want === 'intel') {
        if (ctx.ct.libvaDriverName === 'i965' && names.has('iHD')) {
          out.push({
            severity: 'warn',
            explanation:
              'LIBVA_DRIVER_NAME=i965 forces the legacy driver; it only supports pre-Broadwell GPUs.',
            evidence: [{ source: `${ctx.ct.root}/etc/environment`, text: 'LIBVA_DRIVER_NAME=i965' }],
            fix: { summary: 'Remove LIBVA_DRIVER_NAME or set it to iHD' },
          });
        } else if (!names.has('iHD')) {
          out.push({
            severity: soft ? 'info' : 'warn',
            explanation: `${names.has('i965') ? 'The container has only the legacy i965 VA-API driver.' : 'No Intel VA-API driver (iHD_drv_video.so) was found in the container.'} For Gen9 and newer Intel GPUs install intel-media-va-driver-non-free (Debian: enable non-free).${soft ? ' The container cannot open the render node yet (see above); fix access first, then re-check the driver (`vainfo`).' : ''}`,
            evidence: [
              {
                source: `${ctx.ct.root}/usr/lib/x86_64-linux-gnu/dri`,
                text: ctx.ct.vaapiDrivers.map((d) => d.name).join(', ') || '(no *_drv_video.so)',
              },
            ],
            fix: {
              summary: 'Install the media driver inside the container',
              commands: [`pct exec ${ctx.vmid} -- apt-get install -y intel-media-va-driver-non-free vainfo`],
            },
          });
        }
      } else if (!names.has('radeonsi')) {
        out.push({
          severity: soft ? 'info' : 'warn',
          explanation: 'No radeonsi_drv_video.so (mesa-va-drivers) was found in the container.',
          evidence: [
            {
              source: `${ctx.ct.root}/usr/lib/x86_64-linux-gnu/dri`,
              text: ctx.ct.vaapiDrivers.map((d) => d.name).join(', ') || '(none)',
            },
          ],
          fix: {
            summary: 'Install mesa-va-drivers inside the container',
            commands: [`pct exec ${ctx.vmid} -- apt-get install -y mesa-va-drivers vainfo`],
          },
        });
      }
      return out;
    },
  },
];
