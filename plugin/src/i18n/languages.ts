// SPDX-License-Identifier: AGPL-3.0-or-later
// Which language the PVE UI speaks, and which of them the plugin has a catalogue for.
// PVE's choice: pveproxy renders the page for the PVELangCookie cookie when it is a valid
// code, else for datacenter.cfg's `language`, else 'en' (pve-manager PVE/Service/pveproxy.pm,
// get_index), loads /pve2/locale/pve-lang-<lang>.js (proxmox-i18n po2js.pl: defines
// gettext/ngettext) and writes that same code into `Proxmox.defaultLang`
// (pve-manager www/index.html.tpl). The codes are PVE's own (proxmox-widget-toolkit
// src/Utils.js, language_map): 'de', 'pt_BR', 'zh_CN', 'ukr', …

/** Languages with a catalogue in this folder (plugin/src/i18n/<code>.ts), besides English. */
export const CATALOGUE_LANGUAGES = [
  'de',
  'es',
  'fr',
  'it',
  'ja',
  'nl',
  'pl',
  'pt_BR',
  'ru',
  'zh_CN',
] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

/** The same check pveproxy applies to the cookie. */
const PVE_LANG_CODE = /^[a-z]{2,3}(_[A-Z]{2,3})?$/;

interface LanguageSources {
  /** window.Proxmox.defaultLang: what the page was rendered for (cookie or datacenter default). */
  defaultLang?: unknown;
  /** document.cookie */
  cookie?: string;
}

/** The UI language code as PVE chose it; 'en' when nothing says otherwise. */
export function pveLanguage(src: LanguageSources): string {
  if (typeof src.defaultLang === 'string' && PVE_LANG_CODE.test(src.defaultLang)) return src.defaultLang;
  const m = /(?:^|;\s*)PVELangCookie=([^;]*)/.exec(src.cookie ?? '');
  const fromCookie = m ? decodeURIComponent(m[1]) : '';
  return PVE_LANG_CODE.test(fromCookie) ? fromCookie : 'en';
}

export function hasCatalogue(lang: string): lang is CatalogueLanguage {
  return (CATALOGUE_LANGUAGES as readonly string[]).includes(lang);
}

/** File name of a language's catalogue chunk in dist/plugin (served flat from /pve2/js/). */
export function catalogueFile(lang: CatalogueLanguage): string {
  return `pve-gpu-tab-i18n-${lang}.js`;
}

/** PVE code → BCP 47 tag for Intl (plural rules, dates): 'pt_BR' → 'pt-BR', 'ukr' → 'uk'. */
export function localeOf(lang: string): string {
  if (lang === 'ukr') return 'uk';
  if (lang === 'kr') return 'ko'; // the code PVE used for Korean before 'ko' (widget-toolkit Utils.js)
  return lang.replace('_', '-');
}
