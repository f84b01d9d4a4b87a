// SPDX-License-Identifier: AGPL-3.0-or-later
// The host's GPUs: every DRM minor in /sys/class/drm (cardN, renderDN) grouped by PCI device, with
// driver, ids, name, /dev/dri/by-path links, and NVIDIA's /proc/driver/nvidia view (device minor).
import path from 'node:path';
import type { GpuInfo, Vendor } from '../api/types.ts';
import type { HostRoot } from '../host/host-root.ts';
import { driverFor } from './drivers/registry.ts';
import { naturalOrder } from './natural-order.ts';
import { PCI_ADDR, parseHexId } from './parse-util.ts';
import { lookupPciNames, PCI_IDS_PATHS } from './pci-ids.ts';

export interface Inventory {
  gpus: GpuInfo[];
  /** DRM minor → GPU id */
  byMinor: Map<number, string>;
  /** NVIDIA device minor (/dev/nvidiaN) → GPU id; the same minors as GpuInfo.nvidiaMinor */
  nvidiaByMinor: Map<number, string>;
  /** GPU id → sysfs card name (card0) for whole-GPU counters */
  cardOf: Map<string, string>;
}

const VENDORS: Record<string, Vendor> = { '8086': 'intel', '1002': 'amd', '10de': 'nvidia' };
// Per host root: names of one snapshot never leak into another (tests, `--root`).
const nameCaches = new WeakMap<HostRoot, Map<string, string>>();
function namesOf(host: HostRoot): Map<string, string> {
  let m = nameCaches.get(host);
  if (!m) {
    m = new Map();
    nameCaches.set(host, m);
  }
  return m;
}

export async function readInventory(host: HostRoot): Promise<Inventory> {
  const byPci = new Map<string, GpuInfo>();
  const byMinor = new Map<number, string>();
  const cardOf = new Map<string, string>();
  const names = (await host.readdir('/sys/class/drm'))
    .filter((n) => /^(card|renderD)\d+$/.test(n))
    .sort(naturalOrder);
  for (const n of names) {
    const base = `/sys/class/drm/${n}`;
    const devt = (await host.readText(`${base}/dev`, 64))?.trim();
    const link = await host.readlink(`${base}/device`);
    const pci = link ? path.posix.basename(link) : undefined;
    // Non-PCI DRM devices (SoC GPUs: panfrost's "fde60000.gpu", simpledrm, vkms) are named by their
    // device, so that their card and render minors stay one GPU; a minor without a device by itself.
    const id = pci && PCI_ADDR.test(pci) ? pci : `drm:${pci ?? n}`;
    let gpu = byPci.get(id);
    if (!gpu) {
      const vendorId = parseHexId(await host.readText(`${base}/device/vendor`, 64)) ?? '0000';
      const deviceId = parseHexId(await host.readText(`${base}/device/device`, 64)) ?? '0000';
      const driverLink = await host.readlink(`${base}/device/driver`);
      gpu = {
        id,
        pci: id.startsWith('drm:') ? '' : id,
        vendor: VENDORS[vendorId] ?? 'other',
        vendorId,
        deviceId,
        name: `${vendorId}:${deviceId}`,
        driver: driverLink ? path.posix.basename(driverLink) : 'unknown',
        byPath: [],
      };
      byPci.set(id, gpu);
    }
    const minor = devt ? Number(/^226:(\d+)$/.exec(devt)?.[1] ?? Number.NaN) : Number.NaN;
    if (Number.isInteger(minor)) byMinor.set(minor, id);
    if (n.startsWith('card')) {
      gpu.card = n;
      if (devt) gpu.cardDevt = devt;
      cardOf.set(id, n);
    } else {
      gpu.render = n;
      if (devt) gpu.renderDevt = devt;
    }
  }
  // /dev/dri/by-path/pci-0000:00:02.0-render → ../renderD128
  for (const link of await host.readdir('/dev/dri/by-path')) {
    const target = await host.readlink(`/dev/dri/by-path/${link}`);
    if (!target) continue;
    const node = path.posix.basename(target);
    const gpu = [...byPci.values()].find((g) => g.card === node || g.render === node);
    if (gpu) gpu.byPath.push(link);
  }
  const nvidiaByMinor = await readNvidiaProc(host, byPci);
  for (const gpu of byPci.values()) {
    await driverFor(gpu.driver).inventory?.(host, gpu, gpu.card ? `/sys/class/drm/${gpu.card}` : undefined);
  }
  await nameGpus(host, [...byPci.values()]);
  const gpus = [...byPci.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { gpus, byMinor, nvidiaByMinor, cardOf };
}

/**
 * /proc/driver/nvidia/gpus/<bdf>/information: "Device Minor: 0", "Model: …" — adds GPUs without
 * nvidia-drm. The one source of NVIDIA device minors (/dev/nvidia<minor>, c 195:<minor>): the driver
 * numbers them itself, and they need not follow PCI order (GPUs hot-added, some bound to vfio-pci),
 * so attribution and passthrough matching both use GpuInfo.nvidiaMinor from here.
 */
async function readNvidiaProc(host: HostRoot, byPci: Map<string, GpuInfo>): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const bdf of await host.readdir('/proc/driver/nvidia/gpus')) {
    const id = bdf.toLowerCase();
    if (!PCI_ADDR.test(id)) continue;
    const info = (await host.readText(`/proc/driver/nvidia/gpus/${bdf}/information`, 8192)) ?? '';
    const minor = /^Device Minor:\s*(\d+)/m.exec(info)?.[1];
    const model = /^Model:\s*(.+)$/m.exec(info)?.[1]?.trim();
    let gpu = byPci.get(id);
    if (!gpu) {
      gpu = {
        id,
        pci: id,
        vendor: 'nvidia',
        vendorId: '10de',
        deviceId: parseHexId(await host.readText(`/sys/bus/pci/devices/${id}/device`, 64)) ?? '0000',
        name: model ?? 'NVIDIA GPU',
        driver: 'nvidia',
        byPath: [],
      };
      byPci.set(id, gpu);
    }
    if (model) namesOf(host).set(`${gpu.vendorId}:${gpu.deviceId}`, model);
    if (minor !== undefined) {
      gpu.nvidiaMinor = Number(minor);
      out.set(Number(minor), id);
    }
  }
  return out;
}

async function nameGpus(host: HostRoot, gpus: GpuInfo[]): Promise<void> {
  const nameCache = namesOf(host);
  const missing = gpus.filter((g) => !nameCache.has(`${g.vendorId}:${g.deviceId}`));
  if (missing.length > 0) {
    for (const p of PCI_IDS_PATHS) {
      const text = await host.readText(p, 8 * 1024 * 1024).catch(() => undefined);
      if (!text) continue;
      const found = lookupPciNames(
        text,
        missing.map((g) => [g.vendorId, g.deviceId]),
      );
      for (const [k, v] of found) nameCache.set(k, v);
      break;
    }
    // Remember misses too, so pci.ids is read once per new device, not per inventory refresh.
    for (const g of missing)
      if (!nameCache.has(`${g.vendorId}:${g.deviceId}`)) nameCache.set(`${g.vendorId}:${g.deviceId}`, '');
  }
  for (const g of gpus) {
    const n = nameCache.get(`${g.vendorId}:${g.deviceId}`);
    if (n) g.name = n;
  }
}
