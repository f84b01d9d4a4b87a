// SPDX-License-Identifier: AGPL-3.0-or-later
// The page's language, set the way PVE sets it. pveproxy renders index.html.tpl per request
// (pve-manager PVE/Service/pveproxy.pm, get_index): the language is the PVELangCookie cookie
// when it is a valid code (else datacenter.cfg's default, else 'en'); the page then loads
// /pve2/locale/pve-lang-<lang>.js when that file exists, or defines pass-through
// gettext/ngettext/pgettext/npgettext, and writes the code into Proxmox.defaultLang.
// This static shell does the same in the browser, before ExtJS loads. `?lang=de` first sets
// the cookie, as PVE's language selector does (proxmox-widget-toolkit window/LanguageEdit.js),
// and `?lang=` (empty) clears it.
(function () {
  const STAND_INS = ['de', 'ja']; // plugin/shell/locale/pve-lang-<lang>.js
  const q = new URLSearchParams(location.search);
  if (q.has('lang')) {
    const v = q.get('lang');
    // biome-ignore lint/suspicious/noDocumentCookie: runs before ExtJS (no Ext.util.Cookies yet), as PVE's own cookie writes
    document.cookie = v
      ? 'PVELangCookie=' + encodeURIComponent(v) + '; path=/; SameSite=Lax'
      : 'PVELangCookie=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  }
  const m = /(?:^|;\s*)PVELangCookie=([^;]*)/.exec(document.cookie);
  const cookie = m ? decodeURIComponent(m[1]) : '';
  const lang = /^[a-z]{2,3}(_[A-Z]{2,3})?$/.test(cookie) ? cookie : 'en';
  window.Proxmox = window.Proxmox || {};
  window.Proxmox.defaultLang = lang;
  document.documentElement.lang = lang.replace('_', '-');
  if (STAND_INS.indexOf(lang) >= 0) {
    // A parser-inserted classic script, like the template's <script> tag: runs before ExtJS.
    document.write('<script src="/pve2/locale/pve-lang-' + lang + '.js"></script>');
  } else {
    window.gettext = function (message) {
      return message;
    };
    window.ngettext = function (singular, plural, count) {
      return count === 1 ? singular : plural;
    };
    window.pgettext = function (_context, message) {
      return message;
    };
    window.npgettext = function (_context, singular, plural, count) {
      return count === 1 ? singular : plural;
    };
  }
})();
