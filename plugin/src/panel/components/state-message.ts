// SPDX-License-Identifier: AGPL-3.0-or-later
// The tab's states, each with a clear message and the next step.
import { html, type TemplateResult } from 'lit';
import type { CollectorStatus } from '../../../../api-shim/src/api/types.ts';
import { fmt, gettext } from '../i18n.ts';
import type { ShimError } from '../shim-client.ts';

export function stateBox(
  kind: string,
  level: 'fail' | 'warn' | 'info',
  title: string,
  body: unknown,
): TemplateResult {
  return html`<div class="state ${level}" data-state=${kind} role=${level === 'info' ? 'status' : 'alert'}>
    <div class="state-title">${title}</div>
    <div>${body}</div>
  </div>`;
}

/** A failed request to the shim, explained. */
export function failureMessage(err: ShimError, baseUrl: string, vmid: string | undefined, retry: () => void) {
  const retryButton = html`<button @click=${retry}>${gettext('Retry')}</button>`;
  switch (err.kind) {
    case 'unreachable':
      return stateBox(
        'unreachable',
        'fail',
        gettext('The GPU service is not reachable'),
        html`<p>
            ${fmt('The browser could not connect to {0}.', baseUrl)}
            ${gettext('Either the service pve-gpu-tab is not running on this node, a firewall blocks its port, or the browser has not accepted its certificate yet.')}
          </p>
          <p>
            <a class="accept-cert" href=${`${baseUrl}/`} target="_blank" rel="noopener"
              >${gettext('Open the GPU service and accept its certificate')}</a
            >
            — ${gettext('then come back and retry.')} ${retryButton}
          </p>
          <p class="muted">${gettext('On the node:')} <code>systemctl status pve-gpu-tab</code></p>`,
      );
    case 'unauthenticated':
      return stateBox(
        'unauthenticated',
        'fail',
        gettext('Your login was not accepted by the GPU service'),
        html`<p>${gettext('Your PVE session may have expired. Reload the page and log in again.')} ${retryButton}</p>`,
      );
    case 'forbidden':
      return stateBox(
        'forbidden',
        'fail',
        gettext('Permission denied'),
        html`<p>
          ${
            vmid
              ? fmt('You need the privilege VM.Audit on /vms/{0} to see GPU usage of this container.', vmid)
              : gettext('You need the privilege Sys.Audit on this node to see its GPUs.')
          }
          <span class="muted">(${err.message})</span>
        </p>`,
      );
    case 'not-found':
      return stateBox('not-found', 'warn', gettext('Not found'), html`<p>${err.message}</p>`);
    default:
      return stateBox(
        err.kind,
        'fail',
        gettext('The GPU service reported an error'),
        html`<p>${err.message} ${retryButton}</p>`,
      );
  }
}

const NEXT_STEP: Record<string, string> = {
  'driver-mismatch':
    'The NVIDIA kernel module and the user-space library differ in version (usually after a driver upgrade). Reboot the node, or unload and reload the nvidia modules.',
  'not-installed':
    'Install the vendor tool on the node (for NVIDIA: the nvidia-smi of the installed driver).',
  'no-devices': 'No GPU of this kind was found on the node.',
  restarting: 'The collector is restarting; data resumes in a few seconds.',
  suspended: 'The GPU is in runtime suspend; it wakes up when a program uses it.',
  unsupported: 'This driver does not report per-client usage.',
  gone: 'The GPU disappeared (unbound, or passed to a VM).',
  error: 'See the service log on the node: journalctl -u pve-gpu-tab',
};

/** Collector states other than "ok", with their next step. */
export function collectorMessages(collectors: Record<string, CollectorStatus>, prefix = '') {
  return Object.entries(collectors)
    .filter(([, s]) => s.state !== 'ok')
    .map(([name, s]) =>
      stateBox(
        `collector-${s.state}`,
        s.state === 'suspended' || s.state === 'restarting' || s.state === 'no-devices' ? 'info' : 'warn',
        `${prefix}${name}: ${gettext(s.state)}`,
        html`<p>${s.message ?? ''}</p>
          <p>${gettext(NEXT_STEP[s.state] ?? '')}</p>`,
      ),
    );
}

export const stateStyles = `
  .state { border: 1px solid var(--pvegpu-border); border-left-width: 4px; border-radius: 3px;
    padding: 8px 12px; margin: 0 0 10px; background: var(--pwt-panel-background, #fff); }
  .state.fail { border-left-color: var(--pvegpu-fail); }
  .state.warn { border-left-color: var(--pvegpu-warn); }
  .state.info { border-left-color: var(--pvegpu-ct); }
  .state-title { font-weight: 600; margin-bottom: 2px; }
  .state p { margin: 4px 0; }
`;
