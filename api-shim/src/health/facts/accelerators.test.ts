// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { HostRoot } from '../../host/host-root.ts';
import { accelKindOfPath, isCoralUsb, npuKind, readAcceleratorFacts, usbAt } from './accelerators.ts';

function put(root: string, p: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
  writeFileSync(path.join(root, p), text);
}

function link(root: string, p: string, target: string): void {
  mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
  symlinkSync(target, path.join(root, p));
}

test('accelerator facts come from /sys/module, PCI ids, USB devices and accel drivers', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'accel-facts-'));
  try {
    put(root, '/sys/module/apex/refcnt', '1\n');
    put(root, '/sys/module/gasket/refcnt', '1\n');
    put(root, '/sys/module/i915/refcnt', '1\n'); // not an accelerator module: not listed
    // a Coral M.2 bound to apex, a Hailo-8 without a driver, an Intel GPU (not an accelerator)
    for (const [addr, v, d, drv] of [
      ['0000:03:00.0', '0x1ac1', '0x089a', 'apex'],
      ['0000:04:00.0', '0x1e60', '0x2864', undefined],
      ['0000:00:02.0', '0x8086', '0x46a6', 'i915'],
      ['0000:00:0b.0', '0x8086', '0x7d1d', 'intel_vpu'],
    ] as const) {
      put(root, `/sys/bus/pci/devices/${addr}/vendor`, `${v}\n`);
      put(root, `/sys/bus/pci/devices/${addr}/device`, `${d}\n`);
      if (drv) link(root, `/sys/bus/pci/devices/${addr}/driver`, `../../../bus/pci/drivers/${drv}`);
    }
    // USB: a root hub, the Coral after its firmware loaded, and an interface directory
    for (const [name, bus, dev, vid, pid] of [
      ['usb2', 2, 1, '1d6b', '0003'],
      ['2-1', 2, 3, '18d1', '9302'],
    ] as const) {
      put(root, `/sys/bus/usb/devices/${name}/busnum`, `${bus}\n`);
      put(root, `/sys/bus/usb/devices/${name}/devnum`, `${dev}\n`);
      put(root, `/sys/bus/usb/devices/${name}/idVendor`, `${vid}\n`);
      put(root, `/sys/bus/usb/devices/${name}/idProduct`, `${pid}\n`);
    }
    put(root, '/sys/bus/usb/devices/2-1:1.0/bInterfaceClass', 'ff\n');
    link(root, '/sys/class/accel/accel0/device/driver', '../../../../bus/pci/drivers/intel_vpu');

    const f = await readAcceleratorFacts(new HostRoot(root));
    assert.deepEqual(f.modules, ['apex', 'gasket']);
    assert.deepEqual(
      f.pci.map((p) => [p.pci, p.kind, p.driver]),
      [
        ['0000:00:0b.0', 'intel-npu', 'intel_vpu'],
        ['0000:03:00.0', 'coral-pcie', 'apex'],
        ['0000:04:00.0', 'hailo', undefined],
      ],
    );
    assert.deepEqual(
      f.usb.map((u) => [u.node, u.id]),
      [
        ['/dev/bus/usb/002/003', '18d1:9302'],
        ['/dev/bus/usb/002/001', '1d6b:0003'],
      ],
    );
    assert.ok(isCoralUsb(usbAt(f, '/dev/bus/usb/002/003')));
    assert.ok(!isCoralUsb(usbAt(f, '/dev/bus/usb/002/001')));
    assert.equal(npuKind(f, '/dev/accel/accel0'), 'intel-npu');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a host without accelerators has empty facts, not errors', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'accel-none-'));
  try {
    const f = await readAcceleratorFacts(new HostRoot(root));
    assert.deepEqual([f.modules, f.pci, f.usb, [...f.accelDrivers]], [[], [], [], []]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('node paths name their accelerator kind', () => {
  assert.equal(accelKindOfPath('/dev/apex_0'), 'coral-pcie');
  assert.equal(accelKindOfPath('/dev/hailo1'), 'hailo');
  assert.equal(accelKindOfPath('/dev/accel/accel0'), 'accel');
  assert.equal(accelKindOfPath('/dev/kfd'), 'kfd');
  assert.equal(accelKindOfPath('/dev/bus/usb/002/003'), 'usb');
  assert.equal(accelKindOfPath('/dev/bus/usb/002'), undefined);
  assert.equal(accelKindOfPath('/dev/ttyUSB0'), undefined);
});
