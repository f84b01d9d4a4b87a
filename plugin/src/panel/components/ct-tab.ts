// SPDX-License-Identifier: AGPL-3.0-or-later
// The container's GPU tab: Usage (cards with live charts), Processes, Health, and the
// states around them (stopped, no GPU, shim unreachable, permission denied, collectors).
import { css, html, LitElement, unsafeCSS } from 'lit';
import type {
  ConsolidationFn,
  ContainerHistory,
  ContainerUsage,
  EngineClass,
  HealthReport,
  MigInstance,
  Timeframe,
} from '../../../../api-shim/src/api/types.ts';
import { byClass, classesOf } from '../format.ts';
import { HistoryController } from '../history-controller.ts';
import { t } from '../i18n.ts';
import { RetryOnFocusController } from '../retry-on-focus.ts';
import { bucketize, LiveRing, mergeSeries, type Point, TIMEFRAME_MS } from '../series.ts';
import { type ShimClient, ShimError } from '../shim-client.ts';
import { firstControl, StateFocusController } from '../state-focus.ts';
import { StreamController } from '../stream-controller.ts';
import { memoryTimeframeStore, type TimeframeStore } from '../timeframe-choice.ts';
import type { CardCharts } from './gpu-card.ts';
import {
  engineToggles,
  HiddenEngines,
  tabKeydown,
  timeframeControls,
  toolbarStyles,
  viewTabs,
} from './toolbar.ts';
import './gpu-card.ts';
import './health-view.ts';
import './process-table.ts';
import { ThemeController } from '../theme.ts';
import { collectorMessages, failureMessage, stateBox, stateStyles } from './state-message.ts';
import { base, themeVars } from './styles.ts';

type View = 'usage' | 'processes' | 'health';
const VIEWS: View[] = ['usage', 'processes', 'health'];
const BUCKETS = 120;
/** One hour of 1 s samples: enough for the hour view; day/week come from history. */
const LIVE_CAPACITY = 3600;

interface GpuSeries {
  live: Map<string, LiveRing>;
}

export class PveGpuCtTab extends LitElement {
  static properties = {
    node: { type: String },
    vmid: { type: String },
    ctName: { type: String },
    status: { type: String },
    client: { attribute: false },
    timeframeStore: { attribute: false },
    view: { state: true },
    hiddenEngines: { state: true },
    usage: { state: true },
    health: { state: true },
    error: { state: true },
  };

  node = '';
  vmid = '';
  ctName = '';
  status = 'running';
  client!: ShimClient;
  /** PVE's own time frame choice (Ext state), shared with PVE's Summary charts. */
  timeframeStore: TimeframeStore = memoryTimeframeStore();
  view: View = 'usage';
  hiddenEngines = new HiddenEngines();
  usage: ContainerUsage | undefined;
  health: HealthReport | undefined;
  error: ShimError | undefined;

  private series = new Map<string, GpuSeries>();
  private readonly history = new HistoryController<ContainerHistory>(this, {
    store: () => this.timeframeStore,
    fetch: (timeframe, cf, signal) =>
      this.client.get<ContainerHistory>(`${this.apiBase()}/history?timeframe=${timeframe}&cf=${cf}`, signal),
    onError: (err) => {
      // History is an extra: a failure here shows through the stream/health states anyway.
      if (err instanceof ShimError && err.kind !== 'not-found') this.error ??= err;
    },
  });
  private stream: StreamController | undefined;
  private userPickedView = false;

  static styles = [
    themeVars,
    base,
    toolbarStyles,
    css`
      :host {
        padding: 10px;
      }
      [role='tabpanel'] {
        min-width: 0;
      }
      ${unsafeCSS(stateStyles)}
    `,
  ];

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

  connectedCallback(): void {
    super.connectedCallback();
    if (!this.stream) {
      this.stream = new StreamController(this, {
        client: this.client,
        path: `${this.apiBase()}/stream`,
        onEvent: (event, data) => {
          if (event === 'usage') this.onUsage(data as ContainerUsage);
        },
        onError: (err) => {
          this.error = err;
        },
        onResume: () => this.history.load(),
        enabled: this.status !== 'stopped',
      });
    }
    this.loadHealth();
  }

  protected updated(changed: Map<string, unknown>): void {
    if (changed.has('status') && changed.get('status') !== undefined) {
      this.stream?.setEnabled(this.status !== 'stopped');
      // Health depends on the running state (in-container facts); refresh on the edge.
      this.loadHealth();
    }
  }

  private apiBase(): string {
    return `/api/v1/nodes/${encodeURIComponent(this.node)}/lxc/${encodeURIComponent(this.vmid)}`;
  }

