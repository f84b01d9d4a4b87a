// SPDX-License-Identifier: AGPL-3.0-or-later
// The in-place update of a parsed fdinfo record (drm-fdinfo-counters.ts) against the whole parse
// it replaces: after every change of the text, the record must be deep-equal to parseDrmFdinfo()
// of the new text, whether the update took it or refused it (and a refusal must leave the record
// as it was). Each recorded fdinfo sample is put through counters moving (digits only, including
// runs that grow and shrink) and through changes only a parse may follow.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { sampleBody, tempDir } from '../../../test/fixtures/collect/samples.ts';
import { prng } from '../health/prng.test-util.ts';
import { type DrmFdinfo, parseDrmFdinfo } from './drm-fdinfo.ts';
import { parseDrmFdinfoUpdatable } from './drm-fdinfo-counters.ts';
import { RereadFiles } from './reread.ts';

const DRM_SAMPLES = [
  'fdinfo-amdgpu-6.x-issue87.txt',
  'fdinfo-amdgpu-drm_print_memory_stats-2024.txt',
  'fdinfo-i915-initial-2021.txt',
  'fdinfo-i915-manpage-proc_pid_fdinfo.txt',
  'fdinfo-i915-memstats-v5-2023.txt',
  'fdinfo-xe-kerneldoc.txt',
  'fdinfo-xe-lunarlake-glxgears-htop-pr2069.txt',
];

/** The value of every counter line (drm-engine-*, drm-cycles-*, drm-total-*, memory sizes) replaced. */
function moveCounters(text: string, rnd: () => number): string {
  return text.replace(
    /^(drm-(?:engine-(?!capacity-)|cycles-|total-cycles-|total-|shared-|resident-|purgeable-|active-|memory-)[^:\n]*:[ \t]*)(\d+)/gm,
    (_, head: string, digits: string) => {
      const r = rnd();
      // mostly forward by a little; sometimes a digit more, fewer digits, zero, or unchanged
      let v: bigint;
      if (r < 0.15) v = BigInt(digits);
      else if (r < 0.25) v = BigInt(digits) * 10n + 7n;
      else if (r < 0.35) v = BigInt(digits) / 1000n;
      else if (r < 0.4) v = 0n;
      else if (r < 0.45)
        v = 123456789012345678901234567890n; // past 2^53 and 15 digits
      else v = BigInt(digits) + BigInt(Math.floor(rnd() * 1e9));
      return head + v.toString();
    },
  );
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)));

/**
 * Feeds the texts one after the other through one held file and readUpdated(); after each, the
 * record must equal parseDrmFdinfo() of that text. Counts the whole parses.
 */
