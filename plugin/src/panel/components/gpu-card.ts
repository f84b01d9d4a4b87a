// SPDX-License-Identifier: AGPL-3.0-or-later
// One GPU the container can use: identity, current figures, and the charts of this
// container against the whole GPU per engine class, plus GPU memory.
import { css, html, LitElement } from 'lit';
import type { EngineClass, GpuInfo, GpuSample, ProcessUsage } from '../../../../api-shim/src/api/types.ts';
import { driverText, formatBytes, formatPercent, formatUnit } from '../format.ts';
import { label, t } from '../i18n.ts';
import { engineLabel, kfdNote } from './engine-label.ts';
import { migInstancesTable } from './mig-instances.ts';
import { collectorMessageText, collectorStateLabel } from './state-message.ts';
import './line-chart.ts';
import { base } from './styles.ts';

export interface CardCharts {
  classes: Array<{ cls: EngineClass; ct: number[]; whole: number[] }>;
  memory: number[];
  memoryMax: number;
}

export class PveGpuCard extends LitElement {
  static properties = {
    info: { attribute: false },
    whole: { attribute: false },
    ctMemory: { attribute: false },
    ctProcesses: { attribute: false },
    processes: { attribute: false },
    charts: { attribute: false },
    ctLabel: { attribute: false },
    end: { attribute: false },
    span: { attribute: false },
  };

  info: GpuInfo | undefined;
  whole: GpuSample | undefined;
  ctMemory = 0;
  ctProcesses = 0;
  /** the container's processes on this GPU (MIG: listed under their instance) */
  processes: ProcessUsage[] = [];
  ctLabel = '';
  end = 0;
  span = 0;
  charts: CardCharts = { classes: [], memory: [], memoryMax: 1 };

  static styles = [
    base,
    css`
      :host {
        border: 1px solid var(--pvegpu-border);
        border-radius: 3px;
        margin-bottom: 12px;
        background: var(--pvegpu-bg, #fff);
        min-width: 0;
      }
      header {
        padding: 6px 10px;
        background: var(--pvegpu-header);
        border-bottom: 1px solid var(--pvegpu-border);
        display: flex;
        flex-wrap: wrap;
        gap: 4px 16px;
        align-items: baseline;
      }
      .name {
        font-weight: 600;
        font-size: 14px;
      }
      .figures {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 20px;
        padding: 6px 10px;
      }
      .figures b {
        font-variant-numeric: tabular-nums;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(300px, 100%), 1fr));
        gap: 8px;
        padding: 0 10px 10px;
      }
      .status {
        padding: 0 10px 6px;
        color: var(--pvegpu-fail-text);
      }
      table.mig {
        margin: 0 10px 8px;
        width: calc(100% - 20px);
      }
      table.mig caption {
        text-align: start;
        font-weight: 600;
        padding: 2px 0;
      }
    `,
  ];

  render() {
    const i = this.info;
    const w = this.whole;
    if (!i) return '';
    const total = w?.memoryTotalBytes ?? i.memoryTotalBytes;
    const ctColor = 'var(--pvegpu-ct)';
    const wholeColor = 'var(--pvegpu-whole)';
    return html`<header data-gpu=${i.id}>
        <span class="name">${i.name}</span>
        <span class="muted">${label('gpu.driver')} ${driverText(i)}</span>
        <span class="muted">PCI ${i.pci}</span>
        ${i.render ? html`<span class="muted">/dev/dri/${i.render}</span>` : ''}
      </header>
      ${w && w.status.state !== 'ok' ? html`<div class="status" data-gpu-state=${w.status.state}>${t('label.value', { label: collectorStateLabel(w.status.state) })} ${collectorMessageText(w.status)}</div>` : ''}
      <div class="figures">
        <span>${label('gpu.frequency')} <b>${formatUnit(w?.freqMHz, 'MHz')}</b>${w?.freqMaxMHz ? html` / ${formatUnit(w.freqMaxMHz, 'MHz')}` : ''}</span>
        <span>${label('gpu.power')} <b>${formatUnit(w?.powerWatts, 'W', 1)}</b></span>
        <span>${label('gpu.temperature')} <b>${formatUnit(w?.temperatureC, '°C')}</b></span>
        <span>${t('label.value', { label: t('gpu.ctMemory', { ct: this.ctLabel }) })} <b data-ct-memory>${formatBytes(this.ctMemory)}</b>${total ? html` / ${formatBytes(total)}` : ''}</span>
        <span>${label('gpu.processes')} <b>${this.ctProcesses}</b></span>
        ${w?.idlePercent !== undefined ? html`<span>${label('gpu.idle')} <b>${formatPercent(w.idlePercent)}</b></span>` : ''}
      </div>
      ${kfdNote(w?.engineClasses)}
      ${migInstancesTable(w?.migInstances, t('gpu.ctProcesses', { ct: this.ctLabel }), (gi) => {
        const mine = this.processes.filter((p) => p.gpuInstance === gi);
        return mine.length === 0
          ? html`<span class="muted">–</span>`
          : mine.map(
              (p, n) =>
                html`${n ? ', ' : ''}<span data-pid=${p.pid}>${p.comm} (${t('proc.pid')} ${p.nspid ?? p.pid}, ${formatBytes(p.memoryBytes)})</span>`,
            );
      })}
      <div class="charts">
        ${this.charts.classes.map(
          (c) => html`<pvegpu-line-chart
            data-engine=${c.cls}
            .heading=${engineLabel(c.cls)}
            .end=${this.end}
            .span=${this.span}
            .series=${[
              { label: this.ctLabel, values: c.ct, color: ctColor, fill: true },
              { label: t('gpu.wholeGpu'), values: c.whole, color: wholeColor },
            ]}
          ></pvegpu-line-chart>`,
        )}
        <pvegpu-line-chart
          data-engine="memory"
          .heading=${t('gpu.memoryChart')}
            .end=${this.end}
            .span=${this.span}
          .max=${this.charts.memoryMax}
          .format=${formatBytes}
          .series=${[{ label: this.ctLabel, values: this.charts.memory, color: ctColor, fill: true }]}
        ></pvegpu-line-chart>
      </div>`;
  }
}

if (!customElements.get('pvegpu-gpu-card')) customElements.define('pvegpu-gpu-card', PveGpuCard);
