// SPDX-License-Identifier: AGPL-3.0-or-later
// /etc/group and /etc/passwd, of the host or of a container.

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
  line: number;
}

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  line: number;
}

export function parseGroup(text: string): GroupEntry[] {
  const out: GroupEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const f = raw.split(':');
    if (f.length < 3 || raw.startsWith('#') || !/^\d+$/.test(f[2])) return;
    out.push({
      name: f[0],
      gid: Number(f[2]),
      members: (f[3] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      line: i + 1,
    });
  });
  return out;
}

export function parsePasswd(text: string): PasswdEntry[] {
  const out: PasswdEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const f = raw.split(':');
    if (f.length < 4 || raw.startsWith('#') || !/^\d+$/.test(f[2]) || !/^\d+$/.test(f[3])) return;
    out.push({ name: f[0], uid: Number(f[2]), gid: Number(f[3]), line: i + 1 });
  });
  return out;
}

export function groupByName(groups: GroupEntry[] | undefined, name: string): GroupEntry | undefined {
  return groups?.find((g) => g.name === name);
}

export function groupByGid(groups: GroupEntry[] | undefined, gid: number): GroupEntry | undefined {
  return groups?.find((g) => g.gid === gid);
}

/** Is user `name` (primary gid from passwd, or listed member) in group `gid`? */
export function userInGroup(user: PasswdEntry, groups: GroupEntry[], gid: number): boolean {
  if (user.gid === gid) return true;
  return groups.some((g) => g.gid === gid && g.members.includes(user.name));
}
