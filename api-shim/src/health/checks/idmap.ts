// SPDX-License-Identifier: AGPL-3.0-or-later
// idmap.*: syntax and shape of the effective lxc.idmap (docs/health-checks.md).

import { FIX_PLACEHOLDERS } from '../../api/fix-placeholders.ts';
import type { Evidence } from '../../api/types.ts';
import { idmapCoverage } from '../idmap/coverage.ts';
import type { IdKind, IdmapEntry } from '../idmap/idmap.ts';
import { passthroughEntries, suggestIdmap } from '../idmap/suggest.ts';
import {
  type CheckContext,
  type CheckDef,
  confEvidence,
  configFix,
  ctGid,
  type Finding,
  msg,
  stated,
} from './context.ts';

const KINDS: IdKind[] = ['u', 'g'];
const word = (k: IdKind) => (k === 'u' ? 'uid' : 'gid');
const SENSITIVE_GIDS = new Set([0, 4, 6, 26, 27, 42]);

function entryEvidence(ctx: CheckContext, e: IdmapEntry): Evidence {
  return e.line === undefined
    ? stated(ctx.confPath, 'evidence.pve_default_map', { map: e.text })
    : { source: ctx.confPath, line: e.line, text: `lxc.idmap: ${e.text}` };
}

/** The full corrected block for one kind, keeping the passthrough exceptions. */
function correctedBlock(ctx: CheckContext, kind: IdKind): string[] {
  return suggestIdmap(kind, passthroughEntries(ctx.idmap.entries, kind)).map((l) => `lxc.idmap: ${l}`);
}

function customOnly(ctx: CheckContext): boolean {
  return ctx.idmap.source === 'custom';
}

