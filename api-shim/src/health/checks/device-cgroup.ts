// SPDX-License-Identifier: AGPL-3.0-or-later
// The device cgroup as LXC composes it for a PVE container, in order:
//   1. lxc's common.conf: `lxc.cgroup2.devices.deny = a`, then allow lines for null, zero, full,
//      random, urandom, tty, console, ptmx, pts, fuse (lxc config/templates/common.conf.in);
//   2. unprivileged only: userns.conf, whose userns.conf.d/ holds pve-container's 01-pve.conf
//      (src/lxc-pve-userns.conf, PVE >= 7.0): `lxc.cgroup2.devices.allow = a` — a deny-list;
//   3. the rules PVE generates for every devN (`c <maj>:<min> rw` from stat() at start,
//      pve-container LXC.pm update_lxc_config);
//   4. the container's raw lxc.cgroup2.devices.* lines, in file order (appended last).
// A running container's /var/lib/lxc/<vmid>/config already holds 3 and 4 as applied.
// Evaluation follows lxc's cgroup2 device list (src/lxc/cgroups/cgroup2_devices.c,
// bpf_list_add_device and bpf_device_add): a bare `a` clears the list and sets the default; a rule
// for the very same type, major, minor and access as an earlier one flips that entry; the BPF
// program then holds only rules of the opposite kind (allow rules on a deny-all default, deny
// rules on an allow-all default), and a rule matches an open only when its access covers all
// of the requested access (read and write for a device a service opens O_RDWR).

import type { ConfigLine } from '../config/pct-config.ts';
import type { CheckContext } from './context.ts';

export interface DeviceRule {
  allow: boolean;
  type: 'a' | 'c' | 'b';
  major?: number; // undefined = *
  minor?: number;
  access: string;
  /** the config line it came from; absent for LXC's and PVE's own rules */
  line?: ConfigLine;
  origin: 'lxc' | 'pve-userns' | 'devN' | 'config' | 'generated';
}

export interface DeviceSubject {
  type: 'char' | 'block' | string;
  major?: number;
  minor?: number;
}

/** `a`, `c 226:128 rwm`, `c *:* m`, `b 8:* r` */
export function parseDeviceRule(
  allow: boolean,
  value: string,
  origin: DeviceRule['origin'],
  line?: ConfigLine,
): DeviceRule | undefined {
  const v = value.trim();
  // a bare `a` (no access) is the global rule that sets the default and clears the list
  if (v === 'a') return { allow, type: 'a', access: '', origin, line };
  const m = /^([acb])\s+(\d+|\*):(\d+|\*)(?:\s+(.*))?$/s.exec(v);
  if (!m) return undefined;
  // lxc reads at most three access characters and ignores what follows them, so
  // `c 226:0 rwm # iGPU` is `rwm`; any other character among the first three is refused
  // (lxc src/lxc/cgroups/cgfsng.c, device_cgroup_parse_access)
  const rest = m[4] ?? '';
  let access = '';
  for (const ch of rest.slice(0, 3)) {
    if (ch === '\n') break;
    if (!'rwm'.includes(ch)) return undefined;
    access += ch;
  }
  return {
    allow,
    type: m[1] as DeviceRule['type'],
    major: m[2] === '*' ? undefined : Number(m[2]),
    minor: m[3] === '*' ? undefined : Number(m[3]),
    access: access || 'rwm',
    origin,
    line,
  };
}

const COMMON = [
  'c *:* m',
  'b *:* m',
  'c 1:3 rwm',
  'c 1:5 rwm',
  'c 1:7 rwm',
  'c 1:8 rwm',
  'c 1:9 rwm',
  'c 5:0 rwm',
  'c 5:1 rwm',
  'c 5:2 rwm',
  'c 136:* rwm',
  'c 10:229 rwm',
];

export function lxcBaseRules(unprivileged: boolean): DeviceRule[] {
  const rules: DeviceRule[] = [{ allow: false, type: 'a', access: '', origin: 'lxc' }];
  for (const r of COMMON) rules.push(parseDeviceRule(true, r, 'lxc') as DeviceRule);
  if (unprivileged) rules.push({ allow: true, type: 'a', access: '', origin: 'pve-userns' });
  return rules;
}

