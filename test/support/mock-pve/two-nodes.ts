// SPDX-License-Identifier: AGPL-3.0-or-later
// A two-node cluster of real shims on loopback, as on real nodes: pve1 on 127.0.0.1 and pve2 on
// 127.0.0.2, the same port, pinned certificates, the mock PVE API of makeCluster() deciding
// permissions. Shared by the forwarding tests (api-shim/src/serve/cluster/forward.test.ts) and
// the Datacenter browser test (test/e2e/datacenter.test.ts).
import { HostRoot } from '../../../api-shim/src/host/host-root.ts';
import { defaultConfig, type ShimConfig } from '../../../api-shim/src/serve/config-file.ts';
import { silentLogger } from '../../../api-shim/src/serve/log.ts';
import { type RunningShim, type ShimOptions, startShim } from '../../../api-shim/src/serve/server.ts';
import { freePort } from '../real-servers.ts';
import { type ClusterFixture, FakeHealth, FakeUsage, makeCluster, NODE_A, NODE_B } from './fixture.ts';

export interface TwoNodes {
  fx: ClusterFixture;
  /** the port both nodes listen on */
  port: number;
  /** what pve2 serves (tests set its snapshot and emit) */
  usageB: FakeUsage;
  shimA: RunningShim;
  /** A node's config: listening on `listen`, its host tree `root`, the common port and PVE API. */
  config(listen: string, root: string): ShimConfig;
  /** Starts pve2's shim (again). */
  startB(): Promise<RunningShim>;
  /** pve2's shim now: started with the cluster, replaced by startB(), undefined after stopB(). */
  shimB?: RunningShim;
  stopB(): Promise<void>;
  /** Stops both shims and removes the fixture. */
  close(): Promise<void>;
}

export interface TwoNodesOptions {
  /** containers pve1 holds health reports for */
  vmidsA: string[];
  /** more options of pve1's shim (routes, pin refresh) */
  shimA?: Partial<ShimOptions>;
  /** called with the fixture before either shim starts (extra ACL entries, pve2's snapshot) */
  prepare?: (fx: ClusterFixture, usageB: FakeUsage) => void;
}

export async function startTwoNodes(opts: TwoNodesOptions): Promise<TwoNodes> {
  const fx = await makeCluster();
  const usageB = new FakeUsage(NODE_B);
  opts.prepare?.(fx, usageB);
  const port = await freePort('127.0.0.1', '127.0.0.2');
  const config = (listen: string, root: string): ShimConfig => ({
    ...defaultConfig(),
    port,
    listen,
    pveApi: fx.pve.url,
    root,
    peerTimeoutMs: 1500,
    rateLimitPerMinute: 100_000,
  });
  const startB = () =>
    startShim({
      config: config('127.0.0.2', fx.rootB),
      host: new HostRoot(fx.rootB),
      node: NODE_B,
      usage: usageB,
      health: new FakeHealth(NODE_B, ['201']),
      logger: silentLogger,
    });
  const shimA = await startShim({
    config: config('127.0.0.1', fx.rootA),
    host: new HostRoot(fx.rootA),
    node: NODE_A,
    usage: new FakeUsage(NODE_A),
    health: new FakeHealth(NODE_A, opts.vmidsA),
    logger: silentLogger,
    ...opts.shimA,
  });
  const nodes: TwoNodes = {
    fx,
    port,
    usageB,
    shimA,
    config,
    async startB() {
      nodes.shimB = await startB();
      return nodes.shimB;
    },
    async stopB() {
      await nodes.shimB?.close();
      nodes.shimB = undefined;
    },
    async close() {
      await shimA.close();
      await nodes.stopB();
      await fx.cleanup();
    },
  };
  await nodes.startB();
  return nodes;
}
