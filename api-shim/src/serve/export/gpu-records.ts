// SPDX-License-Identifier: AGPL-3.0-or-later
// What one export interval sends, independent of the wire format: one record per GPU of the node
// and one per (container, GPU), with the field names pvestatd would use for them (mem, maxmem as
// for guests; engines by the driver's engine name). Samples arrive at the sampler's rate (1 s);
// PVE's servers get one point per interval (pvestatd: 10 s). Engine busy and power are averaged
// over the interval (a single 1 s sample every 10 s would miss 90 % of the work); sizes and
// counts are the latest value.
import type { UsageSnapshot } from '../../api/types.ts';
import { staleGpus } from '../stale-figures.ts';

export interface GpuRecord {
  object: 'nodes' | 'lxc';
  /** For object 'lxc'. */
  vmid?: string;
  /** PCI address (or the collector's id) of the GPU. */
  gpu: string;
  fields: Record<string, number>;
}

export interface IntervalRecords {
  /** Seconds since epoch, the time of the latest sample (pvestatd sends whole seconds). */
  time: number;
  records: GpuRecord[];
}

type Acc = {
  object: 'nodes' | 'lxc';
  vmid?: string;
  gpu: string;
  sums: Map<string, number>;
  last: Map<string, number>;
};

/** Field names are used as Influx field keys, Graphite path parts and OTLP name parts. */
function fieldName(engine: string): string {
  return engine.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
}

export class IntervalAccumulator {
  private readonly acc = new Map<string, Acc>();
  private samples = 0;
  private lastTime = 0;
  /** GPU → samples of this interval in which its figures were old (left out of its averages) */
  private readonly staleSamples = new Map<string, number>();

  private entry(key: string, object: 'nodes' | 'lxc', gpu: string, vmid?: string): Acc {
    let a = this.acc.get(key);
    if (!a) {
      a = { object, vmid, gpu, sums: new Map(), last: new Map() };
      this.acc.set(key, a);
    }
    return a;
  }

  /** Cheap, synchronous: called on every sample, must never hold up the sampler's listeners. */
  add(snap: UsageSnapshot): void {
    this.samples += 1;
    this.lastTime = snap.time;
    // A stale GPU's last reading is not sent again as a new point (stale-figures.ts): only its up = 0.
    const old = staleGpus(snap);
    for (const s of snap.samples) {
      const a = this.entry(`n\0${s.gpu}`, 'nodes', s.gpu);
      setLast(a, 'up', s.status.state === 'ok' && !old.has(s.gpu) ? 1 : 0);
      if (old.has(s.gpu)) {
        this.staleSamples.set(s.gpu, (this.staleSamples.get(s.gpu) ?? 0) + 1);
        continue;
      }
      for (const [engine, pct] of Object.entries(s.engines)) addSum(a, fieldName(engine), pct);
      addSum(a, 'busy', s.busyPercent);
      addSum(a, 'power', s.powerWatts);
      setLast(a, 'freq', s.freqMHz);
      setLast(a, 'temp', s.temperatureC);
      setLast(a, 'mem', s.memoryUsedBytes);
      setLast(a, 'maxmem', s.memoryTotalBytes);
    }
    for (const o of snap.owners) {
      if (o.owner === 'host' || old.has(o.gpu)) continue;
      const a = this.entry(`c\0${o.owner}\0${o.gpu}`, 'lxc', o.gpu, o.owner);
      for (const [engine, pct] of Object.entries(o.engines)) addSum(a, fieldName(engine), pct);
      setLast(a, 'mem', o.memoryBytes);
      setLast(a, 'processes', o.processes);
    }
  }

  /** The interval's records; resets for the next interval. Undefined when no sample arrived. */
  take(): IntervalRecords | undefined {
    if (this.samples === 0) return undefined;
    const n = this.samples;
    const records: GpuRecord[] = [];
    for (const a of this.acc.values()) {
      const fields: Record<string, number> = {};
      // A container absent from some samples used the GPU for 0 % of them: divide by all, but
      // those in which the GPU's figures were old, which say nothing.
      const live = n - (this.staleSamples.get(a.gpu) ?? 0);
      for (const [k, sum] of a.sums) fields[k] = round(sum / live);
      for (const [k, v] of a.last) fields[k] = v;
      records.push({ object: a.object, vmid: a.vmid, gpu: a.gpu, fields });
    }
    const out = { time: Math.floor(this.lastTime / 1000), records };
    this.acc.clear();
    this.staleSamples.clear();
    this.samples = 0;
    return out;
  }
}

function addSum(a: Acc, key: string, v: number | undefined): void {
  if (v === undefined || !Number.isFinite(v)) return;
  a.sums.set(key, (a.sums.get(key) ?? 0) + v);
}
function setLast(a: Acc, key: string, v: number | undefined): void {
  if (v === undefined || !Number.isFinite(v)) return;
  a.last.set(key, v);
}
function round(v: number): number {
  return Math.round(v * 100) / 100;
}
