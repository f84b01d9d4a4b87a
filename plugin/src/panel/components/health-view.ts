// SPDX-License-Identifier: AGPL-3.0-or-later
// Health: checks grouped by area with fail/warn/pass badges; each expands to explanation,
// evidence and fix (config lines with a copy button); then the idmap and device diagrams.
import { css, html, LitElement, type TemplateResult, unsafeCSS } from 'lit';
import type {
  CheckArea,
  CheckResult,
  Fix,
  HealthReport,
  Severity,
} from '../../../../api-shim/src/api/types.ts';
import { localFixLine } from '../fix-lines.ts';
import { inlineCodeRuns } from '../format.ts';
import { currentLocale, messageText, t } from '../i18n.ts';
import './apply-fix.ts';
import { devicePaths, deviceStyles } from './device-paths.ts';
import { idmapDiagram, idmapStyles } from './idmap-diagram.ts';
import { base } from './styles.ts';

/** Area headings; vendor names are the same in every language. */
function areaLabel(area: CheckArea): string {
  switch (area) {
    case 'nv':
      return 'NVIDIA';
    case 'intel':
      return 'Intel';
    case 'amd':
      return 'AMD';
    case 'dev':
    case 'idmap':
    case 'subid':
    case 'mount':
    case 'cgroup':
    case 'host':
    case 'ct':
    case 'mon':
    case 'sec':
    case 'acc':
      return t(`area.${area}`);
    default:
      return area;
  }
}

/** Server messages (health results) in the user's language when the catalogue has them. */
const titleOf = (c: CheckResult) => messageText(c.titleMsg, c.title);
const explanationOf = (c: CheckResult) => messageText(c.explanationMsg, c.explanation);
const fixSummaryOf = (f: Fix) => messageText(f.summaryMsg, f.summary);

const RANK: Record<Severity, number> = { fail: 0, warn: 1, info: 2, pass: 3 };

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API needs a secure context and focus; fall back to a hidden textarea.
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}

export class PveGpuHealthView extends LitElement {
  static properties = {
    report: { attribute: false },
    copied: { state: true },
  };

  report: HealthReport | undefined;
  copied = '';
  /** numbers the fix blocks of one render, for the ids their copy buttons are described by */
  private blockSeq = 0;

  static styles = [
    base,
    css`
      h3 {
        font-size: 13px;
        margin: 14px 0 6px;
        padding-bottom: 3px;
        border-bottom: 1px solid var(--pvegpu-border);
      }
      .summary {
        display: flex;
        gap: 8px;
        align-items: center;
        margin-bottom: 6px;
      }
      details {
        border: 1px solid var(--pvegpu-border);
        border-radius: 3px;
        margin: 4px 0;
        background: var(--pwt-panel-background, #fff);
      }
      summary {
        cursor: pointer;
        padding: 4px 8px;
        display: flex;
        gap: 8px;
        align-items: center;
      }
      .check-body {
        padding: 4px 12px 8px 60px;
      }
      details.passed > summary .muted {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        min-width: 0;
        flex: 1;
      }
      .passed-list {
        padding: 0 8px 4px 24px;
      }
      .check-id {
        margin-left: auto;
        font-size: 11px;
      }
      .copy-row {
        display: flex;
        gap: 6px;
        align-items: flex-start;
      }
      .copy-row pre {
        flex: 1;
      }
      .sub {
        font-weight: 600;
        margin: 6px 0 2px;
      }
      .ev {
        font: 12px monospace;
      }
      ${unsafeCSS(idmapStyles)}
      ${unsafeCSS(deviceStyles)}
    `,
  ];

  /** "Copy", described by what it copies (the block's label and lines): one of several alike. */
  private copyButton(key: string, text: string, describedBy: string) {
    return html`<button
      class="copy"
      title=${t('health.copy.title')}
      aria-describedby=${describedBy}
      @click=${async () => {
        if (!(await copyText(text))) return;
        // emptied first, so that the status region says "Copied" again for a second copy
        this.copied = '';
        await this.updateComplete;
        this.copied = key;
      }}
    >
      ${this.copied === key ? t('health.copied') : t('health.copy')}
    </button>`;
  }

  private fix(c: CheckResult) {
    const f = c.fix;
    if (!f) return '';
    const blocks: Array<[string, string[] | undefined]> = [
      [t('health.fix.remove'), f.remove],
      [t('health.fix.add'), f.add],
      [t('health.fix.snippet'), f.snippet],
      [t('health.fix.commands'), f.commands],
    ];
    return html`<div class="sub">${t('health.fix')}</div>
      <div>${prose(fixSummaryOf(f))}${f.file ? html` <span class="muted">(${f.file})</span>` : ''}</div>
      ${blocks
        .filter(([, lines]) => lines && lines.length > 0)
        .map(([label, lines], i) => {
          const text = (lines as string[]).map(localFixLine).join('\n');
          const id = `fix-block-${this.blockSeq++}`;
          return html`<div class="muted" id=${`${id}-label`}>${label}</div>
            <div class="copy-row">
              <pre id=${`${id}-lines`}>${text}</pre>
              ${this.copyButton(`${c.id}:${i}`, text, `${id}-label ${id}-lines`)}
            </div>`;
        })}
      ${this.apply(f)}`;
  }

