// SPDX-License-Identifier: AGPL-3.0-or-later
// What one export interval sends, independent of the wire format: one record per GPU of the node
// and one per (container, GPU), with the field names pvestatd would use for them (mem, maxmem as
// for guests; engines by the driver's engine name). Samples arrive at the sampler's rate (1 s);
// PVE's servers get one point per interval (pvestatd: 10 s). Engine busy and power are averaged
// over the interval (a single 1 s sample every 10 s would miss 90 % of the work); sizes and
// counts are the latest value. An NVIDIA GPU in MIG mode adds one record per GPU instance and one
// per container and instance its processes run on (../mig-shares.ts), sizes and counts only.
import type { UsageSnapshot } from '../../api/types.ts';
import { migProfileLabel, migShares } from '../mig-shares.ts';
import { staleGpus } from '../stale-figures.ts';

/** Which NVIDIA MIG instance a record is about (the labels of ../metrics-mig.ts). */
export interface MigTags {
  /** GPU instance id (GI ID, dcgm-exporter's GPU_I_ID) */
  gpuInstance: number;
  /** as dcgm-exporter's GPU_I_PROFILE: "2g.20gb" */
  profile?: string;
  /** an instance's memory slices "start:size" */
  placement?: string;
  /** an instance's compute instances */
  computeInstances?: number[];
  /** a container's record: the compute instance (CI ID) its processes run on, where known */
  computeInstance?: number;
}

export interface GpuRecord {
  object: 'nodes' | 'lxc';
  /** For object 'lxc'. */
  vmid?: string;
  /** PCI address (or the collector's id) of the GPU. */
  gpu: string;
  /** set on the records of a MIG instance, and of a container's processes on one */
  mig?: MigTags;
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
  mig?: MigTags;
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
    this.addMig(snap, old);
  }

  /** MIG instances (sizes and counts: the latest value), and the containers' shares of them. */
  private addMig(snap: UsageSnapshot, old: ReadonlySet<string>): void {
    const profiles = new Map<string, string | undefined>();
    for (const s of snap.samples) {
      if (old.has(s.gpu)) continue;
      for (const i of s.migInstances ?? []) {
        const profile = migProfileLabel(i.profile);
        profiles.set(`${s.gpu}\0${i.gpuInstance}`, profile);
        const a = this.entry(`m\0${s.gpu}\0${i.gpuInstance}`, 'nodes', s.gpu);
        a.mig = {
          gpuInstance: i.gpuInstance,
          profile,
          placement: i.placement,
          computeInstances: [...i.computeInstances].sort((x, y) => x - y),
        };
        setLast(a, 'mem', i.memoryUsedBytes);
        setLast(a, 'maxmem', i.memoryTotalBytes);
        setLast(a, 'multiprocessors', i.multiprocessors);
        setLast(a, 'profile_id', i.profileId);
      }
    }
    for (const m of migShares(snap)) {
      if (m.owner === 'host' || old.has(m.gpu)) continue;
      const key = `mc\0${m.owner}\0${m.gpu}\0${m.gpuInstance}\0${m.computeInstance ?? ''}`;
      const a = this.entry(key, 'lxc', m.gpu, m.owner);
      a.mig = {
        gpuInstance: m.gpuInstance,
        profile: profiles.get(`${m.gpu}\0${m.gpuInstance}`),
        computeInstance: m.computeInstance,
      };
      setLast(a, 'mem', m.memoryBytes);
      setLast(a, 'processes', m.processes);
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
      records.push({ object: a.object, vmid: a.vmid, gpu: a.gpu, ...(a.mig ? { mig: a.mig } : {}), fields });
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
