// SPDX-License-Identifier: AGPL-3.0-or-later
// The container's GPU processes, sortable by any column, updated live.
import { css, html, LitElement, nothing } from 'lit';
import type { EngineClass, MigInstance, ProcessUsage } from '../../../../api-shim/src/api/types.ts';
import { byClass, formatBytes, formatPercent } from '../format.ts';
import { t } from '../i18n.ts';
import { engineLabel } from './engine-label.ts';
import { migInstanceLabel } from './mig-instances.ts';
import { base } from './styles.ts';

type SortKey = 'pid' | 'command' | 'gpu' | 'mig' | 'memory' | EngineClass;

export class PveGpuProcessTable extends LitElement {
  static properties = {
    processes: { attribute: false },
    classes: { attribute: false },
    engineClasses: { attribute: false },
    gpuNames: { attribute: false },
    migProfiles: { attribute: false },
    sortKey: { state: true },
    sortDesc: { state: true },
    shownInFull: { state: true },
  };

  processes: ProcessUsage[] = [];
  classes: EngineClass[] = [];
  engineClasses: Record<string, EngineClass> = {};
  gpuNames: Record<string, string> = {};
  /** "gpu|gi" → MIG instance, for the instance column's label */
  migProfiles: Record<string, MigInstance> = {};
  sortKey: SortKey = 'memory';
  sortDesc = true;
  /** host PIDs whose command line is shown whole (kept across live updates while the PID lives) */
  shownInFull: ReadonlySet<number> = new Set();

  static styles = [
    base,
    css`
      :host {
        display: block;
        overflow-x: auto;
      }
      th button {
        all: unset;
        cursor: pointer;
        user-select: none;
        display: inline-block;
      }
      th button:focus-visible {
        outline: 2px solid var(--pvegpu-focus);
        outline-offset: 1px;
      }
      th[aria-sort='ascending'] button::after {
        content: ' ▲';
      }
      th[aria-sort='descending'] button::after {
        content: ' ▼';
      }
      td.gpu {
        white-space: normal;
        min-width: 80px;
      }
      /* The command takes what the other columns leave and ellipsizes; the full line is its
         title (hover), and the cell is a disclosure button (WAI-ARIA APG "Disclosure"): Tab
         reaches it, Enter or Space shows the whole line wrapped in place (and the host PID under
         the container's) and cuts it again, aria-expanded tells a screen reader which, whose
         name for it is the whole line. */
      td.cmd {
        width: 100%;
        min-width: 120px;
        max-width: 0;
      }
      td.cmd button {
        all: unset;
        box-sizing: border-box;
        display: block;
        width: 100%;
        cursor: pointer;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      td.cmd button[aria-expanded='true'] {
        white-space: normal;
        overflow-wrap: anywhere;
      }
      .host-pid {
        white-space: nowrap;
      }
      td.cmd button:focus-visible {
        outline: 2px solid var(--pvegpu-focus);
        outline-offset: -2px;
      }
    `,
  ];

  private sortBy(key: SortKey) {
    if (this.sortKey === key) this.sortDesc = !this.sortDesc;
    else {
      this.sortKey = key;
      this.sortDesc = key !== 'pid' && key !== 'command' && key !== 'gpu' && key !== 'mig';
    }
  }

  willUpdate() {
    // a PID that is gone forgets its state: a new process under a reused PID starts cut short
    if (this.shownInFull.size === 0) return;
    const live = new Set(this.processes.map((p) => p.pid));
    if ([...this.shownInFull].some((pid) => !live.has(pid)))
      this.shownInFull = new Set([...this.shownInFull].filter((pid) => live.has(pid)));
  }

  private toggleInFull(pid: number) {
    const next = new Set(this.shownInFull);
    if (!next.delete(pid)) next.add(pid);
    this.shownInFull = next;
  }

