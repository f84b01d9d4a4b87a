// SPDX-License-Identifier: AGPL-3.0-or-later
// Every node under a running container's /dev, as the container sees it, read by the confined
// reader (ct-reader.ts kind "nodes"): what a snapshot records for a bug report beyond the nodes the
// config names. Owners are host ids (the reader is outside the container's user namespace), the
// form host/device-nodes.ts keeps them in.
import type { HostRoot } from '../../host/host-root.ts';
import { type CtReaderOptions, readInContainer } from './ct-reader.ts';

export interface ContainerDevEntry {
  /** path inside the container, "/dev/dri/renderD128" */
  path: string;
  type: 'char' | 'block' | 'dir' | 'symlink' | 'file' | 'other';
  major: number;
  minor: number;
  uid: number;
  gid: number;
  mode: number;
  /** symlinks only */
  target?: string;
}

/** A container's /dev holds a few dozen nodes; a tree past this is cut (and says so). */
export const CT_DEV_CAP = 4096;

export async function readContainerDev(
  host: HostRoot,
  pid: number,
  reader: CtReaderOptions = {},
): Promise<{ entries: ContainerDevEntry[]; truncated: boolean; problem?: string }> {
  const [r] = await readInContainer(host, pid, [{ kind: 'nodes', path: '/dev', cap: CT_DEV_CAP }], reader);
  const entries: ContainerDevEntry[] = [];
  for (const line of (r.text ?? '').split('\n')) {
    const f = line.split('\t');
    if (f.length < 8 || !f[0].startsWith('/')) continue;
    const type = f[1] as ContainerDevEntry['type'];
    if (!['char', 'block', 'dir', 'symlink', 'file', 'other'].includes(type)) continue;
    const [major, minor, uid, gid] = f.slice(2, 6).map(Number);
    if (![major, minor, uid, gid].every(Number.isSafeInteger) || !/^[0-7]{4}$/.test(f[6])) continue;
    entries.push({
      path: `/dev${f[0]}`,
      type,
      major,
      minor,
      uid,
      gid,
      mode: Number.parseInt(f[6], 8),
      ...(type === 'symlink' ? { target: f.slice(7).join('\t') } : {}),
    });
  }
  return { entries, truncated: r.truncated, problem: r.problem };
}
