// SPDX-License-Identifier: AGPL-3.0-or-later
// Raw lxc.* lines that PVE drops or LXC refuses, with the reason. PVE keeps a raw key only when
// pve-container's Config.pm knows it ($valid_lxc_conf_keys, or the lxc.cgroup.*, lxc.cgroup2.*,
// lxc.prlimit.*, lxc.net.* families); any other key is dropped with "unable to parse config".
// The keys LXC 3.0 removed pass PVE with a warning and make lxc-start fail (confile.c has no
// handler for them). LXC refuses a cgroup2 device rule it cannot parse and a device key that is
// not devices.allow/deny (cgroup2_devices.c; there is no such interface file to write), and a
// mount entry with fewer than four fstab fields mounts with no type or options and fails
// (glibc getmntent_r leaves the missing fields empty; LXC mount_entry, without `optional`).

import type { Msg } from '../../api/types.ts';
import type { ConfigLine } from './pct-config.ts';

const VALID = new Set([
  'lxc.apparmor.profile',
  'lxc.apparmor.allow_incomplete',
  'lxc.apparmor.allow_nesting',
  'lxc.apparmor.raw',
  'lxc.selinux.context',
  'lxc.include',
  'lxc.arch',
  'lxc.uts.name',
  'lxc.signal.halt',
  'lxc.signal.reboot',
  'lxc.signal.stop',
  'lxc.init.cmd',
  'lxc.init.cwd',
  'lxc.pty.max',
  'lxc.console.logfile',
  'lxc.console.path',
  'lxc.tty.max',
  'lxc.devtty.dir',
  'lxc.hook.autodev',
  'lxc.autodev',
  'lxc.kmsg',
  'lxc.mount.fstab',
  'lxc.mount.entry',
  'lxc.mount.auto',
  'lxc.rootfs.mount',
  'lxc.cap.drop',
  'lxc.cap.keep',
  'lxc.seccomp.profile',
  'lxc.seccomp.notify.proxy',
  'lxc.seccomp.notify.cookie',
  'lxc.idmap',
  'lxc.hook.pre-start',
  'lxc.hook.pre-mount',
  'lxc.hook.mount',
  'lxc.hook.start',
  'lxc.hook.stop',
  'lxc.hook.post-stop',
  'lxc.hook.clone',
  'lxc.hook.destroy',
  'lxc.hook.version',
  'lxc.log.level',
  'lxc.log.file',
  'lxc.start.auto',
  'lxc.start.delay',
  'lxc.start.order',
  'lxc.group',
  'lxc.environment',
  'lxc.environment.runtime',
  'lxc.environment.hooks',
  'lxc.sysctl.fs.mqueue',
  'lxc.sysctl.kernel.msgmax',
  'lxc.sysctl.kernel.msgmnb',
  'lxc.sysctl.kernel.msgmni',
  'lxc.sysctl.kernel.sem',
  'lxc.sysctl.kernel.shmall',
  'lxc.sysctl.kernel.shmmax',
  'lxc.sysctl.kernel.shmmni',
  'lxc.sysctl.kernel.shm_rmid_forced',
]);

/** Removed in LXC 3.0; PVE warns and passes them on (lxc.id_map has its own check, idmap.deprecated_key). */
const REMOVED: Record<string, string> = {
  'lxc.aa_profile': 'lxc.apparmor.profile',
  'lxc.aa_allow_incomplete': 'lxc.apparmor.allow_incomplete',
  'lxc.console': 'lxc.console.path',
  'lxc.devttydir': 'lxc.tty.dir',
  'lxc.haltsignal': 'lxc.signal.halt',
  'lxc.rebootsignal': 'lxc.signal.reboot',
  'lxc.stopsignal': 'lxc.signal.stop',
  'lxc.init_cmd': 'lxc.init.cmd',
  'lxc.loglevel': 'lxc.log.level',
  'lxc.logfile': 'lxc.log.file',
  'lxc.mount': 'lxc.mount.fstab',
  'lxc.pts': 'lxc.pty.max',
  'lxc.se_context': 'lxc.selinux.context',
  'lxc.seccomp': 'lxc.seccomp.profile',
  'lxc.tty': 'lxc.tty.max',
  'lxc.utsname': 'lxc.uts.name',
};

export interface LxcValueProblem {
  /** fail: the container does not start; warn: the line is dropped and has no effect */
  severity: 'fail' | 'warn';
  msg: Msg;
}

/**
 * LXC's cgroup2 rule parser (cgroups/cgroup_utils.c device_cgroup_rule_parse) reads a type,
 * `major:minor` and at most three access characters; once it has three it stops reading, so a
 * trailing `# note` after `rwm` passes, while `rw m` or `rw # note` hits a space among the three
 * and is refused.
 */
const DEVICE_RULE = /^(a|[abc] (\d+|\*):(\d+|\*)( ([rwm]{3}.*|[rwm]{0,2}))?)$/;

export function lxcValueProblem(l: ConfigLine): LxcValueProblem | undefined {
  const { key, line } = l;
  const value = l.value.trim();
  if (key === 'lxc.id_map' || key === 'lxc.idmap') return undefined;
  if (REMOVED[key])
    return {
      severity: 'fail',
      msg: { id: 'ct.config_syntax.lxc_removed_key', params: { key, line, new: REMOVED[key] } },
    };
  if (/^lxc\.cgroup2?\.devices?\./.test(key) && !/^lxc\.cgroup2?\.devices\.(allow|deny)$/.test(key))
    return { severity: 'fail', msg: { id: 'ct.config_syntax.cgroup_key', params: { key, line } } };
  if (
    /^lxc\.cgroup2\.devices\.(allow|deny)$/.test(key) &&
    !DEVICE_RULE.test(value.replace(/\s+/g, ' ').trim())
  )
    return { severity: 'fail', msg: { id: 'ct.config_syntax.cgroup_rule', params: { key, line, value } } };
  if (
    key === 'lxc.mount.entry' &&
    value.split(/\s+/).filter(Boolean).length < 4 &&
    !/\boptional\b/.test(value)
  )
    return { severity: 'fail', msg: { id: 'ct.config_syntax.mount_fields', params: { line, value } } };
  const known =
    VALID.has(key) ||
    /^lxc\.limit\./.test(key) ||
    /^lxc\.cgroup2?\./.test(key) ||
    /^lxc\.prlimit\./.test(key) ||
    /^lxc\.net\./.test(key);
  if (!known)
    return { severity: 'warn', msg: { id: 'ct.config_syntax.lxc_unknown_key', params: { key, line } } };
  return undefined;
}
