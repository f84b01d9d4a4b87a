// SPDX-License-Identifier: AGPL-3.0-or-later
// "Apply" for a health fix that is a container config change: shows the exact diff, asks, and
// has PVE make the change through its own API with the user's own login (../pve-api.ts), with
// the digest of a fresh read so that a concurrent edit is refused rather than overwritten
// (pve-common Tools.pm assert_if_modified). Then it offers the restart that pending changes of
// a running container need. Where PVE would refuse the user, or its API cannot make the change
// at all (raw lxc.* lines), it says why instead of offering a button; the fix's lines with their
// copy buttons stay above it in the health view.
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ConfigChange } from '../../../../api-shim/src/api/types.ts';
import {
  alreadyMade,
  applyRefusal,
  changedSinceCheck,
  diffLines,
  mayReboot,
  type Refusal,
  ROOT,
} from '../apply-permission.ts';
import { inlineCodeRuns } from '../format.ts';
import { t } from '../i18n.ts';
import { PveApi, PveApiError, pageIdentity } from '../pve-api.ts';
import { base } from './styles.ts';

type Step =
  | { kind: 'closed' }
  | { kind: 'reading' }
  | { kind: 'stale'; keys: string[] }
  | { kind: 'confirm'; digest: string }
  | { kind: 'applying' }
  | { kind: 'modified'; message: string }
  | { kind: 'failed'; text: string }
  | { kind: 'done'; pendingKeys: string[]; already?: boolean }
  | { kind: 'rebooting'; upid?: string; status?: string; error?: string };

/** Privileges on /vms/<vmid> per user, asked once per page (PVE answers the same until re-login). */
const privilegeCache = new Map<string, Promise<Record<string, number> | undefined>>();

function privilegesOf(api: PveApi, vmid: string): Promise<Record<string, number> | undefined> {
  const key = `${api.user} /vms/${vmid}`;
  let p = privilegeCache.get(key);
  if (!p) {
    p = api.privileges(`/vms/${vmid}`).catch(() => {
      privilegeCache.delete(key);
      return undefined;
    });
    privilegeCache.set(key, p);
  }
  return p;
}

/** Without an answer on privileges, only PVE's root-only rules are judged here; PVE checks the rest. */
const ANY_PRIVILEGE: Record<string, number> = Object.fromEntries(
  ['VM.Config.Disk', 'VM.Config.CPU', 'VM.Config.Memory', 'VM.Config.Network', 'VM.Config.Options'].map(
    (p) => [p, 1],
  ),
);

const TASK_POLL_MS = 1000;

/**
 * A failed PVE call in the user's words: PVE's own message where PVE answered (PVE's UI shows it
 * as it is, Proxmox.Utils.extractRequestError), and in words of the plugin what PVE never said:
 * no connection at all, and a 401 (pveproxy's expired ticket or a CSRF token it no longer takes).
 */
function pveFailureText(err: unknown): string {
  if (err instanceof PveApiError && err.status === 0) return t('apply.noConnection');
  if (err instanceof PveApiError && err.status === 401)
    return t('apply.loginExpired', { message: err.message });
  return t('apply.failed', { message: (err as Error).message });
}

function prose(text: string) {
  return inlineCodeRuns(text).map((r) => (r.code ? html`<code>${r.text}</code>` : r.text));
}

export class PveGpuApplyFix extends LitElement {
  static properties = {
    change: { attribute: false },
    node: { type: String },
    vmid: { type: String },
    file: { type: String },
    ctStatus: { type: String },
    step: { state: true },
    privileges: { state: true },
  };

  change: ConfigChange | undefined;
  node = '';
  vmid = '';
  file = '';
  ctStatus = 'unknown';
  step: Step = { kind: 'closed' };
  /** undefined while asking PVE; null when PVE did not answer */
  privileges: Record<string, number> | null | undefined;
  private api: PveApi | undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  /** PVE made a change in this dialog: the health report is out of date once it closes. */
  private applied = false;

