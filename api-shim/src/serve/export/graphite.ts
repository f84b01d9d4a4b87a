// SPDX-License-Identifier: AGPL-3.0-or-later
// Graphite plaintext as pvestatd writes it (pve-manager PVE/Status/Graphite.pm assemble): every
// number of the nested hash under "<path>.nodes.<node>" or "<path>.lxc.<vmid>" becomes
// "<path>.<object>.<key>.<subkey> <value> <time>", dots inside a key replaced by "-". The GPUs are
// one more hash level, so:
//   proxmox.nodes.<node>.gpu.0000:00:02-0.render 12.5 1764399600
//   proxmox.lxc.<vmid>.gpu.0000:00:02-0.video 40 1764399600
// beside PVE's own proxmox.lxc.<vmid>.cpu. An NVIDIA MIG instance is one level deeper, by its GPU
// instance id, and a container's share of it one more, by the compute instance ("na" where
// nvidia-smi prints N/A):
//   proxmox.nodes.<node>.gpu.0000:01:00-0.mig.3.maxmem 20937965568 1764399600
//   proxmox.lxc.<vmid>.gpu.0000:01:00-0.mig.3.0.mem 9663676416 1764399600
// Batches as Graphite.pm: mtu-50 bytes over UDP,
// 56000 over TCP.
import type { IntervalRecords } from './gpu-records.ts';
import type { GraphiteServer } from './status-cfg.ts';

function part(key: string): string {
  // Graphite.pm: s/\./-/g; whitespace would split the line, so it goes too.
  return key.replace(/\./g, '-').replace(/\s/g, '_');
}

export function graphiteLines(data: IntervalRecords, node: string, cfg: GraphiteServer): string[] {
  const lines: string[] = [];
  for (const r of data.records) {
    const object = r.object === 'nodes' ? `nodes.${part(node)}` : `lxc.${part(r.vmid ?? '')}`;
    let base = `${cfg.path}.${object}.gpu.${part(r.gpu)}`;
    if (r.mig) {
      base += `.mig.${r.mig.gpuInstance}`;
      if (r.object === 'lxc') base += `.${r.mig.computeInstance ?? 'na'}`;
    }
    for (const k of Object.keys(r.fields).sort()) {
      lines.push(`${base}.${part(k)} ${r.fields[k]} ${data.time}\n`);
    }
  }
  return lines;
}

export function graphiteBatchSize(cfg: GraphiteServer): number {
  return cfg.proto === 'tcp' ? 56000 : cfg.mtu - 50;
}
