// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseHook } from './hook-script.ts';

const brief = (text: string) => {
  const a = analyseHook(text);
  return {
    ops: a.ops.map((op) => {
      switch (op.kind) {
        case 'chown':
          return `chown ${op.user ?? ''}:${op.group ?? ''} ${op.inCt ? 'ct:' : ''}${op.path}${op.recursive ? ' -R' : ''}`;
        case 'chmod':
          return `chmod ${op.mode.toString(8)} ${op.inCt ? 'ct:' : ''}${op.path}`;
        case 'mknod':
          return `mknod ${op.inCt ? 'ct:' : ''}${op.path} ${op.type} ${op.major}:${op.minor}${op.mode === undefined ? '' : ` ${op.mode.toString(8)}`}`;
        case 'config-line':
          return `${op.target} ${op.key} = ${op.value}`;
        default:
          return 'uvm';
      }
    }),
    opaque: a.opaque.length,
  };
};

test('inline sh -c hooks (TheHellSite/proxmox_collection#1)', () => {
  assert.deepEqual(brief('sh -c "chown -R 100000:100000 /dev/dri"'), {
    ops: ['chown 100000:100000 /dev/dri -R'],
    opaque: 0,
  });
  assert.deepEqual(brief(`sh -c '[ ! -f /dev/nvidia-uvm ] && /usr/bin/nvidia-modprobe -c0 -u'`), {
    ops: ['uvm'],
    opaque: 0,
  });
});

test('an autodev script: mknod and chmod inside the container, chgrp on the host', () => {
  // the shell's ${VAR}, written without a JS template
  const R = '$' + '{LXC_ROOTFS_MOUNT}';
  const script = [
    '#!/bin/sh',
    `mkdir -p ${R}/dev/dri`,
    `mknod -m 666 ${R}/dev/dri/card0 c 226 0`,
    `mknod ${R}/dev/dri/renderD128 c 226 128 # the render node`,
    'chmod 0660 $LXC_ROOTFS_MOUNT/dev/dri/renderD128',
    'chgrp video /dev/dri/card0',
  ].join('\n');
  assert.deepEqual(brief(script), {
    ops: [
      'mknod ct:/dev/dri/card0 c 226:0 666',
      'mknod ct:/dev/dri/renderD128 c 226:128',
      'chmod 660 ct:/dev/dri/renderD128',
      'chown :video /dev/dri/card0',
    ],
    opaque: 0,
  });
});

test('lxc lines a perl hookscript appends to the generated config (TristanHarms/homelab-docs)', () => {
  const script = [
    '#!/usr/bin/perl',
    'my $config_file = "/var/lib/lxc/$vmid/config";',
    "open(my $fh, '>>', $config_file) or die;",
    'print $fh "lxc.cgroup2.devices.allow = c 226:* rwm\\n";',
    'print $fh "lxc.mount.entry = /dev/dri dev/dri none bind,optional,create=dir\\n";',
  ].join('\n');
  assert.deepEqual(brief(script).ops, [
    'generated lxc.cgroup2.devices.allow = c 226:* rwm',
    'generated lxc.mount.entry = /dev/dri dev/dri none bind,optional,create=dir',
  ]);
});

test('what cannot be followed is opaque, never guessed', () => {
  const script = [
    'for n in /dev/dri/*; do chown 100000:100105 "$n"; done',
    'chmod a+rw /dev/dri/renderD128',
    'DEV=/dev/nvidia0; mknod $DEV c 195 0',
    'echo hello > /tmp/log',
  ].join('\n');
  assert.deepEqual(brief(script), { ops: [], opaque: 3 });
});
