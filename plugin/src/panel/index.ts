// SPDX-License-Identifier: AGPL-3.0-or-later
// Panel chunk, imported by the boot script when a GPU tab first opens. It mounts a Lit
// element into the Ext card's body and hands back a handle the card uses on updates and
// when PVE destroys it.
import type { ClusterNode } from './cluster-poll-controller.ts';
import { PveGpuClusterTab } from './components/cluster-tab.ts';
import { PveGpuCtTab } from './components/ct-tab.ts';
import { PveGpuNodeTab } from './components/node-tab.ts';
import { ShimClient } from './shim-client.ts';
import type { TimeframeStore } from './timeframe-choice.ts';

export interface MountOptions {
  node: string;
  vmid?: string;
  name?: string;
  status?: string;
  baseUrl: string;
  ticket: () => string;
  openContainer?: (vmid: string) => void;
  /** A container's name from PVE's resource store, when the UI knows it. */
  containerName?: (vmid: string) => string | undefined;
  /** PVE's chart time frame choice (Ext state `proxmoxRRDTypeSelection`), from the boot script. */
  timeframeStore?: TimeframeStore;
  /** Datacenter view: the cluster's nodes from PVE's resource store. */
  clusterNodes?: () => ClusterNode[];
  /** Datacenter view: open a container of another node. */
  openNodeContainer?: (vmid: string, node: string) => void;
}

export interface MountHandle {
  update(opts: Partial<Pick<MountOptions, 'status'>>): void;
  destroy(): void;
}

export function mountContainer(host: HTMLElement, opts: MountOptions): MountHandle {
  const el = document.createElement('pvegpu-ct-tab') as PveGpuCtTab;
  el.client = new ShimClient({ baseUrl: opts.baseUrl, ticket: opts.ticket });
  el.node = opts.node;
  el.vmid = String(opts.vmid ?? '');
  el.ctName = opts.name ?? '';
  el.status = opts.status ?? 'running';
  if (opts.timeframeStore) el.timeframeStore = opts.timeframeStore;
  host.appendChild(el);
  return {
    update(u) {
      if (u.status && u.status !== el.status) el.status = u.status;
    },
    destroy() {
      el.remove();
    },
  };
}

export function mountNode(host: HTMLElement, opts: MountOptions): MountHandle {
  const el = document.createElement('pvegpu-node-tab') as PveGpuNodeTab;
  el.client = new ShimClient({ baseUrl: opts.baseUrl, ticket: opts.ticket });
  el.node = opts.node;
  el.openContainer = opts.openContainer;
  el.containerName = opts.containerName;
  if (opts.timeframeStore) el.timeframeStore = opts.timeframeStore;
  host.appendChild(el);
  return {
    update() {},
    destroy() {
      el.remove();
    },
  };
}

export function mountCluster(host: HTMLElement, opts: MountOptions): MountHandle {
  const el = document.createElement('pvegpu-cluster-tab') as PveGpuClusterTab;
  el.client = new ShimClient({ baseUrl: opts.baseUrl, ticket: opts.ticket });
  el.nodes = opts.clusterNodes ?? (() => (opts.node ? [{ node: opts.node }] : []));
  el.openContainer = opts.openNodeContainer ?? ((vmid) => opts.openContainer?.(vmid));
  el.containerName = opts.containerName;
  host.appendChild(el);
  return {
    update() {},
    destroy() {
      el.remove();
    },
  };
}

/** Called by the boot script with the UI language and its catalogue before the first mount. */
export { useLanguage } from './i18n.ts';
export { PveGpuClusterTab, PveGpuCtTab, PveGpuNodeTab };
