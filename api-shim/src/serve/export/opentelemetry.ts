// SPDX-License-Identifier: AGPL-3.0-or-later
// OTLP/HTTP JSON as pvestatd sends it (pve-manager PVE/Status/OpenTelemetry.pm, PVE 9): one
// ExportMetricsServiceRequest with the resource attributes service.name=proxmox-ve,
// proxmox.cluster, proxmox.node (+ otel-resource-attributes), gauges named
// "<prefix>_<key>" with the object's attributes — the node's network cards come as
// proxmox_node_network_<key> with a "device" attribute, guests as proxmox_vm_<key> with
// vmid/node/name/type. The GPUs follow the same pattern:
//   proxmox_node_gpu_<field>  {node, gpu}
//   proxmox_vm_gpu_<field>    {vmid, node, name, type="lxc", gpu}
// and an NVIDIA MIG instance, and a container's share of one, with the instance's attributes
// (../metrics-mig.ts: as dcgm-exporter's labels):
//   proxmox_node_gpu_mig_<field>  {node, gpu, gpu_i_id, gpu_i_profile, placement, gpu_ci_ids}
//   proxmox_vm_gpu_mig_<field>    {vmid, node, name, type="lxc", gpu, gpu_i_id, gpu_i_profile, gpu_ci_id}
// gzip unless otel-compression is none; batches up to otel-max-body-size.
import { gzipSync } from 'node:zlib';
import type { IntervalRecords, MigTags } from './gpu-records.ts';
import type { OpenTelemetryServer } from './status-cfg.ts';

type AnyValue = { stringValue: string };
type KeyValue = { key: string; value: AnyValue };
export interface OtlpMetric {
  name: string;
  unit: string;
  gauge: {
    dataPoints: Array<{ timeUnixNano: string; attributes: KeyValue[]; asDouble?: number; asInt?: string }>;
  };
}

const kv = (key: string, value: string): KeyValue => ({ key, value: { stringValue: value } });

function unitOf(field: string): string {
  if (field === 'mem' || field === 'maxmem') return 'bytes';
  if (field === 'power') return 'W';
  if (field === 'freq') return 'MHz';
  if (field === 'temp') return 'Cel';
  if (field === 'processes' || field === 'up' || field === 'multiprocessors' || field === 'profile_id')
    return '1';
  return 'percent';
}

function migAttributes(m: MigTags): KeyValue[] {
  const out = [kv('gpu_i_id', String(m.gpuInstance))];
  if (m.profile) out.push(kv('gpu_i_profile', m.profile));
  if (m.placement) out.push(kv('placement', m.placement));
  if (m.computeInstances) out.push(kv('gpu_ci_ids', m.computeInstances.join(',')));
  if (m.computeInstance !== undefined) out.push(kv('gpu_ci_id', String(m.computeInstance)));
  return out;
}

export function otlpMetrics(
  data: IntervalRecords,
  node: string,
  names: (vmid: string) => string | undefined,
): OtlpMetric[] {
  const time = `${data.time}000000000`;
  const out: OtlpMetric[] = [];
  for (const r of data.records) {
    const own =
      r.object === 'nodes'
        ? [kv('node', node), kv('gpu', r.gpu)]
        : [
            kv('vmid', r.vmid ?? ''),
            kv('node', node),
            kv('name', names(r.vmid ?? '') ?? ''),
            kv('type', 'lxc'),
            kv('gpu', r.gpu),
          ];
    const attributes = r.mig ? [...own, ...migAttributes(r.mig)] : own;
    const prefix = `${r.object === 'nodes' ? 'proxmox_node_gpu' : 'proxmox_vm_gpu'}${r.mig ? '_mig' : ''}`;
    for (const k of Object.keys(r.fields).sort()) {
      const v = r.fields[k];
      const point = Number.isInteger(v)
        ? { timeUnixNano: time, attributes, asInt: String(v) }
        : { timeUnixNano: time, attributes, asDouble: v };
      out.push({
        name: `${prefix}_${k.replace(/-/g, '_')}`,
        unit: unitOf(k),
        gauge: { dataPoints: [point] },
      });
    }
  }
  return out;
}

export function otlpRequest(metrics: OtlpMetric[], resource: Record<string, string>): unknown {
  return {
    resourceMetrics: [
      {
        resource: { attributes: Object.entries(resource).map(([k, v]) => kv(k, v)) },
        scopeMetrics: [{ scope: { name: 'pve-gpu-tab' }, metrics }],
      },
    ],
  };
}

/** Bodies of at most maxBodySize (after compression); a single oversized metric goes alone. */
export function otlpBodies(
  metrics: OtlpMetric[],
  resource: Record<string, string>,
  cfg: OpenTelemetryServer,
): Buffer[] {
  const encode = (m: OtlpMetric[]) => {
    const json = Buffer.from(JSON.stringify(otlpRequest(m, resource)));
    return cfg.compression === 'gzip' ? gzipSync(json) : json;
  };
  if (metrics.length === 0) return [];
  const whole = encode(metrics);
  if (whole.length <= cfg.maxBodySize || metrics.length === 1) return [whole];
  const half = Math.ceil(metrics.length / 2);
  return [
    ...otlpBodies(metrics.slice(0, half), resource, cfg),
    ...otlpBodies(metrics.slice(half), resource, cfg),
  ];
}

export function otlpUrl(cfg: OpenTelemetryServer): string {
  const host = cfg.server.includes(':') ? `[${cfg.server}]` : cfg.server;
  const path = cfg.path.startsWith('/') ? cfg.path : `/${cfg.path}`;
  return `${cfg.proto}://${host}:${cfg.port}${path}`;
}
