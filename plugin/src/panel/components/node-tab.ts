// SPDX-License-Identifier: AGPL-3.0-or-later
// The node's GPU tab: each GPU of the node, its engines, and which containers use it with
// their shares; a container links to its own GPU tab.
import { css, html, LitElement, unsafeCSS } from 'lit';
import type { EngineClass, NodeHistory, NodeUsage } from '../../../../api-shim/src/api/types.ts';
import { byClass, classesOf, driverText, formatBytes, formatPercent, formatUnit } from '../format.ts';
import { HistoryController } from '../history-controller.ts';
import { label, t } from '../i18n.ts';
import { RetryOnFocusController } from '../retry-on-focus.ts';
import { bucketize, LiveRing, mergeSeries, type Point, TIMEFRAME_MS } from '../series.ts';
import { type ShimClient, ShimError } from '../shim-client.ts';
import { firstControl, StateFocusController } from '../state-focus.ts';
import { StreamController } from '../stream-controller.ts';
import { memoryTimeframeStore, type TimeframeStore } from '../timeframe-choice.ts';
import './line-chart.ts';
import { ThemeController } from '../theme.ts';
import { containerLabel } from './ct-label.ts';
import { discoveryItem } from './discovery.ts';
import { engineLabel, kfdNote } from './engine-label.ts';
import { migInstancesTable } from './mig-instances.ts';
import {
  collectorMessages,
  collectorMessageText,
  collectorStateLabel,
  failureMessage,
  stateBox,
  stateStyles,
} from './state-message.ts';
import { base, themeVars } from './styles.ts';
import { timeframeControls, toolbarStyles } from './toolbar.ts';

export class PveGpuNodeTab extends LitElement {
  static properties = {
    node: { type: String },
    client: { attribute: false },
    openContainer: { attribute: false },
    containerName: { attribute: false },
    timeframeStore: { attribute: false },
    usage: { state: true },
    error: { state: true },
  };

  node = '';
  client!: ShimClient;
  openContainer: ((vmid: string) => void) | undefined;
  containerName: ((vmid: string) => string | undefined) | undefined;
  timeframeStore: TimeframeStore = memoryTimeframeStore();
  usage: NodeUsage | undefined;
  error: ShimError | undefined;
  private stream: StreamController | undefined;
  /** Live 1 s points per "gpu|class" and "gpu|mem": one hour, then history carries on. */
  private live = new Map<string, LiveRing>();
  // History is an extra: the live part still draws, and failures show through the stream.
  private readonly history = new HistoryController<NodeHistory>(this, {
    store: () => this.timeframeStore,
    fetch: (timeframe, cf, signal) =>
      this.client.get<NodeHistory>(
        `/api/v1/nodes/${encodeURIComponent(this.node)}/history?timeframe=${timeframe}&cf=${cf}`,
        signal,
      ),
  });

  constructor() {
    super();
    new ThemeController(this);
    new StateFocusController(this, firstControl);
    new RetryOnFocusController(
      this,
      () => this.error,
      () => this.retry(),
    );
  }

