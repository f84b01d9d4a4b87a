// SPDX-License-Identifier: AGPL-3.0-or-later
// The permission model of PVE as its documentation (pveum, "Permission Management") describes
// it, small enough to read: ACLs on paths for users, groups and API tokens; propagation down
// the tree; the more specific path wins; a user's own ACL beats its groups' on the same path;
// NoAccess cancels everything; pool ACLs apply to the pool's guests; privilege-separated
// tokens get the intersection of the user's and the token's own privileges.

export interface AclEntry {
  path: string;
  /** "alice@pve", "@admins" (group) or "alice@pve!monitor" (token) */
  ugid: string;
  role: string;
  propagate: boolean;
}

export interface UserDef {
  enabled?: boolean;
  groups?: string[];
  /** Unix seconds; 0/absent = never */
  expire?: number;
}

export interface TokenDef {
  secret: string;
  privsep: boolean;
  expire?: number;
}

export interface AccessModel {
  users: Record<string, UserDef>;
  /** "user@realm!tokenid" → token */
  tokens: Record<string, TokenDef>;
  roles: Record<string, string[]>;
  acl: AclEntry[];
  /** pool name → guest vmids */
  pools: Record<string, string[]>;
}

export const BUILTIN_ROLES: Record<string, string[]> = {
  NoAccess: [],
  PVEAuditor: ['Datastore.Audit', 'Mapping.Audit', 'Pool.Audit', 'SDN.Audit', 'Sys.Audit', 'VM.Audit'],
  PVEVMUser: ['VM.Audit', 'VM.Console', 'VM.PowerMgmt', 'VM.Backup', 'VM.Config.CDROM'],
  PVESysAdmin: ['Sys.Audit', 'Sys.Console', 'Sys.Modify', 'Sys.Syslog', 'Sys.PowerMgmt'],
  Administrator: ['Sys.Audit', 'Sys.Modify', 'VM.Audit', 'VM.Allocate', 'VM.Console', 'Pool.Audit'],
};

/** "/vms/101" → ["/", "/vms", "/vms/101"] */
function prefixes(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  const out = ['/'];
  for (let i = 1; i <= parts.length; i++) out.push(`/${parts.slice(0, i).join('/')}`);
  return out;
}

/**
 * role → propagate flag for one subject (a user with its groups, or a token) on a path. NoAccess
 * stays in the map so that the caller can give it precedence.
 */
function rolesOn(model: AccessModel, subject: string, groups: string[], path: string): Map<string, boolean> {
  let roles = new Map<string, boolean>();
  for (const p of prefixes(path)) {
    const final = p === path;
    const here = model.acl.filter((e) => e.path === p && (final || e.propagate));
    const own = here.filter((e) => e.ugid === subject);
    if (own.length) {
      roles = new Map(own.map((e) => [e.role, e.propagate]));
      continue;
    }
    const viaGroups = here.filter((e) => e.ugid.startsWith('@') && groups.includes(e.ugid.slice(1)));
    if (viaGroups.length) roles = new Map(viaGroups.map((e) => [e.role, e.propagate]));
  }
  return roles;
}

function subjectRoles(
  model: AccessModel,
  subject: string,
  groups: string[],
  path: string,
): Map<string, boolean> {
  const direct = rolesOn(model, subject, groups, path);
  const vm = /^\/vms\/(\d+)$/.exec(path);
  const pool = vm
    ? Object.entries(model.pools).find(([, members]) => members.includes(vm[1]))?.[0]
    : undefined;
  const viaPool = pool ? rolesOn(model, subject, groups, `/pool/${pool}`) : new Map<string, boolean>();
  // NoAccess on the guest's own path beats anything its pool grants, and vice versa.
  if (direct.has('NoAccess') || viaPool.has('NoAccess')) return new Map();
  return new Map([...viaPool, ...direct]);
}

function privsOf(model: AccessModel, roles: Map<string, boolean>): Map<string, number> {
  const privs = new Map<string, number>();
  for (const [role, propagate] of roles) {
    for (const priv of model.roles[role] ?? BUILTIN_ROLES[role] ?? []) {
      privs.set(priv, Math.max(privs.get(priv) ?? 0, propagate ? 1 : 0));
    }
  }
  return privs;
}

/** Privileges of an authenticated user or token on one path, as /access/permissions lists them. */
export function permissionsOn(
  model: AccessModel,
  who: { userid: string; tokenId?: string },
  path: string,
): Record<string, number> {
  const user = model.users[who.userid];
  if (!user) return {};
  if (who.userid === 'root@pam' && !who.tokenId) {
    const all: Record<string, number> = {};
    for (const list of Object.values({ ...BUILTIN_ROLES, ...model.roles })) for (const p of list) all[p] = 1;
    return all;
  }
  const groups = user.groups ?? [];
  const userPrivs = privsOf(model, subjectRoles(model, who.userid, groups, path));
  if (!who.tokenId) return Object.fromEntries(userPrivs);
  const tokenName = `${who.userid}!${who.tokenId}`;
  const token = model.tokens[tokenName];
  if (!token) return {};
  if (!token.privsep) return Object.fromEntries(userPrivs);
  const tokenPrivs = privsOf(model, subjectRoles(model, tokenName, [], path));
  const both: Record<string, number> = {};
  for (const [priv, prop] of tokenPrivs) {
    if (userPrivs.has(priv)) both[priv] = Math.min(prop, userPrivs.get(priv) ?? 0);
  }
  return both;
}
