// SPDX-License-Identifier: AGPL-3.0-or-later
// Number formatting for the panel, in PVE's style (binary units, one decimal), with the decimal
// separator and percent sign of the user's language (Intl.NumberFormat on the PVE UI locale:
// "7,5 W" and "6,1 %" in German, "7.5 W" and "6.1%" in English). No digit grouping: the values
// are small, and a "1.777 MHz" would read as a decimal in English eyes.
import type { EngineClass, EnginePercents, GpuInfo } from '../../../api-shim/src/api/types.ts';
import { currentLocale } from './i18n.ts';

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(digits: number, percent = false): Intl.NumberFormat {
  const locale = currentLocale();
  const key = `${locale}|${digits}|${percent}`;
  let f = formats.get(key);
  if (!f) {
    const opts: Intl.NumberFormatOptions = {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
      ...(percent ? { style: 'percent' } : {}),
    };
    try {
      f = new Intl.NumberFormat(locale, opts);
    } catch {
      f = new Intl.NumberFormat('en', opts);
    }
    formats.set(key, f);
  }
  return f;
}

/** A plain number with `digits` decimals in the user's language. */
export function formatNumber(v: number, digits = 0): string {
  return numberFormat(digits).format(v);
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '–';
  let v = Math.max(0, bytes);
  let i = 0;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${formatNumber(v, i === 0 || v >= 100 ? 0 : 1)} ${UNITS[i]}`;
}

export function formatPercent(p: number | undefined, digits?: number): string {
  if (p === undefined || !Number.isFinite(p)) return '–';
  return numberFormat(digits ?? (p >= 10 || p === 0 ? 0 : 1), true).format(p / 100);
}

export function formatUnit(v: number | undefined, unit: string, digits = 0): string {
  if (v === undefined || !Number.isFinite(v)) return '–';
  return `${formatNumber(v, digits)} ${unit}`;
}

/** Order of the engine classes the UI charts (labels: components/engine-label.ts). */
export const ENGINE_CLASSES: EngineClass[] = ['render', 'video', 'video-enhance', 'copy', 'compute', 'other'];

/**
 * Percent per engine class. Several engines of one class (vcs0/vcs1, NVIDIA enc/dec) are
 * shown as the busiest one: a sum could pass 100 %, an average would hide a saturated unit.
 */
export function byClass(
  engines: EnginePercents | undefined,
  classes: Record<string, EngineClass>,
): Partial<Record<EngineClass, number>> {
  const out: Partial<Record<EngineClass, number>> = {};
  if (!engines) return out;
  for (const [name, value] of Object.entries(engines)) {
    if (!Number.isFinite(value)) continue;
    const cls = classes[name] ?? 'other';
    out[cls] = Math.max(out[cls] ?? 0, Math.min(100, Math.max(0, value)));
  }
  return out;
}

/** Classes present on a GPU, in display order. */
export function classesOf(classes: Record<string, EngineClass>): EngineClass[] {
  const present = new Set(Object.values(classes));
  return ENGINE_CLASSES.filter((c) => present.has(c));
}

/** Splits the health engine's prose on `backticks` into plain and code runs (no HTML parsing). */
export function inlineCodeRuns(text: string): Array<{ code: boolean; text: string }> {
  const runs: Array<{ code: boolean; text: string }> = [];
  const parts = text.split('`');
  // An odd count of backticks leaves the last one unmatched: keep it as plain text.
  const paired = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts.at(-2)}\`${parts.at(-1)}`];
  paired.forEach((part, i) => {
    if (part) runs.push({ code: i % 2 === 1, text: part });
  });
  return runs;
}

/**
 * The GPU's driver as the card shows it: the kernel driver's name, and its version where the
 * source reports one (NVIDIA: nvidia-smi's driver_version), so a user comparing the host's driver
 * with the container's userspace libraries finds it where the GPU is.
 */
export function driverText(gpu: Pick<GpuInfo, 'driver' | 'driverVersion'>): string {
  return gpu.driverVersion ? `${gpu.driver} ${gpu.driverVersion}` : gpu.driver;
}