const V2_KEY = /^lxc\.cgroup2\.devices\.(allow|deny)$/;
const V1_KEY = /^lxc\.cgroup\.devices\.(allow|deny)$/;

/** The container's own rules: devN (as PVE generates them) and raw lines, or the generated file. */
export function configRules(ctx: CheckContext): DeviceRule[] {
  const key = ctx.host.cgroup === 'v1' ? V1_KEY : V2_KEY;
  if (ctx.ct && ctx.generated) {
    const out: DeviceRule[] = [];
    for (const m of ctx.generated.matchAll(
      /^\s*(lxc\.cgroup2?\.devices\.(?:allow|deny))\s*=\s*(.*?)\s*$/gm,
    )) {
      if (!key.test(m[1])) continue;
      const r = parseDeviceRule(m[1].endsWith('allow'), m[2], 'generated');
      if (!r) continue;
      // name the config line that asked for it, when there is one
      const own = ctx.main.lxc.find((l) => l.key === m[1] && l.value.trim() === m[2].trim());
      out.push(own ? { ...r, origin: 'config', line: own } : r);
    }
    return out;
  }
  const out: DeviceRule[] = [];
  for (const n of ctx.nodes) {
    if (n.via !== 'devN' || (n.host.type !== 'char' && n.host.type !== 'block')) continue;
    out.push({
      allow: true,
      type: n.host.type === 'block' ? 'b' : 'c',
      major: n.host.major,
      minor: n.host.minor,
      access: n.dev?.denyWrite ? 'r' : 'rw',
      origin: 'devN',
      line: n.entry,
    });
  }
  // raw lines, then what a hookscript appends to the generated config at start
  for (const l of [...ctx.main.lxc, ...ctx.extraLxc]) {
    const m = key.exec(l.key);
    if (!m) continue;
    const r = parseDeviceRule(m[1] === 'allow', l.value, 'config', l);
    if (r) out.push(r);
  }
  return out;
}

export function effectiveRules(ctx: CheckContext): DeviceRule[] {
  return [...lxcBaseRules(ctx.unprivileged), ...configRules(ctx)];
}

const isGlobal = (r: DeviceRule) => r.type === 'a' && r.access === '';

function matches(r: DeviceRule, d: DeviceSubject): boolean {
  if (!(r.access.includes('r') && r.access.includes('w'))) return false;
  if (r.type === 'a') return true;
  if (r.type !== (d.type === 'block' ? 'b' : 'c')) return false;
  if (r.major !== undefined && r.major !== d.major) return false;
  return r.minor === undefined || r.minor === d.minor;
}

export interface DeviceVerdict {
  /** open(O_RDWR) passes the device cgroup */
  allowed: boolean;
  /** the list's default after the last bare `a` rule */
  defaultAllow: boolean;
  /** the rule that decided: the matching allow on a deny-all default, the deny on allow-all */
  by?: DeviceRule;
}

export function deviceVerdict(rules: DeviceRule[], d: DeviceSubject): DeviceVerdict {
  let defaultAllow = true;
  let list: Array<{ rule: DeviceRule; allow: boolean }> = [];
  for (const r of rules) {
    if (isGlobal(r)) {
      defaultAllow = r.allow;
      list = [];
      continue;
    }
    const same = list.find(
      (e) =>
        e.rule.type === r.type &&
        e.rule.major === r.major &&
        e.rule.minor === r.minor &&
        e.rule.access === r.access,
    );
    // the entry keeps its place; the rule that flipped it is the one to show
    if (same) Object.assign(same, { allow: r.allow, rule: r });
    else list.push({ rule: r, allow: r.allow });
  }
  const hit = list.find((e) => e.allow !== defaultAllow && matches(e.rule, d));
  return hit ? { allowed: hit.allow, defaultAllow, by: hit.rule } : { allowed: defaultAllow, defaultAllow };
}
