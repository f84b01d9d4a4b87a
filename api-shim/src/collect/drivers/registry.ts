// SPDX-License-Identifier: AGPL-3.0-or-later
// The one list of driver modules. Adding a driver = one file in this folder, one line here, and its
// fixture under test/fixtures/collect/drivers/<name>.ts (drivers.test.ts fails without it).
import type { EngineClass } from '../../api/types.ts';
import { amdgpu } from './amdgpu.ts';
import type { GpuDriver } from './driver.ts';
import { drmGeneric } from './drm-generic.ts';
import { i915 } from './i915.ts';
import { nvidia } from './nvidia.ts';
import { xe } from './xe.ts';

export const DRIVERS: readonly GpuDriver[] = [i915, xe, amdgpu, nvidia, drmGeneric];

const byKernelDriver = new Map<string, GpuDriver>();
for (const d of DRIVERS) for (const k of d.kernelDrivers) byKernelDriver.set(k, d);
const fallback = DRIVERS.find((d) => d.kernelDrivers.length === 0) as GpuDriver;

/** The module for a kernel driver name (the PCI device's driver link, or fdinfo's drm-driver). */
export function driverFor(kernelDriver: string): GpuDriver {
  return byKernelDriver.get(kernelDriver) ?? fallback;
}

/** True when usage of GPUs bound to this kernel driver comes from nvidia-smi. */
export function usesNvidiaSmi(kernelDriver: string): boolean {
  return byKernelDriver.get(kernelDriver)?.usage === 'nvidia-smi';
}

const anyDriver = new Map<string, EngineClass>();
for (const d of DRIVERS)
  for (const [e, c] of Object.entries(d.engines)) if (!anyDriver.has(e)) anyDriver.set(e, c);

/** An engine name → the UI's class: the GPU's own driver first, then any module's, else "other". */
export function engineClassOf(engine: string, kernelDriver?: string): EngineClass {
  if (kernelDriver !== undefined) {
    const own = driverFor(kernelDriver).engines;
    if (Object.hasOwn(own, engine)) return own[engine];
  }
  return anyDriver.get(engine) ?? 'other';
}
