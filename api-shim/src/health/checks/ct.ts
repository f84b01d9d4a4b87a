// SPDX-License-Identifier: AGPL-3.0-or-later
// ct.*: inside the running container — docs/health-checks.md.

import type { Evidence, Msg } from '../../api/types.ts';
import type { ContainerFacts } from '../facts/container-facts.ts';
import { userInGroup } from '../facts/etc-files.ts';
import {
  type CheckContext,
  type CheckDef,
  confEvidence,
  configFix,
  ctView,
  devt,
  type Finding,
  fmtMode,
  isComputeNode,
  msg,
  nodeKind,
  type PassedNode,
  SERVICE_USERS,
  stated,
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

/** Docker inside the CT: the driver usually ships in the application's image, out of our sight. */
/** The VA-API drivers found in the container, quoted; or that there is none, in words. */
function vaapiEvidence(ct: ContainerFacts): Evidence {
  const source = `${ct.root}/usr/lib/x86_64-linux-gnu/dri`;
  return ct.vaapiDrivers.length
    ? { source, text: ct.vaapiDrivers.map((d) => d.name).join(', ') }
    : stated(source, 'evidence.no_vaapi_driver');
}

function dockerHint(ctx: CheckContext): Finding {
  return {
    severity: 'info',
    explanation: msg('ct.vaapi_driver.docker'),
    evidence: [stated(`${ctx.ct?.root}/var/lib/docker`, 'evidence.docker_dir')],
    fix: {
      summary: msg('ct.vaapi_driver.fix.docker'),
      commands: ['docker exec <container> vainfo --display drm --device /dev/dri/renderD128'],
    },
  };
}

export const ctChecks: CheckDef[] = [
  {
    id: 'ct.node_check',
    area: 'ct',
    run(ctx) {
      if (!ctx.ct || ctx.nodes.length === 0) return null;
      const out: Finding[] = [];
      for (const n of ctx.nodes) {
        // a missing host node with a placeholder file in the CT (an optional create=file bind) is
        // what Docker reports as "not a device node": say so, under the cause of the missing node
        const placeholder = n.host.type === 'missing' && n.inCt?.type === 'file';
        if ((n.host.type !== 'char' && !placeholder) || !n.inCt) continue;
        const c = n.inCt;
        const see = n.via === 'devN' ? 'dev.path_missing' : 'mount.optional_missing, mount.no_create';
        let why: Msg | undefined;
        if (c.type === 'missing') why = msg('ct.node_check.missing', { path: n.ctPath, see });
        else if (c.type === 'file') why = msg('ct.node_check.placeholder', { path: n.ctPath, see });
        else if (c.type !== 'char') why = msg('ct.node_check.not_device', { path: n.ctPath, see });
        else if (devt(c) !== devt(n.host))
          why = msg('ct.node_check.stale', {
            path: n.ctPath,
            devt: devt(c) ?? '?',
            hostDevt: devt(n.host) ?? '?',
            see,
          });
        if (!why) continue;
        out.push({
          severity: 'fail',
          explanation: why,
          evidence: [confEvidence(ctx, n.entry), nodeKind(`${ctx.ct.root}${n.ctPath}`, c)],
          fix: {
            summary: msg('ct.node_check.fix'),
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
          explanation: msg(inGroups.length ? 'ct.service_user_groups' : 'ct.service_user_groups.no_groups', {
            user: u.name,
            path: n.ctPath,
            gid: gname ? `${v.gid} (${gname})` : v.gid,
            mode: fmtMode(v.mode),
            groups: inGroups.join(', '),
          }),
          evidence: [
            confEvidence(ctx, n.entry),
            { source: `${ctx.ct.root}/etc/passwd`, text: `${u.name}:x:${u.uid}:${u.gid}` },
          ],
          // the node's group should be render (render nodes, kfd): fix the node, not the user
          fix:
            (gname === 'render' || gname === 'video') &&
            !(n.via === 'devN' && render !== undefined && gname !== 'render')
              ? {
                  summary: msg('ct.service_user_groups.fix.add_user', { user: u.name, group: gname }),
                  commands: [`pct exec ${ctx.vmid} -- usermod -aG ${gname} ${u.name}`],
                }
              : render !== undefined && n.via === 'devN'
                ? configFix(
                    ctx,
                    msg('ct.service_user_groups.fix.devn_gid', {
                      see: n.cls === 'kfd' ? 'dev.kfd_gid' : 'dev.gid_wrong_group',
                    }),
                    [n.entry],
                    {
                      add: [
                        `${n.source}: ${n.hostPath},gid=${render}${n.dev?.mode ? `,mode=${n.dev.mode}` : ''}${n.dev?.uid !== undefined ? `,uid=${n.dev.uid}` : ''}`,
                      ],
                    },
                  )
                : {
                    summary: msg('ct.service_user_groups.fix.node_group'),
                  },
        });
      }
      return out;
    },
  },
  {
    id: 'ct.group_collision',
    area: 'ct',
    run(ctx) {
      if (!ctx.ct?.groups) return null;
      const out: Finding[] = [];
      for (const name of ['render', 'video']) {
        const gs = ctx.ct.groups.filter((g) => g.name === name);
        if (gs.length < 2) continue;
        out.push({
          severity: 'warn',
          explanation: msg('ct.group_collision', {
            count: gs.length,
            group: name,
            gids: gs.map((g) => g.gid).join(', '),
          }),
          evidence: gs.map((g) => ({
            source: `${ctx.ct?.root}/etc/group`,
            line: g.line,
            text: `${g.name}:x:${g.gid}`,
          })),
          fix: {
            summary: msg('ct.group_collision.fix'),
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
    run(ctx) {
      if (!ctx.ct) return null;
      const vendors = new Set(ctx.nodes.filter((n) => n.cls === 'render').map((n) => n.vendor));
      const want = vendors.has('intel') ? 'intel' : vendors.has('amd') ? 'amd' : undefined;
      if (!want) return null;
      // compute only (ollama, ROCm): nothing here decodes video, VA-API is not needed
      const users = new Set((ctx.ct.passwd ?? []).map((u) => u.name));
      const media = SERVICE_USERS.filter((u) => u !== 'ollama' && u !== 'abc');
      if (users.has('ollama') && !media.some((u) => users.has(u))) return null;
      const names = new Set(ctx.ct.vaapiDrivers.map((d) => d.name));
      const out: Finding[] = [];
      const soft = accessBroken(ctx);
      if (want === 'intel') {
        if (ctx.ct.libvaDriverName === 'i965' && names.has('iHD')) {
          out.push({
            severity: 'warn',
            explanation: msg('ct.vaapi_driver.i965_forced'),
            evidence: [{ source: `${ctx.ct.root}/etc/environment`, text: 'LIBVA_DRIVER_NAME=i965' }],
            fix: { summary: msg('ct.vaapi_driver.fix.i965_forced') },
          });
        } else if (!names.has('iHD') && ctx.ct.docker) {
          out.push(dockerHint(ctx));
        } else if (!names.has('iHD')) {
          out.push({
            severity: soft ? 'info' : 'warn',
            explanation: msg(
              `ct.vaapi_driver.${names.has('i965') ? 'only_i965' : 'no_ihd'}${soft ? '_no_access' : ''}`,
            ),
            evidence: [vaapiEvidence(ctx.ct)],
            fix: {
              summary: msg('ct.vaapi_driver.fix.intel'),
              commands: [`pct exec ${ctx.vmid} -- apt-get install -y intel-media-va-driver-non-free vainfo`],
            },
          });
        }
      } else if (!names.has('radeonsi') && ctx.ct.docker) {
        out.push(dockerHint(ctx));
      } else if (!names.has('radeonsi')) {
        out.push({
          severity: soft ? 'info' : 'warn',
          explanation: msg(soft ? 'ct.vaapi_driver.no_radeonsi_no_access' : 'ct.vaapi_driver.no_radeonsi'),
          evidence: [vaapiEvidence(ctx.ct)],
          fix: {
            summary: msg('ct.vaapi_driver.fix.amd'),
            commands: [`pct exec ${ctx.vmid} -- apt-get install -y mesa-va-drivers vainfo`],
          },
        });
      }
      return out;
    },
  },
];
