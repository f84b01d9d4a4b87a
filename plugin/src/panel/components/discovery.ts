// SPDX-License-Identifier: AGPL-3.0-or-later
// How the collector finds a GPU's client processes (GpuSample.discovery), in the user's language:
// the kernel's DRM client list, nvidia-smi's process rows, or the walk of every fd table and why
// (docs/collectors.md).
import { html } from 'lit';
import type { GpuDiscovery } from '../../../../api-shim/src/api/types.ts';
import type { UiMessageId } from '../../i18n/en.ts';
import { label, t } from '../i18n.ts';

export function discoveryText(d: GpuDiscovery): string {
  if (d.via === 'debugfs') return t('discovery.debugfs');
  if (d.via === 'nvidia-smi') return t('discovery.nvidia-smi');
  const id = `discovery.because.${d.because ?? 'off'}` as UiMessageId;
  return t('discovery.walk', { reason: t(id, { gpu: d.gpu ?? '' }) });
}

/**
 * A header item of the node view. The file a walk's reason is about is shown, not only on
 * hover: "the clients file could not be read" needs its path, and a title is out of the
 * keyboard's reach.
 */
export function discoveryItem(d: GpuDiscovery | undefined) {
  if (!d) return '';
  const file = d.via === 'walk' && d.path ? html` (<code>${d.path}</code>)` : '';
  return html`<span class="muted" data-discovery=${d.via} data-because=${d.because ?? ''} title=${d.path ?? ''}>${label('node.discovery')} ${discoveryText(d)}${file}</span>`;
}
