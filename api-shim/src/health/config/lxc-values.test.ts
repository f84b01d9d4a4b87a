// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lxcValueProblem } from './lxc-values.ts';
import { parsePctConfig } from './pct-config.ts';

const problems = (text: string) =>
  parsePctConfig(text).main.lxc.map((l) => {
    const p = lxcValueProblem(l);
    return p ? `${l.line} ${p.severity} ${p.msg.id}` : `${l.line} ok`;
  });

test('valid GPU lines pass, each invalid one is named with its line', () => {
  assert.deepEqual(
    problems(
      [
        'lxc.cgroup2.devices.allow: c 226:128 rwm',
        'lxc.cgroup2.devices.allow: c 195:* rwm',
        'lxc.cgroup2.devices.deny: a',
        'lxc.mount.entry: /dev/dri dev/dri none bind,optional,create=dir',
        'lxc.hook.pre-start: sh -c "chown 100000:100044 /dev/dri/card0"',
        'lxc.environment: NVIDIA_VISIBLE_DEVICES=all',
        'lxc.cgroup2.devices.allow: c 226:128 rw m',
        'lxc.cgroup2.devices.allow: 226:128 rwm',
        'lxc.cgroup2.device.allow: c 226:128 rwm',
        'lxc.mount.entry: /dev/dri/renderD128 dev/dri/renderD128',
        'lxc.mount.entrey: /dev/dri dev/dri none bind,optional,create=dir',
        'lxc.utsname: box',
        'lxc.net.0.type: veth',
        'lxc.prlimit.nofile: 1024',
        'lxc.cgroup2.devices.allow: c 189:* rwm # Coral USB',
        'lxc.cgroup2.devices.allow: c 189:* rw # Coral USB',
      ].join('\n'),
    ),
    [
      '1 ok',
      '2 ok',
      '3 ok',
      '4 ok',
      '5 ok',
      '6 ok',
      '7 fail ct.config_syntax.cgroup_rule',
      '8 fail ct.config_syntax.cgroup_rule',
      '9 fail ct.config_syntax.cgroup_key',
      '10 fail ct.config_syntax.mount_fields',
      '11 warn ct.config_syntax.lxc_unknown_key',
      '12 fail ct.config_syntax.lxc_removed_key',
      '13 ok',
      '14 ok',
      '15 ok',
      '16 fail ct.config_syntax.cgroup_rule',
    ],
  );
});
