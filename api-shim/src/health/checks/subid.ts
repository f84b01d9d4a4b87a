// SPDX-License-Identifier: AGPL-3.0-or-later
// subid.*: may root map the host ids the effective map needs? (newuidmap's rules)

import type { Evidence } from '../../api/types.ts';
import type { IdKind } from '../idmap/idmap.ts';
import { haveRange, missingRanges, type SubidEntry } from '../idmap/subid.ts';
import { type CheckDef, type Finding, msg, stated } from './context.ts';

/** root's entries of /etc/subuid or /etc/subgid, quoted; or why there are none, in words. */
function rootEntries(file: string, entries: SubidEntry[] | undefined): Evidence {
  if (!entries) return stated(file, 'evidence.missing');
  const root = entries.filter((s) => s.owner === 'root' || s.owner === '0');
  if (root.length === 0) return stated(file, 'evidence.subid_no_root');
  return { source: file, text: root.map((s) => `${s.owner}:${s.start}:${s.count}`).join(' | ') };
}

export const subidChecks: CheckDef[] = [
  {
    id: 'subid.not_allowed',
    area: 'subid',
    run(ctx) {
      if (ctx.idmap.source === 'none') return null;
      const out: Finding[] = [];
      for (const kind of ['u', 'g'] as IdKind[]) {
        const file = kind === 'u' ? '/etc/subuid' : '/etc/subgid';
        const entries = kind === 'u' ? ctx.host.subuid : ctx.host.subgid;
        const word = kind === 'u' ? 'uid' : 'gid';
        // one missing file or range set is one mistake: one result per file, every line in it
        const needed = ctx.idmap.entries.filter(
          (e) =>
            e.kind === kind &&
            // maps host root: LXC writes the map itself (idmap.host_root)
            !(e.host <= 0 && e.host + e.count > 0) &&
            !(entries && haveRange(entries, ['root', '0'], e.host, e.count)),
        );
        if (needed.length === 0) continue;
        const lines = needed.flatMap((e) =>
          (entries
            ? missingRanges(entries, ['root', '0'], e.host, e.count)
            : [{ start: e.host, count: e.count }]
          ).map((m) => `root:${m.start}:${m.count}`),
        );
        const e = needed[0];
        const ids = (x: typeof e) => `${x.host}${x.count > 1 ? `–${x.host + x.count - 1}` : ''}`;
        out.push({
          severity: 'fail',
          explanation:
            needed.length === 1
              ? msg(`subid.not_allowed.${entries ? '' : 'no_file_'}${word}`, {
                  file,
                  ids: ids(e),
                  entry: e.text,
                  ctRange: `${e.ct}-${e.ct + e.count}`,
                  hostRange: `${e.host}-${e.host + e.count}`,
                })
              : msg(`subid.not_allowed.many_${word}`, {
                  file,
                  count: needed.length,
                  ids: needed.map(ids).join(', '),
                  ctRange: `${e.ct}-${e.ct + e.count}`,
                  hostRange: `${e.host}-${e.host + e.count}`,
                }),
          evidence: [
            ...needed.map((x) =>
              x.line === undefined
                ? stated(ctx.confPath, 'evidence.pve_default_map', { map: x.text })
                : { source: ctx.confPath, line: x.line, text: `lxc.idmap: ${x.text}` },
            ),
            rootEntries(file, entries),
          ],
          fix: {
            summary: msg('subid.not_allowed.fix', { file }),
            file,
            add: lines,
            commands: lines.map((l) => `echo '${l}' >> ${file}`),
          },
        });
      }
      return out;
    },
  },
  {
    id: 'subid.typo_file',
    area: 'subid',
    run(ctx) {
      return ctx.host.subidTypos.map((f) => {
        const right = /subu/.test(f) ? '/etc/subuid' : '/etc/subgid';
        return {
          severity: 'info' as const,
          explanation: msg('subid.typo_file', { file: f, right }),
          evidence: [stated(f, 'evidence.exists')],
          fix: {
            summary: msg('subid.typo_file.fix', { right }),
            commands: [`cat ${f} >> ${right} && rm ${f}`],
          },
        };
      });
    },
  },
  {
    id: 'subid.nss',
    area: 'subid',
    run(ctx) {
      if (ctx.idmap.source === 'none') return null;
      if (!ctx.host.subidNss) return [];
      return [
        {
          severity: 'info',
          explanation: msg('subid.nss'),
          evidence: [{ source: '/etc/nsswitch.conf', text: ctx.host.subidNss }],
        },
      ];
    },
  },
];
