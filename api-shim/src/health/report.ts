// SPDX-License-Identifier: AGPL-3.0-or-later
// Runs the catalogue over a context and shapes the HealthReport: results, the idmap diagram
// and the device paths (host node → container node) the UI draws.

import { HEALTH_MESSAGES } from '../api/health-messages.ts';
import { formatMsg } from '../api/message-format.ts';
import type {
  CheckResult,
  DeviceEnd,
  DevicePath,
  Fix,
  HealthReport,
  IdmapDiagram,
  Msg,
  Severity,
} from '../api/types.ts';
import {
  type CheckContext,
  type CheckDef,
  ctView,
  devHostOwner,
  devt,
  type FixDraft,
  fmtMode,
  msg,
  type PassedNode,
} from './checks/context.ts';
import { CHECKS } from './checks/index.ts';
import { rawAccess } from './checks/mount.ts';
import { pendingChanges } from './config/pct-config.ts';
import { configChangeOf } from './config-change.ts';
import { idmapCoverage } from './idmap/coverage.ts';
import type { IdKind } from './idmap/idmap.ts';
import { passthroughEntries } from './idmap/suggest.ts';
import { groupRootCauses } from './root-causes.ts';

export const SEVERITY_RANK: Record<Severity, number> = { pass: 0, info: 1, warn: 2, fail: 3 };

export function worst(results: Array<{ severity: Severity }>): Severity {
  let w: Severity = 'pass';
  for (const r of results) if (SEVERITY_RANK[r.severity] > SEVERITY_RANK[w]) w = r.severity;
  return w;
}

/** English text of a message (CLI, JSON fallback); the browser renders msg ids itself. */
export function english(m: Msg): string {
  return formatMsg(HEALTH_MESSAGES, m);
}

function renderFix(fix: FixDraft, ctx: CheckContext): Fix {
  const { summary, ...rest } = fix;
  // The Apply button's change (PVE config API terms), unless the check wrote its own.
  const configChange = fix.configChange ?? configChangeOf(fix, ctx.confPath, ctx.conf);
  return {
    summary: english(summary),
    summaryMsg: summary,
    ...rest,
    ...(configChange ? { configChange } : {}),
  };
}

export function runChecks(ctx: CheckContext, checks: CheckDef[] = CHECKS): CheckResult[] {
  const out: CheckResult[] = [];
  for (const c of checks) {
    const titleMsg = msg(`${c.id}.title`);
    let found: ReturnType<CheckDef['run']>;
    try {
      found = c.run(ctx);
    } catch (err) {
      // One broken check must never take the report down; it says so instead.
      found = [
        {
          severity: 'info',
          explanation: msg('check.could_not_run', {
            error: err instanceof Error ? err.message : String(err),
          }),
          evidence: [],
        },
      ];
    }
    if (found === null) continue;
    if (found.length === 0) {
      const explanationMsg = msg('check.pass');
      out.push({
        id: c.id,
        area: c.area,
        severity: 'pass',
        title: english(titleMsg),
        titleMsg,
        explanation: english(explanationMsg),
        explanationMsg,
        evidence: [],
      });
      continue;
    }
    for (const f of found) {
      const t = f.title ?? titleMsg;
      out.push({
        id: c.id,
        area: c.area,
        title: english(t),
        titleMsg: t,
        severity: f.severity,
        explanation: english(f.explanation),
        explanationMsg: f.explanation,
        evidence: f.evidence,
        ...(f.fix ? { fix: renderFix(f.fix, ctx) } : {}),
      });
    }
  }
  return out;
}

export function idmapDiagrams(ctx: CheckContext): IdmapDiagram[] {
  const out: IdmapDiagram[] = [];
  for (const kind of ['u', 'g'] as IdKind[]) {
    const entries = ctx.idmap.entries.filter((e) => e.kind === kind);
    if (entries.length === 0) continue;
    const cov = idmapCoverage(ctx.idmap.entries, kind);
    const marks: IdmapDiagram['marks'] = [];
    const mark = (ct: number, labelMsg: Msg) => {
      const label = formatMsg(HEALTH_MESSAGES, labelMsg);
      if (!marks.some((m) => m.ct === ct && m.label === label)) marks.push({ ct, label, labelMsg });
    };
    if (kind === 'g') {
      for (const name of ['render', 'video'] as const) {
        const g = ctx.ct?.groups?.find((x) => x.name === name);
        if (g) mark(g.gid, msg('idmap.mark.ct_group', { name }));
      }
    }
    for (const d of ctx.devs) {
      const id = kind === 'g' ? d.spec.gid : d.spec.uid;
      if (id !== undefined) mark(id, msg('idmap.mark.dev_id', { key: d.line.key, kind }));
    }
    for (const p of passthroughEntries(ctx.idmap.entries, kind).filter((e) => e.host < 100000)) {
      const name =
        kind === 'g'
          ? ctx.host.groups.find((g) => g.gid === p.host)?.name
          : ctx.host.passwd.find((u) => u.uid === p.host)?.name;
      mark(
        p.ct,
        name
          ? msg('idmap.mark.passthrough_named', { host: p.host, name })
          : msg('idmap.mark.passthrough', { host: p.host }),
      );
    }
    out.push({
      kind,
      ranges: entries.map((e) => ({
        ct: e.ct,
        host: e.host,
        count: e.count,
        ...(e.line !== undefined ? { line: e.line } : {}),
      })),
      gaps: cov.gaps,
      overlaps: cov.overlaps.map((o) => ({ side: o.side, start: o.start, count: o.count })),
      marks: marks.sort((a, b) => a.ct - b.ct),
    });
  }
  return out;
}

