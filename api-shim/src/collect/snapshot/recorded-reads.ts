// SPDX-License-Identifier: AGPL-3.0-or-later
// Turns what the health engine read (host/read-recorder.ts) into snapshot entries: each answer is
// written where a HostRoot on the extracted snapshot will find it, so the engine reads the same
// facts there. No code per fact: a check that reads a new file is captured by this alone.
//
// - text read        → the file (redacted later, capped by the gatherer)
// - directory listing → the directory, each entry as its kind on the host (empty file, directory,
//                       the symlink), unless a later read says more about it
// - lstat/stat       → the kind; a character/block device → an empty placeholder plus its facts
//                       in dev/.nodes.d/snapshot.json (host/device-nodes.ts), as are statDevice's
// - readlink         → the symlink
// - container reads (ct-reader.ts) → the file/listing under /proc/<pid>/root, or the thing that
//                       gives the same problem there (a symlink, a directory, mode 000)
// Paths outside /proc are placed at their real location, symlinks on the way recorded (/sys is
// links all the way); /proc is taken literally since its links are magic (root, fd/N, self).
import path from 'node:path';
import { type DeviceNodeFacts, statDevice } from '../../host/device-nodes.ts';
import type { HostRoot } from '../../host/host-root.ts';
import type { HostRead, StatFacts } from '../../host/read-recorder.ts';

export interface SnapshotSink {
  /** a file with content, a symlink, a kind known for sure: replaces a placeholder */
  put(e: PlacedEntry): void;
  /** only when nothing is known yet about the path */
  placeholder(e: PlacedEntry): void;
  node(hostPath: string, facts: Omit<DeviceNodeFacts, 'resolved'>): void;
  /** a read that cannot be reproduced in a snapshot (listed in MANIFEST.json) */
  unreplayable(hostPath: string, why: string): void;
}

export type PlacedEntry =
  | { type: 'file'; path: string; data: string; mode?: number; uid?: number; gid?: number }
  | { type: 'dir'; path: string; mode?: number; uid?: number; gid?: number }
  | { type: 'symlink'; path: string; target: string };

const MAX_LINKS = 40;

/** The sidecars of a snapshot being read are facts, not files: their nodes come as `node` reads. */
function isSidecar(p: string): boolean {
  return p === '/dev/.nodes.json' || p === '/dev/.nodes.d' || p.startsWith('/dev/.nodes.d/');
}

export class RecordedReads {
  /** where each literal path the engine used lives on the host, once worked out */
  private readonly canonical = new Map<string, string>();

  constructor(
    private readonly source: HostRoot,
    private readonly sink: SnapshotSink,
  ) {}

  async place(reads: HostRead[]): Promise<void> {
    for (const r of reads) {
      if (isSidecar(r.path)) continue;
      await this.placeOne(r);
    }
  }

  private async placeOne(r: HostRead): Promise<void> {
    switch (r.op) {
      case 'text': {
        if (r.error === 'EISDIR') this.sink.put({ type: 'dir', path: await this.canon(r.path, true) });
        else if (r.error) this.sink.unreplayable(r.path, `read: ${r.error}`);
        else if (r.text !== undefined) {
          // with its permission bits: a hook script must stay executable (ct.hook_script)
          const st = await this.source.stat(r.path).catch(() => undefined);
          this.sink.put({
            type: 'file',
            path: await this.canon(r.path, true),
            data: r.text,
            ...(st ? { mode: st.mode & 0o7777 } : {}),
          });
        }
        return;
      }
      case 'dir': {
        if (r.error) this.sink.unreplayable(r.path, `readdir: ${r.error}`);
        if (!r.names) return;
        const at = await this.canon(r.path, true);
        this.sink.put({ type: 'dir', path: at });
        for (const name of r.names) await this.entryAsOnHost(`${at}/${name}`);
        return;
      }
      case 'link': {
        if (r.error) this.sink.unreplayable(r.path, `readlink: ${r.error}`);
        if (r.target === undefined) return;
        const at = await this.canon(r.path, false);
        this.sink.put({ type: 'symlink', path: at, target: r.target });
        return;
      }
      case 'stat': {
        if (r.error) this.sink.unreplayable(r.path, `stat: ${r.error}`);
        if (!r.stat) return;
        const at = await this.canon(r.path, r.follow);
        await this.kind(at, r.stat);
        return;
      }
      case 'node': {
        const f = r.facts;
        if (f.type === 'missing') return;
        if (f.type === 'dir')
          this.sink.put({ type: 'dir', path: f.resolved, mode: f.mode, uid: f.uid, gid: f.gid });
        else this.nodeAt(f.resolved, f);
        return;
      }
      case 'list-nodes': {
        for (const name of r.names) {
          const p = `${r.path}/${name}`;
          const f = await statDevice(this.source, p).catch(() => undefined);
          if (!f || f.type === 'missing') continue;
          if (f.type === 'dir') this.sink.placeholder({ type: 'dir', path: f.resolved });
          else this.nodeAt(f.resolved, f);
        }
        return;
      }
      case 'ct':
        this.containerRead(r);
        return;
    }
  }

