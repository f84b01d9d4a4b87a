// SPDX-License-Identifier: AGPL-3.0-or-later
// devN property strings: "[[path=]<path>][,deny-write=<0|1>][,gid=<int>][,mode=<0NNN>][,uid=<int>]"
// with PVE's validation (Config.pm dev_desc, verify_lxc_dev_string).

export interface DevSpec {
  path: string;
  uid?: number;
  gid?: number;
  /** octal string as written, e.g. "0666" */
  mode?: string;
  denyWrite: boolean;
  /** problems PVE would reject the entry for */
  errors: string[];
}

export const MAX_DEVICES = 256;

export function parseDevString(value: string): DevSpec {
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
        else spec.errors.push(`${key}=${val} is not a number`);
        break;
      case 'mode':
        if (/^0[0-7]{3}$/.test(val)) spec.mode = val;
        else spec.errors.push(`mode=${val} is not an octal mode like 0660`);
        break;
      case 'deny-write':
        spec.denyWrite = val === '1';
        break;
      default:
        spec.errors.push(`unknown option '${key}'`);
    }
  }
  if (!spec.path) spec.errors.push('no device path');
  else if (!spec.path.startsWith('/dev/')) spec.errors.push(`${spec.path} is not under /dev/`);
  else if (/\/\.\.?(\/|$)/.test(spec.path)) spec.errors.push(`${spec.path} contains /. or /.. components`);
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
