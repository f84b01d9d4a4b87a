// SPDX-License-Identifier: AGPL-3.0-or-later
// Every host file is read through one root (DESIGN.md decision 8): "/" on a real host,
// a snapshot directory in tests, the demo and bug reports.

import type { Dirent, Stats } from 'node:fs';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/** Default cap for text reads: /proc and /sys files are small; a huge one is a bug or an attack. */
export const DEFAULT_MAX_BYTES = 256 * 1024;

export class HostRoot {
  readonly root: string;

  constructor(root = '/') {
    this.root = path.resolve(root);
  }

  /** Maps an absolute host path ("/proc/1/status") to the path under the root. */
  resolve(hostPath: string): string {
    if (!hostPath.startsWith('/')) throw new Error(`host path must be absolute: ${hostPath}`);
    const normal = path.posix.normalize(hostPath);
    return this.root === '/' ? normal : path.join(this.root, normal);
  }

  /** Reads a text file, at most maxBytes; undefined when it does not exist (ENOENT/ESRCH). */
  async readText(hostPath: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string | undefined> {
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(this.resolve(hostPath), 'r');
      const buf = Buffer.alloc(maxBytes);
      let total = 0;
      while (total < maxBytes) {
        const { bytesRead } = await handle.read(buf, total, maxBytes - total, null);
        if (bytesRead === 0) break;
        total += bytesRead;
      }
      return buf.subarray(0, total).toString('utf8');
    } catch (err) {
      if (isGone(err)) return undefined;
      throw err;
    } finally {
      await handle?.close().catch(() => {});
    }
  }

  async readdir(hostPath: string): Promise<string[]> {
    try {
      return await fsp.readdir(this.resolve(hostPath));
    } catch (err) {
      if (isGone(err)) return [];
      throw err;
    }
  }

  async readdirTyped(hostPath: string): Promise<Dirent[]> {
    try {
      return await fsp.readdir(this.resolve(hostPath), { withFileTypes: true });
    } catch (err) {
      if (isGone(err)) return [];
      throw err;
    }
  }

  async readlink(hostPath: string): Promise<string | undefined> {
    try {
      return await fsp.readlink(this.resolve(hostPath));
    } catch (err) {
      if (isGone(err) || (err as NodeJS.ErrnoException).code === 'EINVAL') return undefined;
      throw err;
    }
  }

  async stat(hostPath: string): Promise<Stats | undefined> {
    try {
      return await fsp.stat(this.resolve(hostPath));
    } catch (err) {
      if (isGone(err)) return undefined;
      throw err;
    }
  }

  async lstat(hostPath: string): Promise<Stats | undefined> {
    try {
      return await fsp.lstat(this.resolve(hostPath));
    } catch (err) {
      if (isGone(err)) return undefined;
      throw err;
    }
  }
}

/** A file that vanished: the process exited, the GPU went away, or it never existed. */
export function isGone(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ESRCH' || code === 'ENOTDIR';
}

/** Permission errors are expected for some /proc and /sys files; callers report, never throw. */
export function isDenied(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EACCES' || code === 'EPERM';
}
