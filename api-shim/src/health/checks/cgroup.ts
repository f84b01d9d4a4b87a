// SPDX-License-Identifier: AGPL-3.0-or-later
// cgroup.*: the device cgroup — research/health-checks.md §2.E. LXC's common.conf denies
// every device but a few; devN adds "c maj:min rw" itself, raw binds need explicit rules.

import type { ConfigLine } from '../config/pct-config.ts';
import {
  type CheckContext,
  type CheckDef,
  confEvidence,
  devt,
  type Finding,
  isComputeNode,
  msg,
  type PassedNode,
} from './context.ts';

export interface DeviceRule {
  type: 'a' | 'c' | 'b';
  major?: number; // undefined = *
  minor?: number;
  access: string;
  line: ConfigLine;
}

export function parseDeviceRule(line: ConfigLine): DeviceRule | undefined {
  const v = line.value.trim();
  if (v === 'a') return { type: 'a', access: 'rwm', line };
  const m = /^([acb])\s+(\d+|\*):(\d+|\*)\s*([rwm]*)$/.exec(v);
  if (!m) return undefined;
  return {
    type: m[1] as DeviceRule['type'],
    major: m[2] === '*' ? undefined : Number(m[2]),
    minor: m[3] === '*' ? undefined : Number(m[3]),
    access: m[4] || 'rwm',
    line,
  };
}

function allows(rule: DeviceRule, n: PassedNode): boolean {
  if (rule.type === 'a') return true;
  const t = n.host.type === 'block' ? 'b' : 'c';
  if (rule.type !== t) return false;
  if (rule.major !== undefined && rule.major !== n.host.major) return false;
  if (rule.minor !== undefined && rule.minor !== n.host.minor) return false;
  return rule.access.includes('r') && rule.access.includes('w');
}

const v2Rules = (ctx: CheckContext) =>
  ctx.main.lxc
    .filter((l) => l.key === 'lxc.cgroup2.devices.allow')
    .map(parseDeviceRule)
    .filter((r): r is DeviceRule => !!r);
const v1Lines = (ctx: CheckContext) => ctx.main.lxc.filter((l) => /^lxc\.cgroup\./.test(l.key));
const rawNodes = (ctx: CheckContext) =>
  ctx.nodes.filter(
    (n) =>
      (n.via === 'mount' || n.via === 'mount-dir' || n.via === 'mp') &&
      (n.host.type === 'char' || n.host.type === 'block'),
  );