  private value(p: ProcessUsage, key: SortKey): number | string {
    switch (key) {
      case 'pid':
        return p.nspid ?? p.pid;
      case 'command':
        return p.cmdline || p.comm;
      case 'gpu':
        return this.gpuNames[p.gpu] ?? p.gpu;
      case 'mig':
        return p.gpuInstance ?? -1;
      case 'memory':
        return p.memoryBytes;
      default:
        return p.utilisationUnknown ? -1 : (byClass(p.engines, this.engineClasses)[key] ?? 0);
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
    // Sortable headers as in the WAI-ARIA sortable table example: a button in each header
    // (Tab, Enter, Space), aria-sort on the header of the sorted column only.
    const th = (k: SortKey, label: string, num = false) =>
      html`<th
        class=${num ? 'num' : ''}
        data-sort=${k}
        scope="col"
        aria-sort=${key === k ? (this.sortDesc ? 'descending' : 'ascending') : nothing}
        @click=${() => this.sortBy(k)}
      >
        <button type="button">${label}</button>
      </th>`;
    // A GPU column only where the processes use more than one (the cards name the GPU anyway).
    const manyGpus = new Set(rows.map((p) => p.gpu)).size > 1;
    // A MIG instance column only where a process runs on one.
    const mig = rows.some((p) => p.gpuInstance !== undefined);
    // Utilisation the driver does not measure (pmon "Not supported": some GeForce, vGPU, MIG) is
    // shown as unknown, never as 0 %.
    const unknown = html`<span class="muted" title=${t('proc.utilUnknown')}
      ><span aria-hidden="true">–</span><span class="sr-only">${t('proc.utilUnknown')}</span></span
    >`;
    if (rows.length === 0) {
      return html`<p class="muted" data-state="no-processes">${t('proc.none')}</p>`;
    }
    return html`<table aria-label=${t('gpu.processes')}>
      <thead>
        <tr>
          ${th('pid', t('proc.pid'), true)} ${th('command', t('proc.command'))} ${manyGpus ? th('gpu', t('proc.gpu')) : ''}
          ${mig ? th('mig', t('mig.column')) : ''}
          ${this.classes.map((c) => th(c, engineLabel(c), true))} ${th('memory', t('proc.memory'), true)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((p) => {
          const cls = byClass(p.engines, this.engineClasses);
          const open = this.shownInFull.has(p.pid);
          return html`<tr data-pid=${p.pid} data-util=${p.utilisationUnknown ? 'unknown' : 'measured'}>
            <td class="num" title=${t('proc.hostPid', { pid: p.pid })}>
              ${p.nspid ?? p.pid}${
                // the host PID (for kill, strace, perf on the host) shows with the whole line:
                // a title alone is out of reach of the keyboard
                open && p.nspid !== undefined
                  ? html`<div class="muted host-pid">${t('proc.hostPid', { pid: p.pid })}</div>`
                  : nothing
              }
            </td>
            <td class="cmd" title=${p.cmdline || p.comm}>
              <button
                type="button"
                aria-expanded=${open ? 'true' : 'false'}
                @click=${() => this.toggleInFull(p.pid)}
              >${p.cmdline || p.comm}</button>
            </td>
            ${manyGpus ? html`<td class="gpu">${this.gpuNames[p.gpu] ?? p.gpu}</td>` : ''}
            ${mig ? html`<td data-gi=${p.gpuInstance ?? nothing}>${p.gpuInstance === undefined ? '–' : migInstanceLabel(this.migProfiles[`${p.gpu}|${p.gpuInstance}`], p.gpuInstance)}</td>` : ''}
            ${this.classes.map((c) => html`<td class="num" data-engine=${c}>${p.utilisationUnknown ? unknown : formatPercent(cls[c] ?? 0)}</td>`)}
            <td class="num">${formatBytes(p.memoryBytes)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}

if (!customElements.get('pvegpu-process-table'))
  customElements.define('pvegpu-process-table', PveGpuProcessTable);
