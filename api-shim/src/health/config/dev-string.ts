// SPDX-License-Identifier: AGPL-3.0-or-later
// devN property strings: "[[path=]<path>][,deny-write=<0|1>][,gid=<int>][,mode=<0NNN>][,uid=<int>]"
// with PVE's validation (Config.pm dev_desc, verify_lxc_dev_string).

import type { Msg } from '../../api/types.ts';

export interface DevSpec {
  path: string;
  uid?: number;
  gid?: number;
  /** octal string as written, e.g. "0666" */
  mode?: string;
  denyWrite: boolean;
  /** problems PVE would reject the entry for, as health message ids (ct.config_syntax.dev.*) */
  errors: Msg[];
}

export const MAX_DEVICES = 256;

/** `key` names the entry (dev0) in the messages. */
export function parseDevString(value: string, key = 'devN'): DevSpec {
  const d = { key };
  const spec: DevSpec = { path: '', denyWrite: false, errors: [] };
  for (const part of value.split(',')) {
    const p = part.trim();
    if (!p) continue;
    const eq = p.indexOf('=');
    const key = eq < 0 ? 'path' : p.slice(0, eq);
    const val = eq < 0 ? p : p.slice(eq + 1);
    switch (key) {
      case 'path':
        spec.path = val;
        break;
      case 'uid':
      case 'gid':
        if (/^\d+$/.test(val)) spec[key] = Number(val);
        else
          spec.errors.push({
            id: 'ct.config_syntax.dev.not_number',
            params: { key: d.key, option: `${key}=${val}` },
          });
        break;
      case 'mode':
        if (/^0[0-7]{3}$/.test(val)) spec.mode = val;
        else
          spec.errors.push({
            id: 'ct.config_syntax.dev.bad_mode',
            params: { key: d.key, option: `mode=${val}` },
          });
        break;
      case 'deny-write':
        spec.denyWrite = val === '1';
        break;
      default:
        spec.errors.push({ id: 'ct.config_syntax.dev.unknown_option', params: { key: d.key, option: key } });
    }
  }
  if (!spec.path) spec.errors.push({ id: 'ct.config_syntax.dev.no_path', params: { key: d.key } });
  else if (!spec.path.startsWith('/dev/'))
    spec.errors.push({ id: 'ct.config_syntax.dev.not_dev', params: { key: d.key, path: spec.path } });
  else if (/\/\.\.?(\/|$)/.test(spec.path))
    spec.errors.push({ id: 'ct.config_syntax.dev.dot_path', params: { key: d.key, path: spec.path } });
  return spec;
}

/** Writes a devN value back, with the fields in PVE's order. */
export function formatDevString(spec: Pick<DevSpec, 'path' | 'uid' | 'gid' | 'mode' | 'denyWrite'>): string {
  const parts = [spec.path];
  if (spec.denyWrite) parts.push('deny-write=1');
  if (spec.gid !== undefined) parts.push(`gid=${spec.gid}`);
  if (spec.mode !== undefined) parts.push(`mode=${spec.mode}`);
  if (spec.uid !== undefined) parts.push(`uid=${spec.uid}`);
  return parts.join(',');
}
