// SPDX-License-Identifier: AGPL-3.0-or-later
// Regression (issue 10): the in-container stat of a passed node walks a tree the container shapes.
// A container that mounts a FUSE file system of its own where the node should appear stalls that
// stat forever; the report must still come, at the deadline, without the node's in-container
// facts and saying which path did not answer, and the event loop must keep turning meanwhile.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HostRoot } from '../../host/host-root.ts';
import { parsePctConfig } from '../config/pct-config.ts';
import { readContainerFacts } from '../facts/container-facts.ts';
import { readHostFacts } from '../facts/host-facts.ts';
import { startContainer } from '../facts/stalled-container.test-util.ts';
import { buildContext } from './context.ts';

test('a node path stalled on the container’s own FUSE mount costs the report its deadline, never the daemon', async () => {
  const ct = await startContainer();
  try {
    const hostRoot = new HostRoot('/');
    // /dev/dri bound to /stall/dri: the in-container look-up goes through the stalled FUSE root.
    const conf = parsePctConfig(
      'arch: amd64\nhostname: stall\nunprivileged: 1\n' +
        'lxc.mount.entry: /dev/dri stall/dri none bind,optional,create=dir\n' +
        'lxc.mount.entry: /dev/dri/renderD128 stall/renderD128 none bind,optional,create=file\n',
    );
    const [host, ctFacts] = await Promise.all([
      readHostFacts(hostRoot),
      readContainerFacts(hostRoot, ct.pid),
    ]);

    let maxGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 10);
    const began = performance.now();
    const ctx = await buildContext({
      vmid: '900',
      node: 'pve',
      confPath: '/etc/pve/lxc/900.conf',
      conf,
      host,
      hostRoot,
      ct: ctFacts,
      ctStatDeadlineMs: 300,
    });
    const took = performance.now() - began;
    clearInterval(ticker);

    assert.equal(ctx.nodes.length, 2, 'both mount entries are passed nodes');
    assert.deepEqual(
      ctx.ctStatTimeouts,
      ['/stall/dri'],
      'the first stalled path is named, the rest not tried',
    );
    assert.ok(
      ctx.nodes.every((n) => n.inCt === undefined),
      'no in-container facts are made up',
    );
    assert.ok(took < 1500, `the context came at the deadline (${Math.round(took)} ms), not after the rest`);
    assert.ok(maxGap < 200, `the event loop kept turning (longest gap ${Math.round(maxGap)} ms)`);
  } finally {
    ct.cleanup();
  }
});
