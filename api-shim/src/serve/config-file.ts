// SPDX-License-Identifier: AGPL-3.0-or-later
// /etc/pve-gpu-tab/pve-gpu-tab.conf: PVE-style "key: value" lines, "#" comments. Pure parser;
// an unknown key or a bad value is an error naming the file and the line, so a typo never
// silently runs the daemon with a default the admin did not want.
import net from 'node:net';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface ShimConfig {
  /** TCP port of the HTTPS service. */
  port: number;
  /** Bind address; "::" listens on every IPv4 and IPv6 address. */
  listen: string;
  /** Base URL the browser uses, e.g. behind a reverse proxy; empty = https://<UI host>:<port>. */
  publicBaseUrl: string;
  sampleIntervalMs: number;
  stateDir: string;
  nvidiaSmi: string;
  root: string;
  /** Local PVE API, asked for the caller's permissions. */
  pveApi: string;
  /** Concurrent SSE streams, all clients together. */
  maxStreams: number;
  /** Concurrent SSE streams from one client address. */
  maxStreamsPerClient: number;
  /** Requests per minute from one client address (streams count once, when they open). */
  rateLimitPerMinute: number;
  logLevel: LogLevel;
  /** How long a PVE permission answer may be reused, seconds (at most 60). */
  authCacheSeconds: number;
  /** Timeout of a request forwarded to another node's shim, ms. */
  peerTimeoutMs: number;
  /** UI ports whose origins CORS accepts (pveproxy's 8006 by default). */
  uiPorts: number[];
}

export const DEFAULT_CONFIG_FILE = '/etc/pve-gpu-tab/pve-gpu-tab.conf';

/** Ports PVE and its neighbours already use (DESIGN.md decision 3). */
export const RESERVED_PORTS: Array<[number, number, string]> = [
  [85, 85, 'pvedaemon'],
  [3128, 3128, 'spiceproxy'],
  [5405, 5412, 'corosync'],
  [5900, 5999, 'VNC websockets'],
  [8006, 8006, 'pveproxy'],
  [8007, 8007, 'Proxmox Backup Server'],
  [8443, 8443, 'Proxmox Datacenter Manager'],
  [60000, 60050, 'live migration'],
];

export function defaultConfig(): ShimConfig {
  return {
    port: 8247,
    listen: '::',
    publicBaseUrl: '',
    sampleIntervalMs: 1000,
    stateDir: '/var/lib/pve-gpu-tab',
    nvidiaSmi: 'nvidia-smi',
    root: '/',
    pveApi: 'https://127.0.0.1:8006',
    maxStreams: 64,
    maxStreamsPerClient: 8,
    rateLimitPerMinute: 600,
    logLevel: 'info',
    authCacheSeconds: 60,
    peerTimeoutMs: 5000,
    uiPorts: [8006],
  };
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);
  }
}

type Setter = (cfg: ShimConfig, value: string) => string | undefined;

function int(min: number, max: number, set: (cfg: ShimConfig, n: number) => void): Setter {
  return (cfg, value) => {
    if (!/^\d+$/.test(value)) return `expected a whole number, got '${value}'`;
    const n = Number(value);
    if (n < min || n > max) return `must be between ${min} and ${max}, got ${n}`;
    set(cfg, n);
    return undefined;
  };
}

function str(check: (v: string) => string | undefined, set: (cfg: ShimConfig, v: string) => void): Setter {
  return (cfg, value) => {
    const problem = check(value);
    if (problem) return problem;
    set(cfg, value);
    return undefined;
  };
}

const absolutePath = (v: string) => (v.startsWith('/') ? undefined : `must be an absolute path, got '${v}'`);

function checkPort(v: number): string | undefined {
  for (const [lo, hi, owner] of RESERVED_PORTS) {
    if (v >= lo && v <= hi) return `port ${v} is used by ${owner}; choose another (default 8247)`;
  }
  return undefined;
}

function checkUrl(v: string, schemes: string[]): string | undefined {
  if (v === '') return undefined;
  try {
    const u = new URL(v);
    if (!schemes.includes(u.protocol)) return `must be a ${schemes.join(' or ')} URL, got '${v}'`;
    if (u.username || u.password) return `must not carry a user name or password, got '${v}'`;
    return undefined;
  } catch {
    return `not a URL: '${v}'`;
  }
}

function checkListen(v: string): string | undefined {
  // An IP literal (v4 or v6) or a host name; no ports, no brackets, no spaces.
  if (net.isIP(v) !== 0) return undefined;
  const hostPort = /^(?:\[([^\]]*)\]|([^:]*)):(\d+)$/.exec(v);
  if (hostPort || /^\[.*\]$/.test(v)) {
    return `expected an address without a port or brackets, got '${v}'; put the port in "port:"`;
  }
  if (v.includes(':')) return `not an IPv6 address: '${v}'`;
  if (/^[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?$/.test(v) && !/^[0-9.]+$/.test(v)) return undefined;
  return `expected an IP address or host name, got '${v}'`;
}

