// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURE_VMID, fixtureHost, parseFixture } from '../../../test/fixtures/health/fixture-host.ts';
import type { CheckResult, ConfigChange, HealthReport } from '../api/types.ts';
import { writeHealthHost } from '../demo/host-config/snapshot.ts';
import { HostRoot } from '../host/host-root.ts';
import { parsePctConfig } from './config/pct-config.ts';
import { configChangeOf } from './config-change.ts';
import { HealthEngine } from './health-source.ts';

const CONF = '/etc/pve/lxc/101.conf';
const TEXT = `arch: amd64
dev0: /dev/dri/card0,gid=44
dev1: /dev/dri/renderD128,gid=104
dev3: /dev/kfd,gid=44
mp0: /usr/bin,mp=/home/perfmon/bin
unprivileged: 1
lxc.cgroup2.devices.allow: c 226:* rwm
lxc.mount.entry: /dev/dri dev/dri none bind,optional,create=dir
`;
const conf = parsePctConfig(TEXT);

test('a replaced devN line becomes set, with the value the check read as before', () => {
  const c = configChangeOf(
    { file: CONF, remove: ['dev1: /dev/dri/renderD128,gid=104'], add: ['dev1: /dev/dri/renderD128,gid=993'] },
    CONF,
    conf,
  );
  assert.deepEqual(c, {
    set: { dev1: '/dev/dri/renderD128,gid=993' },
    delete: [],
    before: { dev1: '/dev/dri/renderD128,gid=104' },
  });
});

test('a removed line is a delete; an added new key a set without before', () => {
  assert.deepEqual(
    configChangeOf({ file: CONF, remove: ['mp0: /usr/bin,mp=/home/perfmon/bin'] }, CONF, conf),
    {
      set: {},
      delete: ['mp0'],
      before: { mp0: '/usr/bin,mp=/home/perfmon/bin' },
    },
  );
  assert.deepEqual(configChangeOf({ file: CONF, add: ['dev2: /dev/dri/renderD129,gid=993'] }, CONF, conf), {
    set: { dev2: '/dev/dri/renderD129,gid=993' },
    delete: [],
    before: {},
  });
});

test('raw lxc.* lines are never API changes: they are listed for an edit by hand', () => {
  const c = configChangeOf(
    {
      file: CONF,
      remove: ['lxc.mount.entry: /dev/dri dev/dri none bind,optional,create=dir'],
      add: ['dev2: /dev/dri/renderD129,gid=993'],
    },
    CONF,
    conf,
  ) as ConfigChange;
  assert.deepEqual(c.manual, {
    reason: 'raw-lxc',
    remove: ['lxc.mount.entry: /dev/dri dev/dri none bind,optional,create=dir'],
    add: [],
  });
  // the API part stays described (the diff), but Apply is offered only without manual lines
  assert.deepEqual(c.set, { dev2: '/dev/dri/renderD129,gid=993' });
});

test('placeholders, read-only keys, lines that are not live and keys already taken are by hand', () => {
  const reason = (fix: { remove?: string[]; add?: string[] }) =>
    configChangeOf({ file: CONF, ...fix }, CONF, conf)?.manual?.reason;
  assert.equal(reason({ add: ['dev2: /dev/dri/renderD128,gid=<render gid inside the CT>'] }), 'placeholder');
  assert.equal(reason({ remove: ['unprivileged: 1'], add: ['unprivileged: 0'] }), 'read-only');
  assert.equal(reason({ remove: ['dev1: /dev/dri/renderD128,gid=105'] }), 'not-live');
  assert.equal(reason({ remove: ['this is no config line'] }), 'not-live');
  // dev3 holds /dev/kfd: a fix that adds "dev3: …" must not replace it …
  assert.deepEqual(configChangeOf({ file: CONF, add: ['dev3: /dev/dri/renderD129,gid=993'] }, CONF, conf), {
    // … it takes the first free number, as PVE's UI does (dev0, dev1 and dev3 are taken)
    set: { dev2: '/dev/dri/renderD129,gid=993' },
    delete: [],
    before: {},
  });
  // … and a device another entry passes already is not passed twice
  assert.equal(reason({ add: ['dev3: /dev/dri/renderD128,gid=993'] }), 'conflict');
  const twice = parsePctConfig('dev0: /dev/dri/card0,gid=44\ndev0: /dev/dri/card0,gid=44\n');
  assert.equal(
    configChangeOf({ file: CONF, remove: ['dev0: /dev/dri/card0,gid=44'] }, CONF, twice)?.manual?.reason,
    'duplicate',
  );
});

