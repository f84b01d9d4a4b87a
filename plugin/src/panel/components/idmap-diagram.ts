// SPDX-License-Identifier: AGPL-3.0-or-later
// The idmap as a picture: the container's 0…65535 id axis, each mapped range and the host
// range it lands on, gaps and overlaps highlighted, interesting ids (render/video groups,
// passthrough ids) marked.
import { html, svg } from 'lit';
import type { IdmapDiagram } from '../../../../api-shim/src/api/types.ts';
import { gettext } from '../i18n.ts';

const SPAN = 65536;
const W = 600;
const x = (id: number) => (Math.max(0, Math.min(SPAN, id)) / SPAN) * W;

export function idmapDiagram(d: IdmapDiagram) {
  const title = d.kind === 'u' ? gettext('User ids') : gettext('Group ids');
  return html`<div class="idmap" data-kind=${d.kind}>
    <div class="sub">${title}</div>
    <svg viewBox="0 -14 ${W} ${50 + 11 * Math.max(0, d.marks.length - 1)}" class="idmap-svg" role="img" aria-label=${title}>
      <rect x="0" y="0" width=${W} height="16" class="axis"></rect>
      ${d.ranges.map(
        (r) => svg`<rect x=${x(r.ct)} y="0" width=${Math.max(1, x(r.ct + r.count) - x(r.ct))} height="16"
          class=${r.host === r.ct ? 'range passthrough' : 'range'}><title>${`ct ${r.ct}–${r.ct + r.count - 1} → host ${r.host}–${r.host + r.count - 1}`}</title></rect>`,
      )}
      ${d.gaps.map(
        (g) =>
          svg`<rect x=${x(g.start)} y="0" width=${Math.max(2, x(g.start + g.count) - x(g.start))} height="16" class="gap"><title>${`${gettext('not mapped')}: ${g.start}–${g.start + g.count - 1}`}</title></rect>`,
      )}
      ${d.overlaps.map(
        (o) =>
          svg`<rect x=${x(o.start)} y="-3" width=${Math.max(2, x(o.start + o.count) - x(o.start))} height="22" class="overlap"><title>${`${gettext('mapped twice')} (${o.side}): ${o.start}–${o.start + o.count - 1}`}</title></rect>`,
      )}
      ${d.marks.map(
        // labels stacked: render/video groups sit a few ids apart, i.e. on the same pixel
        (m, i) => svg`<line x1=${x(m.ct)} x2=${x(m.ct)} y1="-4" y2=${24 + 11 * i} class="mark"></line>
          <text x=${x(m.ct) + 3} y=${30 + 11 * i} class="mark-label">${m.label} (${m.ct})</text>`,
      )}
      <text x="0" y="-4" class="tick">0</text>
      <text x=${W} y="-4" class="tick" text-anchor="end">65535</text>
    </svg>
    <table class="ranges">
      <thead>
        <tr>
          <th>${gettext('Container')}</th>
          <th>${gettext('Host')}</th>
          <th class="num">${gettext('Count')}</th>
          <th>${gettext('Line')}</th>
        </tr>
      </thead>
      <tbody>
        ${d.ranges.map(
          (r) => html`<tr class=${r.host === r.ct ? 'passthrough' : ''}>
            <td>${r.ct}–${r.ct + r.count - 1}</td>
            <td>${r.host}–${r.host + r.count - 1}${r.host === r.ct ? html` <span class="muted">(${gettext('passthrough')})</span>` : ''}</td>
            <td class="num">${r.count}</td>
            <td>${r.line ?? gettext('default')}</td>
          </tr>`,
        )}
        ${d.gaps.map(
          (g) => html`<tr class="gap-row">
            <td>${g.start}–${g.start + g.count - 1}</td>
            <td colspan="3">${gettext('not mapped: files owned by these ids show as nobody/nogroup')}</td>
          </tr>`,
        )}
        ${d.overlaps.map(
          (o) => html`<tr class="overlap-row">
            <td colspan="4">${gettext('mapped twice')} (${o.side}): ${o.start}–${o.start + o.count - 1}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export const idmapStyles = `
  .idmap { margin: 6px 0 12px; }
  .idmap-svg { width: 100%; max-width: 760px; display: block; overflow: visible; }
  .axis { fill: var(--pvegpu-header); stroke: var(--pvegpu-border); }
  .range { fill: var(--pvegpu-ct); fill-opacity: 0.55; }
  .range.passthrough { fill: var(--pvegpu-pass); fill-opacity: 0.9; }
  .gap { fill: var(--pvegpu-fail); }
  .overlap { fill: none; stroke: var(--pvegpu-warn); stroke-width: 2; }
  .mark { stroke: var(--pwt-text-color, #000); stroke-width: 1.5; }
  .mark-label, .tick { font-size: 10px; fill: var(--pwt-text-color, #000); }
  tr.gap-row td { color: var(--pvegpu-fail); }
  tr.overlap-row td { color: var(--pvegpu-warn); }
`;
