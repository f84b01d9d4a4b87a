// SPDX-License-Identifier: AGPL-3.0-or-later
// Every user-visible string goes through PVE's gettext (the i18n file of the UI language).
declare global {
  interface Window {
    gettext?: (s: string) => string;
  }
}

export function gettext(text: string): string {
  try {
    return typeof window.gettext === 'function' ? window.gettext(text) : text;
  } catch {
    return text;
  }
}

/** gettext, then fills {0}, {1}… like Ext.String.format, which PVE uses with gettext. */
export function fmt(text: string, ...args: Array<string | number>): string {
  return gettext(text).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}