function hostEnd(ctx: CheckContext, n: PassedNode): DeviceEnd {
  const h = n.host;
  if (h.type === 'missing') return { path: n.hostPath, exists: false };
  return {
    path: n.hostPath === h.resolved ? n.hostPath : `${n.hostPath} → ${h.resolved}`,
    ...(devt(h) ? { devt: devt(h) } : {}),
    uid: h.uid,
    gid: h.gid,
    ...(ctx.host.passwd.find((p) => p.uid === h.uid)
      ? { owner: ctx.host.passwd.find((p) => p.uid === h.uid)?.name }
      : h.uid === 0
        ? { owner: 'root' }
        : {}),
    ...(ctx.host.groups.find((g) => g.gid === h.gid)
      ? { group: ctx.host.groups.find((g) => g.gid === h.gid)?.name }
      : {}),
    mode: fmtMode(h.mode),
    exists: true,
  };
}

function ctEnd(ctx: CheckContext, n: PassedNode): DeviceEnd {
  if (n.inCt?.type === 'missing') return { path: n.ctPath, exists: false };
  if (n.host.type === 'missing' && !n.inCt) return { path: n.ctPath, exists: false };
  const v = ctView(ctx, n);
  const group =
    ctx.ct?.groups?.find((g) => g.gid === v.gid)?.name ?? (v.gid === 65534 ? 'nogroup' : undefined);
  const owner =
    ctx.ct?.passwd?.find((p) => p.uid === v.uid)?.name ??
    (v.uid === 0 ? 'root' : v.uid === 65534 ? 'nobody' : undefined);
  // running: what is really there (a placeholder file has no devt); stopped: what PVE will create
  const d = n.inCt
    ? n.inCt.type === 'char' || n.inCt.type === 'block'
      ? devt(n.inCt)
      : undefined
    : devt(n.host);
  return {
    path: n.ctPath,
    ...(d ? { devt: d } : {}),
    uid: v.uid,
    gid: v.gid,
    ...(owner ? { owner } : {}),
    ...(group ? { group } : {}),
    mode: fmtMode(v.mode),
    exists: true,
  };
}

function nodeVerdict(ctx: CheckContext, n: PassedNode, results: CheckResult[]): Severity {
  if (
    n.host.type === 'missing' ||
    (n.host.type !== 'char' && n.host.type !== 'block' && n.via !== 'mount-dir')
  )
    return n.via === 'devN' ? 'fail' : 'warn';
  if (n.via !== 'devN' && ctx.unprivileged && !rawAccess(ctx, n).ok) return 'fail';
  if (n.via === 'devN' && ctx.unprivileged) {
    const o = devHostOwner(ctx, n.dev ?? { path: n.hostPath, denyWrite: false, errors: [] });
    if (!o.gidMapped || !o.uidMapped) return 'fail';
  }
  const line = n.entry.line;
  const related = results.filter(
    (r) =>
      r.evidence.some((e) => e.source === ctx.confPath && e.line === line) &&
      r.area !== 'mon' &&
      r.area !== 'host',
  );
  // info findings (cosmetics, hints) do not make a working path look broken
  const w = worst(related);
  return w === 'info' ? 'pass' : w;
}

export function devicePaths(ctx: CheckContext, results: CheckResult[]): DevicePath[] {
  return ctx.nodes.map((n) => ({
    source: n.source,
    line: n.entry.line,
    host: hostEnd(ctx, n),
    container: ctEnd(ctx, n),
    verdict: nodeVerdict(ctx, n, results),
  }));
}

export function buildReport(
  ctx: CheckContext,
  ctStatus: HealthReport['ctStatus'],
  now = Date.now(),
): HealthReport {
  const checks = groupRootCauses(ctx, runChecks(ctx));
  const summary: Record<Severity, number> = { fail: 0, warn: 0, info: 0, pass: 0 };
  for (const c of checks) if (!c.causedBy) summary[c.severity]++;
  return {
    vmid: ctx.vmid,
    node: ctx.node,
    generatedAt: now,
    ctStatus,
    unprivileged: ctx.unprivileged,
    hasGpu: ctx.nodes.length > 0,
    summary,
    checks,
    idmap: idmapDiagrams(ctx),
    devices: devicePaths(ctx, checks),
    pending: pendingChanges(ctx.conf),
  };
}
