// SPDX-License-Identifier: AGPL-3.0-or-later
// Stand-in for PVE's /pve2/locale/pve-lang-ja.js (built by proxmox-i18n po2js.pl from ja.po):
// the same global functions, with a few of PVE's real Japanese translations, taken from
// proxmox-i18n ja.po, of strings both PVE and the GPU tab show. The real file keys its
// catalogue by an FNV hash of the English text; a plain map answers the same way here.
(function () {
  const ja = {
    Resources: 'リソース',
    Summary: 'サマリー',
    Usage: '使用状況',
    Health: 'Health', // untranslated in ja.po: the GPU tab's own catalogue fills in
    Memory: 'メモリ',
    Command: 'コマンド',
    Host: 'ホスト',
    Container: 'コンテナ',
    Count: 'カウント',
    default: '既定値',
    Devices: 'デバイス',
    Other: 'その他',
    Add: '追加',
    Remove: '削除',
    'Copy to clipboard': 'クリップボードにコピー',
  };
  window.gettext = function (message) {
    return ja[message] || message;
  };
  window.ngettext = function (singular, plural, count) {
    return count === 1 ? singular : plural;
  };
  window.pgettext = function (_context, message) {
    return window.gettext(message);
  };
  window.npgettext = function (_context, singular, plural, count) {
    return window.ngettext(singular, plural, count);
  };
})();
