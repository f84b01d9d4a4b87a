// SPDX-License-Identifier: AGPL-3.0-or-later
// Every user-visible string of the panel goes through here, by stable id (../i18n/en.ts):
// PVE's gettext first, then the plugin's catalogue of the PVE UI language (../i18n/<lang>.ts).
export { currentLanguage, currentLocale, label, messageText, t, useLanguage } from '../i18n/translate.ts';
