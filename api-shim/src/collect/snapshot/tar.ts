// SPDX-License-Identifier: AGPL-3.0-or-later
// A minimal POSIX tar (ustar + pax headers for long names) writer, gzip-compressed: enough for
// host snapshots, without a dependency in the node-only bundle.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

export type TarEntry =
  | {
      type: 'file';
      path: string;
      data: Buffer | string;
      mode?: number;
      mtime?: number;
      uid?: number;
      gid?: number;
    }
  | { type: 'dir'; path: string; mode?: number; mtime?: number; uid?: number; gid?: number }
  | { type: 'symlink'; path: string; target: string; mtime?: number };

const BLOCK = 512;

function octal(n: number, width: number): string {
  return `${n.toString(8).padStart(width - 1, '0')}\0`;
}

function header(
  name: string,
  o: {
    size: number;
    mode: number;
    mtime: number;
    type: string;
    linkname?: string;
    prefix?: string;
    uid?: number;
    gid?: number;
  },
): Buffer {
  const b = Buffer.alloc(BLOCK);
  b.write(name, 0, 100, 'utf8');
  b.write(octal(o.mode, 8), 100, 8, 'ascii');
  // owner as on the host (tar run as root restores it; host ids of a CT's files fit in 7 octal digits)
  b.write(octal(ownerId(o.uid), 8), 108, 8, 'ascii');
  b.write(octal(ownerId(o.gid), 8), 116, 8, 'ascii');
  b.write(octal(o.size, 12), 124, 12, 'ascii');
  b.write(octal(Math.floor(o.mtime), 12), 136, 12, 'ascii');
  b.write('        ', 148, 8, 'ascii'); // checksum placeholder
  b.write(o.type, 156, 1, 'ascii');
  if (o.linkname) b.write(o.linkname, 157, 100, 'utf8');
  b.write('ustar\u000000', 257, 8, 'ascii');
  // names only for id 0: GNU tar prefers a name it knows over the number
  if (ownerId(o.uid) === 0) b.write('root', 265, 32, 'ascii');
  if (ownerId(o.gid) === 0) b.write('root', 297, 32, 'ascii');
  if (o.prefix) b.write(o.prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const x of b) sum += x;
  b.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return b;
}

function ownerId(id: number | undefined): number {
  return id !== undefined && Number.isSafeInteger(id) && id >= 0 && id < 0o7777777 ? id : 0;
}

function pad(len: number): Buffer {
  const rest = len % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

/** pax record "<len> key=value\n" where len counts itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len)
    len = String(len).length + Buffer.byteLength(body);
  return `${len}${body}`;
}

/** Splits a long path into ustar prefix/name when possible. */
function splitName(p: string): { name: string; prefix?: string } | undefined {
  if (Buffer.byteLength(p) <= 100) return { name: p };
  for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) {
    const prefix = p.slice(0, i);
    const name = p.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix };
  }
  return undefined;
}

export function* tarBlocks(entries: Iterable<TarEntry>): Generator<Buffer> {
  for (const e of entries) {
    const mtime = e.mtime ?? Date.now() / 1000;
    const path = e.type === 'dir' && !e.path.endsWith('/') ? `${e.path}/` : e.path;
    const data =
      e.type === 'file' ? (typeof e.data === 'string' ? Buffer.from(e.data) : e.data) : Buffer.alloc(0);
    const target = e.type === 'symlink' ? e.target : undefined;
    let split = splitName(path);
    const pax: string[] = [];
    if (!split) {
      pax.push(paxRecord('path', path));
      split = { name: path.slice(-100) };
    }
    if (target && Buffer.byteLength(target) > 100) pax.push(paxRecord('linkpath', target));
    if (pax.length) {
      const body = Buffer.from(pax.join(''));
      yield header('PaxHeader', { size: body.length, mode: 0o644, mtime, type: 'x' });
      yield body;
      yield pad(body.length);
    }
    const type = e.type === 'file' ? '0' : e.type === 'dir' ? '5' : '2';
    const mode = e.type === 'symlink' ? 0o777 : (e.mode ?? (e.type === 'dir' ? 0o755 : 0o644));
    yield header(split.name, {
      size: data.length,
      mode,
      mtime,
      type,
      linkname: target?.slice(0, 100),
      prefix: split.prefix,
      uid: e.type === 'symlink' ? undefined : e.uid,
      gid: e.type === 'symlink' ? undefined : e.gid,
    });
    if (data.length) {
      yield data;
      yield pad(data.length);
    }
  }
  yield Buffer.alloc(BLOCK * 2);
}

export async function writeTarGz(file: string, entries: Iterable<TarEntry>): Promise<void> {
  await pipeline(
    Readable.from(tarBlocks(entries)),
    createGzip({ level: 9 }),
    createWriteStream(file, { mode: 0o600 }),
  );
}
