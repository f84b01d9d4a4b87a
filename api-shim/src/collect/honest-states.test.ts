// SPDX-License-Identifier: AGPL-3.0-or-later
// Honest states: a sampler that keeps failing serves its last numbers marked stale with their age
// (never as live), and `top --once` prints a real utilisation taken over one interval.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fixture as i915 } from '../../../test/fixtures/collect/drivers/i915.ts';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { i915Fdinfo } from '../demo/workload/host-tree.ts';
import { HostRoot } from '../host/host-root.ts';
import { Sampler } from './sampler.ts';

test('a sampler that keeps failing: last figures marked stale with the age of the last good sample', async () => {
  const dir = tempDir('stale');
  i915.build(dir);
  const s = new Sampler({ host: new HostRoot(dir), node: 'pve', intervalMs: 1000, discoverMs: 0 });
  const good = await s.sampleNow();
  assert.equal(s.latest(good.time + 1000)?.collectors.sampler, undefined, 'fresh: no sampler state');
  // /proc becomes a symlink loop (ELOOP): every sample fails from now on.
  renameSync(`${dir}/proc`, `${dir}/proc.away`);
  symlinkSync('proc', `${dir}/proc`);
  await assert.rejects(s.sampleNow());
  const later = s.latest(good.time + 12_000);
  assert.equal(later?.collectors.sampler?.state, 'stale');
  assert.equal(later?.collectors.sampler?.ageMs, 12_000);
  assert.match(later?.collectors.sampler?.message ?? '', /No good sample for 12 s \(.*ELOOP/);
  assert.equal(later?.time, good.time, 'the figures keep their own time');
  await s.stop();
});

test('top --once prints a real utilisation: two samples one interval apart on a busy GPU', async () => {
  const dir = tempDir('top-busy');
  i915.build(dir);
  // The CT's client keeps the render engine 60 % busy in real time while top runs.
  const began = process.hrtime.bigint();
  const busy = () => {
    const ns = ((process.hrtime.bigint() - began) * 6n) / 10n;
    const text = i915Fdinfo({ clientId: 41, pdev: '0000:03:00.0', engines: { render: ns, copy: 0 } });
    mkdirSync(`${dir}/proc/3100/fdinfo`, { recursive: true });
    writeFileSync(`${dir}/proc/3100/fdinfo/7.tmp`, text);
    renameSync(`${dir}/proc/3100/fdinfo/7.tmp`, `${dir}/proc/3100/fdinfo/7`);
  };
  busy();
  const ticker = setInterval(busy, 10);
  try {
    const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', cli, 'top', '--root', dir, '--once', '--interval', '1000', '--vmid', '101'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    const code = await new Promise<number | null>((r) => child.on('close', r));
    assert.equal(code, 0, err);
    const row = /^ {2}CT 101\s+(.*)$/m.exec(out)?.[1] ?? '';
    const render = Number(/^([\d.]+)%/.exec(row.trim())?.[1]);
    assert.ok(render > 30 && render <= 100, `CT 101 render ${render} % in:\n${out}`);
  } finally {
    clearInterval(ticker);
  }
});
