// SPDX-License-Identifier: AGPL-3.0-or-later
// InfluxDB line protocol as pvestatd writes it (pve-manager PVE/Status/InfluxDB.pm
// build_influxdb_payload): a nested hash under a guest or node becomes its own measurement, named
// by the key, with the object's tags plus "instance=<subkey>" — exactly how the node's "nics"
// arrive ("nics,object=nodes,host=pve1,instance=eth0 receive=…"). The GPUs are such a hash, so:
//   gpu,object=nodes,host=<node>,instance=<pci> render=12.5,video=40,freq=1200 <ns>
//   gpu,object=lxc,vmid=<vmid>,nodename=<node>,host=<ct name>,instance=<pci> video=40,mem=… <ns>
// and join PVE's "system,object=lxc,vmid=…" rows on vmid/nodename/host in existing dashboards.
// NVIDIA MIG instances are one more such hash under a GPU: measurement gpu_mig, the GPU's tags
// plus the instance's (../metrics-mig.ts names them as dcgm-exporter does):
//   gpu_mig,object=nodes,host=<node>,instance=<pci>,gpu_i_id=3,gpu_i_profile=2g.20gb,placement=0:2,gpu_ci_ids=0 mem=…,maxmem=…
//   gpu_mig,object=lxc,vmid=<vmid>,nodename=<node>,host=<ct name>,instance=<pci>,gpu_i_id=3,gpu_i_profile=2g.20gb,gpu_ci_id=0 mem=…,processes=1
// Transport as InfluxDB.pm: UDP datagrams of at most mtu-50 bytes, or one HTTP(S) POST per
// max-body-size to the v2 write API with "Authorization: Token <token>".

import type { IntervalRecords, MigTags } from './gpu-records.ts';
import type { InfluxDbServer } from './status-cfg.ts';

/** Tag keys and values: escape comma, equals sign and space (line protocol reference). */
function tag(v: string): string {
  return v.replace(/[,= \\]/g, (c) => `\\${c}`).replace(/\n/g, '');
}
function fieldKey(v: string): string {
  return v.replace(/[,= \\]/g, (c) => `\\${c}`);
}

function migTags(m: MigTags): string {
  let t = `,gpu_i_id=${m.gpuInstance}`;
  if (m.profile) t += `,gpu_i_profile=${tag(m.profile)}`;
  if (m.placement) t += `,placement=${tag(m.placement)}`;
  if (m.computeInstances) t += `,gpu_ci_ids=${tag(m.computeInstances.join(','))}`;
  if (m.computeInstance !== undefined) t += `,gpu_ci_id=${m.computeInstance}`;
  return t;
}

export function influxLines(
  data: IntervalRecords,
  node: string,
  names: (vmid: string) => string | undefined,
): string[] {
  const ns = `${data.time}000000000`;
  const lines: string[] = [];
  for (const r of data.records) {
    let tags: string;
    if (r.object === 'nodes') {
      tags = `object=nodes,host=${tag(node)}`;
    } else {
      tags = `object=lxc,vmid=${tag(r.vmid ?? '')},nodename=${tag(node)}`;
      const name = names(r.vmid ?? '');
      if (name) tags += `,host=${tag(name)}`;
    }
    const fields = Object.keys(r.fields)
      .sort()
      .map((k) => `${fieldKey(k)}=${r.fields[k]}`);
    if (fields.length === 0) continue;
    const measurement = r.mig ? 'gpu_mig' : 'gpu';
    const mig = r.mig ? migTags(r.mig) : '';
    lines.push(`${measurement},${tags},instance=${tag(r.gpu)}${mig} ${fields.join(',')} ${ns}\n`);
  }
  return lines;
}

/** Plugin.pm add_metric_data: fill a batch until the next line would reach the size. */
export function batchLines(lines: string[], maxBytes: number): Buffer[] {
  const out: Buffer[] = [];
  let cur = '';
  for (const line of lines) {
    if (cur && Buffer.byteLength(cur) + Buffer.byteLength(line) >= maxBytes) {
      out.push(Buffer.from(cur));
      cur = '';
    }
    cur += line;
  }
  if (cur) out.push(Buffer.from(cur));
  return out;
}

export function influxBatchSize(cfg: InfluxDbServer): number {
  // "empty IPv6 UDP packet needs 48 bytes overhead" (Plugin.pm _send_batch_size).
  return cfg.proto === 'udp' ? cfg.mtu - 50 : cfg.maxBodySize;
}

/** InfluxDB.pm _get_v2url. */
export function influxWriteUrl(cfg: InfluxDbServer): string {
  let prefix = cfg.apiPathPrefix || '/';
  const m = /^\/*(.+?)\/*$/.exec(prefix);
  if (prefix !== '/' && m) prefix = `/${m[1]}/`;
  const host = cfg.server.includes(':') ? `[${cfg.server}]` : cfg.server;
  const q = `org=${encodeURIComponent(cfg.organization)}&bucket=${encodeURIComponent(cfg.bucket)}`;
  return `${cfg.proto}://${host}:${cfg.port}${prefix}api/v2/write?${q}`;
}
