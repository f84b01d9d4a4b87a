// SPDX-License-Identifier: AGPL-3.0-or-later
// Datacenter → GPU in the PVE-like shell on Debian's Chromium, against two real shims on
// 127.0.0.1 (pve1) and 127.0.0.2 (pve2) as a two-node cluster (same port, pinned certificates,
// the mock PVE API deciding permissions, as api-shim/src/serve/cluster/forward.test.ts). The
// page is served by pve1's shim, so every request goes to pve1, which forwards pve2's.
import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { RunningShim } from '../../api-shim/src/serve/server.ts';
import { CLUSTER_POLL_MS } from '../../plugin/src/panel/cluster-poll-controller.ts';
import { launchChromium } from '../support/browser.ts';
import { type ClusterFixture, NODE_A, NODE_B, sampleSnapshot } from '../support/mock-pve/fixture.ts';
import { startTwoNodes, type TwoNodes } from '../support/mock-pve/two-nodes.ts';
import { shellRoute } from '../support/shell-server.ts';
import { openShell, until } from './helpers.ts';
import { buildForBrowser, repo } from './shell-world.ts';

let nodes: TwoNodes;
let fx: ClusterFixture;
let shimA: RunningShim;
let browser: Browser;

before(async () => {
  buildForBrowser();
  nodes = await startTwoNodes({
    vmidsA: ['101', '102'],
    shimA: { extraRoutes: shellRoute(repo) },
    prepare: (f, usageB) => {
      // alice: Sys.Audit on every node (PVEAuditor on /nodes), VM.Audit only on CT 101 (group media).
      f.pve.model.acl.push({ path: '/nodes', ugid: 'alice@pve', role: 'PVEAuditor', propagate: true });
      const b = sampleSnapshot(NODE_B);
      b.owners = [
        { owner: '201', gpu: '0000:00:02.0', engines: { video: 75 }, memoryBytes: 64 << 20, processes: 3 },
      ];
      usageB.snapshot = b;
    },
  });
  ({ fx, shimA } = nodes);
  // Chromium trusts exactly pve1's certificate (by its key), nothing else.
  const spki = new X509Certificate(fx.certs[NODE_A].cert).publicKey.export({ type: 'spki', format: 'der' });
  browser = await launchChromium([
    `--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`,
  ]);
});

after(async () => {
  await browser?.close();
  await nodes?.close();
});

const open = (user: string, extra: Record<string, string> = {}, opts: { clock?: boolean } = {}) =>
  openShell(
    browser,
    shimA.url,
    {
      nodes: `${NODE_A},${NODE_B}`,
      cts: '101:jellyfin,102:ollama,201:plex',
      ticket: fx.pve.tickets.issue(user),
      select: 'root',
      ...extra,
    },
    opts,
  );

/** Rows of the view: "node owner" for every container row, and each node's state. */
async function view(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const el = document.querySelector('pvegpu-cluster-tab');
    const root = el?.shadowRoot;
    if (!root) return undefined;
    return {
      nodes: [...root.querySelectorAll('section')].map((s) => `${s.dataset.node}:${s.dataset.nodeState}`),
      owners: [...root.querySelectorAll('tr.owner[data-owner]')].map(
        (r) =>
          `${(r as HTMLElement).dataset.node ?? ''} ${(r as HTMLElement).dataset.owner} ${r.textContent?.replace(/\s+/g, ' ').trim()}`,
      ),
      text: root.textContent?.replace(/\s+/g, ' ') ?? '',
      states: [...root.querySelectorAll('[data-state]')].map((s) => (s as HTMLElement).dataset.state),
    };
  });
}

