// SPDX-License-Identifier: AGPL-3.0-or-later
// Files the sampler reads every second (the GPU clients' /proc/<pid>/fdinfo/<fd>, a GPU's sysfs
// counters) are opened once and read again from offset 0 through the same descriptor (pread),
// instead of open + fstat + read + read + close by path each time: the open's path walk was the
// larger part of reading such a file (docs/collectors.md "Where the daemon's CPU goes").
//
// Why a read at offset 0 gives fresh content: procfs's fdinfo files and sysfs attributes are
// seq_files (fs/proc/fd.c seq_fdinfo_open() → single_open(); kernfs_fop_read_iter() →
// seq_read_iter() for attributes with a seq_show, fs/kernfs/file.c), and seq_read_iter()
// (fs/seq_file.c) starts the record over — show() called again — when the read is at position 0.
// What a path read would have said, a held descriptor says too: a closed fd's fdinfo reads ENOENT
// (seq_show() in fs/proc/fd.c: no file at that number, or no task left), an unplugged device's
// attribute ENODEV; an fd number reused for another file shows that file, as its path would.
// One difference, in our favour: the descriptor belongs to the process it was opened for (its
// struct pid), so after PID reuse it reads ENOENT instead of the new process's fd.
//
// A host tree (tests, the demo, the bench: /proc and /sys laid out on tmpfs) is no seq_file: a
// removed file stays readable through a descriptor held on it. There (`unlinkable`), each read
// first asks fstat() whether the file still has a name, and reopens it by path if not — removed
// (ENOENT) or replaced (its new content), as a path read would find.
//
// Most files read every second do not change from one read to the next: an idle GPU client's
// fdinfo (no counter moved), a GPU's frequency or limits. Each held file keeps the bytes of its last
// read; bytes equal to them give the last read's string again, not a new one, and readDerived()
// the value derived from it (the parsed fdinfo) instead of deriving it anew. The comparison is one
// memcmp of a few hundred bytes; a file that changed costs that and a copy of its bytes more.
// Text and value are kept only once the bytes were read unchanged (the second read of the same
// bytes decodes them once more): a file that changes every second (a busy client) would otherwise
// keep each second's parsed record alive past a young-generation GC, to be copied and promoted.
//
// A file that changes every second in a known way (a busy client's fdinfo: only its counters'
// digits) is read with readUpdated() instead: its format's parse also returns an InPlaceUpdater,
// which brings the same value up to date from the next bytes when they differ only where it allows
// (drm-fdinfo-counters.ts), without decoding them. That value is kept for good and changed at each
// read: whoever holds it sees the file's latest read.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Brings the value parsed from one read up to date from a later read's bytes, in place, where the
 * format can tell that is exactly what parsing them would give.
 */
export interface InPlaceUpdater {
  /**
   * `next[0, n)` against `last` (the bytes the value was last brought up to date from): true with
   * the value updated; false, the value untouched, when only a new parse can say what they mean.
   */
  update(last: Buffer, next: Buffer, n: number): boolean;
}

/** A pure parse of a text that also says how the value can follow the file's next bytes, if it can. */
export type UpdatableParse<T> = (text: string) => { value: T; updater?: InPlaceUpdater };

/** Descriptors one reader keeps at most; past that it reads by path (no fd exhaustion). */
export const REREAD_MAX_HELD = 1024;

/** One buffer for every read: reads are synchronous, each one's text is decoded before the next. */
let buffer = Buffer.allocUnsafe(16 * 1024);

/** A held file: its descriptor, its last read's bytes and text, and what was derived from them. */
interface Held {
  fd: number;
  bytes: Buffer | undefined;
  text: string | undefined;
  derive: ((text: string) => unknown) | undefined;
  derived: unknown;
  /** readUpdated(): how `derived` follows the next bytes (undefined: parse them anew) */
  updater: InPlaceUpdater | undefined;
}

export class RereadFiles {
  private readonly fds = new Map<string, Held>();

  /**
   * @param unlinkable the files live on an ordinary file system (a host tree), not procfs/sysfs
   */
  constructor(
    private readonly unlinkable: boolean,
    private readonly maxHeld = REREAD_MAX_HELD,
  ) {}

  get held(): number {
    return this.fds.size;
  }

  /**
   * The file's text from offset 0, at most `maxBytes` bytes (the caller's bound on the file).
   * Throws what reading it by path would throw (ENOENT, EACCES, ENODEV …); the descriptor of a
   * file that cannot be read is closed.
   */
  read(file: string, maxBytes: number): string {
    const held = this.entry(file);
    if (held === undefined) return readOnce(file, maxBytes);
    const fresh = this.readHeld(file, held, maxBytes);
    if (fresh !== undefined) return fresh;
    held.text ??= (held.bytes as Buffer).toString('utf8');
    return held.text;
  }

