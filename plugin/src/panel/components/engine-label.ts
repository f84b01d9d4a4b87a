// SPDX-License-Identifier: AGPL-3.0-or-later
// An engine class in the user's language (legends, table headers, chart titles).
import { html, nothing } from 'lit';
import type { EngineClass } from '../../../../api-shim/src/api/types.ts';
import { t } from '../i18n.ts';

export function engineLabel(cls: EngineClass): string {
  return t(`engine.${cls}`);
}

/**
 * What Compute and Copy mean on a GPU with ROCm processes: their figures are the KFD's CU occupancy
 * (a share of the compute units now, not busy time) and SDMA activity, engines `cu` and `sdma` of
 * amdgpu's driver module (api-shim/src/collect/drivers/amdgpu.ts, collect/kfd.ts).
 */
export function kfdNote(engineClasses: Record<string, EngineClass> | undefined) {
  if (!engineClasses || !('cu' in engineClasses || 'sdma' in engineClasses)) return nothing;
  return html`<div class="muted" data-note="kfd">
    ${t('gpu.kfdNote', { compute: engineLabel('compute'), copy: engineLabel('copy') })}
  </div>`;
}
