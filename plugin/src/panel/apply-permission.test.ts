// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alreadyMade, applyRefusal, changedSinceCheck, diffLines, mayReboot } from './apply-permission.ts';

const DISK_AND_OPTIONS = { 'VM.Audit': 1, 'VM.Config.Disk': 1, 'VM.Config.Options': 1 };

test('root@pam may make every change; nobody else a devN one, whatever their privileges', () => {
  const dev = { set: { dev0: '/dev/dri/renderD128,gid=104' }, delete: [] };
  assert.equal(applyRefusal(dev, 'root@pam', {}), undefined);
  assert.deepEqual(applyRefusal(dev, 'admin@pve', { ...DISK_AND_OPTIONS, 'Sys.Modify': 1 }), {
    kind: 'root-only-dev',
  });
  // removing one is the same rule (check_ct_modify_config_perm checks deleted keys too)
  assert.deepEqual(applyRefusal({ set: {}, delete: ['dev3'] }, 'admin@pve', DISK_AND_OPTIONS), {
    kind: 'root-only-dev',
  });
  // root@pam only means the user, not a user named root in another realm
  assert.deepEqual(applyRefusal(dev, 'root@pve', DISK_AND_OPTIONS), { kind: 'root-only-dev' });
});

test('mpN: VM.Config.Disk to delete one or set a volume, root@pam for a host path', () => {
  assert.equal(applyRefusal({ set: {}, delete: ['mp0'] }, 'carol@pve', DISK_AND_OPTIONS), undefined);
  assert.deepEqual(applyRefusal({ set: {}, delete: ['mp0'] }, 'dave@pve', { 'VM.Audit': 1 }), {
    kind: 'privilege',
    priv: 'VM.Config.Disk',
  });
  assert.equal(
    applyRefusal(
      { set: { mp1: 'local-lvm:vm-101-disk-1,mp=/data' }, delete: [] },
      'carol@pve',
      DISK_AND_OPTIONS,
    ),
    undefined,
  );
  assert.deepEqual(
    applyRefusal({ set: { mp1: '/srv/media,mp=/media' }, delete: [] }, 'carol@pve', DISK_AND_OPTIONS),
    { kind: 'root-only-bind', key: 'mp1' },
  );
});

test('other keys: the VM.Config.* privilege PVE asks for them; hookscript and features are root@pam only', () => {
  assert.deepEqual(applyRefusal({ set: { memory: '2048' }, delete: [] }, 'carol@pve', DISK_AND_OPTIONS), {
    kind: 'privilege',
    priv: 'VM.Config.Memory',
  });
  assert.equal(applyRefusal({ set: { tags: 'gpu' }, delete: [] }, 'carol@pve', DISK_AND_OPTIONS), undefined);
  assert.deepEqual(applyRefusal({ set: {}, delete: ['hookscript'] }, 'carol@pve', DISK_AND_OPTIONS), {
    kind: 'root-only',
    key: 'hookscript',
  });
  assert.equal(mayReboot('carol@pve', DISK_AND_OPTIONS), false);
  assert.equal(mayReboot('carol@pve', { 'VM.PowerMgmt': 1 }), true);
  assert.equal(mayReboot('root@pam', {}), true);
});

test('a fresh read that no longer holds what the check saw names the keys; the diff shows - then +', () => {
  const change = {
    set: { dev0: '/dev/dri/renderD128,gid=104', dev2: '/dev/kfd,gid=104' },
    delete: ['mp0'],
    before: { dev0: '/dev/dri/renderD128,gid=44', mp0: '/usr/bin,mp=/x' },
  };
  const same = { dev0: '/dev/dri/renderD128,gid=44', mp0: '/usr/bin,mp=/x', digest: 'abc' };
  assert.deepEqual(changedSinceCheck(change, same), []);
  assert.deepEqual(changedSinceCheck(change, { ...same, dev2: '/dev/dri/card0' }), ['dev2']);
  assert.deepEqual(changedSinceCheck(change, { ...same, mp0: undefined }), ['mp0']);
  assert.deepEqual(diffLines(change), [
    { sign: '-', text: 'mp0: /usr/bin,mp=/x' },
    { sign: '-', text: 'dev0: /dev/dri/renderD128,gid=44' },
    { sign: '+', text: 'dev0: /dev/dri/renderD128,gid=104' },
    { sign: '+', text: 'dev2: /dev/kfd,gid=104' },
  ]);
});

test('a change already made (pending until restart) is recognised, not offered again', () => {
  const change = { set: { dev0: '/dev/dri/renderD128,gid=104' }, delete: ['mp0'] };
  assert.equal(alreadyMade(change, { dev0: '/dev/dri/renderD128,gid=104' }), true);
  assert.equal(alreadyMade(change, { dev0: '/dev/dri/renderD128,gid=104', mp0: '/x,mp=/y' }), false);
  assert.equal(alreadyMade(change, { dev0: '/dev/dri/renderD128,gid=44' }), false);
});
