// SPDX-License-Identifier: AGPL-3.0-or-later
// Whether PVE will let this user make a config change, judged in the browser before a button
// is offered, by the rules PVE itself applies (PVE still decides; this only avoids offering a
// button PVE would refuse): pve-container src/PVE/LXC.pm check_ct_modify_config_perm, and
// the VM.Config.* permission of update_vm (src/PVE/API2/LXC/Config.pm). PVE's own UI follows
// the same line: www/manager6/lxc/Resources.js offers the device editor to root@pam only.
import type { ConfigChange } from '../../../api-shim/src/api/types.ts';

export type Refusal =
  /** `dev\d+`: "configuring device passthrough is only allowed for root@pam" */
  | { kind: 'root-only-dev' }
  /** mpN with a host path: "mount point type bind is only allowed for root@pam" */
  | { kind: 'root-only-bind'; key: string }
  /** hookscript, features: only root@pam (features: nesting alone also for VM.Allocate; not offered) */
  | { kind: 'root-only'; key: string }
  /** a privilege on /vms/<vmid> the user lacks */
  | { kind: 'privilege'; priv: string };

export const ROOT = 'root@pam';

/** The privilege check_ct_modify_config_perm asks for a key (other than the root-only ones). */
function privilegeFor(key: string): string {
  if (key === 'rootfs' || /^mp\d+$/.test(key)) return 'VM.Config.Disk';
  if (key === 'cores' || key === 'cpuunits' || key === 'cpulimit') return 'VM.Config.CPU';
  if (key === 'memory' || key === 'swap') return 'VM.Config.Memory';
  if (/^net\d+$/.test(key) || key === 'nameserver' || key === 'searchdomain' || key === 'hostname')
    return 'VM.Config.Network';
  return 'VM.Config.Options';
}

/** Why this user cannot apply the change, or undefined when PVE will let them. */
export function applyRefusal(
  change: Pick<ConfigChange, 'set' | 'delete'>,
  user: string,
  privileges: Record<string, number>,
): Refusal | undefined {
  if (user === ROOT) return undefined;
  const keys: Array<[string, boolean]> = [
    ...change.delete.map((k): [string, boolean] => [k, true]),
    ...Object.keys(change.set).map((k): [string, boolean] => [k, false]),
  ];
  for (const [key, isDelete] of keys) {
    if (/^dev\d+$/.test(key)) return { kind: 'root-only-dev' };
    if (key === 'hookscript' || key === 'features') return { kind: 'root-only', key };
    const priv = privilegeFor(key);
    if (privileges[priv] === undefined) return { kind: 'privilege', priv };
    // parse_volume: a value starting with a host path is a bind (or device) mount point
    if (priv === 'VM.Config.Disk' && !isDelete && change.set[key].split(',')[0].startsWith('/'))
      return { kind: 'root-only-bind', key };
  }
  return undefined;
}

/** pve-container API2/LXC/Status.pm vm_reboot: VM.PowerMgmt on /vms/<vmid>. */
export function mayReboot(user: string, privileges: Record<string, number>): boolean {
  return user === ROOT || privileges['VM.PowerMgmt'] !== undefined;
}

/** Keys whose value a fresh read of the config no longer has as the check saw it. */
export function changedSinceCheck(
  change: Pick<ConfigChange, 'set' | 'delete' | 'before'>,
  fresh: Record<string, unknown>,
): string[] {
  return [...Object.keys(change.set), ...change.delete].filter((k) => {
    const now = fresh[k];
    return (typeof now === 'string' ? now : undefined) !== change.before[k];
  });
}

/**
 * True when a fresh read (pending values merged) already holds the change: made earlier and
 * pending until the container restarts, while the checks still read the file's live section.
 */
export function alreadyMade(
  change: Pick<ConfigChange, 'set' | 'delete'>,
  fresh: Record<string, unknown>,
): boolean {
  return (
    Object.entries(change.set).every(([k, v]) => fresh[k] === v) &&
    change.delete.every((k) => fresh[k] === undefined)
  );
}

/** The diff the dialog shows: one "-" line per value that goes, one "+" per value that comes. */
export function diffLines(change: Pick<ConfigChange, 'set' | 'delete' | 'before'>): Array<{
  sign: '-' | '+';
  text: string;
}> {
  const out: Array<{ sign: '-' | '+'; text: string }> = [];
  for (const key of [...change.delete, ...Object.keys(change.set)]) {
    if (change.before[key] !== undefined) out.push({ sign: '-', text: `${key}: ${change.before[key]}` });
    if (change.set[key] !== undefined) out.push({ sign: '+', text: `${key}: ${change.set[key]}` });
  }
  return out;
}