  static styles = [
    base,
    css`
      .note {
        margin: 6px 0 2px;
      }
      dialog {
        padding: 0;
        border: 1px solid var(--pvegpu-border-strong);
        border-radius: 3px;
        background: var(--pvegpu-bg, #fff);
        color: var(--pvegpu-text, #000);
        min-width: 420px;
        max-width: min(720px, 90vw);
        box-shadow: 0 4px 16px rgba(0, 0, 0, 0.35);
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.3);
      }
      /* PVE's window: a title bar, the body, buttons at the bottom right */
      .title {
        margin: 0;
        padding: 6px 10px;
        font-size: 13px;
        font-weight: 600;
        background: var(--pvegpu-header);
        border-bottom: 1px solid var(--pvegpu-border);
      }
      .body {
        padding: 10px;
      }
      .diff .del {
        color: var(--pvegpu-fail-text);
      }
      .diff .add {
        color: var(--pvegpu-pass);
      }
      .error {
        color: var(--pvegpu-fail-text);
      }
      .buttons {
        display: flex;
        justify-content: flex-end;
        gap: 6px;
        padding: 6px 10px 10px;
      }
      button.primary {
        background: var(--pvegpu-link);
        border-color: var(--pvegpu-link);
        color: var(--pvegpu-bg, #fff);
      }
      button:disabled {
        opacity: 0.6;
        cursor: default;
      }
    `,
  ];

  connectedCallback(): void {
    super.connectedCallback();
    const identity = pageIdentity();
    this.api = identity ? new PveApi(identity) : undefined;
    if (this.api && this.api.user !== ROOT && this.vmid) {
      privilegesOf(this.api, this.vmid).then((p) => {
        this.privileges = p ?? null;
      });
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pollTimer);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Why there is no button (manual lines are explained apart), or undefined. */
  private refusal(): Refusal | { kind: 'no-login' } | { kind: 'asking' } | undefined {
    if (!this.change || !this.api) return { kind: 'no-login' };
    if (this.api.user === ROOT) return undefined;
    if (this.privileges === undefined) return { kind: 'asking' };
    return applyRefusal(this.change, this.api.user, this.privileges ?? ANY_PRIVILEGE);
  }

  private async open(): Promise<void> {
    // PVE renews the ticket and the CSRF token on re-login (proxmox-widget-toolkit Utils.js
    // updates Proxmox.CSRFPreventionToken): take the page's current ones for this change.
    const identity = pageIdentity();
    if (identity) this.api = new PveApi(identity);
    this.step = { kind: 'reading' };
    await this.updateComplete;
    const d = this.dialog;
    if (d && !d.open) d.showModal();
    await this.read();
  }

  /** A fresh GET: its digest guards the PUT, and its values must still be what the check read. */
  private async read(): Promise<void> {
    const api = this.api;
    const change = this.change;
    if (!api || !change) return;
    this.step = { kind: 'reading' };
    try {
      const fresh = await api.config(this.node, this.vmid);
      if (alreadyMade(change, fresh)) {
        // Applied before and still pending: nothing to write, the restart may still be wanted.
        this.step = { kind: 'done', pendingKeys: await this.pendingKeys(), already: true };
        return;
      }
      const keys = changedSinceCheck(change, fresh);
      this.step = keys.length
        ? { kind: 'stale', keys }
        : { kind: 'confirm', digest: String(fresh.digest ?? '') };
    } catch (err) {
      this.step = { kind: 'failed', text: pveFailureText(err) };
    }
  }

  private async apply(digest: string): Promise<void> {
    const api = this.api;
    const change = this.change;
    if (!api || !change) return;
    this.step = { kind: 'applying' };
    try {
      await api.updateConfig(this.node, this.vmid, change, digest);
    } catch (err) {
      this.step =
        err instanceof PveApiError && err.configModified
          ? { kind: 'modified', message: err.message }
          : { kind: 'failed', text: pveFailureText(err) };
      return;
    }
    this.step = { kind: 'done', pendingKeys: await this.pendingKeys() };
    this.applied = true;
  }

  /** Keys of this change that PVE keeps in [pve:pending] (a running CT cannot take them now). */
  private async pendingKeys(): Promise<string[]> {
    const api = this.api;
    const change = this.change;
    if (!api || !change) return [];
    try {
      const mine = new Set([...Object.keys(change.set), ...change.delete]);
      const pending = await api.pending(this.node, this.vmid);
      return pending
        .filter((p) => mine.has(p.key) && (p.pending !== undefined || p.delete))
        .map((p) => p.key);
    } catch {
      // The change is made; not knowing what is pending only loses the restart offer.
      return [];
    }
  }

  private async reboot(): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.step = { kind: 'rebooting' };
    let upid: string;
    try {
      upid = await api.reboot(this.node, this.vmid);
    } catch (err) {
      this.step = { kind: 'rebooting', error: pveFailureText(err) };
      return;
    }
    this.step = { kind: 'rebooting', upid };
    const poll = async () => {
      try {
        const s = await api.taskStatus(this.node, upid);
        if (s.status === 'stopped') {
          this.step = { kind: 'rebooting', upid, status: s.exitstatus ?? '' };
          return;
        }
      } catch (err) {
        this.step = { kind: 'rebooting', upid, error: pveFailureText(err) };
        return;
      }
      if (this.isConnected) this.pollTimer = setTimeout(poll, TASK_POLL_MS);
    };
    this.pollTimer = setTimeout(poll, TASK_POLL_MS / 4);
  }

