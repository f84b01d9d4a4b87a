// SPDX-License-Identifier: AGPL-3.0-or-later
// The container's GPU processes, sortable by any column, updated live.
import { css, html, LitElement } from 'lit';
import type { EngineClass, ProcessUsage } from '../../../../api-shim/src/api/types.ts';
import { byClass, formatBytes, formatPercent } from '../format.ts';
import { t } from '../i18n.ts';
import { engineLabel } from './engine-label.ts';
import { base } from './styles.ts';

type SortKey = 'pid' | 'command' | 'gpu' | 'memory' | EngineClass;

export class PveGpuProcessTable extends LitElement {
  static properties = {
    processes: { attribute: false },
    classes: { attribute: false },
    engineClasses: { attribute: false },
    gpuNames: { attribute: false },
    sortKey: { state: true },
    sortDesc: { state: true },
  };

  processes: ProcessUsage[] = [];
  classes: EngineClass[] = [];
  engineClasses: Record<string, EngineClass> = {};
  gpuNames: Record<string, string> = {};
  sortKey: SortKey = 'memory';
  sortDesc = true;

  static styles = [
    base,
    css`
      th {
        cursor: pointer;
        user-select: none;
      }
      th[aria-sort='ascending']::after {
        content: ' ▲';
      }
      th[aria-sort='descending']::after {
        content: ' ▼';
      }
      td.cmd {
        max-width: 420px;
        overflow: hidden;
        text-overflow: ellipsis;
      }
    `,
  ];

  private sortBy(key: SortKey) {
    if (this.sortKey === key) this.sortDesc = !this.sortDesc;
    else {
      this.sortKey = key;
      this.sortDesc = key !== 'pid' && key !== 'command' && key !== 'gpu';
    }
  }

  private value(p: ProcessUsage, key: SortKey): number | string {
    switch (key) {
      case 'pid':
        return p.nspid ?? p.pid;
      case 'command':
        return p.cmdline || p.comm;
      case 'gpu':
        return this.gpuNames[p.gpu] ?? p.gpu;
      case 'memory':
        return p.memoryBytes;
      default:
        return byClass(p.engines, this.engineClasses)[key] ?? 0;
    }
  }

  render() {
    const key = this.sortKey;
    const dir = this.sortDesc ? -1 : 1;
    const rows = [...this.processes].sort((a, b) => {
      const va = this.value(a, key);
      const vb = this.value(b, key);
      const c =
        typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
      return c * dir || a.pid - b.pid;
    });
    const th = (k: SortKey, label: string, num = false) =>
      html`<th
        class=${num ? 'num' : ''}
        data-sort=${k}
        aria-sort=${key === k ? (this.sortDesc ? 'descending' : 'ascending') : 'none'}
        @click=${() => this.sortBy(k)}
      >
        ${label}
      </th>`;
    if (rows.length === 0) {
      return html`<p class="muted" data-state="no-processes">${t('proc.none')}</p>`;
    }
    return html`<table>
      <thead>
        <tr>
          ${th('pid', t('proc.pid'), true)} ${th('command', t('proc.command'))} ${th('gpu', t('proc.gpu'))}
          ${this.classes.map((c) => th(c, engineLabel(c), true))} ${th('memory', t('proc.memory'), true)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((p) => {
          const cls = byClass(p.engines, this.engineClasses);
          return html`<tr data-pid=${p.pid}>
            <td class="num" title=${t('proc.hostPid', { pid: p.pid })}>${p.nspid ?? p.pid}</td>
            <td class="cmd" title=${p.cmdline ?? p.comm}>${p.cmdline || p.comm}</td>
            <td>${this.gpuNames[p.gpu] ?? p.gpu}</td>
            ${this.classes.map((c) => html`<td class="num">${formatPercent(cls[c] ?? 0)}</td>`)}
            <td class="num">${formatBytes(p.memoryBytes)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}

if (!customElements.get('pvegpu-process-table'))
  customElements.define('pvegpu-process-table', PveGpuProcessTable);
