// SPDX-License-Identifier: AGPL-3.0-or-later
// acc.* and the generic character-device path, each on a small host snapshot (sysfs as the kernel
// shows it: Documentation/ABI/testing/sysfs-bus-pci, sysfs-bus-usb, sysfs-module).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { CheckResult, HealthReport } from '../../api/types.ts';
import { type ContainerSpec, type NodeSpec, writeHealthHost } from '../../demo/host-config/snapshot.ts';
import { HostRoot } from '../../host/host-root.ts';
import { HealthEngine } from '../health-source.ts';
import { worst } from '../report.ts';
import { parseDeviceRule } from './device-cgroup.ts';

interface Host {
  nodes?: NodeSpec[];
  modules?: string[];
  pci?: Array<{ addr: string; id: string; driver?: string }>;
  usb?: Array<{ bus: number; dev: number; id: string }>;
  ct?: Partial<ContainerSpec>;
  group?: string;
}

async function report(conf: string, h: Host = {}): Promise<HealthReport> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'health-acc-'));
  try {
    const files: Record<string, string> = {
      '/etc/group': h.group ?? 'root:x:0:\nvideo:x:44:\nrender:x:104:\ndialout:x:20:\n',
      '/etc/subuid': 'root:100000:65536\n',
      '/etc/subgid': 'root:100000:65536\n',
      '/sys/fs/cgroup/cgroup.controllers': 'cpu\n',
      '/etc/pve/lxc/100.conf': conf,
    };
    const links: Record<string, string> = {};
    for (const m of h.modules ?? []) files[`/sys/module/${m}/refcnt`] = '1\n';
    for (const p of h.pci ?? []) {
      const [v, d] = p.id.split(':');
      files[`/sys/bus/pci/devices/${p.addr}/vendor`] = `0x${v}\n`;
      files[`/sys/bus/pci/devices/${p.addr}/device`] = `0x${d}\n`;
      if (p.driver) links[`/sys/bus/pci/devices/${p.addr}/driver`] = `../../../bus/pci/drivers/${p.driver}`;
    }
    for (const [i, u] of (h.usb ?? []).entries()) {
      const [v, p] = u.id.split(':');
      const d = `/sys/bus/usb/devices/${u.bus}-${i + 1}`;
      Object.assign(files, {
        [`${d}/busnum`]: `${u.bus}\n`,
        [`${d}/devnum`]: `${u.dev}\n`,
        [`${d}/idVendor`]: `${v}\n`,
        [`${d}/idProduct`]: `${p}\n`,
      });
    }
    writeHealthHost(dir, {
      files,
      links,
      nodes: h.nodes ?? [],
      containers: h.ct
        ? [
            {
              vmid: '100',
              pid: 7100,
              writeProc: true,
              files: {
                '/etc/group': 'root:x:0:\nvideo:x:44:\nrender:x:993:\ndialout:x:20:\n',
                '/etc/passwd': 'root:x:0:0::/root:/bin/sh\n',
              },
              ...h.ct,
            },
          ]
        : [],
    });
    const r = await new HealthEngine({ host: new HostRoot(dir), node: 'pve' }).report('100');
    assert.ok(r);
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const only = (r: HealthReport, id: string): CheckResult[] => r.checks.filter((c) => c.id === id);
const UNPRIV = 'arch: amd64\nunprivileged: 1\n';
const PRIV = 'arch: amd64\n';

test('acc.driver: an Intel NPU node missing because intel_vpu is not loaded is the cause of dev.path_missing', async () => {
  const r = await report(`${UNPRIV}dev0: /dev/accel/accel0,gid=993\n`, {
    pci: [{ addr: '0000:00:0b.0', id: '8086:7d1d' }],
  });
  const [d] = only(r, 'acc.driver');
  assert.equal(d.severity, 'fail');
  assert.equal(d.explanationMsg.id, 'acc.driver.npu_intel');
  assert.deepEqual(d.fix?.commands?.slice(0, 1), ['modprobe intel_vpu']);
  const [missing] = only(r, 'dev.path_missing');
  assert.equal(missing.causedBy?.id, 'acc.driver');
  assert.equal(d.consequences, 1);
});

test('acc.driver: a loaded driver that does not bind the card says so (unbound)', async () => {
  const r = await report(`${UNPRIV}dev0: /dev/hailo0\n`, {
    modules: ['hailo_pci'],
    pci: [{ addr: '0000:02:00.0', id: '1e60:2864' }],
  });
  const [d] = only(r, 'acc.driver');
  assert.equal(d.explanationMsg.id, 'acc.driver.unbound');
  assert.equal(d.explanationMsg.params?.pci, '0000:02:00.0');
  assert.equal(d.explanationMsg.params?.driver, '-');
});

test('acc.driver: /dev/kfd without amdgpu; a present Coral node passes', async () => {
  const kfd = await report(`${UNPRIV}dev0: /dev/kfd,gid=993\n`);
  assert.equal(only(kfd, 'acc.driver')[0]?.explanationMsg.id, 'acc.driver.kfd');
  const ok = await report(`${UNPRIV}dev0: /dev/apex_0\n`, {
    modules: ['apex', 'gasket'],
    pci: [{ addr: '0000:03:00.0', id: '1ac1:089a', driver: 'apex' }],
    nodes: [{ path: '/dev/apex_0', major: 120, minor: 0, gid: 994, mode: '0660' }],
  });
  assert.equal(worst(only(ok, 'acc.driver')), 'pass');
  assert.equal(worst(only(ok, 'dev.path_missing')), 'pass');
});

test('acc.usb_single_device: a present Coral passed as one node fails; the fix binds the bus (+ c 189:* privileged)', async () => {
  const r = await report(
    `${PRIV}lxc.cgroup2.devices.allow: c 189:* rwm\nlxc.mount.entry: /dev/bus/usb/002/003 dev/bus/usb/002/003 none bind,optional,create=file\n`,
    {
      usb: [{ bus: 2, dev: 3, id: '18d1:9302' }],
      nodes: [{ path: '/dev/bus/usb/002/003', major: 189, minor: 130, mode: '0664' }],
    },
  );
  const [u] = only(r, 'acc.usb_single_device');
  assert.equal(u.severity, 'fail');
  assert.equal(u.explanationMsg.id, 'acc.usb_single_device.coral');
  assert.deepEqual(u.fix?.add, [
    'lxc.mount.entry: /dev/bus/usb/002 dev/bus/usb/002 none bind,optional,create=dir',
    'lxc.cgroup2.devices.allow: c 189:* rwm',
  ]);
  assert.equal(u.fix?.commands, undefined, 'privileged: no udev rule needed');
});

test('acc.usb_single_device: another USB device is a warning (its number changes on replug)', async () => {
  const r = await report(`${UNPRIV}dev0: /dev/bus/usb/001/004,mode=0666\n`, {
    usb: [{ bus: 1, dev: 4, id: '0463:ffff' }],
    nodes: [{ path: '/dev/bus/usb/001/004', major: 189, minor: 3, mode: '0664' }],
  });
  const [u] = only(r, 'acc.usb_single_device');
  assert.equal(u.severity, 'warn');
  assert.equal(u.explanationMsg.params?.id, '0463:ffff');
});

test('acc.usb_access: a bound bus counts only the Coral; privileged containers need no udev rule', async () => {
  const host: Host = {
    usb: [
      { bus: 2, dev: 1, id: '1d6b:0003' },
      { bus: 2, dev: 2, id: '1a6e:089a' },
    ],
    nodes: [
      { path: '/dev/bus/usb/002/001', major: 189, minor: 128, mode: '0664' },
      { path: '/dev/bus/usb/002/002', major: 189, minor: 129, mode: '0664' },
    ],
  };
  const bind = 'lxc.mount.entry: /dev/bus/usb dev/bus/usb none bind,optional,create=dir\n';
  const u = await report(`${UNPRIV}${bind}`, host);
  assert.deepEqual(
    only(u, 'acc.usb_access').map((c) => [c.severity, c.explanationMsg.params?.path]),
    [['fail', '/dev/bus/usb/002/002']],
  );
  assert.deepEqual(
    u.devices.map((d) => d.host.path),
    ['/dev/bus/usb/002/002'],
    'the root hub is not an accelerator',
  );
  const p = await report(`${PRIV}lxc.cgroup2.devices.allow: c 189:* rwm\n${bind}`, host);
  assert.equal(worst(only(p, 'acc.usb_access')), 'pass');
  assert.equal(worst(only(p, 'cgroup.not_allowed')), 'pass');
  // privileged, allowed by today's minor only: the re-enumerated Coral gets the next one
  const one = 'lxc.cgroup2.devices.allow: c 189:129 rwm';
  const m = await report(`${PRIV}${one}\n${bind}`, host);
  const [minor] = only(m, 'acc.usb_access');
  assert.equal(minor.explanationMsg.id, 'acc.usb_access.minor');
  assert.deepEqual([minor.fix?.remove, minor.fix?.add], [[one], ['lxc.cgroup2.devices.allow: c 189:* rwm']]);
  assert.equal(worst(only(m, 'cgroup.not_allowed')), 'pass', 'today the node is allowed');
});

test('any other character device bound on its own gets the same mapping and cgroup checks', async () => {
  const nodes: NodeSpec[] = [
    { path: '/dev/ttyACM0', major: 166, minor: 0, gid: 20, mode: '0660' },
    { path: '/dev/net/tun', major: 10, minor: 200, mode: '0666' },
  ];
  const binds =
    'lxc.mount.entry: /dev/ttyACM0 dev/ttyACM0 none bind,optional,create=file\n' +
    'lxc.mount.entry: /dev/net/tun dev/net/tun none bind,create=file\n';
  const u = await report(`${UNPRIV}${binds}`, { nodes, ct: {} });
  const owners = only(u, 'mount.unmapped_owner');
  assert.deepEqual(
    owners.map((c) => [c.severity, c.explanationMsg.params?.path]),
    [['fail', '/dev/ttyACM0']],
  );
  // the container's dialout gid, not the render group
  assert.deepEqual(owners[0].fix?.add, ['dev0: /dev/ttyACM0,gid=20']);
  assert.equal(worst(only(u, 'host.world_rw_nodes')), 'pass', '/dev/net/tun is 0666 by design');
  assert.equal(only(u, 'mon.pmu_in_ct').length, 0, 'no GPU: no PMU explanation');
  const p = await report(`${PRIV}${binds}`, { nodes });
  const [blocked] = only(p, 'cgroup.not_allowed');
  assert.equal(blocked.severity, 'fail');
  assert.match(blocked.explanation, /\/dev\/ttyACM0 \(166:0\)/);
});

test('an allow line reads as lxc reads it: three access characters, then anything (guides append "# iGPU")', () => {
  const r = (v: string) => parseDeviceRule(true, v, 'config');
  assert.equal(r('c 226:0 rwm # iGPU')?.access, 'rwm');
  assert.equal(r('c 189:* rwm # Coral USB')?.minor, undefined);
  assert.equal(r('c 120:0 rwm')?.major, 120);
  assert.equal(r('c 226:128 rw')?.access, 'rw');
  // a fourth character is never read; a comment after two is where lxc stops with EINVAL
  assert.equal(r('c 29:0 rw # fb'), undefined);
  assert.equal(r('c x:0 rwm'), undefined);
});
