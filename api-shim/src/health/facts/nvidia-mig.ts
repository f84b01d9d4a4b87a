// SPDX-License-Identifier: AGPL-3.0-or-later
// The MIG instances of the host's NVIDIA GPUs and the minors of their capability nodes, as the
// driver publishes them (NVIDIA's MIG User Guide, "Device Nodes and Capabilities",
// https://docs.nvidia.com/datacenter/tesla/mig-user-guide/device-nodes-and-capabilities.html):
//   /proc/driver/nvidia/capabilities/gpu<N>/mig/gi<G>/access         one GPU instance
//   /proc/driver/nvidia/capabilities/gpu<N>/mig/gi<G>/ci<C>/access   one compute instance in it
// each holding "DeviceFileMinor: <m>" (then DeviceFileMode, DeviceFileModify): the node is
// /dev/nvidia-caps/nvidia-cap<m>, of the dynamic char major /proc/devices calls "nvidia-caps".
// <N> is the GPU's minor (N of /dev/nvidiaN; NVIDIA's container toolkit builds the same paths
// from NVML's minor number: internal/nvcaps, NewGPUInstanceCap/NewComputeInstanceCap). A GI
// directory exists only while MIG is on and the instance is created, so the list is empty on a
// GPU without MIG. Reads go through HostRoot (bounded, recorded for snapshots).
import { listDeviceNodes } from '../../host/device-nodes.ts';
import type { HostRoot } from '../../host/host-root.ts';

export interface MigCapInstance {
  /** the GPU's minor: /dev/nvidia<gpu> */
  gpu: number;
  /** GPU instance id (nvidia-smi's "GI ID") */
  gi: number;
  /** minor of /dev/nvidia-caps/nvidia-cap<minor> for the GI's access capability */
  giMinor: number;
  /** its compute instances and the minors of their access capabilities */
  cis: Array<{ ci: number; minor: number }>;
}

export interface MigCapFacts {
  instances: MigCapInstance[];
  /** minors of the nodes /dev/nvidia-caps holds on the host (the driver creates one only on request) */
  hostNodes: number[];
}

const CAPS = '/proc/driver/nvidia/capabilities';
/** bounds on what a driver directory can make us read: GPUs, GIs per GPU, CIs per GI */
const MAX = { gpus: 64, gis: 32, cis: 16 };

export function parseAccessMinor(text: string | undefined): number | undefined {
  const m = /^DeviceFileMinor:\s*(\d+)\s*$/m.exec(text ?? '');
  return m ? Number(m[1]) : undefined;
}

const numbered = (names: string[], prefix: string, max: number) =>
  names
    .map((n) => new RegExp(`^${prefix}(\\d+)$`).exec(n))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b)
    .slice(0, max);

export async function readMigCapFacts(host: HostRoot): Promise<MigCapFacts> {
  const instances = await readMigCapInstances(host);
  if (instances.length === 0) return { instances, hostNodes: [] };
  const names = await listDeviceNodes(host, '/dev/nvidia-caps').catch(() => [] as string[]);
  return { instances, hostNodes: numbered(names, 'nvidia-cap', 65536) };
}

export async function readMigCapInstances(host: HostRoot): Promise<MigCapInstance[]> {
  const list = (p: string) => host.readdir(p).catch(() => [] as string[]);
  const minorOf = async (p: string) => parseAccessMinor(await host.readText(p, 4096).catch(() => undefined));
  const out: MigCapInstance[] = [];
  for (const gpu of numbered(await list(CAPS), 'gpu', MAX.gpus)) {
    const mig = `${CAPS}/gpu${gpu}/mig`;
    for (const gi of numbered(await list(mig), 'gi', MAX.gis)) {
      const giMinor = await minorOf(`${mig}/gi${gi}/access`);
      if (giMinor === undefined) continue;
      const cis: MigCapInstance['cis'] = [];
      for (const ci of numbered(await list(`${mig}/gi${gi}`), 'ci', MAX.cis)) {
        const minor = await minorOf(`${mig}/gi${gi}/ci${ci}/access`);
        if (minor !== undefined) cis.push({ ci, minor });
      }
      out.push({ gpu, gi, giMinor, cis });
    }
  }
  return out;
}