  private async loadHealth(): Promise<void> {
    try {
      this.health = await this.client.get<HealthReport>(`${this.apiBase()}/health`);
      // The service answers again: what the user retried is over (the stream says its own).
      if (this.error && this.error === this.retried) this.error = undefined;
      // Until the user picks a view, show what matters: usage while it runs, else health.
      if (!this.userPickedView)
        this.view = this.status === 'stopped' || !this.health.hasGpu ? 'health' : 'usage';
    } catch (err) {
      if (err instanceof ShimError) this.error = err;
    }
  }

  private get timeframe(): Timeframe {
    return this.history.timeframe;
  }

  private get cf(): ConsolidationFn {
    return this.history.choice.cf;
  }

  /** History of one GPU as points per series key; engine classes come from the live data. */
  private historyPoints(gpu: string, key: string, classes: Record<string, EngineClass>): Point[] {
    return this.history.seriesPoints(`${gpu}|${key}`, (history) => {
      const out: Point[] = [];
      const points = history?.series.find((s) => s.gpu === gpu)?.points ?? [];
      const [side, cls] = key.split(':') as ['ct' | 'gpu' | 'mem', EngineClass | undefined];
      for (const p of points) {
        const t = p.t * 1000;
        if (side === 'mem') {
          if (p.memoryBytes !== undefined) out.push({ t, v: p.memoryBytes });
          continue;
        }
        const engines = side === 'ct' ? p.engines : p.gpuEngines;
        if (!engines || !cls) continue;
        out.push({ t, v: byClass(engines, classes)[cls] ?? 0 });
      }
      return out;
    });
  }

  private gpuSeries(gpu: string): GpuSeries {
    let s = this.series.get(gpu);
    if (!s) {
      s = { live: new Map() };
      this.series.set(gpu, s);
    }
    return s;
  }

  private push(gs: GpuSeries, key: string, t: number, v: number): void {
    let ring = gs.live.get(key);
    if (!ring) {
      ring = new LiveRing(LIVE_CAPACITY);
      gs.live.set(key, ring);
    }
    ring.push(t, v);
  }

  private onUsage(u: ContainerUsage): void {
    for (const g of u.gpus) {
      const gs = this.gpuSeries(g.info.id);
      const classes = g.whole.engineClasses;
      const ct = byClass(g.container.engines, classes);
      const whole = byClass(g.whole.engines, classes);
      for (const cls of classesOf(classes)) {
        this.push(gs, `ct:${cls}`, u.time, ct[cls] ?? 0);
        this.push(gs, `gpu:${cls}`, u.time, whole[cls] ?? 0);
      }
      this.push(gs, 'mem', u.time, g.container.memoryBytes);
    }
    this.usage = u;
  }

  private chartsFor(
    gpu: string,
    engineClasses: Record<string, EngineClass>,
    memTotal: number | undefined,
    end: number,
  ): CardCharts {
    const gs = this.gpuSeries(gpu);
    const classes = classesOf(engineClasses);
    const span = this.spanMs();
    // Never finer than the history's step, or every other bucket would be a gap.
    const step = (this.history.document?.step ?? 0) * 1000;
    const buckets = step > 0 ? Math.max(10, Math.min(BUCKETS, Math.floor(span / step))) : BUCKETS;
    const values = (key: string) =>
      bucketize(
        mergeSeries(this.historyPoints(gpu, key, engineClasses), gs.live.get(key)?.points(end - span) ?? []),
        end,
        span,
        buckets,
        this.cf,
      );
    const memory = values('mem');
    const peak = memory.reduce((m, v) => (Number.isFinite(v) && v > m ? v : m), 0);
    return {
      classes: classes
        .filter((cls) => !this.hiddenEngines.has(cls))
        .map((cls) => ({ cls, ct: values(`ct:${cls}`), whole: values(`gpu:${cls}`) })),
      memory,
      memoryMax: memTotal && memTotal > 0 ? memTotal : Math.max(peak * 1.2, 1),
    };
  }

  private pick(view: View) {
    this.view = view;
    this.userPickedView = true;
  }

  private spanMs(): number {
    return TIMEFRAME_MS[this.timeframe];
  }

  /** The error a retry is about: it stays shown (and its Retry button focused) until an answer. */
  private retried: ShimError | undefined;

  private retry = () => {
    this.retried = this.error;
    this.stream?.restart();
    this.loadHealth();
    this.history.load();
  };

