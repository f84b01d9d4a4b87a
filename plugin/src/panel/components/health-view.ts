// SPDX-License-Identifier: AGPL-3.0-or-later
// Health: checks grouped by area with fail/warn/pass badges; each expands to explanation,
// evidence and fix (config lines with a copy button); then the idmap and device diagrams.
import { css, html, LitElement, unsafeCSS } from 'lit';
import type { CheckArea, CheckResult, HealthReport, Severity } from '../../../../api-shim/src/api/types.ts';
import { inlineCodeRuns } from '../format.ts';
import { gettext } from '../i18n.ts';
import { devicePaths, deviceStyles } from './device-paths.ts';
import { idmapDiagram, idmapStyles } from './idmap-diagram.ts';
import { base } from './styles.ts';

const AREA_LABELS: Record<CheckArea, string> = {
  dev: 'Devices',
  idmap: 'ID mapping',
  subid: 'Subordinate ids',
  mount: 'Mounts',
  cgroup: 'Cgroup device access',
  host: 'Host',
  ct: 'Inside the container',
  nv: 'NVIDIA',
  intel: 'Intel',
  amd: 'AMD',
  mon: 'Monitoring',
  sec: 'Security',
};

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

  private copyButton(key: string, text: string) {
    return html`<button
      class="copy"
      title=${gettext('Copy to clipboard')}
      @click=${async () => {
        if (await copyText(text)) this.copied = key;
      }}
    >
      ${this.copied === key ? gettext('Copied') : gettext('Copy')}
    </button>`;
  }

  private fix(c: CheckResult) {
    const f = c.fix;
    if (!f) return '';
    const blocks: Array<[string, string[] | undefined]> = [
      [gettext('Remove'), f.remove],
      [gettext('Add'), f.add],
      [gettext('Corrected block'), f.snippet],
      [gettext('Run on the host'), f.commands],
    ];
    return html`<div class="sub">${gettext('Fix')}</div>
      <div>${prose(f.summary)}${f.file ? html` <span class="muted">(${f.file})</span>` : ''}</div>
      ${blocks
        .filter(([, lines]) => lines && lines.length > 0)
        .map(([label, lines], i) => {
          const text = (lines as string[]).join('\n');
          return html`<div class="muted">${label}</div>
            <div class="copy-row">
              <pre>${text}</pre>
              ${this.copyButton(`${c.id}:${i}`, text)}
            </div>`;
        })}`;
  }

  /** Passed checks of an area fold into one line: problems stay in view. */
  private passed(checks: CheckResult[]) {
    if (checks.length === 0) return '';
    return html`<details class="passed">
      <summary>
        <span class="badge pass">${gettext('pass')}</span>
        <span>${checks.length} ${gettext(checks.length === 1 ? 'check passed' : 'checks passed')}</span>
        <span class="muted">${checks.map((c) => c.title).join(' · ')}</span>
      </summary>
      <div class="passed-list">${checks.map((c) => this.check(c))}</div>
    </details>`;
  }

  private check(c: CheckResult) {
    return html`<details data-check=${c.id} data-severity=${c.severity} ?open=${c.severity === 'fail'}>
      <summary>
        <span class="badge ${c.severity}">${gettext(c.severity)}</span>
        <span>${prose(c.title)}</span>
        <code class="check-id muted">${c.id}</code>
      </summary>
      <div class="check-body">
        <p>${prose(c.explanation)}</p>
        ${
          c.evidence.length
            ? html`<div class="sub">${gettext('Evidence')}</div>
                ${c.evidence.map(
                  (e) =>
                    html`<div class="ev">
                      <span class="muted">${e.source}${e.line !== undefined ? `:${e.line}` : ''}</span> ${e.text}
                    </div>`,
                )}`
            : ''
        }
        ${this.fix(c)}
      </div>
    </details>`;
  }

  render() {
    const r = this.report;
    if (!r) return html`<p class="muted">${gettext('Loading health checks…')}</p>`;
    const groups = new Map<CheckArea, CheckResult[]>();
    for (const c of r.checks) {
      const list = groups.get(c.area) ?? [];
      list.push(c);
      groups.set(c.area, list);
    }
    const ordered = [...groups.entries()]
      .map(([area, checks]) => [area, checks.sort((a, b) => RANK[a.severity] - RANK[b.severity])] as const)
      .sort((a, b) => RANK[a[1][0].severity] - RANK[b[1][0].severity]);
    return html`<div class="summary" data-summary>
        ${(['fail', 'warn', 'pass'] as const).map(
          (s) => html`<span class="badge ${s}" data-count=${s}>${r.summary[s] ?? 0} ${gettext(s)}</span>`,
        )}
        <span class="muted">${gettext('checked')} ${new Date(r.generatedAt).toLocaleTimeString()}</span>
      </div>
      ${ordered.map(
        ([area, checks]) => html`<section data-area=${area}>
          <h3>${gettext(AREA_LABELS[area] ?? area)}</h3>
          ${checks.filter((c) => c.severity !== 'pass').map((c) => this.check(c))}
          ${this.passed(checks.filter((c) => c.severity === 'pass'))}
        </section>`,
      )}
      ${
        r.pending.length
          ? html`<h3>${gettext('Pending changes (not applied yet)')}</h3>
              <pre>${r.pending.map((p) => `${p.key}: ${p.value}`).join('\n')}</pre>`
          : ''
      }
      <h3>${gettext('ID map: container → host')}</h3>
      ${r.unprivileged ? r.idmap.map((d) => idmapDiagram(d)) : html`<p class="muted">${gettext('Privileged container: ids are not mapped.')}</p>`}
      <h3>${gettext('Device paths: host → container')}</h3>
      ${devicePaths(r.devices)}`;
  }
}

if (!customElements.get('pvegpu-health-view')) customElements.define('pvegpu-health-view', PveGpuHealthView);

/** The engine writes config keys and values in `backticks`: show them as code, safely (no HTML). */
function prose(text: string) {
  return inlineCodeRuns(text).map((r) => (r.code ? html`<code>${r.text}</code>` : r.text));
}