test('fixes of other files (udev rules, subgid, commands) are no config change', () => {
  assert.equal(configChangeOf({ file: '/etc/subgid', add: ['root:44:1'] }, CONF, conf), undefined);
  assert.equal(configChangeOf({ file: CONF }, CONF, conf), undefined);
  // a line that is already there as written changes nothing
  assert.equal(configChangeOf({ file: CONF, add: ['dev0: /dev/dri/card0,gid=44'] }, CONF, conf), undefined);
});

/** The main section after PUT …/config with this change, as far as the engine reads it. */
function applyAsPve(text: string, change: ConfigChange): string {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => /^\[/.test(l));
  const head = end < 0 ? lines : lines.slice(0, end);
  const tail = end < 0 ? [] : lines.slice(end);
  const keyOf = (l: string) => /^([a-z][a-z_]*\d*):/.exec(l)?.[1];
  const out = head
    .filter((l) => !change.delete.includes(keyOf(l) ?? ''))
    .map((l) => {
      const k = keyOf(l);
      return k && k in change.set ? `${k}: ${change.set[k]}` : l;
    });
  for (const [k, v] of Object.entries(change.set))
    if (!head.some((l) => keyOf(l) === k)) out.push(`${k}: ${v}`);
  return [...out, ...tail].join('\n');
}

async function reportOf(name: string, config: string): Promise<HealthReport> {
  const dir = path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../test/fixtures/health/configs',
  );
  const fx = parseFixture(name, readFileSync(path.join(dir, `${name}.conf`), 'utf8'));
  fx.config = config;
  const root = mkdtempSync(path.join(os.tmpdir(), 'config-change-'));
  try {
    writeHealthHost(root, fixtureHost(fx));
    const r = await new HealthEngine({ host: new HostRoot(root), node: 'pve' }).report(FIXTURE_VMID);
    assert.ok(r);
    return r;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('every fixture: an Apply-able fix of a fail or warning, applied as PVE would, clears it', async () => {
  const dir = path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../test/fixtures/health/configs',
  );
  let applied = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.conf'))) {
    const name = file.replace(/\.conf$/, '');
    const text = parseFixture(name, readFileSync(path.join(dir, file), 'utf8')).config;
    const before = await reportOf(name, text);
    const main = parsePctConfig(text).main;
    const fails = before.checks.filter(
      (c): c is CheckResult & { fix: { configChange: ConfigChange } } =>
        (c.severity === 'fail' || c.severity === 'warn') &&
        !!c.fix?.configChange &&
        !c.fix.configChange.manual,
    );
    for (const c of fails) {
      const change = c.fix.configChange;
      // before: exactly what the file says for each key the change touches
      for (const k of [...Object.keys(change.set), ...change.delete])
        assert.equal(change.before[k], main.options.get(k)?.value, `${name} ${c.id} before.${k}`);
      const after = await reportOf(name, applyAsPve(text, change));
      const failsOf = (r: HealthReport) =>
        r.checks.filter((x) => x.id === c.id && x.severity === c.severity).length;
      assert.ok(
        failsOf(after) < failsOf(before),
        `${name}: ${c.id} is ${c.severity} ${failsOf(after)} times after applying ${JSON.stringify(change)}`,
      );
      applied += 1;
    }
  }
  assert.ok(applied >= 3, `only ${applied} Apply-able fails and warnings across the fixtures`);
});
