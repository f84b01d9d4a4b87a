// SPDX-License-Identifier: AGPL-3.0-or-later
// The walk of a container's /dev by the confined reader, on real device nodes (mknod needs root,
// as the reader's chroot does: ct-reader.test.ts), and a snapshot that records them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { SnapshotGatherer } from '../../collect/snapshot/gather.ts';
import { HostRoot } from '../../host/host-root.ts';
import { readContainerDev } from './container-dev.ts';

function mknod(p: string, major: number, minor: number, mode: string): void {
  const r = spawnSync('mknod', ['-m', mode, p, 'c', String(major), String(minor)], { encoding: 'utf8' });
  assert.equal(r.status, 0, `mknod (coreutils) failed — run the unit tests as root: ${r.stderr}`);
}

test('every node under a running container’s /dev is read as the container sees it, and snapshotted', async () => {
  assert.equal(process.getuid?.(), 0, 'mknod and the reader’s chroot need root');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ct-dev-'));
  try {
    const ct = path.join(dir, 'proc/4242/root');
    mkdirSync(path.join(ct, 'dev/dri/by-path'), { recursive: true });
    mkdirSync(path.join(ct, 'dev/bus/usb/002'), { recursive: true });
    mknod(path.join(ct, 'dev/dri/renderD128'), 226, 128, '0660');
    chownSync(path.join(ct, 'dev/dri/renderD128'), 100000, 100104);
    mknod(path.join(ct, 'dev/apex_0'), 120, 0, '0660'); // Coral PCIe (gasket, dynamic major)
    mknod(path.join(ct, 'dev/bus/usb/002/003'), 189, 130, '0664');
    symlinkSync('../renderD128', path.join(ct, 'dev/dri/by-path/pci-0000:00:02.0-render'));
    writeFileSync(path.join(ct, 'dev/.lxc-boot-id'), 'x\n');
    // PVE's cgroup layout and the container's init, as writeHealthHost writes them
    mkdirSync(path.join(dir, 'sys/fs/cgroup/lxc/100/ns/init.scope'), { recursive: true });
    writeFileSync(path.join(dir, 'sys/fs/cgroup/lxc/100/ns/init.scope/cgroup.procs'), '4242\n');
    writeFileSync(path.join(dir, 'proc/4242/status'), 'Name:\tinit\nNSpid:\t4242\t1\n');
    writeFileSync(path.join(dir, 'proc/4242/cgroup'), '0::/lxc/100/ns/init.scope\n');
    mkdirSync(path.join(dir, 'etc/pve/lxc'), { recursive: true });
    writeFileSync(path.join(dir, 'etc/pve/lxc/100.conf'), 'arch: amd64\nunprivileged: 1\n');

    const { entries, truncated } = await readContainerDev(new HostRoot(dir), 4242);
    assert.equal(truncated, false);
    const byPath = new Map(entries.map((e) => [e.path, e]));
    assert.deepEqual(
      { ...byPath.get('/dev/dri/renderD128') },
      {
        path: '/dev/dri/renderD128',
        type: 'char',
        major: 226,
        minor: 128,
        uid: 100000,
        gid: 100104,
        mode: 0o660,
      },
    );
    assert.equal(byPath.get('/dev/apex_0')?.major, 120);
    assert.equal(byPath.get('/dev/bus/usb/002/003')?.minor, 130);
    assert.equal(byPath.get('/dev/dri/by-path/pci-0000:00:02.0-render')?.target, '../renderD128');
    assert.equal(byPath.get('/dev/.lxc-boot-id')?.type, 'file');

    // the snapshot carries all of them, though the config names none
    const snap = await new SnapshotGatherer(new HostRoot(dir), { vmids: ['100'] }).gather();
    assert.equal(snap.manifest.health.devEntries['100'], entries.length);
    const sidecar = snap.entries.find((e) => e.path.endsWith('/dev/.nodes.d/snapshot.json'));
    assert.ok(sidecar && sidecar.type === 'file');
    const nodes = JSON.parse(sidecar.data.toString());
    assert.deepEqual(nodes['/proc/4242/root/dev/bus/usb/002/003'], {
      type: 'char',
      major: 189,
      minor: 130,
      uid: 0,
      gid: 0,
      mode: '0664',
    });
    assert.equal(nodes['/proc/4242/root/dev/dri/renderD128'].gid, 100104);
    const link = snap.entries.find((e) =>
      e.path.endsWith('/proc/4242/root/dev/dri/by-path/pci-0000:00:02.0-render'),
    );
    assert.deepEqual(link && link.type === 'symlink' ? link.target : undefined, '../renderD128');
    assert.equal(readFileSync(path.join(ct, 'dev/.lxc-boot-id'), 'utf8'), 'x\n', 'the walk writes nothing');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
