// SPDX-License-Identifier: AGPL-3.0-or-later
// The node's GPU tab: each GPU of the node, its engines, and which containers use it with
// their shares; a container links to its own GPU tab.
import { css, html, LitElement, unsafeCSS } from 'lit';
import type { NodeUsage } from '../../../../api-shim/src/api/types.ts';
import { byClass, classesOf, formatBytes, formatPercent, formatUnit } from '../format.ts';
import { label, t } from '../i18n.ts';
import { type ShimClient, ShimError } from '../shim-client.ts';
import { StreamController } from '../stream-controller.ts';
import { ThemeController } from '../theme.ts';
import { engineLabel } from './engine-label.ts';
import {
  collectorMessages,
  collectorStateLabel,
  failureMessage,
  stateBox,
  stateStyles,
} from './state-message.ts';
import { base, themeVars } from './styles.ts';

export class PveGpuNodeTab extends LitElement {
  static properties = {
    node: { type: String },
    client: { attribute: false },
    openContainer: { attribute: false },
    containerName: { attribute: false },
    usage: { state: true },
    error: { state: true },
  };

  node = '';
  client!: ShimClient;
  openContainer: ((vmid: string) => void) | undefined;
  containerName: ((vmid: string) => string | undefined) | undefined;
  usage: NodeUsage | undefined;
  error: ShimError | undefined;
  private stream: StreamController | undefined;

  /** "CT 101 (jellyfin)" like PVE's tree; a name lookup that throws never breaks the table. */
  private ownerLabel(vmid: string): string {
    let name: string | undefined;
    try {
      name = this.containerName?.(vmid);
    } catch {
      name = undefined;
    }
    return name ? t('node.ctLabel', { vmid, name }) : t('ct.label', { vmid });
  }

  constructor() {
    super();
    new ThemeController(this);
  }

  static styles = [
    themeVars,
    base,
    css`
      :host {
        padding: 10px;
      }
      .gpu {
        border: 1px solid var(--pvegpu-border);
        border-radius: 3px;
        margin-bottom: 12px;
      }
      header {
        padding: 6px 10px;
        background: var(--pvegpu-header);
        border-bottom: 1px solid var(--pvegpu-border);
        display: flex;
        gap: 16px;
        flex-wrap: wrap;
        align-items: baseline;
      }
      .name {
        font-weight: 600;
        font-size: 14px;
      }
      .bar {
        display: inline-block;
        width: 80px;
        height: 8px;
        background: var(--pwt-gauge-back, #f5f5f5);
        box-sizing: border-box;
        border: 1px solid var(--pvegpu-border);
        vertical-align: middle;
        margin-right: 4px;
      }
      .bar > span {
        display: block;
        height: 100%;
        background: var(--pvegpu-ct);
      }
      .figures {
        padding: 6px 10px;
        display: flex;
        gap: 4px 20px;
        flex-wrap: wrap;
      }
      ${unsafeCSS(stateStyles)}
    `,
  ];

  /** Back from accepting the certificate in another browser tab: try again at once. */
  private onFocus = () => {
    if (this.error?.kind === 'unreachable') this.retry();
  };

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('focus', this.onFocus);
    if (!this.stream) {
      this.stream = new StreamController(this, {
        client: this.client,
        path: `/api/v1/nodes/${encodeURIComponent(this.node)}/stream`,
        onEvent: (event, data) => {
          if (event === 'usage') this.usage = data as NodeUsage;
        },
        onError: (err) => {
          this.error = err;
        },
      });
    }
    this.client
      .get<NodeUsage>(`/api/v1/nodes/${encodeURIComponent(this.node)}/gpu`)
      .then((u) => {
        this.usage ??= u;
      })
      .catch((err) => {
        if (err instanceof ShimError) this.error = err;
      });
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('focus', this.onFocus);
  }

  private retry = () => {
    this.error = undefined;
    this.stream?.restart();
  };

  private bar(p: number | undefined) {
    return html`<span class="bar"><span style="width:${Math.min(100, Math.max(0, p ?? 0))}%"></span></span>${formatPercent(p)}`;
  }

  render() {
    const u = this.usage;
    return html`${this.error ? failureMessage(this.error, this.client.baseUrl, undefined, this.retry) : ''}
    ${u ? collectorMessages(u.collectors) : ''}
    ${
      !u
        ? this.error
          ? ''
          : html`<p class="muted">${t('ct.waiting')}</p>`
        : u.gpus.length === 0
          ? stateBox('no-gpu', 'info', t('node.noGpu.title'), html`<p>${t('node.noGpu.body')}</p>`)
          : u.gpus.map((g) => {
              const classes = classesOf(g.whole.engineClasses);
              const whole = byClass(g.whole.engines, g.whole.engineClasses);
              const owners = [...g.owners].sort((a, b) => b.memoryBytes - a.memoryBytes);
              return html`<div class="gpu" data-gpu=${g.info.id}>
                <header>
                  <span class="name">${g.info.name}</span>
                  <span class="muted">${label('gpu.driver')} ${g.info.driver}</span>
                  <span class="muted">PCI ${g.info.pci}</span>
                  ${g.whole.status.state !== 'ok' ? html`<span class="badge warn">${collectorStateLabel(g.whole.status.state)}</span>` : ''}
                </header>
                <div class="figures">
                  ${classes.map((c) => html`<span>${t('label.value', { label: engineLabel(c) })} ${this.bar(whole[c])}</span>`)}
                  <span>${label('gpu.frequency')} <b>${formatUnit(g.whole.freqMHz, 'MHz')}</b></span>
                  <span>${label('gpu.power')} <b>${formatUnit(g.whole.powerWatts, 'W', 1)}</b></span>
                  <span>${label('gpu.temperature')} <b>${formatUnit(g.whole.temperatureC, '°C')}</b></span>
                  <span>${label('node.memory')} <b>${formatBytes(g.whole.memoryUsedBytes)}</b>
                    ${g.whole.memoryTotalBytes ? html` / ${formatBytes(g.whole.memoryTotalBytes)}` : ''}</span>
                </div>
                <table>
                  <thead>
                    <tr>
                      <th>${t('node.usedBy')}</th>
                      ${classes.map((c) => html`<th class="num">${engineLabel(c)}</th>`)}
                      <th class="num">${t('node.memory')}</th>
                      <th class="num">${t('node.processes')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${
                      owners.length === 0
                        ? html`<tr><td colspan=${classes.length + 3} class="muted">${t('node.noProcess')}</td></tr>`
                        : owners.map((o) => {
                            const share = byClass(o.engines, g.whole.engineClasses);
                            return html`<tr data-owner=${o.owner}>
                              <td>
                                ${
                                  o.owner === 'host'
                                    ? t('node.host')
                                    : html`<a
                                        href="#"
                                        data-open-ct=${o.owner}
                                        @click=${(e: Event) => {
                                          e.preventDefault();
                                          this.openContainer?.(o.owner);
                                        }}
                                        >${this.ownerLabel(o.owner)}</a
                                      >`
                                }
                              </td>
                              ${classes.map((c) => html`<td class="num">${formatPercent(share[c] ?? 0)}</td>`)}
                              <td class="num">${formatBytes(o.memoryBytes)}</td>
                              <td class="num">${o.processes}</td>
                            </tr>`;
                          })
                    }
                  </tbody>
                </table>
              </div>`;
            })
    }`;
  }
}

if (!customElements.get('pvegpu-node-tab')) customElements.define('pvegpu-node-tab', PveGpuNodeTab);