  /** A sidecar entry alone makes a node exist (host/device-nodes.ts): no placeholder file. */
  private nodeAt(at: string, f: Omit<DeviceNodeFacts, 'resolved'>): void {
    this.sink.node(at, f);
  }

  private async kind(at: string, st: StatFacts): Promise<void> {
    const own = { mode: st.mode, uid: st.uid, gid: st.gid };
    if (st.type === 'symlink') {
      const target = await this.source.readlink(at).catch(() => undefined);
      if (target !== undefined) this.sink.put({ type: 'symlink', path: at, target });
    } else if (st.type === 'dir') this.sink.put({ type: 'dir', path: at, ...own });
    else if (st.type === 'file') this.sink.placeholder({ type: 'file', path: at, data: '', ...own });
    else if (st.type === 'char' || st.type === 'block')
      this.nodeAt(at, { type: st.type, major: st.major, minor: st.minor, ...own });
    else this.sink.unreplayable(at, `a ${st.type} (FIFO or socket)`);
  }

  /** A name a listing showed: written as what it is on the host, if nothing else says more. */
  private async entryAsOnHost(p: string): Promise<void> {
    const st = await this.source.lstat(p).catch(() => undefined);
    if (!st) return;
    if (st.isSymbolicLink()) {
      const target = await this.source.readlink(p).catch(() => undefined);
      if (target !== undefined) this.sink.placeholder({ type: 'symlink', path: p, target });
    } else if (st.isDirectory()) this.sink.placeholder({ type: 'dir', path: p });
    else {
      // the name must be there for the listing; a device's facts go to the sidecar as well
      this.sink.placeholder({ type: 'file', path: p, data: '' });
      if (st.isCharacterDevice() || st.isBlockDevice()) {
        const f = await statDevice(this.source, p).catch(() => undefined);
        if (f && (f.type === 'char' || f.type === 'block')) this.sink.node(f.resolved, f);
      }
    }
  }

  /**
   * The host path a literal path reaches: outside /proc, symlinks are followed inside the root
   * (an absolute target restarts at the root, as device-nodes.ts resolveInRoot does) and each is
   * written to the snapshot; the last component is followed only when the read followed it.
   */
  private async canon(p: string, followLast: boolean): Promise<string> {
    const key = `${followLast ? 'f' : 'l'}${p}`;
    const known = this.canonical.get(key);
    if (known) return known;
    const normal = path.posix.normalize(p);
    let out = normal;
    if (!/^\/proc(\/|$)/.test(normal)) {
      const pending = normal.split('/').filter(Boolean);
      const done: string[] = [];
      let links = 0;
      while (pending.length) {
        const part = pending.shift() as string;
        if (part === '.') continue;
        if (part === '..') {
          done.pop();
          continue;
        }
        const cur = `/${[...done, part].join('/')}`;
        const last = pending.length === 0;
        const st = await this.source.lstat(cur).catch(() => undefined);
        if (st?.isSymbolicLink() && (!last || followLast) && links++ < MAX_LINKS) {
          const target = await this.source.readlink(cur).catch(() => undefined);
          if (target !== undefined) {
            this.sink.put({ type: 'symlink', path: cur, target });
            if (target.startsWith('/')) done.length = 0;
            pending.unshift(...target.split('/').filter(Boolean));
            continue;
          }
        }
        done.push(part);
      }
      out = `/${done.join('/')}`;
    }
    this.canonical.set(key, out);
    return out;
  }

  private containerRead(r: Extract<HostRead, { op: 'ct' }>): void {
    const at = r.path;
    const { request, result } = r;
    // a node walk is the gatherer's own (container-dev.ts), never the engine's
    if (request.kind === 'nodes') return;
    if (result.text !== undefined) {
      if (request.kind === 'dir') {
        this.sink.put({ type: 'dir', path: at });
        for (const name of result.text.split('\n').filter(Boolean))
          this.sink.placeholder({ type: 'file', path: `${at}/${name}`, data: '' });
        if (result.truncated)
          this.sink.unreplayable(at, `more than ${request.cap} names in a container directory`);
      } else if (request.kind === 'dpkg' && result.truncated) {
        this.sink.put({ type: 'file', path: at, data: result.text });
        this.sink.unreplayable(at, `a dpkg status over ${request.cap} bytes`);
      } else {
        // one byte more than the cap, so the replay is cut at the same place
        this.sink.put({ type: 'file', path: at, data: result.truncated ? `${result.text}\n` : result.text });
      }
      return;
    }
    switch (result.problem) {
      case 'missing':
      case undefined:
        return;
      case 'symlink':
        this.sink.put({ type: 'symlink', path: at, target: '/' });
        return;
      case 'not-regular':
        this.sink.put({ type: 'dir', path: at });
        return;
      case 'not-directory':
        this.sink.put({ type: 'file', path: at, data: '' });
        return;
      case 'denied':
        if (request.kind === 'dir') this.sink.put({ type: 'dir', path: at, mode: 0 });
        else this.sink.put({ type: 'file', path: at, data: '', mode: 0 });
        return;
      default:
        this.sink.unreplayable(at, `container read: ${result.problem}`);
    }
  }
}
