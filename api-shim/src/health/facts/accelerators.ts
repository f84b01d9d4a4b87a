// SPDX-License-Identifier: AGPL-3.0-or-later
// Accelerators next to the GPU (Coral, Hailo, NPUs under /dev/accel, USB accelerators): which
// node belongs to which device, which kernel driver it needs, and whether that driver is loaded
// and bound. Read through the host root like every other host fact (sysfs, /sys/module).
//
// Sources of the ids and names below:
// - Coral PCIe/M.2: PCI 1ac1:089a, driver and module `apex` (needs `gasket`), class `apex`, fixed
//   char major 120 (google/gasket-driver src/apex_driver.c: apex_desc .major = 120, and its
//   udev rule `SUBSYSTEM=="apex", MODE="0660", GROUP="apex"`).
// - Coral USB: 1a6e:089a "Global Unichip Corp." until its firmware is loaded, then it
//   re-enumerates as 18d1:9302 "Google Inc." under a new device number
//   (blakeblackshear/frigate#171, #1807; google-coral/edgetpu#536). usbfs nodes are
//   /dev/bus/usb/BBB/DDD, char major 189, root:root 0664 by default (systemd
//   rules.d/50-udev-default.rules: SUBSYSTEM=="usb", ENV{DEVTYPE}=="usb_device", MODE="0664").
// - Hailo-8/8L: PCI 1e60:2864, module `hailo_pci` (PCI driver `hailo`), class `hailo_chardev`;
//   the Hailo-10H driver `hailo1x` does not bind a Hailo-8 (hailo-ai/hailo-apps#111).
// - Intel NPU: module/driver `intel_vpu` (drivers/accel/ivpu, PCI 8086:7d1d Meteor Lake,
//   8086:ad1d Arrow Lake, 8086:643e Lunar Lake, 8086:b03e Panther Lake); AMD NPU: `amdxdna`
//   (drivers/accel/amdxdna, PCI 1022:1502, 1022:17f0). Both are DRM accel nodes
//   /dev/accel/accelN, major 261 (Documentation/accel/introduction.rst), group render by the
//   udev rule intel/linux-npu-driver documents (docs/overview.md).
// - AMD /dev/kfd: module `amdgpu`, class `kfd`.

import type { HostRoot } from '../../host/host-root.ts';

export type AccelKind = 'coral-pcie' | 'coral-usb' | 'hailo' | 'intel-npu' | 'amd-npu' | 'kfd';

interface AccelSpec {
  kind: AccelKind;
  /** modules any of which drives it (the first is the one to install or load) */
  modules: string[];
  /** the PCI driver name that binds the card (/sys/bus/pci/devices/<pci>/driver) */
  pciDriver?: string;
  pci: Array<{ vendor: string; device: string }>;
}

export const ACCELERATORS: AccelSpec[] = [
  {
    kind: 'coral-pcie',
    modules: ['apex', 'gasket'],
    pciDriver: 'apex',
    pci: [{ vendor: '0x1ac1', device: '0x089a' }],
  },
  {
    kind: 'hailo',
    modules: ['hailo_pci'],
    pciDriver: 'hailo',
    pci: [{ vendor: '0x1e60', device: '0x2864' }],
  },
  {
    kind: 'intel-npu',
    modules: ['intel_vpu'],
    pciDriver: 'intel_vpu',
    pci: ['0x7d1d', '0xad1d', '0x643e', '0xb03e'].map((device) => ({ vendor: '0x8086', device })),
  },
  {
    kind: 'amd-npu',
    modules: ['amdxdna'],
    pciDriver: 'amdxdna',
    pci: ['0x1502', '0x17f0'].map((device) => ({ vendor: '0x1022', device })),
  },
  { kind: 'kfd', modules: ['amdgpu'], pci: [] },
];

/** Coral USB ids: before and after its firmware is loaded. */
export const CORAL_USB_IDS = ['1a6e:089a', '18d1:9302'];

/** Other modules worth naming when they are loaded instead (the Hailo-10H driver). */
const OTHER_MODULES = ['hailo1x_pci', 'hailo1x'];

export interface AccelPciDevice {
  pci: string;
  kind: AccelKind;
  vendorId: string;
  deviceId: string;
  /** the bound driver, if any */
  driver?: string;
}

export interface UsbDevice {
  /** /dev/bus/usb/BBB/DDD */
  node: string;
  bus: number;
  dev: number;
  /** "18d1:9302" */
  id: string;
  product?: string;
}

