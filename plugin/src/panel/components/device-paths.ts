// SPDX-License-Identifier: AGPL-3.0-or-later
// Each passed-through device: host node → container node, with major:minor, owner and mode.
import { html } from 'lit';
import type { DeviceEnd, DevicePath } from '../../../../api-shim/src/api/types.ts';
import { t } from '../i18n.ts';

function end(e: DeviceEnd) {
  const owner = e.uid !== undefined ? `${e.owner ?? e.uid}:${e.group ?? e.gid}` : e.owner;
  return html`<div class="dev-end ${e.exists ? '' : 'missing'}">
    <code>${e.path}</code>
    <div class="muted">
      ${e.exists ? '' : html`<b>${t('dev.missing')}</b> `}${e.devt ? html`${e.devt} ` : ''}${owner ?? ''}
      ${e.mode ?? ''}
    </div>
  </div>`;
}

export function devicePaths(devices: DevicePath[]) {
  if (devices.length === 0) return html`<p class="muted">${t('dev.none')}</p>`;
  return html`<div class="devices">
    ${devices.map(
      (d) => html`<div class="dev-row" data-verdict=${d.verdict}>
        <span class="badge ${d.verdict}">${t(`severity.${d.verdict}`)}</span>
        <span class="dev-src">${d.source}${d.line ? html` <span class="muted">${t('dev.line', { line: d.line })}</span>` : ''}</span>
        ${end(d.host)}
        <span class="arrow" aria-hidden="true">→</span>
        ${end(d.container)}
      </div>`,
    )}
  </div>`;
}

export const deviceStyles = `
  .dev-row { display: grid; grid-template-columns: auto 110px 1fr auto 1fr; gap: 8px; align-items: center;
    padding: 4px 0; border-bottom: 1px solid var(--pvegpu-border); }
  .dev-end.missing code { color: var(--pvegpu-fail-text); text-decoration: line-through; }
  .arrow { font-size: 16px; }
`;