  /** A config change PVE's API can make: Apply (or why not), apply-fix.ts. */
  private apply(f: Fix) {
    const r = this.report;
    if (!f.configChange || !r) return '';
    return html`<pvegpu-apply-fix
      .change=${f.configChange}
      .node=${r.node}
      .vmid=${r.vmid}
      .file=${f.file ?? ''}
      .ctStatus=${r.ctStatus}
    ></pvegpu-apply-fix>`;
  }

  /** Passed checks of an area fold into one line: problems stay in view. */
  private passed(checks: CheckResult[]) {
    if (checks.length === 0) return '';
    return html`<details class="passed">
      <summary>
        <span class="badge pass">${t('severity.pass')}</span>
        <span>${t('health.passedFold', { count: checks.length })}</span>
        <span class="muted">${checks.map((c) => titleOf(c)).join(' · ')}</span>
      </summary>
      <div class="passed-list">${checks.map((c) => this.check(c))}</div>
    </details>`;
  }

  private check(c: CheckResult): TemplateResult {
    return html`<details data-check=${c.id} data-severity=${c.severity} ?open=${c.severity === 'fail'}>
      <summary>
        <span class="badge ${c.severity}">${t(`severity.${c.severity}`)}</span>
        <span>${prose(titleOf(c))}</span>
        <code class="check-id muted">${c.id}</code>
      </summary>
      <div class="check-body">
        <p>${prose(explanationOf(c))}</p>
        ${
          c.evidence.length
            ? html`<div class="sub">${t('health.evidence')}</div>
                ${c.evidence.map(
                  (e) =>
                    html`<div class="ev">
                      <span class="muted">${e.source}${e.line !== undefined ? `:${e.line}` : ''}</span>
                      ${e.textMsg ? prose(messageText(e.textMsg, e.text)) : e.text}
                    </div>`,
                )}`
            : ''
        }
        ${this.fix(c)}
        ${this.consequences(c)}
      </div>
    </details>`;
  }

  /** Results that only follow from this one (causedBy) show under it, not as problems of their own. */
  private consequences(c: CheckResult): TemplateResult | string {
    if (!this.report) return '';
    const index = this.report.checks.filter((x) => x.id === c.id).indexOf(c);
    const follow = this.report.checks.filter((x) => x.causedBy?.id === c.id && x.causedBy.index === index);
    if (follow.length === 0) return '';
    return html`<div class="sub">${t('health.consequences')}</div>
      <div class="consequences">${follow.map((x) => this.check(x))}</div>`;
  }

  render() {
    const r = this.report;
    if (!r) return html`<p class="muted">${t('health.loading')}</p>`;
    this.blockSeq = 0;
    const groups = new Map<CheckArea, CheckResult[]>();
    for (const c of r.checks) {
      if (c.causedBy) continue; // shown under its cause
      const list = groups.get(c.area) ?? [];
      list.push(c);
      groups.set(c.area, list);
    }
    const ordered = [...groups.entries()]
      .map(([area, checks]) => [area, checks.sort((a, b) => RANK[a.severity] - RANK[b.severity])] as const)
      .sort((a, b) => RANK[a[1][0].severity] - RANK[b[1][0].severity]);
    // "Copied" said to a screen reader too: the button's new text is not announced by itself
    return html`<span class="sr-only" role="status" data-copy-status>${this.copied ? t('health.copied') : ''}</span>
      <div class="summary" data-summary>
        ${(['fail', 'warn', 'pass'] as const).map(
          (s) =>
            html`<span class="badge ${s}" data-count=${s}>${t(`health.count.${s}`, { count: r.summary[s] ?? 0 })}</span>`,
        )}
        <span class="muted">${t('health.checkedAt', { time: new Date(r.generatedAt).toLocaleTimeString(currentLocale()) })}</span>
      </div>
      ${ordered.map(
        ([area, checks]) => html`<section data-area=${area}>
          <h3>${areaLabel(area)}</h3>
          ${checks.filter((c) => c.severity !== 'pass').map((c) => this.check(c))}
          ${this.passed(checks.filter((c) => c.severity === 'pass'))}
        </section>`,
      )}
      ${
        r.pending.length
          ? html`<h3>${t('health.pending')}</h3>
              <pre>${r.pending.map((p) => `${p.key}: ${p.value}`).join('\n')}</pre>`
          : ''
      }
      <h3>${t('health.idmapHeading')}</h3>
      ${r.unprivileged ? r.idmap.map((d) => idmapDiagram(d)) : html`<p class="muted">${t('health.privileged')}</p>`}
      <h3>${t('health.devicesHeading')}</h3>
      ${devicePaths(r.devices)}`;
  }
}

if (!customElements.get('pvegpu-health-view')) customElements.define('pvegpu-health-view', PveGpuHealthView);

/** The engine writes config keys and values in `backticks`: show them as code, safely (no HTML). */
function prose(text: string) {
  return inlineCodeRuns(text).map((r) => (r.code ? html`<code>${r.text}</code>` : r.text));
}