/**
 * The first C0 control (but tab) or DEL in v: a NUL cuts a path short in every C call (execve,
 * open), escape sequences garble the logs that quote the value.
 */
function controlCharacter(v: string): number | undefined {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return c;
  }
  return undefined;
}

const KEYS: Record<string, Setter> = {
  port: (cfg, value) => {
    if (!/^\d+$/.test(value)) return `expected a whole number, got '${value}'`;
    const n = Number(value);
    if (n < 1 || n > 65535) return `must be between 1 and 65535, got ${n}`;
    const reserved = checkPort(n);
    if (reserved) return reserved;
    cfg.port = n;
    return undefined;
  },
  listen: str(checkListen, (c, v) => {
    c.listen = v;
  }),
  // https only: the GPU tab runs on PVE's https page, where a browser blocks http requests
  // (mixed content), and a ticket must never travel in the clear.
  public_base_url: str(
    (v) => checkUrl(v, ['https:']),
    (c, v) => {
      c.publicBaseUrl = v.replace(/\/+$/, '');
    },
  ),
  sample_interval_ms: int(100, 60_000, (c, n) => {
    c.sampleIntervalMs = n;
  }),
  state_dir: str(absolutePath, (c, v) => {
    c.stateDir = v;
  }),
  nvidia_smi: str(
    (v) => (v.length > 0 ? undefined : 'must not be empty'),
    (c, v) => {
      c.nvidiaSmi = v;
    },
  ),
  root: str(absolutePath, (c, v) => {
    c.root = v;
  }),
  pve_api: str(
    (v) => (v === '' ? 'must not be empty' : checkUrl(v, ['https:'])),
    (c, v) => {
      c.pveApi = v.replace(/\/+$/, '');
    },
  ),
  max_streams: int(1, 10_000, (c, n) => {
    c.maxStreams = n;
  }),
  max_streams_per_client: int(1, 10_000, (c, n) => {
    c.maxStreamsPerClient = n;
  }),
  rate_limit_per_minute: int(1, 1_000_000, (c, n) => {
    c.rateLimitPerMinute = n;
  }),
  log_level: (cfg, value) => {
    if (!['debug', 'info', 'warn', 'error'].includes(value)) {
      return `expected one of debug, info, warn, error, got '${value}'`;
    }
    cfg.logLevel = value as LogLevel;
    return undefined;
  },
  auth_cache_seconds: int(0, 60, (c, n) => {
    c.authCacheSeconds = n;
  }),
  peer_timeout_ms: int(100, 60_000, (c, n) => {
    c.peerTimeoutMs = n;
  }),
  ui_ports: (cfg, value) => {
    const parts = value.split(/[\s,]+/).filter(Boolean);
    if (parts.length === 0) return 'expected a list of ports, e.g. "8006, 443"';
    const ports: number[] = [];
    for (const p of parts) {
      if (!/^\d+$/.test(p) || Number(p) < 1 || Number(p) > 65535) return `not a port: '${p}'`;
      ports.push(Number(p));
    }
    cfg.uiPorts = ports;
    return undefined;
  },
};

export const CONFIG_KEYS = Object.keys(KEYS);

/** Parses the text of a config file over the defaults. Throws ConfigError. */
export function parseConfig(text: string, file: string, base: ShimConfig = defaultConfig()): ShimConfig {
  const cfg: ShimConfig = { ...base, uiPorts: [...base.uiPorts] };
  const seen = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i].replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const control = controlCharacter(line);
    if (control !== undefined) {
      const code = control.toString(16).toUpperCase().padStart(4, '0');
      throw new ConfigError(file, lineNo, `control character U+${code} in the line`);
    }
    const m = /^([a-z_]+)\s*:\s*(.*)$/.exec(line);
    if (!m) throw new ConfigError(file, lineNo, `expected "key: value", got '${line}'`);
    const [, key, rawValue] = m;
    // Own keys only: "__proto__" or "constructor" must be unknown keys, not Object.prototype's.
    const setter = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
    if (!setter) {
      throw new ConfigError(file, lineNo, `unknown key '${key}' (known: ${CONFIG_KEYS.join(', ')})`);
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new ConfigError(file, lineNo, `'${key}' already set on line ${earlier}`);
    seen.set(key, lineNo);
    const problem = setter(cfg, rawValue.trim());
    if (problem) throw new ConfigError(file, lineNo, `${key}: ${problem}`);
  }
  return cfg;
}

/** Applies a command-line override with the same checks as the file (file name "--flag"). */
export function overrideKey(cfg: ShimConfig, key: string, value: string, flag: string): ShimConfig {
  const next = { ...cfg, uiPorts: [...cfg.uiPorts] };
  if (controlCharacter(value) !== undefined) throw new ConfigError(flag, 0, 'control character in the value');
  const problem = KEYS[key](next, value);
  if (problem) throw new ConfigError(flag, 0, problem);
  return next;
}