export interface AcceleratorFacts {
  /** accelerator-related modules present under /sys/module */
  modules: string[];
  pci: AccelPciDevice[];
  usb: UsbDevice[];
  /** /sys/class/accel/accelN → the driver bound to it */
  accelDrivers: Map<string, string>;
}

/** The kind a passed path is, by its name alone (USB nodes need the ids: usbKind). */
export function accelKindOfPath(p: string): AccelKind | 'accel' | 'usb' | undefined {
  if (/^\/dev\/apex_\d+$/.test(p)) return 'coral-pcie';
  if (/^\/dev\/hailo\d+$/.test(p)) return 'hailo';
  if (/^\/dev\/accel\/accel\d+$/.test(p)) return 'accel';
  if (p === '/dev/kfd') return 'kfd';
  if (/^\/dev\/bus\/usb\/\d{3}\/\d{3}$/.test(p)) return 'usb';
  return undefined;
}

export function accelSpec(kind: AccelKind): AccelSpec | undefined {
  return ACCELERATORS.find((a) => a.kind === kind);
}

/** /dev/accel/accelN: Intel or AMD NPU, by the driver bound to it or the module loaded. */
export function npuKind(f: AcceleratorFacts, path: string): 'intel-npu' | 'amd-npu' | undefined {
  const drv = f.accelDrivers.get(path.split('/').pop() ?? '');
  if (drv === 'intel_vpu') return 'intel-npu';
  if (drv === 'amdxdna') return 'amd-npu';
  const pci = f.pci.find((d) => d.kind === 'intel-npu' || d.kind === 'amd-npu');
  return pci?.kind as 'intel-npu' | 'amd-npu' | undefined;
}

export function usbAt(f: AcceleratorFacts, node: string): UsbDevice | undefined {
  return f.usb.find((u) => u.node === node);
}

export const isCoralUsb = (u: UsbDevice | undefined): boolean => !!u && CORAL_USB_IDS.includes(u.id);

const trim = (t: string | undefined) => t?.trim() || undefined;

export async function readAcceleratorFacts(host: HostRoot): Promise<AcceleratorFacts> {
  const text = (p: string) => host.readText(p, 4096).catch(() => undefined);
  const exists = async (p: string) => !!(await host.lstat(p).catch(() => undefined));
  const link = async (p: string) =>
    (await host.readlink(p).catch(() => undefined))?.split('/').filter(Boolean).pop();

  const names = [...new Set([...ACCELERATORS.flatMap((a) => a.modules), ...OTHER_MODULES])];
  const modules: string[] = [];
  for (const m of names) if (await exists(`/sys/module/${m}`)) modules.push(m);

  const pci: AccelPciDevice[] = [];
  for (const addr of (await host.readdir('/sys/bus/pci/devices')).sort()) {
    const dir = `/sys/bus/pci/devices/${addr}`;
    const vendorId = trim(await text(`${dir}/vendor`))?.toLowerCase();
    const deviceId = trim(await text(`${dir}/device`))?.toLowerCase();
    if (!vendorId || !deviceId) continue;
    const spec = ACCELERATORS.find((a) => a.pci.some((p) => p.vendor === vendorId && p.device === deviceId));
    if (!spec) continue;
    pci.push({ pci: addr, kind: spec.kind, vendorId, deviceId, driver: await link(`${dir}/driver`) });
  }

  const usb: UsbDevice[] = [];
  for (const name of (await host.readdir('/sys/bus/usb/devices')).sort()) {
    if (name.includes(':')) continue; // interfaces ("2-1:1.0"), not devices
    const dir = `/sys/bus/usb/devices/${name}`;
    const [busnum, devnum, vid, pid, product] = await Promise.all(
      ['busnum', 'devnum', 'idVendor', 'idProduct', 'product'].map((f) => text(`${dir}/${f}`)),
    );
    const bus = Number(trim(busnum));
    const dev = Number(trim(devnum));
    if (!Number.isInteger(bus) || !Number.isInteger(dev) || !trim(vid) || !trim(pid)) continue;
    usb.push({
      node: `/dev/bus/usb/${String(bus).padStart(3, '0')}/${String(dev).padStart(3, '0')}`,
      bus,
      dev,
      id: `${trim(vid)}:${trim(pid)}`.toLowerCase(),
      product: trim(product),
    });
  }

  const accelDrivers = new Map<string, string>();
  for (const n of await host.readdir('/sys/class/accel')) {
    const drv = await link(`/sys/class/accel/${n}/device/driver`);
    if (drv) accelDrivers.set(n, drv);
  }
  return { modules, pci, usb, accelDrivers };
}
