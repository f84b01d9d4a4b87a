// SPDX-License-Identifier: AGPL-3.0-or-later
// Datacenter → GPU: every node's GPUs and which containers use them now (engines, memory). Each
// node's figures come from that node's service, through this node's (forwarding); what a user
// may see is filtered there as in the node tab (Sys.Audit on the node, VM.Audit per container).
// A node that does not answer is shown as such, the others stay.
import { css, html, LitElement, unsafeCSS } from 'lit';
import type { EngineClass, NodeUsage } from '../../../../api-shim/src/api/types.ts';
import { type ClusterNode, ClusterPollController, type NodeResult } from '../cluster-poll-controller.ts';
import { byClass, classesOf, formatBytes, formatPercent } from '../format.ts';
import { t } from '../i18n.ts';
import type { ShimClient, ShimError } from '../shim-client.ts';
import { firstControl, StateFocusController } from '../state-focus.ts';
import { ThemeController } from '../theme.ts';
import { containerLabel } from './ct-label.ts';
import { engineLabel } from './engine-label.ts';
import { errorText, failureMessage, stateBox, stateStyles } from './state-message.ts';
import { base, themeVars } from './styles.ts';

export class PveGpuClusterTab extends LitElement {
  static properties = {
    client: { attribute: false },
    nodes: { attribute: false },
    openContainer: { attribute: false },
    containerName: { attribute: false },
  };

  client!: ShimClient;
  /** The cluster's nodes as PVE's resource store knows them. */
  nodes: () => ClusterNode[] = () => [];
  openContainer: ((vmid: string, node: string) => void) | undefined;
  containerName: ((vmid: string) => string | undefined) | undefined;
  private readonly poll = new ClusterPollController(
    this,
    () => this.client,
    () => this.nodes(),
  );

  constructor() {
    super();
    new ThemeController(this);
    new StateFocusController(this, firstControl);
  }

  static styles = [
    themeVars,
    base,
    css`
      :host {
        padding: 10px;
      }
      section {
        border: 1px solid var(--pvegpu-border);
        border-radius: 3px;
        margin-bottom: 12px;
      }
      h3 {
        margin: 0;
        padding: 6px 10px;
        font-size: 14px;
        background: var(--pvegpu-header);
        border-bottom: 1px solid var(--pvegpu-border);
        display: flex;
        gap: 12px;
        align-items: baseline;
      }
      section > .state {
        margin: 8px 10px;
      }
      td.gpu {
        font-weight: 600;
      }
      tr.owner td:first-child {
        padding-left: 24px;
      }
      ${unsafeCSS(stateStyles)}
    `,
  ];

  private engines(engines: Record<string, number>, classesMap: Record<string, EngineClass>) {
    const shares = byClass(engines, classesMap);
    const parts = classesOf(classesMap)
      .filter((c) => (shares[c] ?? 0) > 0)
      .map((c) => `${engineLabel(c)} ${formatPercent(shares[c])}`);
    return parts.length ? parts.join(t('list.separator')) : html`<span class="muted">${t('dc.idle')}</span>`;
  }

  private nodeFailure(node: string, err: ShimError) {
    // The local service itself is not reachable: the node tab's explanation fits.
    if (err.kind === 'unreachable')
      return failureMessage(err, this.client.baseUrl, undefined, () => this.poll.refresh());
    if (err.kind === 'forbidden') {
      return stateBox(
        'forbidden',
        'info',
        t('state.forbidden.title'),
        html`<p>${t('dc.forbidden', { node })}</p>`,
      );
    }
    if (err.status === 503) {
      return stateBox(
        'node-unreachable',
        'warn',
        t('dc.nodeDown.title', { node }),
        html`<p>${t('dc.nodeDown.body')}
          <span class="muted">(${errorText(err)})</span></p>`,
      );
    }
    return failureMessage(err, this.client.baseUrl, undefined, () => this.poll.refresh());
  }

  private gpuRows(node: string, u: NodeUsage) {
    if (u.gpus.length === 0) {
      return html`<tr><td colspan="5" class="muted">${t('node.noGpu.title')}</td></tr>`;
    }
    return u.gpus.map((g) => {
      const owners = g.owners.filter((o) => o.owner !== 'host').sort((a, b) => b.memoryBytes - a.memoryBytes);
      const host = g.owners.find((o) => o.owner === 'host' && o.processes > 0);
      return html`<tr class="gpu-row" data-gpu=${g.info.id}>
          <td class="gpu">${g.info.name} <span class="muted">${g.info.pci}</span></td>
          <td>${this.engines(g.whole.engines, g.whole.engineClasses)}</td>
          <td class="num">${formatBytes(g.whole.memoryUsedBytes)}${g.whole.memoryTotalBytes ? html` / ${formatBytes(g.whole.memoryTotalBytes)}` : ''}</td>
          <td class="num"></td>
        </tr>
        ${
          owners.length === 0 && !host
            ? html`<tr class="owner"><td colspan="4" class="muted">${t('dc.noContainer')}</td></tr>`
            : ''
        }
        ${owners.map(
          (o) => html`<tr class="owner" data-owner=${o.owner} data-node=${node}>
            <td><a href="#" data-open-ct=${o.owner} @click=${(e: Event) => {
              e.preventDefault();
              this.openContainer?.(o.owner, node);
            }}>${containerLabel(o.owner, this.containerName)}</a></td>
            <td>${this.engines(o.engines, g.whole.engineClasses)}</td>
            <td class="num">${formatBytes(o.memoryBytes)}</td>
            <td class="num">${o.processes}</td>
          </tr>`,
        )}
        ${
          host
            ? html`<tr class="owner" data-owner="host"><td>${t('node.host')}</td>
              <td>${this.engines(host.engines, g.whole.engineClasses)}</td>
              <td class="num">${formatBytes(host.memoryBytes)}</td><td class="num">${host.processes}</td></tr>`
            : ''
        }`;
    });
  }

  private nodeSection(r: NodeResult) {
    return html`<section data-node=${r.node} data-node-state=${r.state === 'failed' ? 'failed' : r.state}>
      <h3><span class="fa fa-building"></span> ${r.node}</h3>
      ${
        r.state === 'loading'
          ? html`<p class="muted" style="margin: 8px 10px">${t('ct.waiting')}</p>`
          : r.state === 'failed'
            ? this.nodeFailure(r.node, r.error)
            : html`<table>
                <thead><tr>
                  <th>${t('dc.gpuUsedBy')}</th>
                  <th>${t('dc.engines')}</th>
                  <th class="num">${t('node.memory')}</th>
                  <th class="num">${t('node.processes')}</th>
                </tr></thead>
                <tbody>${this.gpuRows(r.node, r.usage)}</tbody>
              </table>`
      }
    </section>`;
  }

  render() {
    const results = [...this.poll.results.values()].sort((a, b) => a.node.localeCompare(b.node));
    if (results.length === 0) return html`<p class="muted">${t('dc.noNodes')}</p>`;
    return html`${results.map((r) => this.nodeSection(r))}`;
  }
}

if (!customElements.get('pvegpu-cluster-tab')) customElements.define('pvegpu-cluster-tab', PveGpuClusterTab);