  private close(): void {
    clearTimeout(this.pollTimer);
    this.dialog?.close();
  }

  /** The dialog closed (button or Escape): back to the button, which gets the focus back. */
  private onClosed(): void {
    clearTimeout(this.pollTimer); // an earlier closing's task poll ends either way
    // The close event is queued, not fired by close() (HTML Standard, "close the dialog"), and
    // Chromium delivers it at the next animation frame, after other tasks: Escape and a quick
    // Enter on Apply open the dialog again before it comes (seen under load). That late event
    // is an earlier closing's: taking it would empty the open dialog and drop the focus.
    if (this.dialog?.open) return;
    this.step = { kind: 'closed' };
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('button.open')?.focus());
    // Once the dialog is gone, the tab may run the checks again on the changed config.
    if (this.applied) {
      this.applied = false;
      this.dispatchEvent(new CustomEvent('pvegpu-config-changed', { bubbles: true, composed: true }));
    }
  }

  protected updated(changed: PropertyValues): void {
    // Keyboard users land on the action each step offers (PVE's message boxes focus theirs).
    if (changed.has('step') && this.step.kind !== 'closed') {
      this.renderRoot.querySelector<HTMLElement>('dialog [data-autofocus]')?.focus();
    }
  }

  private stepBody() {
    const s = this.step;
    const change = this.change as ConfigChange;
    const user = this.api?.user ?? '';
    const diff = html`<div class="muted">${t('apply.diff')}</div>
      <pre class="diff" data-diff>${diffLines(change).map(
        (l) => html`<span class=${l.sign === '-' ? 'del' : 'add'}>${l.sign} ${l.text}</span>\n`,
      )}</pre>`;
    switch (s.kind) {
      case 'reading':
        return html`<p role="status">${t('apply.reading')}</p>`;
      case 'stale':
        return html`<p class="error" role="alert" data-state="stale">${t('apply.stale', { keys: s.keys.join(t('list.separator')) })}</p>`;
      case 'confirm':
        return html`<p id="intro">${t('apply.intro', { user })}</p>
          ${diff}`;
      case 'applying':
        return html`<p role="status">${t('apply.applying')}</p>
          ${diff}`;
      case 'modified':
        return html`<p class="error" role="alert" data-state="modified">${t('apply.modified', { message: s.message })}</p>`;
      case 'failed':
        return html`<p class="error" role="alert" data-state="failed">${s.text}</p>`;
      case 'done':
        return html`<p role="status" data-state=${s.already ? 'already' : 'done'}>${t(s.already ? 'apply.already' : 'apply.done')}</p>
          ${
            s.pendingKeys.length
              ? html`<p data-state="pending">${t('apply.pending', { keys: s.pendingKeys.join(t('list.separator')) })}</p>
                  ${this.privileges === undefined || mayReboot(user, this.privileges ?? {}) ? '' : html`<p>${t('apply.rebootNoRight')}</p>`}`
              : ''
          }`;
      case 'rebooting':
        return html`<p role="status" data-state="task" data-task-status=${s.status ?? (s.error ? 'error' : 'running')}>
          ${
            s.error
              ? html`<span class="error">${s.error}</span>`
              : s.upid === undefined
                ? t('apply.reading')
                : s.status === undefined
                  ? t('apply.task.running', { upid: s.upid })
                  : t('apply.task.done', { upid: s.upid, status: s.status })
          }
        </p>`;
      default:
        return nothing;
    }
  }

  private stepButtons() {
    const s = this.step;
    const close = (primary: boolean) =>
      html`<button type="button" class=${primary ? 'primary' : ''} ?data-autofocus=${primary} @click=${() => this.close()}>
        ${t('apply.close')}
      </button>`;
    switch (s.kind) {
      case 'confirm':
        return html`<button type="button" class="primary" data-action="confirm" data-autofocus @click=${() => this.apply(s.digest)}>
            ${t('apply.confirm')}
          </button>
          <button type="button" @click=${() => this.close()}>${t('apply.cancel')}</button>`;
      case 'modified':
        return html`<button type="button" class="primary" data-action="retry" data-autofocus @click=${() => this.read()}>
            ${t('apply.retry')}
          </button>
          <button type="button" @click=${() => this.close()}>${t('apply.cancel')}</button>`;
      case 'done': {
        const user = this.api?.user ?? '';
        const canReboot =
          s.pendingKeys.length > 0 &&
          this.ctStatus !== 'stopped' &&
          (user === ROOT || (this.privileges !== undefined && mayReboot(user, this.privileges ?? {})));
        return canReboot
          ? html`<button type="button" class="primary" data-action="reboot" data-autofocus @click=${() => this.reboot()}>
                ${t('apply.reboot')}
              </button>
              ${close(false)}`
          : close(true);
      }
      case 'reading':
      case 'applying':
        return html`<button type="button" disabled>${t('apply.confirm')}</button>
          <button type="button" data-autofocus @click=${() => this.close()}>${t('apply.cancel')}</button>`;
      default:
        return close(true);
    }
  }

  private why(r: NonNullable<ReturnType<PveGpuApplyFix['refusal']>>) {
    switch (r.kind) {
      case 'asking':
        return '';
      case 'no-login':
        return t('apply.why.noLogin');
      case 'root-only-dev':
        return t('apply.why.dev');
      case 'root-only-bind':
        return t('apply.why.bind', { key: r.key });
      case 'root-only':
        return t('apply.why.root', { key: r.key });
      case 'privilege':
        return t('apply.why.privilege', { priv: r.priv });
    }
  }

  render() {
    const change = this.change;
    if (!change) return nothing;
    if (change.manual)
      return html`<p class="note muted" data-apply="manual" data-reason=${change.manual.reason}>
        ${prose(t(`apply.manual.${change.manual.reason}`, { file: this.file }))}
      </p>`;
    const refusal = this.refusal();
    if (refusal)
      return refusal.kind === 'asking'
        ? nothing
        : html`<p class="note muted" data-apply="refused" data-reason=${refusal.kind}>${prose(this.why(refusal))}</p>`;
    return html`<div class="note">
        <button
          type="button"
          class="open"
          data-apply="button"
          title=${t('apply.button.title', { user: this.api?.user ?? '' })}
          aria-haspopup="dialog"
          @click=${() => this.open()}
        >
          ${t('apply.button')}
        </button>
      </div>
      <dialog aria-labelledby="title" @close=${() => this.onClosed()}>
        <h2 class="title" id="title">${t('apply.title', { vmid: this.vmid })}</h2>
        <div class="body">${this.step.kind === 'closed' ? nothing : this.stepBody()}</div>
        <div class="buttons">${this.step.kind === 'closed' ? nothing : this.stepButtons()}</div>
      </dialog>`;
  }
}

if (!customElements.get('pvegpu-apply-fix')) customElements.define('pvegpu-apply-fix', PveGpuApplyFix);
