// SPDX-License-Identifier: AGPL-3.0-or-later
// Every host file is read through one root (DESIGN.md decision 8): "/" on a real host,
// a snapshot directory in tests, the demo and bug reports.

import type { Dirent, Stats } from 'node:fs';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { errorCode, type HostReadRecorder, statFacts } from './read-recorder.ts';

/** Default cap for text reads: /proc and /sys files are small; a huge one is a bug or an attack. */
export const DEFAULT_MAX_BYTES = 256 * 1024;

export class HostRoot {
  readonly root: string;
  /** Told every read and its answer (snapshots record what the health engine read). */
  recorder?: HostReadRecorder;

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
    if (!this.recorder) return this.readTextRaw(hostPath, maxBytes);
    try {
      const text = await this.readTextRaw(hostPath, maxBytes);
      this.recorder.record({ op: 'text', path: hostPath, maxBytes, text });
      return text;
    } catch (err) {
      this.recorder.record({ op: 'text', path: hostPath, maxBytes, error: errorCode(err) });
      throw err;
    }
  }

  private async readTextRaw(hostPath: string, maxBytes: number): Promise<string | undefined> {
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
      const names = await fsp.readdir(this.resolve(hostPath));
      this.recorder?.record({ op: 'dir', path: hostPath, names });
      return names;
    } catch (err) {
      this.recorder?.record({ op: 'dir', path: hostPath, ...(isGone(err) ? {} : { error: errorCode(err) }) });
      if (isGone(err)) return [];
      throw err;
    }
  }

  async readdirTyped(hostPath: string): Promise<Dirent[]> {
    try {
      const entries = await fsp.readdir(this.resolve(hostPath), { withFileTypes: true });
      this.recorder?.record({ op: 'dir', path: hostPath, names: entries.map((e) => e.name) });
      return entries;
    } catch (err) {
      this.recorder?.record({ op: 'dir', path: hostPath, ...(isGone(err) ? {} : { error: errorCode(err) }) });
      if (isGone(err)) return [];
      throw err;
    }
  }

  async readlink(hostPath: string): Promise<string | undefined> {
    try {
      const target = await fsp.readlink(this.resolve(hostPath));
      this.recorder?.record({ op: 'link', path: hostPath, target });
      return target;
    } catch (err) {
      const none = isGone(err) || (err as NodeJS.ErrnoException).code === 'EINVAL';
      this.recorder?.record({ op: 'link', path: hostPath, ...(none ? {} : { error: errorCode(err) }) });
      if (none) return undefined;
      throw err;
    }
  }

  async stat(hostPath: string): Promise<Stats | undefined> {
    return this.statAny(hostPath, true);
  }

  async lstat(hostPath: string): Promise<Stats | undefined> {
    return this.statAny(hostPath, false);
  }

  private async statAny(hostPath: string, follow: boolean): Promise<Stats | undefined> {
    try {
      const st = await (follow ? fsp.stat : fsp.lstat)(this.resolve(hostPath));
      this.recorder?.record({ op: 'stat', path: hostPath, follow, stat: statFacts(st) });
      return st;
    } catch (err) {
      this.recorder?.record({
        op: 'stat',
        path: hostPath,
        follow,
        ...(isGone(err) ? {} : { error: errorCode(err) }),
      });
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