test('Datacenter → GPU lists every node`s GPUs and the containers using them, through pve1', async () => {
  const { page, pageErrors } = await open('auditor@pve');
  await page.locator('.pveshell-nav .x-grid-cell-inner', { hasText: /^GPU$/ }).click();
  await until(
    async () => (await view(page))?.nodes.join() === 'pve1:ok,pve2:ok',
    'both nodes answered',
    10_000,
  );
  const v = await view(page);
  assert.ok(v);
  assert.ok(
    v.owners.some((o) => o.startsWith('pve1 101 CT 101 (jellyfin)') && /Video 40/.test(o)),
    v.owners.join('\n'),
  );
  assert.ok(
    v.owners.some((o) => o.startsWith('pve1 102 CT 102 (ollama)')),
    v.owners.join('\n'),
  );
  assert.ok(
    v.owners.some(
      (o) => o.startsWith('pve2 201 CT 201 (plex)') && /Video 75/.test(o) && /64(\.0)? MiB/.test(o),
    ),
    v.owners.join('\n'),
  );
  assert.deepEqual(pageErrors, []);
  // The nav order: after Cluster, before Options.
  const nav = await page.$$eval('.pveshell-nav .x-grid-cell-inner', (els) =>
    els.map((e) => (e.textContent ?? '').trim()),
  );
  assert.equal(nav[nav.indexOf('GPU') + 1], 'Options');
  await page.close();
});

test('each node filters by the user`s permissions, as the node view does', async () => {
  const { page } = await open('alice@pve');
  await page.locator('.pveshell-nav .x-grid-cell-inner', { hasText: /^GPU$/ }).click();
  await until(
    async () => (await view(page))?.nodes.join() === 'pve1:ok,pve2:ok',
    'both nodes answered',
    10_000,
  );
  const v = await view(page);
  assert.deepEqual(
    v?.owners.map((o) => o.split(' ').slice(0, 2).join(' ')),
    ['pve1 101'],
    'alice may audit CT 101 only: 102 and 201 are left out',
  );
  await page.close();
});

test('a node that does not answer is shown as such; the other stays', async () => {
  await nodes.stopB();
  const { page } = await open('auditor@pve', {}, { clock: true });
  await page.locator('.pveshell-nav .x-grid-cell-inner', { hasText: /^GPU$/ }).click();
  await until(async () => (await view(page))?.nodes.join() === 'pve1:ok,pve2:failed', 'pve2 failed', 10_000);
  const v = await view(page);
  assert.ok(v?.states.includes('node-unreachable'), JSON.stringify(v?.states));
  assert.match(v?.text ?? '', /Node pve2 does not answer/);
  assert.ok(v?.owners.some((o) => o.startsWith('pve1 101')));
  // It comes back by itself when the node does (the view polls).
  await nodes.startB();
  // the view's next poll, now rather than up to CLUSTER_POLL_MS later (its timer, on the page's clock)
  await page.clock.runFor(CLUSTER_POLL_MS);
  await until(async () => (await view(page))?.nodes.join() === 'pve1:ok,pve2:ok', 'pve2 back', 15_000);
  await page.close();
});

test('in German: the node that does not answer, and pve1`s reason from its forwarding error, in German', async () => {
  await nodes.stopB();
  try {
    const { page } = await open('auditor@pve', { lang: 'de' });
    await page.locator('.pveshell-nav .x-grid-cell-inner', { hasText: /^GPU$/ }).click();
    await until(
      async () => (await view(page))?.nodes.join() === 'pve1:ok,pve2:failed',
      'pve2 failed',
      10_000,
    );
    const text = (await view(page))?.text ?? '';
    assert.match(text, /Knoten pve2 antwortet nicht/);
    // pve1's 503 node-unreachable, rendered from its messageMsg (api/http-messages.ts); the
    // parameters (address, the system's ECONNREFUSED) stay as pve1 sent them
    assert.match(
      text,
      /\(Der GPU-Dienst von Knoten „pve2“ unter 127\.0\.0\.2:\d+ ist nicht erreichbar: .*ECONNREFUSED.*\)/,
    );
    assert.doesNotMatch(text, /cannot reach the GPU service/);
    await page.close();
  } finally {
    await nodes.startB();
  }
});
