// SPDX-License-Identifier: AGPL-3.0-or-later
// Redaction of the few host files in a snapshot that can name people or networks. Files that
// could hold secrets (cmdline, environ, non-GPU fd targets, /etc/hostname) are never read at all.

/** /etc/pve/lxc/<vmid>.conf: hostnames, addresses, DNS and descriptions out; GPU/idmap lines kept. */
export function redactCtConfig(text: string, vmid: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (/^#/.test(line)) return line.trim() === '' ? line : '#(description redacted)';
      if (/^hostname:/.test(line)) return `hostname: ct${vmid}`;
      if (/^(nameserver|searchdomain):/.test(line)) return line.replace(/:.*/, ': redacted');
      if (/^net\d+:/.test(line)) {
        return line.replace(/\b(hwaddr|ip|ip6|gw|gw6)=[^,\s]+/g, '$1=redacted');
      }
      if (/^(description|tags):/.test(line)) return line.replace(/:.*/, ': redacted');
      return line;
    })
    .join('\n');
}

/** /etc/group: group names and gids kept (render/video checks need them); members reduced to root. */
export function redactGroup(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const f = line.split(':');
      if (f.length < 4) return line;
      const members = f[3]
        .split(',')
        .filter(Boolean)
        .map((m, i) => (m === 'root' ? 'root' : `user${i + 1}`));
      return [f[0], 'x', f[2], members.join(',')].join(':');
    })
    .join('\n');
}

/** /etc/subuid, /etc/subgid: "root:100000:65536" kept; other user names replaced. */
export function redactSubid(text: string): string {
  const names = new Map<string, string>();
  return text
    .split('\n')
    .map((line) => {
      const f = line.split(':');
      if (f.length !== 3 || f[0] === 'root' || /^\d+$/.test(f[0])) return line;
      if (!names.has(f[0])) names.set(f[0], `user${names.size + 1}`);
      return [names.get(f[0]), f[1], f[2]].join(':');
    })
    .join('\n');
}
