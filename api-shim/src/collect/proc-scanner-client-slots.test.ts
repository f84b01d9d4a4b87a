// SPDX-License-Identifier: AGPL-3.0-or-later
// readClients() builds each DRM fd's fdinfo path and dedupe key once (ClientSlot), not every
// sample: the key must still follow what a fresh build would give — a new client behind the same fd
// number, another device for the minor — and a slot must go with its fd.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { GPUS, mixedHost, xeFdinfoText } from '../../../test/fixtures/collect/trees.ts';
import { HostRoot } from '../host/host-root.ts';
import { ProcScanner } from './proc-scanner.ts';

test('a client key is built once per fd and still follows a new client id, a new device and the fd closing', async () => {
  const t = mixedHost({ inPlace: true });
  t.addProcess({
    pid: 200,
    comm: 'ffmpeg',
    cgroup: '/lxc/101/ns',
    fds: { 3: '/dev/dri/renderD129' },
    fdinfo: { 3: xeFdinfoText(1, 1n, 10n) },
  });
  // one without drm-pdev: its device comes from the inventory's minor, which can change
  t.addProcess({
    pid: 300,
    comm: 'kodi',
    cgroup: '/lxc/102/ns',
    fds: { 4: '/dev/dri/renderD129' },
    fdinfo: { 4: 'pos:\t0\nflags:\t02100002\ndrm-driver:\txe\ndrm-client-id:\t7\ndrm-cycles-rcs:\t5\n' },
  });
  const s = new ProcScanner(new HostRoot(t.dir), {
    discoverMs: 2000,
    rescanMs: 60_000,
    fullRescanMs: 600_000,
  });
  let device = 'first-device';
  s.deviceOfMinor = () => device;
  const t0 = 1_000_000;
  const keys = async (at: number) => (await s.scan(at)).clients.map((c) => `${c.proc.pid}:${c.key}`).sort();

  assert.deepEqual(await keys(t0), [`200:${GPUS.xe}/1`, '300:first-device/7']);
  const slot = () => s.process(200)?.clientSlots?.get(3);
  const held = slot()?.path;
  assert.match(held ?? '', /\/proc\/200\/fdinfo\/3$/);

  // counters move (the record is updated in place): same slot, same key
  t.file('/proc/200/fdinfo/3', xeFdinfoText(1, 5n, 20n));
  assert.deepEqual(await keys(t0 + 1000), [`200:${GPUS.xe}/1`, '300:first-device/7']);
  assert.equal(slot()?.path, held);

  // fd 3 closed and opened again between two looks at the table: another drm_file, same number
  t.file('/proc/200/fdinfo/3', xeFdinfoText(2, 5n, 20n));
  assert.deepEqual(await keys(t0 + 1500), [`200:${GPUS.xe}/2`, '300:first-device/7']);

  // the inventory names another device for the minor (no drm-pdev to say otherwise)
  device = 'second-device';
  assert.deepEqual(await keys(t0 + 1800), [`200:${GPUS.xe}/2`, '300:second-device/7']);

  // the fd closes (the process lives on): its slot goes with it
  rmSync(path.join(t.dir, 'proc/200/fd/3'));
  rmSync(path.join(t.dir, 'proc/200/fdinfo/3'));
  assert.deepEqual(await keys(t0 + 1900), ['300:second-device/7']);
  assert.ok(s.process(200), 'the process is still known');
  assert.equal(slot(), undefined);
});
