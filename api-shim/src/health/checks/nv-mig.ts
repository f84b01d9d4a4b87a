// SPDX-License-Identifier: AGPL-3.0-or-later
// nv.mig_caps: with MIG on, /dev/nvidiaN alone opens no instance. A process reaches a MIG device
// through the access capability of its GPU instance and of one of that GI's compute instances,
// the nodes /dev/nvidia-caps/nvidia-cap<minor> (NVIDIA's MIG User Guide, "Device Nodes and
// Capabilities"); NVIDIA's own container toolkit hands a container exactly /dev/nvidiaN, the GI
// cap and the CI cap (nvidia-container-toolkit, internal/nvcaps and the MIG device discoverer).
// So the container needs, for at least one instance of each MIG GPU it gets, both cap nodes bound
// and allowed by its device cgroup. The minors come from /proc/driver/nvidia/capabilities
// (facts/nvidia-mig.ts), the major from /proc/devices ("nvidia-caps", dynamic). docs/health-checks.md.

import { FIX_PLACEHOLDERS } from '../../api/fix-placeholders.ts';
import type { MigCapInstance } from '../facts/nvidia-mig.ts';
import {
  type CheckContext,
  type CheckDef,
  confEvidence,
  devt,
  type Finding,
  hostEvidence,
  msg,
  type PassedNode,
  stated,
} from './context.ts';
import { deviceVerdict, effectiveRules } from './device-cgroup.ts';

const capPath = (minor: number) => `/dev/nvidia-caps/nvidia-cap${minor}`;
const capsDir = (gpu: number, gi: number) => `/proc/driver/nvidia/capabilities/gpu${gpu}/mig/gi${gi}`;
const instanceText = (i: MigCapInstance) =>
  `GI ${i.gi}${i.cis.length ? ` (CI ${i.cis.map((c) => c.ci).join(', ')})` : ''}`;

/** The lines that give the container one instance's GI and CI cap nodes, in the config's style. */
function addLines(ctx: CheckContext, major: number | undefined, minors: number[]): string[] {
  const devN = ctx.nodes.some((n) => n.cls === 'nvidia' && n.via === 'devN');
  if (devN) {
    const taken = new Set(ctx.devs.map((d) => d.line.key));
    const out: string[] = [];
    let k = 0;
    for (const m of minors) {
      while (taken.has(`dev${k}`)) k++;
      taken.add(`dev${k}`);
      out.push(`dev${k}: ${capPath(m)}`);
    }
    return out;
  }
  return minors.flatMap((m) => [
    ...(ctx.unprivileged
      ? []
      : [`lxc.cgroup2.devices.allow: c ${major ?? FIX_PLACEHOLDERS.capsMajor}:${m} rw`]),
    `lxc.mount.entry: ${capPath(m)} ${capPath(m).slice(1)} none bind,optional,create=file`,
  ]);
}

export const nvMigChecks: CheckDef[] = [
  {
    id: 'nv.mig_caps',
    area: 'nv',
    run(ctx) {
      // LXC's nvidia hook binds what NVIDIA_VISIBLE_DEVICES names itself (nv.lxc_hook).
      if (ctx.hooks.some((h) => h.lxcNvidia)) return null;
      const gpus = ctx.nodes.filter(
        (n) =>
          n.cls === 'nvidia' &&
          n.host.type === 'char' &&
          ctx.host.nvidiaMig.instances.some((i) => i.gpu === n.host.minor),
      );
      if (gpus.length === 0) return null;
      const major = ctx.host.charMajors.get('nvidia-caps');
      const rules = effectiveRules(ctx);
      const caps = ctx.nodes.filter((n) => n.cls === 'nvidia-caps' && n.host.type === 'char');
      const capOf = (minor: number): PassedNode | undefined =>
        caps.find((c) => c.host.minor === minor && (major === undefined || c.host.major === major));
      const usable = (minor: number) => {
        const c = capOf(minor);
        return !!c && deviceVerdict(rules, c.host).allowed;
      };
      const out: Finding[] = [];
      for (const gpu of gpus) {
        const minor = gpu.host.minor as number;
        const instances = ctx.host.nvidiaMig.instances.filter((i) => i.gpu === minor);
        if (instances.some((i) => usable(i.giMinor) && i.cis.some((c) => usable(c.minor)))) continue;
        const evidence = [
          confEvidence(ctx, gpu.entry),
          ...instances
            .slice(0, 4)
            .map((i) =>
              hostEvidence(
                `${capsDir(minor, i.gi)}/access`,
                `DeviceFileMinor: ${i.giMinor}${i.cis.length ? `; ${i.cis.map((c) => `ci${c.ci}: ${c.minor}`).join(', ')}` : ''}`,
              ),
            ),
          major === undefined
            ? stated('/proc/devices', 'evidence.no_caps_major')
            : hostEvidence('/proc/devices', `${major} nvidia-caps`),
        ];
        // cap nodes of an instance are bound, but the device cgroup refuses them
        const blocked = instances
          .flatMap((i) => [i.giMinor, ...i.cis.map((c) => c.minor)])
          .map(capOf)
          .filter((c): c is PassedNode => !!c && !deviceVerdict(rules, c.host).allowed);
        if (blocked.length > 0) {
          out.push({
            severity: 'fail',
            explanation: msg('nv.mig_caps.blocked', {
              gpu: gpu.hostPath,
              count: blocked.length,
              nodes: blocked.map((c) => `${c.hostPath} (${devt(c.host)})`).join(', '),
            }),
            evidence: [...evidence, ...blocked.map((c) => confEvidence(ctx, c.entry))],
            fix: {
              summary: msg('nv.mig_caps.fix.allow'),
              file: ctx.confPath,
              add: [...new Set(blocked.map((c) => `lxc.cgroup2.devices.allow: c ${devt(c.host)} rw`))],
            },
          });
          continue;
        }
        // a GI's cap without any of its CIs' caps (or the reverse): half an instance
        const half = instances.find((i) => capOf(i.giMinor) || i.cis.some((c) => capOf(c.minor)));
        const target = half ?? instances.find((i) => i.cis.length > 0) ?? instances[0];
        const missing = [target.giMinor, ...(target.cis[0] ? [target.cis[0].minor] : [])].filter(
          (m) => !capOf(m),
        );
        const hostMissing = missing.filter((m) => !ctx.host.nvidiaMig.hostNodes.includes(m));
        out.push({
          severity: 'fail',
          explanation: half
            ? msg('nv.mig_caps.half', {
                gpu: gpu.hostPath,
                gi: target.gi,
                nodes: missing.map(capPath).join(', '),
              })
            : msg('nv.mig_caps.none', {
                gpu: gpu.hostPath,
                count: instances.length,
                instances: instances.map(instanceText).join(', '),
                minor,
              }),
          evidence,
          fix: {
            summary: msg('nv.mig_caps.fix.add', { gi: target.gi, ci: target.cis[0]?.ci ?? 0 }),
            file: ctx.confPath,
            add: addLines(ctx, major, missing),
            // the driver creates a cap node only when asked (nvidia-modprobe -f, as NVIDIA's guide does)
            commands: hostMissing.map((m) =>
              m === target.giMinor
                ? `nvidia-modprobe -f ${capsDir(minor, target.gi)}/access`
                : `nvidia-modprobe -f ${capsDir(minor, target.gi)}/ci${target.cis[0]?.ci ?? 0}/access`,
            ),
          },
        });
      }
      return out;
    },
  },
];
