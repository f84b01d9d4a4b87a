// SPDX-License-Identifier: AGPL-3.0-or-later
// Redaction of the host and container files in a snapshot that can name people, networks or
// secrets (docs/snapshot.md "Redaction"). Files that could hold secrets wholesale (cmdline,
// environ, non-GPU fd targets, /etc/hostname) are never read at all. Every rule keeps what the
// health checks read — device, mount, idmap and lxc.* lines, group names and gids, service users —
// so a redacted snapshot gives the same verdicts (collect/snapshot/replay.test.ts).
import { SERVICE_USERS } from '../../health/checks/context.ts';

/** /etc/pve/lxc/<vmid>.conf: hostnames, addresses, DNS and descriptions out; GPU/idmap lines kept. */
export function redactCtConfig(text: string, vmid: string): string {
  return scrubSecrets(
    text
      .split('\n')
      .map((line) => {
        if (/^#/.test(line)) return line.trim() === '' ? line : '#(description redacted)';
        if (/^hostname:/.test(line)) return `hostname: ct${vmid}`;
        // an empty value stays empty: the config parser judges it (ct.config_syntax)
        if (/^(nameserver|searchdomain):/.test(line)) return line.replace(/:\s*\S.*$/, ': redacted');
        if (/^net\d+:/.test(line)) {
          return line.replace(/\b(hwaddr|ip|ip6|gw|gw6)=[^,\s]+/g, '$1=redacted');
        }
        if (/^(description|tags):/.test(line)) return line.replace(/:\s*\S.*$/, ': redacted');
        return line;
      })
      .join('\n'),
  );
}

/**
 * /var/lib/lxc/<vmid>/config, the config PVE generated at start (pve-container
 * src/PVE/LXC.pm update_lxc_config): the host name and network addresses out, the rest kept.
 */
export function redactGeneratedConfig(text: string, vmid: string): string {
  return scrubSecrets(
    text
      .split('\n')
      .map((line) => {
        if (/^\s*lxc\.uts\.name\s*=/.test(line)) return `lxc.uts.name = ct${vmid}`;
        return line.replace(
          /^(\s*lxc\.net\.\d+\.(?:hwaddr|ipv4\.address|ipv4\.gateway|ipv6\.address|ipv6\.gateway)\s*=).*$/,
          '$1 redacted',
        );
      })
      .join('\n'),
  );
}

/** A system account (uid < 1000, nobody) or a media/AI service the checks look for by name. */
function keepName(name: string, uid?: number): boolean {
  return (
    name === 'root' || SERVICE_USERS.includes(name) || (uid !== undefined && (uid < 1000 || uid >= 65534))
  );
}

/**
 * /etc/passwd and /etc/group of one root (the host's, or a container's): people's names become
 * `user<uid>` (members without a passwd line `user-<n>`), the same in both files, so membership
 * still means what it meant; GECOS emptied. System and service accounts and group names are kept.
 */
export function redactAccounts(
  passwd: string | undefined,
  group: string | undefined,
): { passwd?: string; group?: string } {
  const names = new Map<string, string>();
  for (const line of (passwd ?? '').split('\n')) {
    const f = line.split(':');
    if (f.length < 7 || !/^\d+$/.test(f[2])) continue;
    if (!keepName(f[0], Number(f[2]))) names.set(f[0], `user${f[2]}`);
  }
  let others = 0;
  const rename = (n: string): string => {
    if (names.has(n)) return names.get(n) as string;
    if (keepName(n)) return n;
    const alias = `user-${++others}`;
    names.set(n, alias);
    return alias;
  };
  // members first: a group named like a person (user private group) takes the person's alias
  const groupLines = (group ?? '').split('\n').map((line) => line.split(':'));
  for (const f of groupLines) if (f.length >= 4) f[3].split(',').filter(Boolean).forEach(rename);
  const outGroup = groupLines
    .map((f) => {
      if (f.length < 4) return f.join(':');
      const members = f[3].split(',').filter(Boolean).map(rename);
      return [names.get(f[0]) ?? f[0], 'x', f[2], members.join(','), ...f.slice(4)].join(':');
    })
    .join('\n');
  const outPasswd = (passwd ?? '')
    .split('\n')
    .map((line) => {
      const f = line.split(':');
      if (f.length < 7) return line;
      const alias = names.get(f[0]);
      if (!alias) return [f[0], 'x', f[2], f[3], f[4], f[5], ...f.slice(6)].join(':');
      return [alias, 'x', f[2], f[3], '', f[5].split(f[0]).join(alias), ...f.slice(6)].join(':');
    })
    .join('\n');
  return {
    passwd: passwd === undefined ? undefined : outPasswd,
    group: group === undefined ? undefined : outGroup,
  };
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

/** Variables of a container's /etc/environment the checks read; every other value is redacted. */
const ENV_KEEP = /^(LIBVA_\w+|NVIDIA_\w+|CUDA_\w+|HSA_\w+|ROC\w*|HIP_\w+|OLLAMA_\w+|PATH|LD_LIBRARY_PATH)$/;

/** /etc/environment: KEY=value lines keep their key; the value only for GPU-related keys. */
export function redactEnvironment(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const m = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
      if (!m) return line.trim().startsWith('#') || line.trim() === '' ? line : 'redacted';
      return ENV_KEEP.test(m[2]) ? line : `${m[1]}${m[2]}=redacted`;
    })
    .join('\n');
}

/**
 * Any other configuration text (hook scripts, snippets, udev rules, modprobe files): values of
 * password/token/secret/key settings out, wherever they appear (`TOKEN=…`, `--password …`,
 * `api_key: …`).
 */
export function scrubSecrets(text: string): string {
  return text
    .replace(
      /\b([\w.-]*(?:passw(?:or)?d|passwd|token|secret|api[_-]?key|credential|auth[_-]?key)[\w.-]*)(\s*[=:]\s*|\s+)("[^"\n]*"|'[^'\n]*'|[^\s"'#;&|]+)/gi,
      (_all, key: string, sep: string) => `${key}${sep}redacted`,
    )
    .replace(/(\bhttps?:\/\/)[^/\s:@]+:[^/\s@]+@/g, '$1redacted@');
}

/**
 * The redaction of one snapshot file by its host path. Accounts are done together per root by
 * the caller (redactAccounts); /proc and /sys are the kernel's and kept, except container roots.
 */
export function redactByPath(hostPath: string, text: string): string {
  let m = /^\/etc\/pve\/lxc\/(\d+)\.conf$/.exec(hostPath);
  if (m) return redactCtConfig(text, m[1]);
  m = /^\/var\/lib\/lxc\/(\d+)\/config$/.exec(hostPath);
  if (m) return redactGeneratedConfig(text, m[1]);
  if (/^\/etc\/sub[ug]id$/.test(hostPath)) return redactSubid(text);
  const inCt = /^\/proc\/\d+\/root(\/.*)$/.exec(hostPath)?.[1];
  if (inCt === '/etc/environment') return redactEnvironment(text);
  if (/^\/(proc|sys)\//.test(hostPath) && inCt === undefined) return text;
  if (hostPath === '/usr/share/misc/pci.ids' || (inCt ?? '').startsWith('/var/lib/dpkg/')) return text;
  return scrubSecrets(text);
}
