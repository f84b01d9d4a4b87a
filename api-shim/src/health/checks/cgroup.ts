// SPDX-License-Identifier: AGPL-3.0-or-later
// cgroup.*: the device cgroup — docs/health-checks.md, as LXC composes it
// (device-cgroup.ts). Privileged containers: an allow-list (common.conf denies all; devN adds
// "c maj:min rw" itself, raw binds need allow lines). Unprivileged containers on PVE >= 7: a
// deny-list (userns.conf.d/01-pve.conf allows all), so only a deny line can block a node there
// and allow lines neither help nor hurt.

import {
  type CheckContext,
  type CheckDef,
  confEvidence,
  configFix,
  devt,
  type Finding,
  isVitalNode,
  lineToRemove,
  msg,
  nodeKind,
  type PassedNode,
} from './context.ts';
import {
  type DeviceRule,
  deviceVerdict,
  effectiveRules,
  lxcBaseRules,
  parseDeviceRule,
} from './device-cgroup.ts';

const isDevice = (n: PassedNode) => n.host.type === 'char' || n.host.type === 'block';

/** The container's own allow lines (cgroup v2 keys), for the rules-about-rules checks. */
const v2AllowRules = (ctx: CheckContext) =>
  ctx.main.lxc
    .filter((l) => l.key === 'lxc.cgroup2.devices.allow')
    .map((l) => parseDeviceRule(true, l.value, 'config', l))
    .filter((r): r is DeviceRule => !!r);
const v1Lines = (ctx: CheckContext) =>
  ctx.main.lxc.filter((l) => /^lxc\.cgroup\.devices\.(allow|deny)$/.test(l.key));

/** Nodes the effective device cgroup blocks, with the rule that decided (a deny line) if any. */
function blockedNodes(ctx: CheckContext): Array<{ n: PassedNode; by?: DeviceRule }> {
  const rules = effectiveRules(ctx);
  const out: Array<{ n: PassedNode; by?: DeviceRule }> = [];
  for (const n of ctx.nodes) {
    if (!isDevice(n)) continue;
    const v = deviceVerdict(rules, n.host);
    if (!v.allowed) out.push({ n, by: v.by });
  }
  return out;
}

const ruleText = (n: PassedNode) =>
  `lxc.cgroup2.devices.allow: ${n.host.type === 'block' ? 'b' : 'c'} ${devt(n.host)} rwm`;

/** Char majors the kernel hands out dynamically (Documentation/admin-guide/devices.txt). */
const dynamicMajor = (m: number | undefined) =>
  m !== undefined && ((m >= 234 && m <= 254) || (m >= 384 && m <= 511));

