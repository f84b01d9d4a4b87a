// SPDX-License-Identifier: AGPL-3.0-or-later
// /etc/pve/status.cfg: the external metric servers of Datacenter → Metric Server, in PVE's
// section-config format (pve-common PVE/SectionConfig.pm: a "type: id" header line, then
// indented "key value" lines, a blank line ends the section). The options and their defaults are
// those of pve-manager PVE/Status/Plugin.pm, InfluxDB.pm, Graphite.pm and OpenTelemetry.pm.
// Pure: the caller reads the file. Secrets are not in this file: PVE keeps the InfluxDB token in
// /etc/pve/priv/metricserver/<id>.pw (see token-file.ts).

export interface MetricServerBase {
  id: string;
  server: string;
  port: number;
  disable: boolean;
}

export interface InfluxDbServer extends MetricServerBase {
  type: 'influxdb';
  proto: 'udp' | 'http' | 'https';
  /** UDP datagram budget (Plugin.pm: mtu - 50). */
  mtu: number;
  organization: string;
  bucket: string;
  apiPathPrefix: string;
  maxBodySize: number;
  verifyCertificate: boolean;
  /** HTTP timeout, seconds (InfluxDB.pm: $cfg->{timeout} // 1). */
  timeout: number;
}

export interface GraphiteServer extends MetricServerBase {
  type: 'graphite';
  proto: 'udp' | 'tcp';
  mtu: number;
  /** Root path, "proxmox" unless set. */
  path: string;
  /** TCP connect/send timeout, seconds. */
  timeout: number;
}

export interface OpenTelemetryServer extends MetricServerBase {
  type: 'opentelemetry';
  proto: 'http' | 'https';
  path: string;
  timeout: number;
  /** Decoded otel-headers (may hold credentials: never log). */
  headers: Record<string, string>;
  verifySsl: boolean;
  maxBodySize: number;
  /** Decoded otel-resource-attributes. */
  resourceAttributes: Record<string, string>;
  compression: 'none' | 'gzip';
}

export type MetricServer = InfluxDbServer | GraphiteServer | OpenTelemetryServer;

export interface StatusCfg {
  servers: MetricServer[];
  /** Sections skipped and options ignored, with the line number: for the log, never fatal. */
  problems: string[];
}

