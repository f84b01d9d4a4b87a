// SPDX-License-Identifier: AGPL-3.0-or-later
// Shared look. Fonts and sizes of PVE's crisp theme (ExtJS theme-crisp .x-body: 13px/17px
// helvetica, arial, verdana, sans-serif). Colours: the proxmox-dark values where that theme
// defines them (proxmox-widget-toolkit src/proxmox-dark/scss/abstracts/_variables.scss and its
// --pwt-* custom properties), crisp's where not; text and badges keep ≥ 4.5:1 contrast in both
// (WCAG 2 AA), which PVE's own accent colours do not for text (#3892d4 on white is 3.4:1).
import { css } from 'lit';

/** Theme variables: on the tab elements only (ct-tab, node-tab); their children inherit them. */
export const themeVars = css`
  :host {
    --pvegpu-text: var(--pwt-text-color, #000);
    --pvegpu-bg: var(--pwt-panel-background, #fff);
    --pvegpu-header: #f5f5f5;
    --pvegpu-border: #d0d0d0;
    --pvegpu-border-strong: #8c8c8c;
    --pvegpu-muted: #595959;
    --pvegpu-link: #105d9c;
    /* lines and areas (non-text, 3:1 is enough): PVE's crisp accent */
    --pvegpu-ct: #3892d4;
    --pvegpu-whole: #5a5a5a;
    --pvegpu-accent-ui: #3892d4;
    --pvegpu-focus: #105d9c;
    --pvegpu-fail: #c62828;
    --pvegpu-fail-text: #b71c1c;
    --pvegpu-warn: #ffcc00;
    --pvegpu-warn-text: #8a5a00;
    --pvegpu-pass: #1b7a33;
    --pvegpu-info: #5c6770;
    --pvegpu-grid: var(--pwt-chart-grid-stroke, #dddddd);
    color: var(--pvegpu-text);
  }
  :host([dark]) {
    --pvegpu-header: #333333; /* $background-dark */
    --pvegpu-border: #404040; /* $border-color-alt */
    --pvegpu-border-strong: #808080;
    --pvegpu-muted: #b3b3b3;
    --pvegpu-link: #4db5ff; /* $highlighted-text, PVE's dark link and title colour */
    --pvegpu-ct: #2f9cf0;
    --pvegpu-whole: #d9d9d9;
    --pvegpu-accent-ui: #4db5ff;
    --pvegpu-focus: #4db5ff;
    --pvegpu-fail-text: #ff6b6b;
    --pvegpu-warn-text: #ffc233;
  }
`;

export const base = css`
  :host {
    display: block;
    font-family: helvetica, arial, verdana, sans-serif;
    font-size: 13px;
    line-height: 17px;
    color: var(--pvegpu-text, #000);
  }
  b,
  strong,
  th {
    font-weight: 600;
  }
  .muted {
    color: var(--pvegpu-muted);
  }
  a {
    color: var(--pvegpu-link);
  }
  :focus-visible {
    outline: 2px solid var(--pvegpu-focus);
    outline-offset: 1px;
  }
  /* Text for screen readers only (a sign such as "–" is hidden from them instead): an
     aria-label on a plain span is not read in a screen reader's browse mode. */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .badge {
    display: inline-block;
    min-width: 36px;
    padding: 0 6px;
    border-radius: 3px;
    font-size: 11px;
    line-height: 16px;
    font-weight: 600;
    text-align: center;
    text-transform: uppercase;
    color: #fff;
  }
  .badge.fail {
    background: var(--pvegpu-fail);
  }
  .badge.warn {
    background: var(--pvegpu-warn);
    color: #000;
  }
  .badge.pass {
    background: var(--pvegpu-pass);
  }
  .badge.info {
    background: var(--pvegpu-info);
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--pvegpu-header);
    border: 1px solid var(--pvegpu-border-strong);
    border-radius: 3px;
    padding: 2px 8px;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--pvegpu-link);
    border-color: var(--pvegpu-link);
    color: var(--pvegpu-bg);
  }
  pre {
    margin: 4px 0;
    padding: 6px 8px;
    background: var(--pvegpu-header);
    border: 1px solid var(--pvegpu-border);
    border-radius: 3px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font: 12px/1.4 monospace;
  }
  code {
    overflow-wrap: anywhere;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 3px 6px;
    border-bottom: 1px solid var(--pvegpu-border);
    white-space: nowrap;
  }
  /* Headers wrap ("Video Enhance" over two lines, a long translation anywhere): from 1024 px
     up every column fits beside PVE's tree and menu. */
  th {
    background: var(--pvegpu-header);
    white-space: normal;
    overflow-wrap: anywhere;
    vertical-align: bottom;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
`;
