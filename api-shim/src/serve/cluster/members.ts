// SPDX-License-Identifier: AGPL-3.0-or-later
// /etc/pve/.members: pmxcfs's JSON view of the cluster (pve-cluster src/pmxcfs/status.c builds it):
// {nodename, version, cluster:{name,version,nodes,quorate}, nodelist:{<name>:{id,online,ip}}}.
// Pure parser; a node without a cluster has no nodelist.

export interface Member {
  name: string;
  id?: number;
  online: boolean;
  ip?: string;
}

export interface Members {
  nodename?: string;
  nodes: Map<string, Member>;
}

export function parseMembers(text: string): Members {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error('.members is not valid JSON');
  }
  if (!doc || typeof doc !== 'object') throw new Error('.members is not a JSON object');
  const d = doc as { nodename?: unknown; nodelist?: unknown };
  const nodes = new Map<string, Member>();
  if (d.nodelist && typeof d.nodelist === 'object') {
    for (const [name, raw] of Object.entries(d.nodelist as Record<string, unknown>)) {
      if (!raw || typeof raw !== 'object') continue;
      const r = raw as { id?: unknown; online?: unknown; ip?: unknown };
      nodes.set(name, {
        name,
        id: typeof r.id === 'number' ? r.id : undefined,
        online: r.online === 1 || r.online === true,
        ip: typeof r.ip === 'string' && r.ip !== '' ? r.ip : undefined,
      });
    }
  }
  return { nodename: typeof d.nodename === 'string' ? d.nodename : undefined, nodes };
}