export const cgroupChecks: CheckDef[] = [
  {
    id: 'cgroup.v1_key',
    area: 'cgroup',
    run(ctx) {
      const lines = v1Lines(ctx);
      if (ctx.host.cgroup === 'v1') return lines.length ? [] : null;
      return lines.map((l) => {
        const rule = /devices\.(allow|deny)$/.test(l.key) ? parseDeviceRule(l) : undefined;
        const gpuMajors = new Set([226, 195, ...rawNodes(ctx).map((n) => n.host.major ?? -1)]);
        const harmlessNow =
          !rule || rule.type === 'a' || (rule.major !== undefined && !gpuMajors.has(rule.major));
        return {
          severity: harmlessNow ? ('warn' as const) : ('fail' as const),
          explanation: msg(
            rule?.type === 'a'
              ? 'cgroup.v1_key.allow_all'
              : rule && !harmlessNow
                ? 'cgroup.v1_key.blocked'
                : 'cgroup.v1_key.no_effect',
            { line: l.text.trim(), key: l.key },
          ),
          evidence: [confEvidence(ctx, l)],
          fix:
            rule?.type === 'a'
              ? { summary: msg('fix.remove_line'), file: ctx.confPath, remove: [l.text] }
              : {
                  summary: msg('cgroup.v1_key.fix.rename'),
                  file: ctx.confPath,
                  remove: [l.text],
                  add: [l.text.replace('lxc.cgroup.', 'lxc.cgroup2.')],
                },
        };
      });
    },
  },
  {
    id: 'cgroup.not_allowed',
    area: 'cgroup',
    run(ctx) {
      if (ctx.nodes.length === 0) return null;
      const rules = v2Rules(ctx);
      const out: Finding[] = [];
      const blocked = rawNodes(ctx).filter((n) => !rules.some((r) => allows(r, n)));
      // one result per severity, listing every node: the fix is one block of allow lines
      for (const severity of ['fail', 'warn'] as const) {
        const ns = blocked.filter(
          (n) => (n.via !== 'mount-dir' || isComputeNode(n.cls)) === (severity === 'fail'),
        );
        if (ns.length === 0) continue;
        const names = ns.map((n) => `${n.hostPath} (${devt(n.host)})`);
        out.push({
          severity,
          explanation: msg(severity === 'warn' ? 'cgroup.not_allowed.dir_only' : 'cgroup.not_allowed', {
            count: ns.length,
            nodes: names.join(', '),
          }),
          evidence: ns.flatMap((n) => [
            confEvidence(ctx, n.entry),
            { source: n.hostPath, text: `${n.host.type} ${devt(n.host)}` },
          ]),
          fix: {
            summary: msg('cgroup.not_allowed.fix'),
            file: ctx.confPath,
            add: [
              ...new Set(
                ns.map(
                  (n) =>
                    `lxc.cgroup2.devices.allow: ${n.host.type === 'block' ? 'b' : 'c'} ${devt(n.host)} rwm`,
                ),
              ),
            ],
          },
        });
      }
      return out;
    },
  },
  {
    id: 'cgroup.stale_major',
    area: 'cgroup',
    run(ctx) {
      const rules = v2Rules(ctx).filter((r) => r.type === 'c' && r.major !== undefined);
      if (rules.length === 0 && ctx.devs.length === 0) return null;
      const current = new Set<number>([
        ...ctx.host.charMajors.values(),
        ...ctx.nodes.map((n) => n.host.major ?? -1),
      ]);
      const blocked = rawNodes(ctx).filter((n) => !v2Rules(ctx).some((r) => allows(r, n)));
      const out: Finding[] = [];
      // devN: PVE wrote the rules from stat() at the last start; a node renumbered since then
      // (driver reload, dynamic major) is blocked in the running container until it restarts.
      if (ctx.ct && ctx.generated) {
        const started = new Set(
          [...ctx.generated.matchAll(/^lxc\.cgroup2\.devices\.allow\s*=\s*c\s+(\d+):(\d+)\s+r/gm)].map(
            (m) => `${m[1]}:${m[2]}`,
          ),
        );
        for (const n of ctx.nodes.filter((x) => x.via === 'devN' && x.host.type === 'char')) {
          const now = devt(n.host);
          if (!now || started.size === 0 || started.has(now)) continue;
          out.push({
            severity: 'fail',
            explanation: msg('cgroup.stale_major.since_start', {
              path: n.hostPath,
              devt: now,
              started: [...started].join(', '),
              vmid: ctx.vmid,
            }),
            evidence: [
              confEvidence(ctx, n.entry),
              {
                source: `/var/lib/lxc/${ctx.vmid}/config`,
                text: [...started].map((s) => `c ${s} rw`).join(' ; '),
              },
            ],
            fix: {
              summary: msg('cgroup.stale_major.fix.restart'),
              commands: [`pct reboot ${ctx.vmid}`],
            },
          });
        }
      }
      for (const r of rules) {
        if (current.has(r.major as number) || blocked.length === 0) continue;
        const b = blocked[0];
        const name = [...ctx.host.charMajors.entries()].find(([, maj]) => maj === b.host.major)?.[0];
        out.push({
          severity: 'fail',
          explanation: msg(name ? 'cgroup.stale_major.named' : 'cgroup.stale_major', {
            major: r.major as number,
            path: b.hostPath,
            devt: devt(b.host) ?? '?',
            ...(name ? { driver: name } : {}),
          }),
          evidence: [
            confEvidence(ctx, r.line),
            { source: '/proc/devices', text: name ? `${b.host.major} ${name}` : `${b.host.major}` },
          ],
          fix: {
            summary: msg('cgroup.stale_major.fix'),
            file: ctx.confPath,
            remove: [r.line.text],
            add: [r.line.text.replace(`${r.major}:`, `${b.host.major}:`)],
          },
        });
      }
      return out;
    },
  },
  {
    id: 'cgroup.allow_all',
    area: 'cgroup',
    run(ctx) {
      const lines = ctx.main.lxc.filter((l) => /^lxc\.cgroup2?\.devices\.allow$/.test(l.key));
      if (lines.length === 0) return null;
      const rules = lines.map(parseDeviceRule).filter((r): r is DeviceRule => !!r);
      const all = rules.filter((r) => r.type === 'a');
      const cAll = rules.find((r) => r.type === 'c' && r.major === undefined && r.minor === undefined);
      const bAll = rules.find((r) => r.type === 'b' && r.major === undefined && r.minor === undefined);
      const hits = all.length ? all : cAll && bAll ? [cAll, bAll] : [];
      if (hits.length === 0) return [];
      return [
        {
          severity: 'fail',
          explanation: msg(ctx.unprivileged ? 'cgroup.allow_all' : 'cgroup.allow_all.privileged'),
          evidence: hits.map((r) => confEvidence(ctx, r.line)),
          fix: {
            summary: msg('cgroup.allow_all.fix'),
            file: ctx.confPath,
            remove: hits.map((r) => r.line.text),
          },
        },
      ];
    },
  },
  {
    id: 'cgroup.redundant',
    area: 'cgroup',
    run(ctx) {
      const rules = v2Rules(ctx).filter(
        (r) => r.type === 'c' && r.major !== undefined && r.minor !== undefined,
      );
      if (rules.length === 0) return null;
      const raw = rawNodes(ctx);
      const devNs = ctx.nodes.filter((n) => n.via === 'devN');
      const out: Finding[] = [];
      for (const r of rules) {
        if (raw.some((n) => allows(r, n))) continue;
        const byDev = devNs.find((n) => allows(r, n));
        out.push({
          severity: 'info',
          explanation: byDev
            ? msg('cgroup.redundant.by_devn', { devt: `${r.major}:${r.minor}`, key: byDev.source })
            : msg('cgroup.redundant', { devt: `${r.major}:${r.minor}` }),
          evidence: [confEvidence(ctx, r.line)],
          fix: { summary: msg('fix.optional_cleanup'), file: ctx.confPath, remove: [r.line.text] },
        });
      }
      return out;
    },
  },
];
