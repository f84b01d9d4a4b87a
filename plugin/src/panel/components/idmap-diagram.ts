// SPDX-License-Identifier: AGPL-3.0-or-later
// The idmap as a picture: the container's id axis on top, the host ids each range lands on
// below it, gaps and overlaps highlighted, interesting ids (render/video groups, passthrough
// ids) marked. Small ranges get a minimum width (idmap-layout.ts), so a one-id passthrough or
// a one-id gap is as visible as the 65 000-id default range.
import { html, svg } from 'lit';
import type { IdmapDiagram } from '../../../../api-shim/src/api/types.ts';
import { messageText, t } from '../i18n.ts';
import { layoutIdmap, xOfId } from '../idmap-layout.ts';

const W = 600;
const BAR = 18;

function overlapText(o: IdmapDiagram['overlaps'][number]): string {
  const range = { first: o.start, last: o.start + o.count - 1 };
  return o.side === 'container' ? t('idmap.overlapContainer', range) : t('idmap.overlapHost', range);
}

export function idmapDiagram(d: IdmapDiagram) {
  const title = d.kind === 'u' ? t('idmap.users') : t('idmap.groups');
  const segs = layoutIdmap(d, W, 52);
  const marksTop = 12 * d.marks.length;
  const y0 = marksTop + 4;
  const height = y0 + BAR + 14 + BAR + 16;
  return html`<div class="idmap" data-kind=${d.kind}>
    <div class="sub">${title}</div>
    <svg viewBox="-2 0 ${W + 50} ${height}" class="idmap-svg" role="img" aria-label=${title}>
      <text x=${W + 6} y=${y0 + 13} class="row-label">${t('idmap.rowContainer')}</text>
      <text x=${W + 6} y=${y0 + BAR + 14 + 13} class="row-label">${t('idmap.rowHost')}</text>
      ${segs.map((s) => {
        const label =
          s.kind === 'gap'
            ? t('idmap.gap', { first: s.start, last: s.end - 1 })
            : t('idmap.segment', {
                ctFirst: s.start,
                ctLast: s.end - 1,
                hostFirst: s.host ?? 0,
                hostLast: (s.host ?? 0) + s.end - s.start - 1,
              });
        const cls = s.kind === 'gap' ? 'gap' : s.kind === 'passthrough' ? 'range passthrough' : 'range';
        return svg`<g>
          <rect x=${s.x} y=${y0} width=${Math.max(1, s.w - 1)} height=${BAR} class=${cls}><title>${label}</title></rect>
          <text x=${s.x + 2} y=${y0 + 13} class="seg-label">${s.start}</text>
          ${
            s.host === undefined
              ? ''
              : svg`<line x1=${s.x + s.w / 2} x2=${s.x + s.w / 2} y1=${y0 + BAR} y2=${y0 + BAR + 14} class="link"></line>
                <rect x=${s.x} y=${y0 + BAR + 14} width=${Math.max(1, s.w - 1)} height=${BAR} class=${`host ${cls}`}><title>${label}</title></rect>
                <text x=${s.x + 2} y=${y0 + BAR + 14 + 13} class="seg-label">${s.host}</text>`
          }
        </g>`;
      })}
      ${d.overlaps.map((o) => {
        const x1 = xOfId(segs, o.start);
        const x2 = xOfId(segs, o.start + o.count - 1) + 2;
        return svg`<rect x=${x1} y=${o.side === 'container' ? y0 - 2 : y0 + BAR + 12} width=${Math.max(3, x2 - x1)} height=${BAR + 4} class="overlap"><title>${overlapText(o)}</title></rect>`;
      })}
      ${d.marks.map((m, i) => {
        const x = xOfId(segs, m.ct) + 1;
        // stacked: render/video groups sit a few ids apart
        const y = 10 + 12 * i;
        return svg`<line x1=${x} x2=${x} y1=${y + 2} y2=${y0 + BAR} class="mark"></line>
          <text x=${x + 3} y=${y} class="mark-label">${messageText(m.labelMsg, m.label)} (${m.ct})</text>`;
      })}
    </svg>
    <table class="ranges">
      <thead>
        <tr>
          <th>${t('idmap.col.container')}</th>
          <th>${t('idmap.col.host')}</th>
          <th class="num">${t('idmap.col.count')}</th>
          <th>${t('idmap.col.line')}</th>
        </tr>
      </thead>
      <tbody>
        ${d.ranges.map(
          (r) => html`<tr class=${r.host === r.ct ? 'passthrough' : ''}>
            <td>${r.ct}–${r.ct + r.count - 1}</td>
            <td>
              ${r.host}–${r.host + r.count - 1}${r.host === r.ct ? html` <span class="muted">${t('idmap.passthrough')}</span>` : ''}
            </td>
            <td class="num">${r.count}</td>
            <td>${r.line ?? t('idmap.defaultMap')}</td>
          </tr>`,
        )}
        ${d.gaps.map(
          (g) => html`<tr class="gap-row">
            <td>${g.start}–${g.start + g.count - 1}</td>
            <td colspan="3">${t('idmap.gapRow')}</td>
          </tr>`,
        )}
        ${d.overlaps.map(
          (o) => html`<tr class="overlap-row">
            <td colspan="4">${overlapText(o)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export const idmapStyles = `
  .idmap { margin: 6px 0 12px; }
  .idmap-svg { width: 100%; max-width: 900px; display: block; overflow: visible; }
  .range { fill: var(--pvegpu-ct); fill-opacity: 0.55; }
  .range.passthrough { fill: var(--pvegpu-pass); fill-opacity: 0.9; }
  .host.range { fill-opacity: 0.3; }
  .gap { fill: var(--pvegpu-fail); }
  .overlap { fill: none; stroke: var(--pvegpu-warn); stroke-width: 2.5; }
  .link { stroke: var(--pvegpu-border-strong); }
  .mark { stroke: var(--pwt-text-color, #000); stroke-width: 1.2; }
  .mark-label, .seg-label, .row-label { font-size: 10px; fill: var(--pwt-text-color, #000); }
  .row-label { fill: var(--pvegpu-muted); }
  tr.gap-row td { color: var(--pvegpu-fail-text); }
  tr.overlap-row td { color: var(--pvegpu-warn-text); }
`;
