// SPDX-License-Identifier: AGPL-3.0-or-later
// Parser for /proc/<pid>/cgroup → which PVE container a host process belongs to.
// PVE puts CT processes under /lxc/<vmid>/ (cgroup v2 "0::" line; docs/collectors.md).

export interface CgroupOwner {
  /** vmid as a string, or "host" */
  owner: string;
  /** the lxc-start monitor of a CT: a host process that only looks after the CT */
  monitorOf?: string;
}

// Anchored on "/" or end, so that /lxc/1010 never reads as CT 101.
const PVE_V2 = /^\/lxc\/(\d+)(?:\/|$)/;
const PVE_MONITOR = /^\/lxc\.monitor\/(\d+)(?:\/|$)/;
// Plain LXC ≥ 4 defaults name the payload cgroup lxc.payload.<name>; PVE names CTs by vmid.
const LXC_PAYLOAD = /^\/lxc\.payload\.(\d+)(?:\/|$)/;

export function parseCgroupOwner(text: string): CgroupOwner {
  let v1: CgroupOwner | undefined;
  for (const line of text.split('\n')) {
    const first = line.indexOf(':');
    const second = line.indexOf(':', first + 1);
    if (first < 0 || second < 0) continue;
    const hierarchy = line.slice(0, first);
    const cgPath = line.slice(second + 1).trim();
    const found = ownerOfPath(cgPath);
    if (!found) continue;
    // cgroup v2 is the truth on PVE ≥ 7; v1 controller lines are a fallback for old hybrid hosts.
    if (hierarchy === '0') return found;
    v1 ??= found;
  }
  return v1 ?? { owner: 'host' };
}

function ownerOfPath(p: string): CgroupOwner | undefined {
  let m = PVE_V2.exec(p) ?? LXC_PAYLOAD.exec(p);
  if (m) return { owner: m[1] };
  m = PVE_MONITOR.exec(p);
  if (m) return { owner: 'host', monitorOf: m[1] };
  return undefined;
}
