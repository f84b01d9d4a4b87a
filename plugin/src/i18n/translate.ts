// SPDX-License-Identifier: AGPL-3.0-or-later
// The panel's translation lookup. For a UI id: PVE's own gettext first when it knows the
// English text (so the tab says what PVE says, in every language PVE speaks), then the
// plugin's catalogue of the UI language, then English. Health messages come from the server
// as ids with parameters: the catalogue's template when it has the id, else the English
// text the server rendered.
import { type Catalogue, EN, NOT_FROM_PVE, type UiMessageId } from './en.ts';
import { localeOf } from './languages.ts';
import { formatMessage, type MessageParams } from './message-format.ts';

declare global {
  interface Window {
    /** PVE's i18n file (pve-lang-<lang>.js, proxmox-i18n po2js.pl) or index.html.tpl's stand-in. */
    gettext?: (s: string) => string;
  }
}

/** A message id with parameters, as the server sends health results (api-shim/src/api/types.ts Msg). */
export interface MessageRef {
  id: string;
  params?: MessageParams;
}

let language = 'en';
let locale = 'en';
let catalogue: Partial<Catalogue> | undefined;
/** PVE's answer per id; PVE's catalogue never changes while the page lives. */
const fromPve = new Map<UiMessageId, string | null>();

/** Sets the UI language (a PVE code) and its catalogue, when there is one. */
export function useLanguage(code: string, messages?: Record<string, string> | null): void {
  language = code;
  locale = localeOf(code);
  catalogue = messages ?? undefined;
  fromPve.clear();
}

export function currentLanguage(): string {
  return language;
}

/** BCP 47 locale of the UI language, for Intl formatting (times). */
export function currentLocale(): string {
  return locale;
}

function pveTranslation(id: UiMessageId, english: string): string | null {
  let hit = fromPve.get(id);
  if (hit !== undefined) return hit;
  hit = null;
  // Only whole strings without parameters can be in PVE's catalogue.
  if (!NOT_FROM_PVE.has(id) && !english.includes('{')) {
    try {
      const pve =
        typeof window !== 'undefined' && typeof window.gettext === 'function' ? window.gettext(english) : '';
      if (typeof pve === 'string' && pve && pve !== english) hit = pve;
    } catch {
      hit = null;
    }
  }
  fromPve.set(id, hit);
  return hit;
}

/** The UI string `id` in the user's language, parameters filled in. */
export function t(id: UiMessageId, params?: MessageParams): string {
  const english = EN[id];
  const template = pveTranslation(id, english) ?? catalogue?.[id] ?? english;
  return params ? formatMessage(template, params, locale) : template;
}

/** "Power:" — the label before a value, with the language's colon. */
export function label(id: UiMessageId): string {
  return t('label.value', { label: t(id) });
}

/** A server message in the user's language; `english` (the server's own text) when no catalogue has it. */
export function messageText(msg: MessageRef | undefined, english: string): string {
  const template = msg ? catalogue?.[msg.id] : undefined;
  if (template === undefined || !msg) return english;
  return formatMessage(template, msg.params ?? {}, locale);
}
