// SPDX-License-Identifier: AGPL-3.0-or-later
// GET / — the page the GPU tab links to when the browser has not yet accepted this port's
// certificate (Firefox keeps exceptions per host:port). Reaching it proves the certificate is
// accepted; it shows no data and needs no login.

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** uiUrl: where the PVE UI of this host is, e.g. https://pve1:8006/ (already validated). */
export function certAcceptedPage(node: string, version: string, uiUrl: string | undefined): string {
  const back = uiUrl ? `<p><a href="${escapeHtml(uiUrl)}">Back to the Proxmox VE web interface</a></p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pve-gpu-tab: certificate accepted</title>
<style>
  body { font: 14px/1.5 Helvetica, Arial, sans-serif; margin: 3em auto; max-width: 40em; padding: 0 1em;
         color: #000; background: #fff; }
  @media (prefers-color-scheme: dark) { body { color: #f2f2f2; background: #1b1b1b; } a { color: #7bb7ff; } }
  h1 { font-size: 1.4em; }
  .ok { color: #21bf4b; font-weight: bold; }
  code { font-size: 0.95em; }
</style>
</head>
<body>
<h1><span class="ok">&#10003;</span> Certificate accepted</h1>
<p>Your browser now trusts the GPU service of node <code>${escapeHtml(node)}</code>
(pve-gpu-tab ${escapeHtml(version)}).</p>
<p>You can close this tab. Go back to the Proxmox VE tab and open the container's <b>GPU</b> tab
again; it will load now.</p>
${back}
<p><small>To avoid this step on every browser, install the cluster CA
(<code>/etc/pve/pve-root-ca.pem</code>) in your browser or use an ACME certificate for the node.</small></p>
</body>
</html>
`;
}
