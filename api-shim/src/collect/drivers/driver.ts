// SPDX-License-Identifier: AGPL-3.0-or-later
// What one GPU driver module tells the collectors (registered in registry.ts, like node_exporter's
// collectors): which kernel drivers it reads, its engine names, and its whole-GPU sysfs counters.
// Per-client usage of every DRM driver comes from the one fdinfo parser (drm-fdinfo.ts); a module
// only says what the driver's names mean and where its sysfs counters live.
import type { EngineClass, GpuInfo, GpuSample } from '../../api/types.ts';
import type { HostRoot } from '../../host/host-root.ts';

export type WholeGpu = Omit<GpuSample, 'gpu' | 'engines' | 'engineClasses'>;

/** Counters a driver keeps between two samples of one GPU (for deltas). */
export interface WholeMarks {
  atMs: number;
  idleMs?: number;
  energyUj?: number;
  raplUj?: number;
}

/** Sysfs reads a driver module may do during a sample: synchronous, cached misses, never throwing. */
export interface SysfsReads {
  /** an integer file; undefined when absent or unreadable */
  num(hostPath: string): number | undefined;
  /** an integer that only changes with the driver (limits, totals): read once per inventory period */
  fixed(hostPath: string): number | undefined;
  /** a trimmed text file */
  text(hostPath: string): string | undefined;
}

export interface WholeGpuContext {
  gpu: GpuInfo;
  /** /sys/bus/pci/devices/<bdf> (or the card's device dir for non-PCI devices) */
  deviceDir: string;
  /** /sys/class/drm/cardN, when the GPU has a card node */
  cardDir?: string;
  prev?: WholeMarks;
  next: WholeMarks;
  /** ms since the previous sample of this GPU (0 on the first) */
  dtMs: number;
  out: WholeGpu;
  sysfs: SysfsReads;
}

export interface GpuDriver {
  /** module name; its test fixture is test/fixtures/collect/drivers/<name>.ts */
  readonly name: string;
  /** kernel drivers (the PCI device's driver link) this module reads; empty = any DRM driver no other module claims */
  readonly kernelDrivers: readonly string[];
  /** where per-process usage comes from */
  readonly usage: 'drm-fdinfo' | 'nvidia-smi';
  /**
   * A second per-process source for work that never shows in the first: 'kfd' = ROCm compute
   * (/dev/kfd users), read from the KFD's sysfs (kfd.ts), only while a GPU of this module is there.
   */
  readonly compute?: 'kfd';
  /** the driver's engine names → the UI's classes */
  readonly engines: Readonly<Record<string, EngineClass>>;
  /**
   * The GPU's memory figure may be Σ clients' resident bytes when sysfs has none (dedicated VRAM
   * reported per client). Not for iGPUs whose clients' memory is system RAM.
   */
  readonly memoryFromClients?: boolean;
  /**
   * The fdinfo memory regions that are the GPU's own memory (xe: vram0, vram1 …), so that
   * Σ clients is compared with the VRAM size; without it every region counts.
   */
  readonly memoryRegions?: RegExp;
  /** An integrated Intel GPU's power from RAPL "uncore" when hwmon has none. */
  readonly raplUncore?: boolean;
  /** Totals read once per inventory refresh (VRAM size). */
  inventory?(host: HostRoot, gpu: GpuInfo, cardDir: string | undefined): Promise<void>;
  /** Whole-GPU counters into ctx.out (frequency, idle, busy, memory). */
  readWhole?(ctx: WholeGpuContext): void;
  /** What hwmon's power1_* measures on this GPU, when not the GPU alone. */
  powerLabel?(out: WholeGpu): string | undefined;
}

export function ratio(part: number, whole: number): number {
  return Math.max(0, Math.min(100, round2((part / whole) * 100)));
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
