// SPDX-License-Identifier: AGPL-3.0-or-later
// Regression (issue 10): the in-container stat of a passed node walks a tree the container shapes.
// A container that mounts a FUSE file system of its own where the node should appear stalls that
// stat forever; the report must still come, at the deadline, without the node's in-container
// facts and saying which path did not answer, and the event loop must keep turning meanwhile.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { watchEventLoop } from '../../../../test/support/event-loop.ts';
import { HostRoot } from '../../host/host-root.ts';
import { parsePctConfig } from '../config/pct-config.ts';
import { readContainerFacts } from '../facts/container-facts.ts';
import { readHostFacts } from '../facts/host-facts.ts';
import { startContainer } from '../facts/stalled-container.test-util.ts';
import { buildContext } from './context.ts';

/** The in-container stat deadline here (ms). */
const DEADLINE_MS = 3000;

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

    const loop = watchEventLoop();
    const began = performance.now();
    const ctx = await buildContext({
      vmid: '900',
      node: 'pve',
      confPath: '/etc/pve/lxc/900.conf',
      conf,
      host,
      hostRoot,
      ct: ctFacts,
      ctStatDeadlineMs: DEADLINE_MS,
    });
    const took = performance.now() - began;
    const { maxGapMs } = loop.stop();

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
    // Two stalled paths: one deadline, not one each. Bounds of seconds: a loaded machine's delays
    // do not reach them, a loop held by the stat or a second wait does.
    assert.ok(
      took >= DEADLINE_MS && took < 2 * DEADLINE_MS,
      `the context came at the deadline (${Math.round(took)} ms), not after the rest`,
    );
    assert.ok(
      maxGapMs < DEADLINE_MS / 2,
      `the event loop kept turning (longest gap ${Math.round(maxGapMs)} ms)`,
    );
  } finally {
    ct.cleanup();
  }
});