export const idmapChecks: CheckDef[] = [
  {
    id: 'idmap.syntax',
    area: 'idmap',
    run(ctx) {
      if (ctx.idmap.source === 'none') return null;
      return ctx.idmap.invalid.map((l) => ({
        severity: 'fail',
        explanation: msg('idmap.syntax', { line: l.text.trim() }),
        evidence: [confEvidence(ctx, l)],
        fix: configFix(ctx, msg('idmap.syntax.fix'), [l], {
          add: ['lxc.idmap: u 0 100000 65536', 'lxc.idmap: g 0 100000 65536'],
        }),
      }));
    },
  },
  {
    id: 'idmap.deprecated_key',
    area: 'idmap',
    run(ctx) {
      if (ctx.idmap.source === 'none') return null;
      return ctx.idmap.deprecated.map((l) => ({
        severity: 'warn',
        explanation: msg('idmap.deprecated_key'),
        evidence: [confEvidence(ctx, l)],
        fix: configFix(ctx, msg('idmap.deprecated_key.fix'), [l], { add: [`lxc.idmap: ${l.value}`] }),
      }));
    },
  },
  {
    id: 'idmap.type_missing',
    area: 'idmap',
    run(ctx) {
      if (!customOnly(ctx)) return null;
      const out: Finding[] = [];
      for (const k of KINDS) {
        if (ctx.idmap.entries.some((e) => e.kind === k)) continue;
        out.push({
          severity: 'fail',
          explanation: msg(k === 'u' ? 'idmap.type_missing.uid' : 'idmap.type_missing.gid'),
          evidence: ctx.idmap.entries.slice(0, 3).map((e) => entryEvidence(ctx, e)),
          fix: {
            summary: msg(k === 'u' ? 'idmap.type_missing.fix.uid' : 'idmap.type_missing.fix.gid'),
            file: ctx.confPath,
            add: [`lxc.idmap: ${k} 0 100000 65536`],
          },
        });
      }
      return out;
    },
  },
  {
    id: 'idmap.root_unmapped',
    area: 'idmap',
    run(ctx) {
      if (!customOnly(ctx)) return null;
      const out: Finding[] = [];
      for (const k of KINDS) {
        const mine = ctx.idmap.entries.filter((e) => e.kind === k);
        if (mine.length === 0 || mine.some((e) => e.ct === 0 || (e.ct < 0 && e.ct + e.count > 0))) continue;
        out.push({
          severity: 'fail',
          explanation: msg(k === 'u' ? 'idmap.root_unmapped.uid' : 'idmap.root_unmapped.gid'),
          evidence: mine.map((e) => entryEvidence(ctx, e)),
          fix: {
            summary: msg(k === 'u' ? 'idmap.root_unmapped.fix.uid' : 'idmap.root_unmapped.fix.gid'),
            file: ctx.confPath,
            snippet: correctedBlock(ctx, k),
          },
        });
      }
      return out;
    },
  },
  {
    id: 'idmap.overlap',
    area: 'idmap',
    run(ctx) {
      if (ctx.idmap.source === 'none') return null;
      const out: Finding[] = [];
      for (const k of KINDS) {
        for (const o of idmapCoverage(ctx.idmap.entries, k).overlaps) {
          const range = o.count === 1 ? `${o.start}` : `${o.start}–${o.start + o.count - 1}`;
          out.push({
            severity: 'fail',
            explanation: msg(`idmap.overlap.${o.side === 'container' ? 'ct' : 'host'}_${word(k)}`, {
              range,
              first: o.previous.text,
              second: o.entry.text,
              start: o.start,
            }),
            evidence: [entryEvidence(ctx, o.previous), entryEvidence(ctx, o.entry)],
            fix: {
              summary: msg(k === 'u' ? 'idmap.overlap.fix.uid' : 'idmap.overlap.fix.gid'),
              file: ctx.confPath,
              remove: ctx.idmap.entries
                .filter((e) => e.kind === k && e.line !== undefined)
                .map((e) => `lxc.idmap: ${e.text}`),
              snippet: correctedBlock(ctx, k),
            },
          });
        }
      }
      return out;
    },
  },
  {
    id: 'idmap.gap',
    area: 'idmap',
    run(ctx) {
      if (ctx.idmap.source === 'none') return null;
      const out: Finding[] = [];
      for (const k of KINDS) {
        const mine = ctx.idmap.entries.filter((e) => e.kind === k);
        if (mine.length === 0) continue; // idmap.type_missing says it
        const gaps = idmapCoverage(ctx.idmap.entries, k).gaps;
        if (gaps.length === 0) continue;
        const used = new Set<number>(
          k === 'g' ? (ctx.ct?.groups ?? []).map((g) => g.gid) : (ctx.ct?.passwd ?? []).map((p) => p.uid),
        );
        const severe = gaps.some(
          (g) => g.start < 1000 || [...used].some((id) => id >= g.start && id < g.start + g.count),
        );
        const list = gaps.map((g) => (g.count === 1 ? `${g.start}` : `${g.start}–${g.start + g.count - 1}`));
        const hints: string[] = [];
        for (const g of gaps) {
          const before = mine.find((e) => e.ct + e.count === g.start);
          const after = mine.find((e) => e.ct === g.start + g.count);
          if (before && after && g.count <= 2) {
            hints.push(`${before.text} → ${g.start - 1} | ${after.text} → ${g.start + g.count}`);
          }
        }
        out.push({
          severity: severe ? 'warn' : 'info',
          explanation: msg(`idmap.gap.${word(k)}${hints.length ? '_off_by_one' : ''}`, {
            count: gaps.reduce((a, g) => a + g.count, 0),
            ids: list.join(', '),
            ...(hints.length ? { hints: hints.join('; ') } : {}),
          }),
          evidence: mine.map((e) => entryEvidence(ctx, e)),
          fix: {
            summary: msg(k === 'u' ? 'idmap.gap.fix.uid' : 'idmap.gap.fix.gid'),
            file: ctx.confPath,
            remove: mine.filter((e) => e.line !== undefined).map((e) => `lxc.idmap: ${e.text}`),
            snippet: correctedBlock(ctx, k),
          },
        });
      }
      return out;
    },
  },
  {
    id: 'idmap.host_root',
    area: 'idmap',
    run(ctx) {
      if (ctx.idmap.source === 'none') return null;
      return ctx.idmap.entries
        .filter((e) => e.host === 0 || (e.host < 0 && e.host + e.count > 0))
        .map((e) => ({
          severity: 'fail' as const,
          explanation: msg(e.kind === 'u' ? 'idmap.host_root.uid' : 'idmap.host_root.gid', { line: e.text }),
          evidence: [entryEvidence(ctx, e)],
          fix: {
            summary: msg('idmap.host_root.fix'),
            file: ctx.confPath,
            snippet: correctedBlock(ctx, e.kind).filter((l) => !/ \d+ 0 /.test(l)),
          },
        }));
    },
  },
  {
    id: 'idmap.passthrough_ids',
    area: 'idmap',
    run(ctx) {
      if (ctx.idmap.source !== 'custom') return null;
      const pts = [
        ...passthroughEntries(ctx.idmap.entries, 'u'),
        ...passthroughEntries(ctx.idmap.entries, 'g'),
      ].filter((e) => e.host < 100000);
      if (pts.length === 0) return [];
      const describe = (e: IdmapEntry) => {
        const name =
          e.kind === 'g'
            ? ctx.host.groups.find((g) => g.gid === e.host)?.name
            : ctx.host.passwd.find((p) => p.uid === e.host)?.name;
        const ctSide = e.ct === e.host ? `${word(e.kind)} ${e.host}` : `${word(e.kind)} ${e.ct} → ${e.host}`;
        return `${ctSide}${e.count > 1 ? ` (+${e.count - 1})` : ''}${name ? ` (${name})` : ''}`;
      };
      const sensitive = pts.some((e) => e.kind === 'g' && SENSITIVE_GIDS.has(e.host));
      const render = ctGid(ctx, 'render');
      return [
        {
          severity: sensitive ? 'warn' : 'info',
          explanation: msg(sensitive ? 'idmap.passthrough_ids.sensitive' : 'idmap.passthrough_ids', {
            ids: pts.map(describe).join(', '),
          }),
          evidence: pts.map((e) => entryEvidence(ctx, e)),
          fix: {
            summary: msg('idmap.passthrough_ids.fix'),
            file: ctx.confPath,
            add: [`dev0: /dev/dri/renderD128,gid=${render ?? FIX_PLACEHOLDERS.renderGid}`],
          },
        },
      ];
    },
  },
  {
    id: 'idmap.too_many_ranges',
    area: 'idmap',
    run(ctx) {
      if (ctx.idmap.source !== 'custom') return null;
      const out: Finding[] = [];
      for (const k of KINDS) {
        const n = ctx.idmap.entries.filter((e) => e.kind === k).length;
        if (n > 340) {
          out.push({
            severity: 'fail',
            explanation: msg(k === 'u' ? 'idmap.too_many_ranges.uid' : 'idmap.too_many_ranges.gid', {
              count: n,
            }),
            evidence: [stated(ctx.confPath, `evidence.idmap_lines.${word(k)}`, { count: n })],
            fix: {
              summary: msg('idmap.too_many_ranges.fix'),
              file: ctx.confPath,
              snippet: correctedBlock(ctx, k),
            },
          });
        }
      }
      return out;
    },
  },
];