  private renderUsage() {
    const u = this.usage;
    if (this.status === 'stopped') {
      return stateBox('stopped', 'info', t('ct.stopped.title'), html`<p>${t('ct.stopped.usage')}</p>`);
    }
    if (!u) return html`<p class="muted" data-state="loading">${t('ct.waiting')}</p>`;
    if (u.gpus.length === 0) return this.noGpu();
    const end = u.time;
    const classes = classesOf(Object.assign({}, ...u.gpus.map((g) => g.whole.engineClasses)));
    return html`${engineToggles(classes, this.hiddenEngines, (next) => {
      this.hiddenEngines = next;
    })}
    ${u.gpus.map(
      (g) =>
        html`<pvegpu-gpu-card
          .info=${g.info}
          .whole=${g.whole}
          .ctMemory=${g.container.memoryBytes}
          .ctProcesses=${g.container.processes}
          .processes=${u.processes.filter((p) => p.gpu === g.info.id)}
          .ctLabel=${t('ct.label', { vmid: this.vmid })}
          .end=${end}
          .span=${this.spanMs()}
          .charts=${this.chartsFor(g.info.id, g.whole.engineClasses, g.whole.memoryTotalBytes ?? g.info.memoryTotalBytes, end)}
        ></pvegpu-gpu-card>`,
    )}`;
  }

  private noGpu() {
    return stateBox(
      'no-gpu',
      'info',
      t('ct.noGpu.title'),
      html`<p>
          ${t('ct.noGpu.how')}
        </p>
        <pre>dev0: /dev/dri/renderD128,gid=104</pre>
        <p class="muted">${t('ct.noGpu.where', { vmid: this.vmid })}</p>`,
    );
  }

  private renderProcesses() {
    const u = this.usage;
    if (this.status === 'stopped') return this.renderUsage();
    if (!u) return html`<p class="muted">${t('ct.waiting')}</p>`;
    const engineClasses: Record<string, EngineClass> = {};
    const gpuNames: Record<string, string> = {};
    const migProfiles: Record<string, MigInstance> = {};
    for (const g of u.gpus) {
      Object.assign(engineClasses, g.whole.engineClasses);
      gpuNames[g.info.id] = g.info.name;
      for (const i of g.whole.migInstances ?? []) migProfiles[`${g.info.id}|${i.gpuInstance}`] = i;
    }
    return html`<pvegpu-process-table
      .processes=${u.processes}
      .engineClasses=${engineClasses}
      .classes=${classesOf(engineClasses)}
      .gpuNames=${gpuNames}
      .migProfiles=${migProfiles}
    ></pvegpu-process-table>`;
  }

  private onTabKey = (e: KeyboardEvent) => {
    const next = tabKeydown(e, VIEWS, this.view);
    if (!next) return;
    this.pick(next);
    this.updateComplete.then(() =>
      (this.renderRoot.querySelector(`[role="tab"][data-view="${next}"]`) as HTMLElement | null)?.focus(),
    );
  };

  render() {
    const fails = this.health?.summary.fail ?? 0;
    const warns = this.health?.summary.warn ?? 0;
    const blocking = this.error && this.error.kind !== 'unavailable';
    const badge = fails
      ? html`<span class="badge fail count" aria-label=${t('health.count.fail', { count: fails })}>${fails}</span>`
      : warns
        ? html`<span class="badge warn count" aria-label=${t('health.count.warn', { count: warns })}>${warns}</span>`
        : '';
    return html`<div class="toolbar">
        ${viewTabs(
          [
            { view: 'usage', label: t('view.usage') },
            { view: 'processes', label: t('view.processes') },
            { view: 'health', label: t('view.health'), extra: badge },
          ],
          this.view,
          (v) => this.pick(v as View),
          this.onTabKey,
        )}
        <span class="spacer"></span>
        ${this.view === 'usage' && this.status !== 'stopped' ? timeframeControls(this.history.choice, (c) => this.history.choose(c)) : ''}
      </div>
      <div role="tabpanel" id="pvegpu-panel" aria-labelledby=${`pvegpu-tab-${this.view}`}>
      ${this.error ? failureMessage(this.error, this.client.baseUrl, this.vmid, this.retry) : ''}
      ${this.usage ? collectorMessages(this.usage.collectors) : ''}
      ${
        blocking
          ? ''
          : this.view === 'usage'
            ? this.renderUsage()
            : this.view === 'processes'
              ? this.renderProcesses()
              : html`${this.status === 'stopped' ? stateBox('stopped', 'info', t('ct.stopped.title'), html`<p>${t('ct.stopped.health')}</p>`) : ''}
                ${this.health && !this.health.hasGpu ? this.noGpu() : ''}
                <pvegpu-health-view
                  .report=${this.health}
                  @pvegpu-config-changed=${() => this.loadHealth()}
                ></pvegpu-health-view>`
      }
      </div>`;
  }
}

if (!customElements.get('pvegpu-ct-tab')) customElements.define('pvegpu-ct-tab', PveGpuCtTab);
