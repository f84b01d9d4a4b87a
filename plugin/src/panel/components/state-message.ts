// SPDX-License-Identifier: AGPL-3.0-or-later
// The tab's states, each with a clear message and the next step.
import { html, type TemplateResult } from 'lit';
import type { CollectorState, CollectorStatus } from '../../../../api-shim/src/api/types.ts';
import { messageText, t } from '../i18n.ts';
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

/**
 * A failure's own words in the user's language: the catalogue's template for its message id, else
 * the English the server (or the browser) gave, which is what an id from a newer shim shows.
 */
export function errorText(err: ShimError): string {
  return messageText(err.msg, err.message);
}

/** A failed request to the shim, explained. */
export function failureMessage(err: ShimError, baseUrl: string, vmid: string | undefined, retry: () => void) {
  const retryButton = html`<button @click=${retry}>${t('state.retry')}</button>`;
  switch (err.kind) {
    case 'unreachable':
      return stateBox(
        'unreachable',
        'fail',
        t('state.unreachable.title'),
        html`<p>
            ${t('state.unreachable.connect', { url: baseUrl })}
            ${t('state.unreachable.why')}
          </p>
          <p>
            <a class="accept-cert" href=${`${baseUrl}/`} target="_blank" rel="noopener"
              >${t('state.unreachable.accept')}</a
            >
            — ${t('state.unreachable.then')} ${retryButton}
          </p>
          <p class="muted">${t('state.unreachable.onNode')} <code>systemctl status pve-gpu-tab</code></p>`,
      );
    case 'unauthenticated':
      return stateBox(
        'unauthenticated',
        'fail',
        t('state.unauthenticated.title'),
        // the service's reason (expired, rejected by PVE, malformed), as forbidden shows its own
        html`<p>
          ${t('state.unauthenticated.body')} <span class="muted">(${errorText(err)})</span> ${retryButton}
        </p>`,
      );
    case 'forbidden':
      return stateBox(
        'forbidden',
        'fail',
        t('state.forbidden.title'),
        html`<p>
          ${vmid ? t('state.forbidden.ct', { vmid }) : t('state.forbidden.node')}
          <span class="muted">(${errorText(err)})</span>
        </p>`,
      );
    case 'not-found':
      return stateBox('not-found', 'warn', t('state.notFound.title'), html`<p>${errorText(err)}</p>`);
    default:
      return stateBox(
        err.kind,
        'fail',
        t('state.error.title'),
        html`<p>${errorText(err)} ${retryButton}</p>`,
      );
  }
}

/** A collector's (or GPU's) state in words; the state code itself for one this build does not know. */
export function collectorStateLabel(state: CollectorState): string {
  return isKnownState(state) ? t(`collector.state.${state}`) : state;
}

function isKnownState(state: string): state is (typeof COLLECTOR_STATES)[number] {
  return (COLLECTOR_STATES as readonly string[]).includes(state);
}

const COLLECTOR_STATES = [
  'suspended',
  'unsupported',
  'driver-mismatch',
  'no-devices',
  'not-installed',
  'restarting',
  'stale',
  'gone',
  'error',
] as const satisfies ReadonlyArray<Exclude<CollectorState, 'ok'>>;

/** A collector's status message in the user's language (its id), else the server's English. */
export function collectorMessageText(s: CollectorStatus): string {
  return messageText(s.messageMsg, s.message ?? '');
}

/** Collector states other than "ok", with their next step. */
export function collectorMessages(collectors: Record<string, CollectorStatus>, prefix = '') {
  return Object.entries(collectors)
    .filter(([, s]) => s.state !== 'ok')
    .map(([name, s]) =>
      stateBox(
        `collector-${s.state}`,
        s.state === 'suspended' || s.state === 'restarting' || s.state === 'no-devices' ? 'info' : 'warn',
        `${prefix}${t('collector.title', { collector: name, state: collectorStateLabel(s.state) })}`,
        html`<p>${collectorMessageText(s)}</p>
          <p>${isKnownState(s.state) ? t(`collector.next.${s.state}`) : ''}</p>`,
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
