// SPDX-License-Identifier: AGPL-3.0-or-later
// idmap.*: syntax and shape of the effective lxc.idmap (research/health-checks.md §2.A).

import type { Evidence } from '../../api/types.ts';
import { idmapCoverage } from '../idmap/coverage.ts';
import type { IdKind, IdmapEntry } from '../idmap/idmap.ts';
import { passthroughEntries, suggestIdmap } from '../idmap/suggest.ts';
import { type CheckContext, type CheckDef, confEvidence, ctGid, type Finding } from './context.ts';

const KINDS: IdKind[] = ['u', 'g'];
const word = (k: IdKind) => (k === 'u' ? 'uid' : 'gid');
const SENSITIVE_GIDS = new Set([0, 4, 6, 26, 27, 42]);

function entryEvidence(ctx: CheckContext, e: IdmapEntry): Evidence {
  return e.line === undefined
    ? { source: ctx.confPath, text: `PVE default map (unprivileged: 1): ${e.text}` }
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
    title: 'lxc.idmap lines are valid',
    run(ctx) {
      if (ctx.idmap.source === 'none') return null;
      return ctx.idmap.invalid.map((l) => ({
        severity: 'fail',
        explanation: `\`${l.text.trim()}\` is not valid. LXC only understands \`u\` (users) and \`g\` (groups) followed by three numbers and a count above 0; PVE logs \`failed to parse idmap\` and the container will not start.`,
        evidence: [confEvidence(ctx, l)],
        fix: {
          summary: 'Write one u line and one g line per range (here: the default ranges)',
          file: ctx.confPath,
          remove: [l.text],
          add: ['lxc.idmap: u 0 100000 65536', 'lxc.idmap: g 0 100000 65536'],
        },
      }));
    },
  },
  {
    id: 'idmap.deprecated_key',
    area: 'idmap',
    title: 'lxc.idmap key name',
    run(ctx) {
      if (ctx.idmap.source === 'none') return null;
      return ctx.idmap.deprecated.map((l) => ({
        severity: 'warn',
        explanation: '`lxc.id_map` is the pre-LXC-3.0 name; PVE renames it with a warning on every start.',
        evidence: [confEvidence(ctx, l)],
        fix: {
          summary: 'Rename the key to lxc.idmap',
          file: ctx.confPath,
          remove: [l.text],
          add: [`lxc.idmap: ${l.value}`],
        },
      }));
    },
  },
  {
    id: 'idmap.type_missing',
    area: 'idmap',
    title: 'Custom map has both uid and gid lines',
    run(ctx) {
      if (!customOnly(ctx)) return null;
      const out: Finding[] = [];
      for (const k of KINDS) {
        if (ctx.idmap.entries.some((e) => e.kind === k)) continue;
        out.push({
          severity: 'fail',
          explanation: `This container has custom ${k === 'u' ? 'gid' : 'uid'} mappings but no ${word(k)} mappings. Once any \`lxc.idmap\` line exists, PVE stops adding its defaults for both types, so ${word(k)}s have no map at all.`,
          evidence: ctx.idmap.entries.slice(0, 3).map((e) => entryEvidence(ctx, e)),
          fix: {
            summary: `Add the full default for ${word(k)}s`,
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
    title: 'Container root is mapped',
    run(ctx) {
      if (!customOnly(ctx)) return null;
      const out: Finding[] = [];
      for (const k of KINDS) {
        const mine = ctx.idmap.entries.filter((e) => e.kind === k);
        if (mine.length === 0 || mine.some((e) => e.ct === 0 || (e.ct < 0 && e.ct + e.count > 0))) continue;
        out.push({
          severity: 'fail',
          explanation: `Container root (${word(k)} 0) is not mapped; LXC cannot set up the container (\`No ${word(k)} mapping for container root\`).`,
          evidence: mine.map((e) => entryEvidence(ctx, e)),
          fix: {
            summary: `Start the ${word(k)} map at 0`,
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
    title: 'No id is mapped twice',
    run(ctx) {
      if (ctx.idmap.source === 'none') return null;
      const out: Finding[] = [];
      for (const k of KINDS) {
        for (const o of idmapCoverage(ctx.idmap.entries, k).overlaps) {
          const range = o.count === 1 ? `${o.start}` : `${o.start}–${o.start + o.count - 1}`;
          out.push({
            severity: 'fail',
            explanation: `Two lxc.idmap lines map the same ${o.side} ${word(k)} ${range} (\`${o.previous.text}\` and \`${o.entry.text}\`). PVE warns \`lxc.idmap: invalid map entry '${o.entry.text}': ${o.side} ${word(k)} ${o.start} is also mapped by entry '${o.previous.text}'\`; the kernel rejects overlapping maps (\`new${word(k)}map: write to ${word(k)}_map failed: Invalid argument\`) and the container does not start.`,
            evidence: [entryEvidence(ctx, o.previous), entryEvidence(ctx, o.entry)],
            fix: {
              summary: `Split the big range around the exception; the whole ${word(k)} block, ready to paste`,
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
    title: 'Every container id 0–65535 is mapped',
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
            hints.push(
              `\`${before.text}\` ends at ${g.start - 1}, the next line starts at ${g.start + g.count}`,
            );
          }
        }
        out.push({
          severity: severe ? 'warn' : 'info',
          explanation: `Container ${word(k)}${gaps.length > 1 || gaps[0].count > 1 ? 's' : ''} ${list.join(', ')} ${gaps.length > 1 || gaps[0].count > 1 ? 'are' : 'is'} not mapped. Files with those ids show as \`${k === 'g' ? 'nogroup' : 'nobody'}\`, and \`${k === 'g' ? 'chgrp' : 'chown'}\` to them fails with \`Invalid argument\`.${hints.length ? ` Probably an off-by-one: ${hints.join('; ')}.` : ''}`,
          evidence: mine.map((e) => entryEvidence(ctx, e)),
          fix: {
            summary: `Extend the neighbouring ranges; the whole ${word(k)} block without gaps, ready to paste`,
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
    title: "The host's root is not mapped into the container",
    run(ctx) {
      if (ctx.idmap.source === 'none') return null;
      return ctx.idmap.entries
        .filter((e) => e.host === 0 || (e.host < 0 && e.host + e.count > 0))
        .map((e) => ({
          severity: 'fail' as const,
          explanation: `\`${e.text}\` gives the container the host's root ${e.kind === 'u' ? 'user' : 'group'}. Anything running as that id in the container is host root; LXC even skips the /etc/sub${word(e.kind)} check for such maps.`,
          evidence: [entryEvidence(ctx, e)],
          fix: {
            summary: 'Never map host id 0; pass devices with devN instead',
            file: ctx.confPath,
            snippet: correctedBlock(ctx, e.kind).filter((l) => !/ \d+ 0 /.test(l)),
          },
        }));
    },
  },
  {
    id: 'idmap.passthrough_ids',
    area: 'idmap',
    title: 'Host ids shared with the container',
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
        const ctSide =
          e.ct === e.host
            ? `${word(e.kind)} ${e.host}`
            : `CT ${word(e.kind)} ${e.ct} → host ${word(e.kind)} ${e.host}`;
        return `${ctSide}${e.count > 1 ? ` (+${e.count - 1})` : ''}${name ? ` (${name})` : ''}`;
      };
      const sensitive = pts.some((e) => e.kind === 'g' && SENSITIVE_GIDS.has(e.host));
      const render = ctGid(ctx, 'render');
      return [
        {
          severity: sensitive ? 'warn' : 'info',
          explanation: `Host ids passed into the container: ${pts.map(describe).join(', ')}. The container can open every host object owned by these ids, and files it creates with them are owned by the host's ${pts.some((e) => e.kind === 'g') ? 'groups' : 'users'}.${sensitive ? ' At least one of them is a privileged host group.' : ''}`,
          evidence: pts.map((e) => entryEvidence(ctx, e)),
          fix: {
            summary:
              "For GPU access prefer devN with the container's own gid: no host id needs to be shared (keep 1:1 maps only for bind-mounted data)",
            file: ctx.confPath,
            add: [`dev0: /dev/dri/renderD128,gid=${render ?? '<render gid inside the CT>'}`],
          },
        },
      ];
    },
  },
  {
    id: 'idmap.too_many_ranges',
    area: 'idmap',
    title: 'At most 340 ranges per id type',
    run(ctx) {
      if (ctx.idmap.source !== 'custom') return null;
      const out: Finding[] = [];
      for (const k of KINDS) {
        const n = ctx.idmap.entries.filter((e) => e.kind === k).length;
        if (n > 340) {
          out.push({
            severity: 'fail',
            explanation: `${n} ${word(k)} ranges: the kernel accepts at most 340 ranges per map.`,
            evidence: [{ source: ctx.confPath, text: `${n} lxc.idmap ${k} lines` }],
            fix: { summary: 'Merge adjacent ranges', file: ctx.confPath, snippet: correctedBlock(ctx, k) },
          });
        }
      }
      return out;
    },
  },
];