function follow(texts: string[]): { parses: number; records: unknown[] } {
  const dir = tempDir('fdinfo-counters');
  const file = path.join(dir, 'fdinfo-5');
  const files = new RereadFiles(true);
  let parses = 0;
  const counting = (text: string) => {
    parses++;
    return parseDrmFdinfoUpdatable(text);
  };
  const records: unknown[] = [];
  try {
    for (const [i, text] of texts.entries()) {
      writeFileSync(file, text); // same inode, truncated and rewritten: a held descriptor reads it
      const got = files.readUpdated(file, 16 * 1024, counting);
      assert.deepEqual(plain(got), plain(parseDrmFdinfo(text)), `text ${i}:\n${text}`);
      records.push(got);
    }
  } finally {
    files.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
  return { parses, records };
}

test('counters moving in every recorded fdinfo format: the record updated in place equals a fresh parse, with no parse after the first', () => {
  for (const name of DRM_SAMPLES) {
    const rnd = prng(name.length * 7919);
    const texts = [sampleBody(name)];
    for (let i = 0; i < 60; i++) texts.push(moveCounters(texts[texts.length - 1], rnd));
    assert.notEqual(texts[1], texts[0], name);
    const { parses, records } = follow(texts);
    // the fast path was taken: one parse for the first text, then the same record object updated
    assert.equal(parses, 1, name);
    assert.ok(
      records.every((r) => r === records[0]),
      name,
    );
  }
});

test('changes only a parse may follow: each one parses anew and still equals a fresh parse', () => {
  const base =
    'pos:\t0\nflags:\t02100002\nmnt_id:\t24\nino:\t1073\ndrm-driver:\ti915\ndrm-client-id:\t7\ndrm-pdev:\t0000:00:02.0\ndrm-total-system0:\t4096 KiB\ndrm-resident-system0:\t4096 KiB\ndrm-engine-render:\t1000 ns\ndrm-engine-video:\t2000 ns\ndrm-engine-capacity-video:\t2\n';
  const changes: Array<[string, (t: string) => string]> = [
    ['an engine added', (t) => `${t}drm-engine-copy:\t5 ns\n`],
    ['an engine removed', (t) => t.replace('drm-engine-render:\t1000 ns\n', '')],
    ['a key renamed (digits in a key are no counter)', (t) => t.replaceAll('system0', 'system1')],
    ['a unit changed', (t) => t.replace('4096 KiB\ndrm-resident', '4096 MiB\ndrm-resident')],
    ['a unit dropped', (t) => t.replace('drm-resident-system0:\t4096 KiB', 'drm-resident-system0:\t4096')],
    ['ns dropped from a counter', (t) => t.replace('1000 ns', '1000')],
    ['a counter no number any more', (t) => t.replace('1000 ns', 'x1000 ns')],
    ['a counter emptied', (t) => t.replace('1000 ns', ' ns')],
    ['a non-digit inside a counter', (t) => t.replace('1000 ns', '10a00 ns')],
    ['a sign before a counter', (t) => t.replace('1000 ns', '-1000 ns')],
    ['the client id changed', (t) => t.replace('drm-client-id:\t7', 'drm-client-id:\t8')],
    ['the capacity changed', (t) => t.replace('capacity-video:\t2', 'capacity-video:\t0')],
    ['the pdev changed', (t) => t.replace('0000:00:02.0', '0000:03:00.0')],
    [
      'lines swapped',
      (t) =>
        t.replace(
          'drm-engine-render:\t1000 ns\ndrm-engine-video:\t2000 ns\n',
          'drm-engine-video:\t2000 ns\ndrm-engine-render:\t1000 ns\n',
        ),
    ],
    ['the file cut short', (t) => t.slice(0, t.indexOf('drm-engine-video'))],
    ['cut in the middle of a counter', (t) => t.slice(0, t.indexOf('2000 ns') + 2)],
    ['a key printed twice, the second one moving', (t) => `${t}drm-engine-render:\t3000 ns\n`],
    ['non-ASCII bytes', (t) => t.replace('drm-engine-video', 'drm-engine-vidéo')],
    ['a line of something else', (t) => `${t}foo:\t1\n`],
    ['the driver gone', (t) => t.replace('drm-driver:\ti915\n', '')],
    ['whitespace changed', (t) => t.replace('render:\t1000', 'render: 1000')],
    ['a trailing newline gone', (t) => t.slice(0, -1)],
    ['empty', () => ''],
  ];
  for (const [what, change] of changes) {
    const changed = change(base);
    assert.notEqual(changed, base, what);
    // the base, then the change, then its counters moving (fast path again once parsed anew)
    const moved = changed.replace(/(drm-engine-render:[ \t]*)(\d+)/, (_, h, d) => `${h}${BigInt(d) + 5n}`);
    const { parses } = follow([base, changed, moved]);
    assert.ok(parses >= 2, `${what}: parsed anew`);
  }
});

test('a key printed twice counts with its last value, whichever of the two moves', () => {
  const t = (a: number, b: number) =>
    `drm-driver:\txe\ndrm-cycles-rcs:\t${a}\ndrm-total-cycles-rcs:\t100\ndrm-cycles-rcs:\t${b}\n`;
  // only the first moves: no longer a counter (the record has the second), a parse must follow
  assert.equal(follow([t(1, 50), t(2, 50)]).parses, 2);
  // only the second moves: updated in place
  const { parses, records } = follow([t(1, 50), t(1, 60), t(1, 61)]);
  assert.equal(parses, 1);
  assert.equal((records[2] as { engines: { rcs: { cycles: bigint } } }).engines.rcs.cycles, 61n);
});

test('a refused update leaves the record as it was until the parse replaces it', () => {
  const { value, updater } = parseDrmFdinfoUpdatable('drm-driver:\ti915\ndrm-engine-render:\t1000 ns\n');
  assert.ok(updater);
  const before = plain(value);
  const last = Buffer.from('drm-driver:\ti915\ndrm-engine-render:\t1000 ns\n');
  const next = Buffer.from('drm-driver:\ti915\ndrm-engine-render:\t2000 ns\ndrm-engine-copy:\t1 ns\n');
  assert.equal(updater.update(last, next, next.length), false);
  assert.deepEqual(plain(value), before);
  // and takes only the first n bytes of a buffer larger than the read
  const bigger = Buffer.from('drm-driver:\ti915\ndrm-engine-render:\t2000 ns\nXXXXXXXX');
  assert.equal(updater.update(last, bigger, bigger.length - 8), true);
  assert.equal((value as DrmFdinfo).engines.render.busyNs, 2000n);
});

test('no updater where nothing can move in place: not a DRM client, legacy amdgpu, non-ASCII text', () => {
  assert.equal(parseDrmFdinfoUpdatable('pos:\t0\nflags:\t02\n').updater, undefined);
  assert.equal(
    parseDrmFdinfoUpdatable(sampleBody('fdinfo-amdgpu-legacy-5.14-5.18-issue17.txt')).updater,
    undefined,
  );
  assert.equal(parseDrmFdinfoUpdatable('drm-driver:\ti915\ndrm-engine-rénder:\t1 ns\n').updater, undefined);
});
