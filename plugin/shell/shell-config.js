// SPDX-License-Identifier: AGPL-3.0-or-later
// Shell settings from the query string, applied before the plugin loads:
//   ?shim=<base URL>   shim base URL (default: this page's origin, as in `pve-gpu-tab demo`)
//   ?theme=dark|auto   PVE's proxmox-dark or auto theme (default: crisp, the light one)
//   ?node=pve          node name; ?cts=101:jellyfin,102:ollama,900:tmpl:template
//   ?ticket=…          value of the PVEAuthCookie cookie (default: a demo ticket)
//   ?user=…&csrf=…     Proxmox.UserName and Proxmox.CSRFPreventionToken, as index.html.tpl
//                      writes them for the logged-in user (absent: the page says no one)
(function () {
  const q = new URLSearchParams(location.search);
  window.PveGpuTabConfig = window.PveGpuTabConfig || { baseUrl: q.get('shim') || location.origin };
  // Shaped like a real PVE ticket (user, issue time in hex, signature), so the demo shim's
  // ticket parser accepts it; the demo's authorizer does not check the signature.
  const issued = Math.floor(Date.now() / 1000)
    .toString(16)
    .toUpperCase()
    .padStart(8, '0');
  const ticket = q.get('ticket') || 'PVE:root@pam:' + issued + '::ZGVtby10aWNrZXQ=';
  // pve-manager www/index.html.tpl: `Proxmox = { …, UserName: '[% username %]',
  // CSRFPreventionToken: '[% token %]' }`; shell-lang.js has created window.Proxmox.
  if (q.get('user')) {
    window.Proxmox = window.Proxmox || {};
    window.Proxmox.UserName = q.get('user');
    window.Proxmox.CSRFPreventionToken = q.get('csrf') || '';
  }
  // What PVE's login does: a script-readable session cookie.
  Ext.util.Cookies.set('PVEAuthCookie', ticket, null, '/');
  // Like index.html.tpl: the dark sheet always for proxmox-dark, by media query for auto.
  const theme = q.get('theme') || 'crisp';
  const media = theme === 'dark' ? 'all' : theme === 'auto' ? '(prefers-color-scheme: dark)' : 'not all';
  // Parser-inserted like the template's <link>, so it applies before the first paint.
  document.write(
    '<link rel="stylesheet" id="pveshell-dark" href="/shell/shell-dark.css" media="' + media + '">',
  );
  window.PveShellTheme = {
    /** Switches the theme in place (PVE reloads the page instead; screenshots need both). */
    set: function (name) {
      document.getElementById('pveshell-dark').media =
        name === 'dark' ? 'all' : name === 'auto' ? '(prefers-color-scheme: dark)' : 'not all';
    },
  };
  // shell-lang.js has set gettext up as PVE's page does; this only guards a page without it.
  window.gettext =
    window.gettext ||
    function (s) {
      return s;
    };
})();
