// SPDX-License-Identifier: AGPL-3.0-or-later
// Stand-in for PVE's /pve2/locale/pve-lang-de.js (built by proxmox-i18n po2js.pl from de.po):
// the same global functions, with a few of PVE's real German translations, taken from
// proxmox-i18n de.po, of strings both PVE and the GPU tab show. The real file keys its
// catalogue by an FNV hash of the English text; a plain map answers the same way here.
(function () {
  const de = {
    Resources: 'Ressourcen',
    Summary: 'Übersicht',
    Usage: 'Auslastung',
    Health: 'Zustand',
    Memory: 'Speicher',
    Command: 'Befehl',
    Host: 'Host',
    Container: 'Container',
    Count: 'Anzahl',
    default: 'Voreinstellung',
    Devices: 'Geräte',
    Other: 'Andere(r)',
    Add: 'Hinzufügen',
    Remove: 'Entfernen',
    'Copy to clipboard': 'In Zwischenablage kopieren',
    warn: 'warnen', // proxmox-datacenter-manager's verb: the GPU tab must not take it for its badge
  };
  window.gettext = function (message) {
    return de[message] || message;
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
