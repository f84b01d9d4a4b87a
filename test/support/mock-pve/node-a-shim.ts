// SPDX-License-Identifier: AGPL-3.0-or-later
// The options of a real shim serving pve1 of a makeCluster() fixture, as the service tests start
// it: an ephemeral loopback port, permissions asked at the mock PVE API, fake usage and health of
// CT 101 and 102, no rate limit in the way, no log. A test passes what it needs different.
import { HostRoot } from '../../../api-shim/src/host/host-root.ts';
import { defaultConfig, type ShimConfig } from '../../../api-shim/src/serve/config-file.ts';
import { silentLogger } from '../../../api-shim/src/serve/log.ts';
import type { ShimOptions } from '../../../api-shim/src/serve/server.ts';
import { type ClusterFixture, FakeHealth, FakeUsage, NODE_A } from './fixture.ts';

export function nodeAShim(
  fx: ClusterFixture,
  over: Partial<ShimOptions> = {},
  config: Partial<ShimConfig> = {},
): ShimOptions {
  return {
    config: {
      ...defaultConfig(),
      port: 0,
      listen: '127.0.0.1',
      pveApi: fx.pve.url,
      root: fx.rootA,
      rateLimitPerMinute: 100_000,
      ...config,
    },
    host: new HostRoot(fx.rootA),
    node: NODE_A,
    usage: new FakeUsage(NODE_A),
    health: new FakeHealth(NODE_A, ['101', '102']),
    logger: silentLogger,
    ...over,
  };
}
