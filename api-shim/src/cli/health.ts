// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab health <vmid> [--root DIR] [--node NAME] [--json]`
// Exit status: 0 all checks pass or info, 1 warnings, 2 failures, 3 usage error or no such container.

import os from 'node:os';
import type { CheckResult, HealthReport, Severity } from '../api/types.ts';
import { HealthEngine } from '../health/health-source.ts';
import { HostRoot } from '../host/host-root.ts';
import { commandArgs } from './args.ts';

const USAGE = `Usage: pve-gpu-tab health <vmid> [--root DIR] [--node NAME] [--json]

Checks the GPU passthrough and idmap of container <vmid> (reads /etc/pve/lxc/<vmid>.conf).
  --root DIR    read a host snapshot instead of /
  --node NAME   node name to report (default: this host's name)
  --json        print the HealthReport document the HTTP API serves

Exit status: 0 all pass/info, 1 warnings, 2 failures, 3 usage error or no such container.
`;

const BADGE: Record<Severity, string> = { fail: '[FAIL]', warn: '[WARN]', info: '[INFO]', pass: '[ OK ]' };
const AREA_TITLE: Record<string, string> = {
  ct: 'Container',
  idmap: 'ID mapping (lxc.idmap)',
  subid: 'Subordinate ids (/etc/subuid, /etc/subgid)',
  dev: 'Device passthrough (devN)',
  mount: 'Raw bind mounts (lxc.mount.entry)',
  cgroup: 'Device cgroup',
  host: 'Host',
  nv: 'NVIDIA',
  intel: 'Intel',
  amd: 'AMD',
  mon: 'Monitoring',
  sec: 'Security',
};

export function exitCodeFor(report: HealthReport): number {
  if (report.summary.fail > 0) return 2;
  if (report.summary.warn > 0) return 1;
  return 0;
}

function wrap(text: string, indent: string, width = 100): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width - indent.length) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.map((l) => `${indent}${l}`).join('\n');
}

function renderCheck(c: CheckResult): string {
  const out = [`  ${BADGE[c.severity]} ${c.id} — ${c.title}`, wrap(c.explanation, '         ')];
  for (const e of c.evidence.slice(0, 6))
    out.push(`         · ${e.source}${e.line ? `:${e.line}` : ''}  ${e.text}`);
  if (c.fix) {
    out.push(`         fix: ${c.fix.summary}${c.fix.file ? ` (${c.fix.file})` : ''}`);
    for (const l of c.fix.remove ?? []) out.push(`           - ${l}`);
    for (const l of c.fix.add ?? []) out.push(`           + ${l}`);
    if (c.fix.snippet?.length) {
      out.push('           corrected block:');
      for (const l of c.fix.snippet) out.push(`             ${l}`);
    }
    for (const l of c.fix.commands ?? []) out.push(`           $ ${l}`);
  }
  return out.join('\n');
}

export function renderReport(r: HealthReport): string {
  const out = [
    `CT ${r.vmid} on ${r.node}: ${r.ctStatus}, ${r.unprivileged ? 'unprivileged' : 'privileged'}${r.hasGpu ? '' : ', no GPU passed through'}`,
    `${r.summary.fail} fail, ${r.summary.warn} warn, ${r.summary.info} info, ${r.summary.pass} pass`,
  ];
  const areas = [...new Set(r.checks.map((c) => c.area))];
  for (const a of areas) {
    const cs = r.checks.filter((c) => c.area === a);
    out.push('', `${AREA_TITLE[a] ?? a}`);
    for (const c of cs.filter((x) => x.severity !== 'pass')) out.push(renderCheck(c));
    const passed = cs.filter((x) => x.severity === 'pass').map((x) => x.id);
    if (passed.length) out.push(wrap(`${BADGE.pass} ${passed.join(', ')}`, '  '));
  }
  if (r.devices.length) {
    out.push('', 'Device paths (host → container)');
    for (const d of r.devices) {
      const end = (e: typeof d.host) =>
        e.exists
          ? `${e.path} ${e.devt ?? ''} ${e.owner ?? e.uid}:${e.group ?? e.gid} ${e.mode ?? ''}`
              .replace(/\s+/g, ' ')
              .trim()
          : `${e.path} (missing)`;
      out.push(
        `  ${BADGE[d.verdict]} ${d.source}${d.line ? ` (line ${d.line})` : ''}: ${end(d.host)} → ${end(d.container)}`,
      );
    }
  }
  if (r.pending.length) {
    out.push('', 'Pending changes (apply at next start)');
    for (const p of r.pending) out.push(`  ${p.key}: ${p.value}`);
  }
  return `${out.join('\n')}\n`;
}

export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs(
    'health',
    USAGE,
    {
      args,
      options: {
        root: { type: 'string' },
        node: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    },
    3,
  );
  if (typeof parsed === 'number') return parsed;
  const [vmid, ...extra] = parsed.positionals;
  if (!vmid || extra.length || !/^\d{1,9}$/.test(vmid)) {
    process.stderr.write(
      `pve-gpu-tab health: ${vmid && !extra.length ? `'${vmid}' is not a container id (digits only)` : 'expected exactly one container id'}\n\n${USAGE}`,
    );
    return 3;
  }
  const host = new HostRoot(parsed.values.root ?? '/');
  const node =
    parsed.values.node ??
    ((await host.readText('/etc/hostname', 256).catch(() => undefined))?.trim().split('.')[0] ||
      os.hostname().split('.')[0]);
  const report = await new HealthEngine({ host, node }).report(vmid);
  if (!report) {
    process.stderr.write(
      `pve-gpu-tab health: no container ${vmid} on this node (${host.resolve(`/etc/pve/lxc/${vmid}.conf`)} does not exist)\n`,
    );
    return 3;
  }
  process.stdout.write(parsed.values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
  return exitCodeFor(report);
}
