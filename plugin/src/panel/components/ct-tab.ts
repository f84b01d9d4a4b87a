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
  Timeframe,
} from '../../../../api-shim/src/api/types.ts';
import { byClass, classesOf } from '../format.ts';
import { t } from '../i18n.ts';
import { bucketize, LiveRing, mergeSeries, type Point, TIMEFRAME_MS } from '../series.ts';
import { type ShimClient, ShimError } from '../shim-client.ts';
import { StreamController } from '../stream-controller.ts';
import type { CardCharts } from './gpu-card.ts';
import './gpu-card.ts';
import './health-view.ts';
import './process-table.ts';
import { collectorMessages, failureMessage, stateBox, stateStyles } from './state-message.ts';
import { base } from './styles.ts';

type View = 'usage' | 'processes' | 'health';
const BUCKETS = 120;
/** The live view: 2 minutes at 1 s per point, so every update visibly moves the chart. */
const LIVE_SPAN_MS = 120_000;
const LIVE_BUCKETS = 120;
const SPAN_LABELS = {
  live: 'span.live',
  hour: 'span.hour',
  day: 'span.day',
  week: 'span.week',
} as const;
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
    view: { state: true },
    timeframe: { state: true },
    cf: { state: true },
    usage: { state: true },
    health: { state: true },
    error: { state: true },
  };

  node = '';
  vmid = '';
  ctName = '';
  status = 'running';
  client!: ShimClient;
  view: View = 'usage';
  /** "live": the last 2 minutes at 1 s from the stream alone; else PVE's RRD-like frames. */
  timeframe: Timeframe | 'live' = 'live';
  cf: ConsolidationFn = 'AVERAGE';
  usage: ContainerUsage | undefined;
  health: HealthReport | undefined;
  error: ShimError | undefined;

  private series = new Map<string, GpuSeries>();
  private history: ContainerHistory | undefined;
  /** History points per "gpu|key", converted once per history document. */
  private historyCache = new Map<string, Point[]>();
  private stream: StreamController | undefined;
  private historyAbort: AbortController | undefined;
  private historyTimer: ReturnType<typeof setInterval> | undefined;
  private userPickedView = false;

  static styles = [
    base,
    css`
      :host {
        padding: 10px;
      }
      .toolbar {
        display: flex;
        gap: 6px;
        align-items: center;
        margin-bottom: 10px;
        flex-wrap: wrap;
      }
      .seg {
        display: inline-flex;
      }
      .seg button {
        border-radius: 0;
      }
      .seg button:first-child {
        border-radius: 3px 0 0 3px;
      }
      .seg button:last-child {
        border-radius: 0 3px 3px 0;
      }
      .spacer {
        flex: 1;
      }
      select {
        font: inherit;
        color: inherit;
        background: var(--pwt-panel-background, #fff);
        border: 1px solid var(--pvegpu-border);
        padding: 1px 4px;
      }
      .count {
        margin-left: 4px;
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
        path: `${this.apiBase()}/stream`,
        onEvent: (event, data) => {
          if (event === 'usage') this.onUsage(data as ContainerUsage);
        },
        onError: (err) => {
          this.error = err;
        },
        onResume: () => this.loadHistory(),
        enabled: this.status !== 'stopped',
      });
    }
    this.loadHealth();
    this.loadHistory();
    // The live ring holds one hour; older parts of day/week views come from fresh history.
    this.historyTimer = setInterval(() => {
      if (document.visibilityState !== 'hidden') this.loadHistory();
    }, 300_000);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.historyTimer);
    window.removeEventListener('focus', this.onFocus);
    this.historyAbort?.abort();
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
      // Until the user picks a view, show what matters: usage while it runs, else health.
      if (!this.userPickedView)
        this.view = this.status === 'stopped' || !this.health.hasGpu ? 'health' : 'usage';
    } catch (err) {
      if (err instanceof ShimError) this.error = err;
    }
  }

  private async loadHistory(): Promise<void> {
    this.historyAbort?.abort();
    if (this.timeframe === 'live') {
      this.history = undefined;
      this.historyCache.clear();
      return;
    }
    const ac = new AbortController();
    this.historyAbort = ac;
    try {
      const h = await this.client.get<ContainerHistory>(
        `${this.apiBase()}/history?timeframe=${this.timeframe}&cf=${this.cf}`,
        ac.signal,
      );
      this.history = h;
      this.historyCache.clear();
      this.requestUpdate();
    } catch (err) {
      if (ac.signal.aborted) return;
      // History is an extra: a failure here shows through the stream/health states anyway.
      if (err instanceof ShimError && err.kind !== 'not-found') this.error ??= err;
    }
  }

  /** History of one GPU as points per series key; engine classes come from the live data. */
  private historyPoints(gpu: string, key: string, classes: Record<string, EngineClass>): Point[] {
    const cacheKey = `${gpu}|${key}`;
    const hit = this.historyCache.get(cacheKey);
    if (hit) return hit;
    const out: Point[] = [];
    const points = this.history?.series.find((s) => s.gpu === gpu)?.points ?? [];
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
    this.historyCache.set(cacheKey, out);
    return out;
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
    const step = (this.history?.step ?? 0) * 1000;
    const buckets =
      this.timeframe === 'live'
        ? LIVE_BUCKETS
        : step > 0
          ? Math.max(10, Math.min(BUCKETS, Math.floor(span / step)))
          : BUCKETS;
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
      classes: classes.map((cls) => ({ cls, ct: values(`ct:${cls}`), whole: values(`gpu:${cls}`) })),
      memory,
      memoryMax: memTotal && memTotal > 0 ? memTotal : Math.max(peak * 1.2, 1),
    };
  }

  private pick(view: View) {
    this.view = view;
    this.userPickedView = true;
  }

  private spanMs(): number {
    return this.timeframe === 'live' ? LIVE_SPAN_MS : TIMEFRAME_MS[this.timeframe];
  }

  private setTimeframe(value: string) {
    const [tf, cf] = value.split(':') as [Timeframe | 'live', ConsolidationFn];
    this.timeframe = tf;
    this.cf = cf;
    this.loadHistory();
  }

  private retry = () => {
    this.error = undefined;
    this.stream?.restart();
    this.loadHealth();
    this.loadHistory();
  };

  private renderUsage() {
    const u = this.usage;
    if (this.status === 'stopped') {
      return stateBox('stopped', 'info', t('ct.stopped.title'), html`<p>${t('ct.stopped.usage')}</p>`);
    }
    if (!u) return html`<p class="muted" data-state="loading">${t('ct.waiting')}</p>`;
    if (u.gpus.length === 0) return this.noGpu();
    const end = u.time;
    return html`${u.gpus.map(
      (g) =>
        html`<pvegpu-gpu-card
          .info=${g.info}
          .whole=${g.whole}
          .ctMemory=${g.container.memoryBytes}
          .ctProcesses=${g.container.processes}
          .ctLabel=${t('ct.label', { vmid: this.vmid })}
          .end=${end}
          .span=${this.spanMs()}
          .spanLabel=${t(SPAN_LABELS[this.timeframe])}
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
    for (const g of u.gpus) {
      Object.assign(engineClasses, g.whole.engineClasses);
      gpuNames[g.info.id] = g.info.name;
    }
    return html`<pvegpu-process-table
      .processes=${u.processes}
      .engineClasses=${engineClasses}
      .classes=${classesOf(engineClasses)}
      .gpuNames=${gpuNames}
    ></pvegpu-process-table>`;
  }

  render() {
    const fails = this.health?.summary.fail ?? 0;
    const warns = this.health?.summary.warn ?? 0;
    const tab = (v: View, label: string, extra: unknown = '') =>
      html`<button data-view=${v} aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => this.pick(v)}>
        ${label}${extra}
      </button>`;
    const blocking = this.error && this.error.kind !== 'unavailable';
    return html`<div class="toolbar">
        <span class="seg" role="tablist">
          ${tab('usage', t('view.usage'))} ${tab('processes', t('view.processes'))}
          ${tab(
            'health',
            t('view.health'),
            fails
              ? html`<span class="badge fail count">${fails}</span>`
              : warns
                ? html`<span class="badge warn count">${warns}</span>`
                : '',
          )}
        </span>
        <span class="spacer"></span>
        <label class="muted" for="tf">${t('timeframe.label')}</label>
        <select id="tf" class="timeframe" @change=${(e: Event) => this.setTimeframe((e.target as HTMLSelectElement).value)}>
          <option value="live:AVERAGE" ?selected=${this.timeframe === 'live'}>${t('timeframe.live')}</option>
          ${(['hour', 'day', 'week'] as const).flatMap((tf) =>
            (['AVERAGE', 'MAX'] as const).map(
              (cf) =>
                html`<option value=${`${tf}:${cf}`} ?selected=${this.timeframe === tf && this.cf === cf}>
                  ${t('timeframe.option', {
                    timeframe: t(`timeframe.${tf}`),
                    cf: t(cf === 'MAX' ? 'cf.maximum' : 'cf.average'),
                  })}
                </option>`,
            ),
          )}
        </select>
      </div>
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
                <pvegpu-health-view .report=${this.health}></pvegpu-health-view>`
      }`;
  }
}

if (!customElements.get('pvegpu-ct-tab')) customElements.define('pvegpu-ct-tab', PveGpuCtTab);
