// SPDX-License-Identifier: AGPL-3.0-or-later
// host.*: host GPU state — docs/health-checks.md.

import { START_HOOKS } from '../facts/hook-facts.ts';
import type { HostFacts } from '../facts/host-facts.ts';
import {
  type CheckDef,
  confEvidence,
  configFix,
  devt,
  type Finding,
  fmtMode as fm,
  hasGpu,
  msg,
  stated,
  vendorName,
} from './context.ts';

/** The host's cgroup layout, in words (a message id each). */
const CGROUP_VERSION: Record<HostFacts['cgroup'], string> = {
  v1: 'evidence.cgroup.v1',
  v2: 'evidence.cgroup.v2',
  hybrid: 'evidence.cgroup.hybrid',
  unknown: 'evidence.cgroup.unknown',
};

export const hostChecks: CheckDef[] = [
  {
    id: 'host.gpu_inventory',
    area: 'host',
    run(ctx) {
      if (!hasGpu(ctx) && ctx.host.drm.length === 0) return null;
      const byPci = new Map<string, string[]>();
      for (const d of ctx.host.drm) {
        const key = d.pci
          ? `${d.pci} ${vendorName(d.vendor, d.vendorId)}${d.driver ? `, ${d.driver}` : ''}`
          : '?';
        byPci.set(key, [...(byPci.get(key) ?? []), d.name]);
      }
      const parts = [...byPci.entries()].map(([k, v]) => `${k} → ${v.join(', ')}`);
      if (ctx.host.nvidiaVersion) parts.push(`NVIDIA ${ctx.host.nvidiaVersion}`);
      const render = ctx.host.groups.find((g) => g.name === 'render')?.gid;
      const video = ctx.host.groups.find((g) => g.name === 'video')?.gid;
      const used = ctx.nodes.map(
        (n) =>
          `${n.hostPath} (${n.source}${devt(n.host) ? `, ${devt(n.host)} ${n.host.uid}:${n.host.gid} ${fm(n.host.mode)}` : ''})`,
      );
      return [
        {
          severity: 'info',
          explanation: msg(
            `host.gpu_inventory${parts.length ? '' : '.no_drm'}${used.length ? '.used' : ''}`,
            {
              gpus: parts.join('; '),
              render: render ?? '?',
              video: video ?? '?',
              used: used.join(', '),
            },
          ),
          evidence: [
            ...ctx.host.drm.map((d) => ({
              source: `/sys/class/drm/${d.name}`,
              text: `${d.pci ?? '?'} ${d.vendorId ?? ''} ${d.driver ?? ''}`.trim(),
            })),
            ...(ctx.host.kernel ? [{ source: '/proc/sys/kernel/osrelease', text: ctx.host.kernel }] : []),
            ...(ctx.host.nvidiaVersion
              ? [{ source: '/proc/driver/nvidia/version', text: ctx.host.nvidiaVersion }]
              : []),
            stated('/sys/fs/cgroup', CGROUP_VERSION[ctx.host.cgroup]),
            ...(ctx.host.apparmor === undefined
              ? []
              : [
                  stated(
                    '/sys/module/apparmor/parameters/enabled',
                    ctx.host.apparmor ? 'evidence.apparmor.enabled' : 'evidence.apparmor.disabled',
                  ),
                ]),
          ],
        },
      ];
    },
  },
  {
    id: 'host.no_drm_node',
    area: 'host',
    run(ctx) {
      if (ctx.host.pciGpus.length === 0) return hasGpu(ctx) ? [] : null;
      return ctx.host.pciGpus
        .filter(
          (g) =>
            !g.driver ||
            g.driver === 'vfio-pci' ||
            (g.vendor === 'nvidia' && g.driver === 'nouveau' && !ctx.host.drm.some((d) => d.pci === g.pci)),
        )
        .map((g) => ({
          severity: (ctx.nodes.some((n) => n.vendor === g.vendor) ? 'fail' : 'warn') as 'fail' | 'warn',
          explanation: msg(g.driver === 'vfio-pci' ? 'host.no_drm_node.vfio' : 'host.no_drm_node', {
            pci: g.pci,
            vendor: vendorName(g.vendor, g.vendorId),
          }),
          evidence: [
            g.driver
              ? { source: `/sys/bus/pci/devices/${g.pci}/driver`, text: g.driver }
              : stated(`/sys/bus/pci/devices/${g.pci}/driver`, 'evidence.no_driver'),
          ],
          fix:
            g.driver === 'vfio-pci'
              ? {
                  summary: msg('host.no_drm_node.fix.vfio'),
                  commands: ['update-initramfs -u -k all'],
                }
              : { summary: msg('host.no_drm_node.fix') },
        }));
    },
  },
  {
    id: 'host.world_rw_nodes',
    area: 'host',
    run(ctx) {
      const out = [];
      const seen = new Set<string>();
      for (const n of ctx.nodes) {
        if (seen.has(n.host.resolved) || n.host.type !== 'char') continue;
        // DRM and compute nodes only: /dev/net/tun, /dev/fuse and the Coral's usbfs node are
        // 0666 by design or by the accelerator's documented udev rule
        if (!['render', 'card', 'kfd', 'accel', 'fb'].includes(n.cls)) continue;
        seen.add(n.host.resolved);
        if ((n.host.mode & 0o006) !== 0o006) continue;
        const nvidia = n.cls.startsWith('nvidia');
        if (nvidia) continue; // 0666 by the driver's design
        out.push({
          severity: 'warn' as const,
          explanation: msg(n.cls === 'card' ? 'host.world_rw_nodes.card' : 'host.world_rw_nodes', {
            path: n.host.resolved,
            mode: fm(n.host.mode),
          }),
          evidence: [
            { source: n.host.resolved, text: `${n.host.uid}:${n.host.gid} ${fm(n.host.mode)}` },
            ...ctx.host.worldRwRules.map((r) => ({ source: r.file, line: r.line, text: r.text })),
          ],
          fix: {
            summary: msg('host.world_rw_nodes.fix'),
            commands: ctx.host.worldRwRules.map(
              (r) => `rm ${r.file} && udevadm control --reload && udevadm trigger -s drm`,
            ),
          },
        });
      }
      if (out.length === 0 && ctx.host.worldRwRules.length && hasGpu(ctx)) {
        out.push({
          severity: 'warn' as const,
          explanation: msg('host.world_rw_nodes.rule'),
          evidence: ctx.host.worldRwRules.map((r) => ({ source: r.file, line: r.line, text: r.text })),
          fix: { summary: msg('host.world_rw_nodes.fix.rule') },
        });
      }
      return hasGpu(ctx) ? out : null;
    },
  },
  {
    id: 'host.prestart_chown',
    area: 'host',
    run(ctx) {
      const hooks = ctx.hooks.filter((h) => START_HOOKS.includes(h.kind));
      if (hooks.length === 0) return hasGpu(ctx) ? [] : null;
      const out: Finding[] = [];
      // chown/chgrp/chmod of a host /dev path, on the command line or in the script it runs
      for (const h of hooks) {
        const ops = h.analysis.ops.filter(
          (op) => (op.kind === 'chown' || op.kind === 'chmod') && !op.inCt && op.path.startsWith('/dev'),
        );
        if (ops.length === 0) continue;
        const inScript = !!h.script && !ops.every((op) => h.line.value.includes(op.text));
        out.push({
          severity: 'warn',
          explanation: msg('host.prestart_chown', {
            hook: inScript ? [...new Set(ops.map((op) => op.text))].join(' ; ') : h.line.value.trim(),
          }),
          evidence: [
            confEvidence(ctx, h.line),
            ...(inScript ? ops.map((op) => ({ source: h.script ?? '', text: op.text })) : []),
          ],
          fix: inScript
            ? {
                summary: msg('host.prestart_chown.fix.script', { script: h.script ?? '' }),
                file: h.script,
                remove: [...new Set(ops.map((op) => op.text))],
              }
            : configFix(ctx, msg('host.prestart_chown.fix'), [h.line]),
        });
      }
      return out;
    },
  },
];
