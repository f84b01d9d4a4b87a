// SPDX-License-Identifier: AGPL-3.0-or-later
// Parsers for nvidia-smi's text: --help-query-gpu (field probe), --query-gpu CSV rows, and the
// error messages that mean a state rather than a failure (docs/collectors.md).

import { collectorStatus } from '../api/collector-messages.ts';
import type { CollectorStatus } from '../api/types.ts';

/** The fields we ask for, in preference order; only those the driver lists are queried. */
export const WANTED_GPU_FIELDS = [
  'index',
  'pci.bus_id',
  'uuid',
  'name',
  'driver_version',
  'utilization.gpu',
  'utilization.memory',
  'utilization.encoder',
  'utilization.decoder',
  'memory.used',
  'memory.total',
  'temperature.gpu',
  'power.draw',
  'clocks.sm',
  'clocks.max.sm',
  // "Enabled" / "Disabled" / [N/A] (no MIG on this board): MIG instances are then listed
  'mig.mode.current',
] as const;

/** Every quoted field name in `nvidia-smi --help-query-gpu` ("clocks.sm" or "clocks.current.sm"). */
export function parseHelpQueryGpu(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/"([a-z][a-z0-9_.]*)"/g)) out.add(m[1]);
  return out;
}

/** "[N/A]", "N/A", "[Not Supported]", "-", "" → undefined; units stripped from numbers. */
export function parseSmiValue(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const v = raw.trim();
  if (
    v === '' ||
    v === '-' ||
    /^\[?(N\/A|Not Supported|Unknown Error|Insufficient Permissions)\]?$/i.test(v)
  ) {
    return undefined;
  }
  return v;
}

export function parseSmiNumber(raw: string | undefined): number | undefined {
  const v = parseSmiValue(raw);
  if (v === undefined) return undefined;
  const m = /^(-?\d+(?:\.\d+)?)(?:\s*(?:%|MiB|MB|W|C|MHz))?$/.exec(v);
  return m ? Number(m[1]) : undefined;
}

/** One --query-gpu row (format csv,noheader,nounits): split on ", " — names hold spaces, not commas. */
export function parseQueryGpuRow(
  fields: readonly string[],
  line: string,
): Record<string, string | undefined> {
  const values = line.split(', ');
  const out: Record<string, string | undefined> = {};
  fields.forEach((f, i) => {
    out[f] = parseSmiValue(values[i]);
  });
  return out;
}

/** True when a line looks like a data row for the given field list (not an error message). */
export function isQueryGpuRow(fields: readonly string[], line: string): boolean {
  return line.split(', ').length === fields.length && /^\d+,/.test(line);
}

/**
 * A line nvidia-smi prints as data: a --query-gpu or --query-compute-apps row (index or PID first),
 * a pmon row (spaces, then the GPU index) or a pmon header ("#"). Its error messages begin with a
 * word ("Failed to initialize NVML", "No devices were found", "NVIDIA-SMI has failed …").
 */
export function isDataLine(line: string): boolean {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  const c = line.charCodeAt(i);
  return (c >= 48 && c <= 57) || c === 35;
}

/** Text that means a known state, or undefined when the text is not an nvidia-smi error. */
export function classifyNvidiaSmiError(text: string): CollectorStatus | undefined {
  if (/Driver\/library version mismatch/i.test(text)) {
    const lib = /NVML library version:\s*([\d.]+)/.exec(text)?.[1];
    // the loaded module's version is added by the sampler (Sampler.withModuleVersion)
    return lib
      ? collectorStatus('driver-mismatch', 'collector.msg.nvidia_mismatch_nvml', { nvml: lib })
      : collectorStatus('driver-mismatch', 'collector.msg.nvidia_mismatch');
  }
  if (/No devices were found/i.test(text)) {
    return collectorStatus('no-devices', 'collector.msg.nvidia_no_devices');
  }
  if (/couldn't communicate with the NVIDIA driver/i.test(text)) {
    return collectorStatus('error', 'collector.msg.nvidia_no_driver');
  }
  if (/is not a valid field to query/i.test(text)) {
    return collectorStatus('error', 'collector.msg.nvidia_bad_field', { line: text.trim().split('\n')[0] });
  }
  if (/Failed to initialize NVML/i.test(text)) {
    return collectorStatus('error', 'collector.msg.nvidia_failed', { line: text.trim().split('\n')[0] });
  }
  if (/Not supported on the device/i.test(text)) {
    return collectorStatus('unsupported', 'collector.msg.pmon_unsupported');
  }
  return undefined;
}

/** What --query-compute-apps is asked for (fields every driver since 3xx lists). */
export const COMPUTE_APPS_FIELDS = ['pid', 'used_memory', 'gpu_bus_id'] as const;

export interface ComputeAppRow {
  pid: number;
  usedMiB?: number;
  /** normalised later by the caller */
  busId: string;
}

/** One `--query-compute-apps=pid,used_memory,gpu_bus_id --format=csv,noheader,nounits` row. */
export function parseComputeAppRow(line: string): ComputeAppRow | undefined {
  const [pid, mem, bus] = line.split(', ').map((v) => v?.trim());
  if (!pid || !/^\d+$/.test(pid) || !bus || !/^[0-9A-Fa-f]+:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-7]$/.test(bus))
    return undefined;
  return { pid: Number(pid), usedMiB: parseSmiNumber(mem), busId: bus };
}

/** /proc/driver/nvidia/version: "NVRM version: NVIDIA UNIX x86_64 Kernel Module  580.173.02  Tue …". */
export function parseNvrmVersion(text: string | undefined): string | undefined {
  return text ? /Kernel Module\s+([\d.]+)/.exec(text)?.[1] : undefined;
}