// pve-common JSONSchema pve-configid.
const CONFIG_ID = /^[a-z][a-z0-9_-]+$/i;
// PVE's "address" format: a DNS name or an IPv4/IPv6 address; no URL parts.
const ADDRESS = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|[0-9a-fA-F:.]+|\[[0-9a-fA-F:.]+\])$/;
// Graphite.pm pve_verify_graphite_path.
const GRAPHITE_PATH = /^([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?\.)*[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;

type Raw = { type: string; id: string; line: number; opts: Map<string, string> };

function splitSections(text: string, problems: string[]): Raw[] {
  const out: Raw[] = [];
  let current: Raw | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (/^\s*#/.test(line)) continue;
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const header = /^(\S+):\s*(\S+)?\s*$/.exec(line);
    if (header && !/^\s/.test(line)) {
      const type = header[1].toLowerCase();
      const id = header[2] ?? type;
      if (!CONFIG_ID.test(id)) {
        problems.push(`line ${i + 1}: invalid id '${id.slice(0, 64)}', section skipped`);
        current = undefined;
        continue;
      }
      current = { type, id, line: i + 1, opts: new Map() };
      out.push(current);
      continue;
    }
    const prop = /^\s+(\S+)(?:\s+(.*\S))?\s*$/.exec(line);
    if (prop && current) {
      if (current.opts.has(prop[1])) problems.push(`line ${i + 1}: duplicate option '${prop[1]}'`);
      else current.opts.set(prop[1], prop[2] ?? '');
      continue;
    }
    problems.push(`line ${i + 1}: not a section header or option`);
  }
  return out;
}

class Options {
  constructor(
    private readonly raw: Raw,
    problems: string[],
    allowed: Set<string>,
  ) {
    for (const key of raw.opts.keys()) {
      if (!allowed.has(key)) problems.push(`${raw.type} '${raw.id}': unknown option '${key}' ignored`);
    }
  }
  private bad(key: string, why: string): never {
    throw new Error(`${this.raw.type} '${this.raw.id}' (line ${this.raw.line}): ${key} ${why}`);
  }
  str(key: string): string | undefined {
    return this.raw.opts.get(key);
  }
  int(key: string, dflt: number, min: number, max: number): number {
    const v = this.raw.opts.get(key);
    if (v === undefined) return dflt;
    if (!/^-?\d+$/.test(v)) this.bad(key, `must be an integer, got '${v.slice(0, 32)}'`);
    const n = Number(v);
    if (n < min || n > max) this.bad(key, `must be within ${min}…${max}, got ${n}`);
    return n;
  }
  bool(key: string, dflt: boolean): boolean {
    const v = this.raw.opts.get(key);
    if (v === undefined) return dflt;
    // JSONSchema booleans: 1|0|on|off|yes|no|true|false.
    if (/^(1|on|yes|true)$/i.test(v)) return true;
    if (/^(0|off|no|false)$/i.test(v)) return false;
    this.bad(key, `must be a boolean, got '${v.slice(0, 32)}'`);
  }
  oneOf<T extends string>(key: string, values: readonly T[], dflt: T): T {
    const v = this.raw.opts.get(key);
    if (v === undefined) return dflt;
    if (!(values as readonly string[]).includes(v)) this.bad(key, `must be one of ${values.join(', ')}`);
    return v as T;
  }
  address(): string {
    const v = this.raw.opts.get('server');
    if (v === undefined) this.bad('server', 'is missing');
    if (!ADDRESS.test(v)) this.bad('server', `is not a host name or address: '${v.slice(0, 64)}'`);
    return v.replace(/^\[(.*)\]$/, '$1');
  }
  base64Json(key: string): Record<string, string> {
    const v = this.raw.opts.get(key);
    if (v === undefined || v === '') return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(v, 'base64').toString('utf8'));
    } catch {
      // Never quote the value: otel-headers carries credentials.
      this.bad(key, 'is not base64-encoded JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      this.bad(key, 'must encode a JSON object');
    }
    const out: Record<string, string> = Object.create(null);
    for (const [k, val] of Object.entries(parsed as Record<string, unknown>)) out[k] = String(val);
    return out;
  }
}

const COMMON = ['server', 'port', 'disable'];
const INFLUX_KEYS = new Set([
  ...COMMON,
  'mtu',
  'organization',
  'bucket',
  'token',
  'influxdbproto',
  'timeout',
  'max-body-size',
  'api-path-prefix',
  'verify-certificate',
]);
const GRAPHITE_KEYS = new Set([...COMMON, 'mtu', 'proto', 'timeout', 'path']);
const OTEL_KEYS = new Set([
  ...COMMON,
  'otel-protocol',
  'otel-path',
  'otel-timeout',
  'otel-headers',
  'otel-verify-ssl',
  'otel-max-body-size',
  'otel-resource-attributes',
  'otel-compression',
]);

function toServer(raw: Raw, problems: string[]): MetricServer | undefined {
  if (raw.type === 'influxdb') {
    const o = new Options(raw, problems, INFLUX_KEYS);
    const proto = o.oneOf('influxdbproto', ['udp', 'http', 'https'] as const, 'udp');
    return {
      type: 'influxdb',
      id: raw.id,
      server: o.address(),
      port: o.int('port', Number.NaN, 1, 65536),
      disable: o.bool('disable', false),
      proto,
      mtu: o.int('mtu', 1500, 512, 65536),
      organization: o.str('organization') ?? 'proxmox',
      bucket: o.str('bucket') ?? 'proxmox',
      apiPathPrefix: o.str('api-path-prefix') ?? '/',
      maxBodySize: o.int('max-body-size', 25_000_000, 1, Number.MAX_SAFE_INTEGER),
      verifyCertificate: o.bool('verify-certificate', true),
      timeout: o.int('timeout', 1, 0, 3600),
    };
  }
  if (raw.type === 'graphite') {
    const o = new Options(raw, problems, GRAPHITE_KEYS);
    const path = o.str('path') ?? 'proxmox';
    if (!GRAPHITE_PATH.test(path)) throw new Error(`graphite '${raw.id}': path is not a graphite path`);
    return {
      type: 'graphite',
      id: raw.id,
      server: o.address(),
      port: o.int('port', 2003, 1, 65536),
      disable: o.bool('disable', false),
      proto: o.oneOf('proto', ['udp', 'tcp'] as const, 'udp'),
      mtu: o.int('mtu', 1500, 512, 65536),
      path,
      timeout: o.int('timeout', 1, 0, 3600),
    };
  }
  if (raw.type === 'opentelemetry') {
    const o = new Options(raw, problems, OTEL_KEYS);
    const proto = o.oneOf('otel-protocol', ['http', 'https'] as const, 'https');
    return {
      type: 'opentelemetry',
      id: raw.id,
      server: o.address(),
      // OpenTelemetry.pm _get_otlp_url: 4318 for https, 4317 for http.
      port: o.int('port', proto === 'https' ? 4318 : 4317, 1, 65536),
      disable: o.bool('disable', false),
      proto,
      path: o.str('otel-path') || '/v1/metrics',
      timeout: o.int('otel-timeout', 5, 1, 10),
      headers: o.base64Json('otel-headers'),
      verifySsl: o.bool('otel-verify-ssl', true),
      maxBodySize: o.int('otel-max-body-size', 10_000_000, 1024, Number.MAX_SAFE_INTEGER),
      resourceAttributes: o.base64Json('otel-resource-attributes'),
      compression: o.oneOf('otel-compression', ['none', 'gzip'] as const, 'gzip'),
    };
  }
  problems.push(`line ${raw.line}: unknown metric server type '${raw.type.slice(0, 32)}', section skipped`);
  return undefined;
}

export function parseStatusCfg(text: string): StatusCfg {
  const problems: string[] = [];
  const servers: MetricServer[] = [];
  const seen = new Set<string>();
  for (const raw of splitSections(text, problems)) {
    if (seen.has(raw.id)) {
      problems.push(`line ${raw.line}: duplicate id '${raw.id}', section skipped`);
      continue;
    }
    seen.add(raw.id);
    try {
      const s = toServer(raw, problems);
      if (s && Number.isNaN(s.port)) throw new Error(`${s.type} '${s.id}': port is missing`);
      if (s) servers.push(s);
    } catch (err) {
      problems.push(`${(err as Error).message}; section skipped`);
    }
  }
  // pvestatd (PVE/ExtMetric.pm foreach_plug) walks the ids sorted.
  servers.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { servers, problems };
}