  static styles = [
    themeVars,
    base,
    toolbarStyles,
    css`
      :host {
        padding: 10px;
      }
      .status {
        margin: 0 0 6px;
        color: var(--pvegpu-fail-text);
      }
      table.mig {
        margin-bottom: 8px;
      }
      table.mig caption {
        text-align: start;
        font-weight: 600;
        padding: 2px 0;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(260px, 100%), 1fr));
        gap: 8px;
        padding: 0 10px 10px;
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

  connectedCallback(): void {
    super.connectedCallback();
    if (!this.stream) {
      this.stream = new StreamController(this, {
        client: this.client,
        path: `/api/v1/nodes/${encodeURIComponent(this.node)}/stream`,
        onEvent: (event, data) => {
          if (event === 'usage') this.onUsage(data as NodeUsage);
        },
        onResume: () => this.history.load(),
        onError: (err) => {
          this.error = err;
        },
      });
    }
    this.client
      .get<NodeUsage>(`/api/v1/nodes/${encodeURIComponent(this.node)}/gpu`)
      .then((u) => {
        if (!this.usage) this.onUsage(u);
      })
      .catch((err) => {
        if (err instanceof ShimError) this.error = err;
      });
  }

  private onUsage(u: NodeUsage): void {
    for (const g of u.gpus) {
      const whole = byClass(g.whole.engines, g.whole.engineClasses);
      for (const cls of classesOf(g.whole.engineClasses))
        this.push(`${g.info.id}|${cls}`, u.time, whole[cls] ?? 0);
      if (g.whole.memoryUsedBytes !== undefined)
        this.push(`${g.info.id}|mem`, u.time, g.whole.memoryUsedBytes);
    }
    this.usage = u;
  }

  private push(key: string, t: number, v: number): void {
    let ring = this.live.get(key);
    if (!ring) {
      ring = new LiveRing(3600);
      this.live.set(key, ring);
    }
    ring.push(t, v);
  }

  private historyPoints(gpu: string, key: string, classes: Record<string, EngineClass>): Point[] {
    return this.history.seriesPoints(`${gpu}|${key}`, (history) => {
      const out: Point[] = [];
      for (const p of history?.series.find((s) => s.gpu === gpu)?.points ?? []) {
        if (key === 'mem') {
          if (p.memoryBytes !== undefined) out.push({ t: p.t * 1000, v: p.memoryBytes });
        } else if (p.engines)
          out.push({ t: p.t * 1000, v: byClass(p.engines, classes)[key as EngineClass] ?? 0 });
      }
      return out;
    });
  }

  /** History charts of one GPU as a whole, in PVE's shared time frame. */
  private charts(g: NodeUsage['gpus'][number], end: number) {
    const span = TIMEFRAME_MS[this.history.timeframe];
    const step = (this.history.document?.step ?? 0) * 1000;
    const buckets = step > 0 ? Math.max(10, Math.min(120, Math.floor(span / step))) : 120;
    const values = (key: string) =>
      bucketize(
        mergeSeries(
          this.historyPoints(g.info.id, key, g.whole.engineClasses),
          this.live.get(`${g.info.id}|${key}`)?.points(end - span) ?? [],
        ),
        end,
        span,
        buckets,
        this.history.choice.cf,
      );
    const total = g.whole.memoryTotalBytes ?? g.info.memoryTotalBytes;
    const color = 'var(--pvegpu-ct)';
    const whole = t('gpu.wholeGpu');
    return html`<div class="charts">
      ${classesOf(g.whole.engineClasses).map(
        (c) => html`<pvegpu-line-chart
          data-engine=${c}
          .heading=${engineLabel(c)}
          .end=${end}
          .span=${span}
          .series=${[{ label: whole, values: values(c), color, fill: true }]}
        ></pvegpu-line-chart>`,
      )}
      ${
        g.whole.memoryUsedBytes !== undefined
          ? html`<pvegpu-line-chart
              data-engine="memory"
              .heading=${t('gpu.memoryChart')}
              .end=${end}
              .span=${span}
              .max=${total && total > 0 ? total : Math.max(g.whole.memoryUsedBytes * 1.2, 1)}
              .format=${formatBytes}
              .series=${[{ label: whole, values: values('mem'), color, fill: true }]}
            ></pvegpu-line-chart>`
          : ''
      }
    </div>`;
  }

  // The failure stays shown (its Retry button keeps the focus) until the stream answers or fails.
  private retry = () => this.stream?.restart();

  private bar(p: number | undefined) {
    return html`<span class="bar"><span style="width:${Math.min(100, Math.max(0, p ?? 0))}%"></span></span>${formatPercent(p)}`;
  }

  render() {
    const u = this.usage;
    return html`${
      u && u.gpus.length > 0
        ? html`<div class="toolbar">
            <span class="spacer"></span>${timeframeControls(this.history.choice, (c) => this.history.choose(c))}
          </div>`
        : ''
    }
    ${this.error ? failureMessage(this.error, this.client.baseUrl, undefined, this.retry) : ''}
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
                  <span class="muted">${label('gpu.driver')} ${driverText(g.info)}</span>
                  <span class="muted">PCI ${g.info.pci}</span>
                  ${g.whole.status.state !== 'ok' ? html`<span class="badge warn">${collectorStateLabel(g.whole.status.state)}</span>` : ''}
                  ${discoveryItem(g.whole.discovery)}
                </header>
                ${
                  // what the state means and, when stale, how old the figures below are (as the
                  // container's GPU card says it)
                  g.whole.status.state !== 'ok'
                    ? html`<div class="status" data-gpu-state=${g.whole.status.state}>${collectorMessageText(g.whole.status)}</div>`
                    : ''
                }
                <div class="figures">
                  ${classes.map((c) => html`<span>${t('label.value', { label: engineLabel(c) })} ${this.bar(whole[c])}</span>`)}
                  <span>${label('gpu.frequency')} <b>${formatUnit(g.whole.freqMHz, 'MHz')}</b></span>
                  <span>${label('gpu.power')} <b>${formatUnit(g.whole.powerWatts, 'W', 1)}</b></span>
                  <span>${label('gpu.temperature')} <b>${formatUnit(g.whole.temperatureC, '°C')}</b></span>
                  <span>${label('node.memory')} <b>${formatBytes(g.whole.memoryUsedBytes)}</b>
                    ${g.whole.memoryTotalBytes ? html` / ${formatBytes(g.whole.memoryTotalBytes)}` : ''}</span>
                </div>
                ${kfdNote(g.whole.engineClasses)}
                ${this.charts(g, u.time)}
                ${migInstancesTable(g.whole.migInstances, t('node.usedBy'), (gi) => {
                  const on = owners.filter((o) => o.gpuInstances?.includes(gi));
                  return on.length === 0
                    ? html`<span class="muted">–</span>`
                    : on.map(
                        (o, n) =>
                          html`${n ? ', ' : ''}<span data-owner=${o.owner}>${o.owner === 'host' ? t('node.host') : containerLabel(o.owner, this.containerName)}</span>`,
                      );
                })}
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
                                        >${containerLabel(o.owner, this.containerName)}</a
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
