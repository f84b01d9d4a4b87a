// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { int, pick, prng } from '../prng.test-util.ts';
import { parseDevString } from './dev-string.ts';
import { parseMountEntry } from './mount-entry.ts';
import { numbered, parsePctConfig, pendingChanges } from './pct-config.ts';

const SAMPLE = `#My%20container
#second line
arch: amd64
dev1: /dev/dri/renderD128,gid=993
dev0: /dev/dri/card0,gid=44,mode=0666
unprivileged: 1
lxc.cgroup2.devices.allow = c 226:128 rwm
lxc.mount.entry: /dev/dri dev/dri none bind,optional,create=dir
this is not a line
tags:  
parent: snap1

[pve:pending]
dev2: /dev/kfd,gid=993
delete: dev0

[snap1]
#snapshot description
dev0: /dev/dri/card1,gid=44
snaptime: 1700000000
`;

test('parsePctConfig follows PVE: description, options, raw lxc keys with : or =, sections', () => {
  const c = parsePctConfig(SAMPLE);
  assert.equal(c.main.description, 'My container\nsecond line\n');
  assert.equal(c.main.options.get('arch')?.value, 'amd64');
  assert.deepEqual(
    numbered(c.main, 'dev').map((l) => [l.key, l.line]),
    [
      ['dev0', 5],
      ['dev1', 4],
    ],
  );
  assert.deepEqual(
    c.main.lxc.map((l) => [l.key, l.value]),
    [
      ['lxc.cgroup2.devices.allow', 'c 226:128 rwm'],
      ['lxc.mount.entry', '/dev/dri dev/dri none bind,optional,create=dir'],
    ],
  );
  // only the main section is live: the snapshot's dev0 and the pending dev2 are not in it
  assert.equal(c.main.options.get('dev0')?.value, '/dev/dri/card0,gid=44,mode=0666');
  assert.equal(c.main.options.has('dev2'), false);
  assert.equal(c.snapshots.length, 1);
  assert.equal(c.snapshots[0].options.get('dev0')?.value, '/dev/dri/card1,gid=44');
  assert.deepEqual(pendingChanges(c), [
    { key: 'dev2', value: '/dev/kfd,gid=993', line: 14 },
    { key: 'dev0', value: '(delete)', line: 0 },
  ]);
  assert.deepEqual(
    c.findings.map((f) => [f.line, f.text]),
    [
      [9, 'this is not a line'],
      [10, 'tags:  '],
    ],
  );
});

test('parseDevString validates like PVE', () => {
  assert.deepEqual(parseDevString('/dev/dri/renderD128,gid=104'), {
    path: '/dev/dri/renderD128',
    gid: 104,
    denyWrite: false,
    errors: [],
  });
  assert.equal(parseDevString('path=/dev/kfd,mode=0666,uid=0,deny-write=1').denyWrite, true);
  assert.equal(parseDevString('path=/dev/kfd,mode=0666').mode, '0666');
  assert.ok(parseDevString('/etc/shadow').errors.length > 0);
  assert.ok(parseDevString('/dev/../etc/shadow').errors.length > 0);
  assert.ok(parseDevString('/dev/dri/card0,mode=666').errors.length > 0);
  assert.ok(parseDevString('/dev/dri/card0,gid=abc').errors.length > 0);
});

test('parseMountEntry reads fstab fields and LXC options', () => {
  const m = parseMountEntry('/dev/dri/renderD128 dev/dri/renderD128 none bind,optional,create=file 0, 0');
  assert.equal(m.source, '/dev/dri/renderD128');
  assert.equal(m.target, 'dev/dri/renderD128');
  assert.equal(m.create, 'file');
  assert.equal(m.optional, true);
  assert.deepEqual(m.tail, ['0,', '0']);
  assert.equal(parseMountEntry('/mnt/a\\040b mnt/x none bind').source, '/mnt/a b');
  assert.ok(parseMountEntry('/dev/x').errors.length > 0);
});

test('property: random and malformed configs never make the parser throw', () => {
  const rand = prng(0xc0ffee);
  const atoms = [
    'arch: amd64',
    'unprivileged: 1',
    'dev0: /dev/dri/renderD128,gid=104',
    'lxc.idmap: u 0 100000 65536',
    'lxc.idmap = g 0 100000 65536',
    '[pve:pending]',
    '[snap]',
    '[',
    ']',
    '#comment %ZZ %41',
    'delete: dev0',
    ':',
    '=',
    'lxc.',
    'lxc.mount.entry:',
    'dev999: ,,,,=,',
    'mp0: /usr/bin,mp=/x',
    '\u0000\u0001',
    '\r',
    '   ',
    'ключ: значение',
    'a'.repeat(5000),
    'dev1: path=,gid=-1,mode=9999',
  ];
  for (let i = 0; i < 2000; i++) {
    const lines: string[] = [];
    const n = int(rand, 0, 40);
    for (let j = 0; j < n; j++) {
      if (rand() < 0.3) {
        lines.push(
          Array.from({ length: int(rand, 0, 60) }, () => String.fromCharCode(int(rand, 0, 0x2ff))).join(''),
        );
      } else lines.push(pick(rand, atoms));
    }
    const text = lines.join(rand() < 0.5 ? '\n' : '\r\n');
    const c = parsePctConfig(text);
    for (const l of numbered(c.main, 'dev')) parseDevString(l.value);
    for (const l of c.main.lxc) if (l.key === 'lxc.mount.entry') parseMountEntry(l.value);
    const total = text.split('\n').length;
    for (const f of c.findings) assert.ok(f.line >= 1 && f.line <= total);
  }
});

// Regression: `key:` followed by 100k blanks took 8 s with `\s*(.*\S)\s*$` (quadratic
// backtracking). With 1M blanks the old patterns would run for many minutes; the linear parser
// needs milliseconds. The timeout is a hang guard, not a speed target (those live in the bench).
test('long runs of blanks parse in linear time', { timeout: 30_000 }, () => {
  const blanks = ' '.repeat(1_000_000);
  const c = parsePctConfig(
    [
      `hostname:${blanks}`,
      `lxc.mount.entry:${blanks}`,
      `lxc.idmap =${blanks}u 0 100000 65536${blanks}`,
      `dev0:${blanks}/dev/dri/renderD128${blanks}x`,
    ].join('\n'),
  );
  assert.equal(c.findings.length, 1);
  assert.equal(c.findings[0].msg.id, 'ct.config_syntax.empty_option');
  assert.equal(c.main.lxc[0].value, '');
  assert.equal(c.main.lxc[1].value, 'u 0 100000 65536');
  assert.equal(c.main.options.get('dev0')?.value, `/dev/dri/renderD128${blanks}x`);
});

test('duplicate keys and inline # comments are findings with their exact line', () => {
  const c = parsePctConfig(
    'dev0: /dev/dri/renderD128,gid=104\ndev0: /dev/dri/card0\nlxc.mount.entry: /dev/dri dev/dri none bind,optional,create=dir # iGPU\nhostname: x\n',
  );
  assert.deepEqual(
    c.findings.map((f) => [f.line, f.msg.id]),
    [
      [2, 'ct.config_syntax.duplicate'],
      [3, 'ct.config_syntax.inline_comment'],
    ],
  );
  assert.equal(c.main.options.get('dev0')?.value, '/dev/dri/card0', 'PVE keeps the last one');
});
