// SPDX-License-Identifier: AGPL-3.0-or-later
// Parsing helpers shared by the collectors' file-format parsers (procfs style: one place).

const SIZE_UNITS = new Map<string, bigint>([
  ['', 1n],
  ['b', 1n],
  ['kib', 1024n],
  ['kb', 1024n], // legacy amdgpu prints "kB" meaning KiB
  ['mib', 1024n * 1024n],
  ['gib', 1024n * 1024n * 1024n],
]);

/** "2068 KiB", "16 MiB", "0", "17196 kB" → bytes; undefined for anything else. */
export function parseSize(value: string): bigint | undefined {
  // By hand rather than /^(\d+)\s*([A-Za-z]*)$/: it runs for every memory line of every GPU
  // client every second, and a match array each time is garbage.
  const v = value.trim();
  const digits = digitsAt(v);
  if (digits === 0) return undefined;
  let u = digits;
  while (u < v.length && isWhiteSpace(v.charCodeAt(u))) u++;
  for (let i = u; i < v.length; i++) {
    const c = v.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return undefined;
  }
  const unit = SIZE_UNITS.get(u === v.length ? '' : v.slice(u).toLowerCase());
  if (unit === undefined) return undefined;
  return BigInt(digits === v.length ? v : v.slice(0, digits)) * unit;
}

/** "9288864723 ns" / "28257900" → BigInt (counters may exceed 2^53); undefined if not a uint. */
export function parseUintBig(value: string, unit?: 'ns'): bigint | undefined {
  // /^(\d+)$/, or /^(\d+)\s*(?:ns)?$/ with the unit, by hand (see parseSize)
  const v = value.trim();
  const digits = digitsAt(v);
  if (digits === 0) return undefined;
  if (digits < v.length) {
    if (!unit) return undefined;
    let u = digits;
    while (u < v.length && isWhiteSpace(v.charCodeAt(u))) u++;
    if (u < v.length && !(u + 2 === v.length && v.startsWith('ns', u))) return undefined;
    return BigInt(v.slice(0, digits));
  }
  return BigInt(v);
}

/**
 * The multiplier parseSize() applied to `value` (a value it parsed): 1n without a unit. Called only
 * where a size parsed, to remember what its digits are multiplied by (drm-fdinfo-counters.ts).
 */
export function sizeUnit(value: string): bigint {
  let u = digitsAt(value);
  while (u < value.length && isWhiteSpace(value.charCodeAt(u))) u++;
  return SIZE_UNITS.get(u === value.length ? '' : value.slice(u).toLowerCase()) ?? 1n;
}

/** Length of the run of ASCII digits at the start of `v`. */
export function digitsAt(v: string): number {
  let i = 0;
  while (i < v.length) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

/** What \s matches and String.prototype.trim() strips (ECMAScript WhiteSpace and LineTerminator). */
export function isWhiteSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A small decimal integer file ("6812925952\n"); undefined when empty or not a number. */
export function parseIntFile(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const v = text.trim();
  if (!/^-?\d+$/.test(v)) return undefined;
  return Number(v);
}

/** "0x8086\n" → "8086" */
export function parseHexId(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = /^0x([0-9a-fA-F]{4})$/.exec(text.trim());
  return m ? m[1].toLowerCase() : undefined;
}

/** Normalises nvidia-smi's "00000000:01:00.0" and plain "0000:01:00.0" to "0000:01:00.0". */
export function normalizePci(addr: string): string {
  const m = /^(?:([0-9a-fA-F]{4,8}):)?([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\.([0-7])$/.exec(addr.trim());
  if (!m) return addr.trim().toLowerCase();
  const domain = (m[1] ?? '0000').slice(-4).padStart(4, '0');
  return `${domain}:${m[2]}:${m[3]}.${m[4]}`.toLowerCase();
}

export const PCI_ADDR = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/;

/** Counter difference that tolerates a fixed-width wrap (e.g. i915's u32 rc6_residency_ms). */
export function wrapDelta(now: number, before: number, bits: number): number {
  if (now >= before) return now - before;
  const mod = 2 ** bits;
  // A real wrap leaves `before` close to the top; anything else is a reset: count from zero.
  return before > mod / 2 ? now + mod - before : now;
}

/**
 * The records nullDict() makes: their prototype is an empty, frozen object without a prototype,
 * so nothing of Object.prototype is in reach ("__proto__" or "constructor" are plain keys, set and
 * read as own properties). Unlike Object.create(null), which V8 makes a dictionary (keys hashed,
 * collected and sorted again at every for…in or Object.keys, ≈ 0.7 KB each), an object made by
 * `new` starts as a fast object with a hidden class: records with the same keys in the same order
 * share one (a driver prints its engines in one order), their keys come from the class's cache.
 */
const NullProtoRecord = function NullProtoRecord(this: object) {} as unknown as new () => object;
NullProtoRecord.prototype = Object.freeze(Object.create(null));

/**
 * A record for names read from files (engine, region names): nothing of Object.prototype in its
 * chain, so "__proto__" or "constructor" are plain keys, never Object.prototype's.
 */
export function nullDict<T>(): Record<string, T> {
  return new NullProtoRecord() as Record<string, T>;
}