export const cgroupChecks: CheckDef[] = [
  {
    id: 'cgroup.v1_key',
    area: 'cgroup',
    run(ctx) {
      const lines = v1Lines(ctx);
      if (ctx.host.cgroup === 'v1') return lines.length ? [] : null;
      const blocked = blockedNodes(ctx).filter((b) => !b.by);
      return lines.map((l) => {
        const allow = l.key.endsWith('allow');
        const rule = parseDeviceRule(allow, l.value, 'config', l);
        // fail only where the line, had it worked, would have let a blocked node through
        const wouldHelp =
          allow && rule && rule.type !== 'a'
            ? blocked.filter((b) => deviceVerdict([...lxcBaseRules(false), rule], b.n.host).allowed)
            : [];
        const id =
          rule?.type === 'a' && allow
            ? 'cgroup.v1_key.allow_all'
            : wouldHelp.length
              ? 'cgroup.v1_key.blocked'
              : allow && ctx.unprivileged
                ? 'cgroup.v1_key.unprivileged'
                : 'cgroup.v1_key.no_effect';
        return {
          severity: wouldHelp.length ? ('fail' as const) : ('warn' as const),
          explanation: msg(id, { line: l.text.trim(), key: l.key }),
          evidence: [confEvidence(ctx, l), ...wouldHelp.map((b) => confEvidence(ctx, b.n.entry))],
          fix:
            rule?.type === 'a' || (ctx.unprivileged && allow) || !allow
              ? configFix(ctx, msg('fix.remove_line'), [l])
              : configFix(ctx, msg('cgroup.v1_key.fix.rename'), [l], {
                  add: [l.text.replace('lxc.cgroup.', 'lxc.cgroup2.')],
                }),
        };
      });
    },
  },
  {
    id: 'cgroup.not_allowed',
    area: 'cgroup',
    run(ctx) {
      if (!ctx.nodes.some(isDevice)) return null;
      const out: Finding[] = [];
      const blocked = blockedNodes(ctx);
      // an explicit deny line: one result per line, the fix is to drop (or narrow) that line
      const denies = new Map<DeviceRule, PassedNode[]>();
      for (const b of blocked) if (b.by?.line) denies.set(b.by, [...(denies.get(b.by) ?? []), b.n]);
      for (const [rule, ns] of denies) {
        const line = rule.line as NonNullable<DeviceRule['line']>;
        out.push({
          severity: ns.some((n) => isVitalNode(ctx, n)) ? 'fail' : 'warn',
          explanation: msg('cgroup.not_allowed.denied', {
            count: ns.length,
            nodes: ns.map((n) => `${n.hostPath} (${devt(n.host)})`).join(', '),
            line: line.text.trim(),
          }),
          evidence: [confEvidence(ctx, line), ...ns.map((n) => confEvidence(ctx, n.entry))],
          fix: configFix(ctx, msg('cgroup.not_allowed.fix.deny'), [line]),
        });
      }
      // no allow rule on a deny-all default (privileged containers): one result per severity
      const missing = blocked.filter((b) => !b.by?.line).map((b) => b.n);
      for (const severity of ['fail', 'warn'] as const) {
        const ns = missing.filter((n) => isVitalNode(ctx, n) === (severity === 'fail'));
        if (ns.length === 0) continue;
        const names = ns.map((n) => `${n.hostPath} (${devt(n.host)})`);
        const id =
          severity === 'fail'
            ? 'cgroup.not_allowed'
            : ns.every((n) => n.via === 'mount-dir')
              ? 'cgroup.not_allowed.dir_only'
              : 'cgroup.not_allowed.not_needed';
        out.push({
          severity,
          explanation: msg(id, {
            count: ns.length,
            nodes: names.join(', '),
          }),
          evidence: ns.flatMap((n) => [confEvidence(ctx, n.entry), nodeKind(n.hostPath, n.host)]),
          fix: {
            summary: msg('cgroup.not_allowed.fix'),
            file: ctx.confPath,
            add: [...new Set(ns.map(ruleText))],
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
      const rules = v2AllowRules(ctx).filter((r) => r.type === 'c' && r.major !== undefined);
      if (rules.length === 0 && ctx.devs.length === 0) return null;
      const out: Finding[] = [];
      // Unprivileged: the device cgroup allows every device, so a stale allow line blocks
      // nothing (cgroup.redundant lists it) and a renumbered devN node shows up as a stale node
      // inside the container instead (ct.node_check).
      if (ctx.unprivileged) return [];
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
      // Pair each stale major with the device that owned it. The nodes are those the device
      // cgroup blocks with a dynamic major, preferring nodes a mount entry names over nodes that
      // are only inside a bound directory; a stale major pairs with the device in its own dynamic
      // range (234-254 or 384-511: the kernel hands out each range top-down), whose minors its
      // rules name, nearest in number, in config order. Every rule of one stale major moves to
      // the same device (c 509:0 and c 509:1 are nvidia-uvm and nvidia-uvm-tools), and no two
      // stale majors take the same device.
      const current = new Set<number>([
        ...ctx.host.charMajors.values(),
        ...ctx.nodes.map((n) => n.host.major ?? -1),
      ]);
      const candidates = blockedNodes(ctx)
        .filter((b) => !b.by?.line && b.n.host.type === 'char' && dynamicMajor(b.n.host.major))
        .map((b) => b.n);
      const devices = new Map<number, PassedNode[]>();
      for (const n of candidates)
        devices.set(n.host.major as number, [...(devices.get(n.host.major as number) ?? []), n]);
      const range = (m: number) => (m <= 254 ? 0 : 1);
      const stale = [
        ...new Set(rules.filter((r) => !current.has(r.major as number)).map((r) => r.major as number)),
      ];
      const pairedTo = new Map<number, number>();
      const order = [...devices.keys()];
      for (const major of stale) {
        const minors = rules.filter((r) => r.major === major && r.minor !== undefined).map((r) => r.minor);
        let best: { dev: number; score: number } | undefined;
        for (const [dev, ns] of devices) {
          if ([...pairedTo.values()].includes(dev)) continue;
          const score =
            (range(dev) === range(major) ? 1000 : 0) +
            (ns.some((n) => n.via === 'mount' || n.via === 'devN' || n.via === 'mp') ? 500 : 0) +
            (minors.every((mi) => ns.some((n) => n.host.minor === mi)) ? 200 : 0) -
            Math.min(Math.abs(dev - major), 199) -
            order.indexOf(dev) / 100;
          if (!best || score > best.score) best = { dev, score };
        }
        if (best) pairedTo.set(major, best.dev);
      }
      for (const r of rules) {
        const dev = pairedTo.get(r.major as number);
        if (dev === undefined) continue;
        const ns = devices.get(dev) ?? [];
        const named = (n: PassedNode) => n.via !== 'mount-dir';
        const b =
          ns.find((n) => (r.minor === undefined || n.host.minor === r.minor) && named(n)) ??
          ns.find((n) => r.minor === undefined || n.host.minor === r.minor) ??
          ns[0];
        const line = r.line as NonNullable<DeviceRule['line']>;
        const name = [...ctx.host.charMajors.entries()].find(([, maj]) => maj === dev)?.[0];
        out.push({
          severity: 'fail',
          explanation: msg(name ? 'cgroup.stale_major.named' : 'cgroup.stale_major', {
            major: r.major as number,
            path: b.hostPath,
            devt: devt(b.host) ?? '?',
            ...(name ? { driver: name } : {}),
          }),
          evidence: [
            confEvidence(ctx, line),
            confEvidence(ctx, b.entry),
            { source: '/proc/devices', text: name ? `${dev} ${name}` : `${dev}` },
          ],
          fix: configFix(ctx, msg('cgroup.stale_major.fix'), [line], {
            add: [line.text.replace(new RegExp(`\\b${r.major}:`), `${dev}:`)],
          }),
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
      const rules = lines
        .map((l) => parseDeviceRule(true, l.value, 'config', l))
        .filter((r): r is DeviceRule => !!r);
      const all = rules.filter((r) => r.type === 'a');
      const cAll = rules.find((r) => r.type === 'c' && r.major === undefined && r.minor === undefined);
      const bAll = rules.find((r) => r.type === 'b' && r.major === undefined && r.minor === undefined);
      const hits = all.length ? all : cAll && bAll ? [cAll, bAll] : [];
      if (hits.length === 0) return [];
      const v2 = hits.every((r) => r.line?.key.startsWith('lxc.cgroup2.'));
      return [
        {
          // unprivileged (PVE >= 7): allow-all is already the default there, the line changes nothing
          severity: ctx.unprivileged && v2 ? 'info' : 'fail',
          explanation: msg(
            ctx.unprivileged
              ? v2
                ? 'cgroup.allow_all.unprivileged'
                : 'cgroup.allow_all'
              : 'cgroup.allow_all.privileged',
          ),
          evidence: hits.map((r) => confEvidence(ctx, r.line as NonNullable<DeviceRule['line']>)),
          fix: configFix(
            ctx,
            msg(ctx.unprivileged && v2 ? 'fix.optional_cleanup' : 'cgroup.allow_all.fix'),
            hits.map((r) => r.line ?? { text: '' }),
          ),
        },
      ];
    },
  },
  {
    id: 'cgroup.redundant',
    area: 'cgroup',
    run(ctx) {
      const rules = v2AllowRules(ctx).filter(
        (r) => r.type === 'c' && r.major !== undefined && r.minor !== undefined,
      );
      if (rules.length === 0) return null;
      const raw = ctx.nodes.filter((n) => n.via !== 'devN' && isDevice(n));
      const devNs = ctx.nodes.filter((n) => n.via === 'devN' && isDevice(n));
      const hit = (r: DeviceRule, n: PassedNode) =>
        deviceVerdict([...lxcBaseRules(false), r], n.host).allowed;
      const out: Finding[] = [];
      for (const r of rules) {
        if (raw.some((n) => hit(r, n))) continue;
        const byDev = devNs.find((n) => hit(r, n));
        const line = r.line as NonNullable<DeviceRule['line']>;
        out.push(
          lineToRemove(
            ctx,
            line,
            'info',
            byDev
              ? msg('cgroup.redundant.by_devn', { devt: `${r.major}:${r.minor}`, key: byDev.source })
              : msg('cgroup.redundant', { devt: `${r.major}:${r.minor}` }),
            msg('fix.optional_cleanup'),
          ),
        );
      }
      return out;
    },
  },
];