  /**
   * `derive(text)` of the file's text (see read()), the same value as the last call's while the
   * file's bytes have not changed since: `derive` must be a pure function of the text, and the one
   * passed before (another function derives anew). Throws what read() throws.
   */
  readDerived<T>(file: string, maxBytes: number, derive: (text: string) => T): T {
    const held = this.entry(file);
    if (held === undefined) return derive(readOnce(file, maxBytes));
    const fresh = this.readHeld(file, held, maxBytes);
    if (fresh !== undefined) return derive(fresh);
    if (held.derive !== derive) {
      held.derived = derive(held.text ?? (held.bytes as Buffer).toString('utf8'));
      held.derive = derive;
    }
    return held.derived as T;
  }

  /**
   * `parse(text).value` of the file's text (see read()), for a file that changes often but mostly
   * in place: while its bytes stay, the same value; when they change, the same value brought up to
   * date by the last parse's updater where it can tell that gives what a parse would (no text
   * decoded), else a new parse. The value is kept and may change at the next call: it must not be
   * held past it. `parse` must be pure and the one passed before (another one parses anew).
   * Throws what read() throws.
   */
  readUpdated<T>(file: string, maxBytes: number, parse: UpdatableParse<T>): T {
    const held = this.entry(file);
    if (held === undefined) return parse(readOnce(file, maxBytes)).value;
    const n = this.readAt0Held(file, held, maxBytes);
    const last = held.bytes;
    if (last !== undefined && held.derive === parse) {
      if (last.length === n && last.compare(buffer, 0, n) === 0) return held.derived as T;
      if (held.updater?.update(last, buffer, n)) {
        keepBytes(held, n);
        return held.derived as T;
      }
    }
    // parsed before the bytes are kept: bytes kept with the last parse's value would read as unchanged
    const { value, updater } = parse(buffer.toString('utf8', 0, n));
    keepBytes(held, n);
    held.text = undefined;
    held.derive = parse;
    held.derived = value;
    held.updater = updater;
    return value;
  }

  /** The held file, opened now if it is not yet (undefined: too many held, read it by path). */
  private entry(file: string): Held | undefined {
    let held = this.fds.get(file);
    if (held !== undefined && this.unlinkable && fstatSync(held.fd).nlink === 0) {
      this.close(file);
      held = undefined;
    }
    if (held === undefined) {
      if (this.fds.size >= this.maxHeld) return undefined;
      held = {
        fd: openSync(file, 'r'),
        bytes: undefined,
        text: undefined,
        derive: undefined,
        derived: undefined,
        updater: undefined,
      };
      this.fds.set(file, held);
    }
    return held;
  }

  /** `held`'s bytes from offset 0 into `buffer` (their number); a failed read closes it and throws. */
  private readAt0Held(file: string, held: Held, maxBytes: number): number {
    try {
      return readAt0(held.fd, maxBytes);
    } catch (err) {
      this.close(file);
      throw err;
    }
  }

  /**
   * Reads `held` from offset 0: its text when its bytes changed (or are the first), not kept;
   * undefined when they are the last read's.
   */
  private readHeld(file: string, held: Held, maxBytes: number): string | undefined {
    const n = this.readAt0Held(file, held, maxBytes);
    const last = held.bytes;
    if (last !== undefined && last.length === n && last.compare(buffer, 0, n) === 0) return undefined;
    keepBytes(held, n);
    held.text = undefined;
    held.derive = undefined;
    held.derived = undefined;
    held.updater = undefined;
    return buffer.toString('utf8', 0, n);
  }

  /** Stops holding `file` (its fd closed, the process gone, the inventory refreshed). */
  close(file: string): void {
    const held = this.fds.get(file);
    if (held === undefined) return;
    this.fds.delete(file);
    try {
      closeSync(held.fd);
    } catch {
      // EBADF cannot happen (ours); EIO on close of a read-only file means nothing
    }
  }

  /** Closes every file whose path starts with `prefix` (a process's fdinfo directory). */
  closeUnder(prefix: string): void {
    for (const file of this.fds.keys()) if (file.startsWith(prefix)) this.close(file);
  }

  closeAll(): void {
    for (const file of [...this.fds.keys()]) this.close(file);
  }
}

/** `buffer`'s first n bytes become `held`'s last read (into its own buffer where the length is the same). */
function keepBytes(held: Held, n: number): void {
  const last = held.bytes;
  if (last !== undefined && last.length === n) buffer.copy(last, 0, 0, n);
  else held.bytes = Buffer.from(buffer.subarray(0, n));
}

/** Reads from offset 0 into `buffer`; the number of bytes read. */
function readAt0(fd: number, maxBytes: number): number {
  if (buffer.length < maxBytes) buffer = Buffer.allocUnsafe(maxBytes);
  // One read: a seq_file hands over its whole record when it fits (single_open() has one), and a
  // regular file all it has up to the count; fewer bytes than asked is the end of the file, as
  // many is the caller's bound. No second read to see EOF.
  return readSync(fd, buffer, 0, maxBytes, 0);
}

function readOnce(file: string, maxBytes: number): string {
  const fd = openSync(file, 'r');
  try {
    return buffer.toString('utf8', 0, readAt0(fd, maxBytes));
  } finally {
    closeSync(fd);
  }
}
