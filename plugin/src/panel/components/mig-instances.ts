// SPDX-License-Identifier: AGPL-3.0-or-later
// The MIG instances of one NVIDIA GPU: profile, memory and who runs on each. The container's GPU
// card lists the container's own processes per instance; the node view lists the owners.
import { html, nothing, type TemplateResult } from 'lit';
import type { MigInstance } from '../../../../api-shim/src/api/types.ts';
import { formatBytes } from '../format.ts';
import { t } from '../i18n.ts';

/** "MIG 2g.20gb · GPU instance 3", or the GI alone when the profile is unknown (no root for `mig -lgi`). */
export function migInstanceLabel(i: MigInstance | undefined, gi: number): string {
  const name = t('mig.instance', { gi });
  return i?.profile ? `${i.profile} · ${name}` : name;
}

export function migInstancesTable(
  instances: MigInstance[] | undefined,
  heading: string,
  who: (gi: number) => TemplateResult | TemplateResult[] | string,
): TemplateResult | typeof nothing {
  if (!instances || instances.length === 0) return nothing;
  return html`<table class="mig" data-mig>
    <caption>
      ${t('mig.title')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('mig.column')}</th>
        <th scope="col" class="num">${t('proc.memory')}</th>
        <th scope="col">${heading}</th>
      </tr>
    </thead>
    <tbody>
      ${instances.map(
        (i) => html`<tr data-gi=${i.gpuInstance}>
          <td>${migInstanceLabel(i, i.gpuInstance)}</td>
          <td class="num">
            ${formatBytes(i.memoryUsedBytes)}${i.memoryTotalBytes ? html` / ${formatBytes(i.memoryTotalBytes)}` : ''}
          </td>
          <td>${who(i.gpuInstance)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
