// SPDX-License-Identifier: AGPL-3.0-or-later
// Shared look: PVE's crisp fonts and spacing; colours from proxmox-dark's --pwt-* custom
// properties with the light theme's values as fallbacks (the light theme defines none).
import { css } from 'lit';

export const base = css`
  :host {
    display: block;
    font: 13px/1.4 'Open Sans', 'Helvetica Neue', helvetica, arial, verdana, sans-serif;
    color: var(--pwt-text-color, #000);
    --pvegpu-border: color-mix(in srgb, var(--pwt-text-color, #000) 14%, transparent);
    --pvegpu-muted: color-mix(in srgb, var(--pwt-text-color, #000) 60%, transparent);
    --pvegpu-accent: var(--pwt-chart-primary, #94ae0a);
    --pvegpu-ct: var(--pwt-gauge-default, #3892d4);
    --pvegpu-fail: var(--pwt-gauge-crit, #ff6c59);
    --pvegpu-warn: var(--pwt-gauge-warn, #fc0);
    --pvegpu-pass: #21bf4b;
    --pvegpu-header: color-mix(in srgb, var(--pwt-text-color, #000) 5%, var(--pwt-panel-background, #fff));
  }
  .muted {
    color: var(--pvegpu-muted);
  }
  .badge {
    display: inline-block;
    min-width: 36px;
    padding: 0 6px;
    border-radius: 3px;
    font-size: 11px;
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
    background: var(--pvegpu-muted);
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--pvegpu-header);
    border: 1px solid var(--pvegpu-border);
    border-radius: 3px;
    padding: 2px 8px;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--pvegpu-ct);
    color: #fff;
    border-color: var(--pvegpu-ct);
  }
  a {
    color: var(--pvegpu-ct);
  }
  pre {
    margin: 4px 0;
    padding: 6px 8px;
    background: var(--pvegpu-header);
    border: 1px solid var(--pvegpu-border);
    border-radius: 3px;
    overflow-x: auto;
    font: 12px/1.4 monospace;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 3px 8px;
    border-bottom: 1px solid var(--pvegpu-border);
    white-space: nowrap;
  }
  th {
    background: var(--pvegpu-header);
    font-weight: 600;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
`;
