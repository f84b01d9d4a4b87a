// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading files of a running container as root, safely: the path is resolved inside the
// container's root (/proc/<pid>/root) link by link, so a symlink planted in the container
// ("/etc/group -> /etc/shadow", "../../..") can never lead this root process to a host file;
// the final open uses O_NOFOLLOW and must be a regular file; reads are size-capped.
// (openat2 RESOLVE_IN_ROOT would close the remaining rename race; Node has no binding for it.)

import { constants, promises as fsp } from 'node:fs';
import { resolveInRoot } from '../../host/device-nodes.ts';
import { type HostRoot, isDenied, isGone } from '../../host/host-root.ts';

export const CT_READ_CAP = 256 * 1024;

export async function readInContainer(
  host: HostRoot,
  ctRoot: string,
  innerPath: string,
  maxBytes = CT_READ_CAP,
): Promise<string | undefined> {
  const resolved = await resolveInRoot(host, ctRoot, innerPath);
  if (!resolved) return undefined;
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(
      host.resolve(resolved),
      constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK,
    );
    const st = await handle.stat();
    if (!st.isFile()) return undefined;
    const buf = Buffer.alloc(Math.min(maxBytes, Math.max(st.size, 0) || maxBytes));
    let total = 0;
    while (total < buf.length) {
      const { bytesRead } = await handle.read(buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return buf.subarray(0, total).toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (isGone(err) || isDenied(err) || code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO')
      return undefined;
    throw err;
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Directory entries inside the container root (names only), at most `limit`. */
export async function listInContainer(
  host: HostRoot,
  ctRoot: string,
  innerDir: string,
  limit = 4096,
): Promise<string[]> {
  const resolved = await resolveInRoot(host, ctRoot, innerDir);
  if (!resolved) return [];
  const st = await host.lstat(resolved).catch(() => undefined);
  if (!st?.isDirectory()) return [];
  const names = await host.readdir(resolved).catch(() => [] as string[]);
  return names.slice(0, limit);
}
