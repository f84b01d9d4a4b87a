// SPDX-License-Identifier: AGPL-3.0-or-later
// `top --vmid N` names each process by its 16-byte comm; -c shows the whole command line, the
// one the GPU tab shows on demand, last on its row and never cut (procps top -c, ps -ww).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { UsageSnapshot } from '../api/types.ts';
import { render, run } from './top.ts';

const CMDLINE =
  '/usr/lib/jellyfin-ffmpeg/ffmpeg -analyzeduration 200M -init_hw_device vaapi=va:,kernel_driver=i915,driver=iHD -i file:/media/movies/a very long name.mkv -f hls /var/lib/jellyfin/transcodes/x.m3u8';

const snap = {
  time: Date.UTC(2026, 0, 1),
  node: 'pve',
  gpus: [{ id: '0000:00:02.0', name: 'Intel UHD Graphics 770', driver: 'i915', render: 'renderD128' }],
  samples: [{ gpu: '0000:00:02.0', engines: { video: 23 }, status: { state: 'ok' } }],
  owners: [
    { gpu: '0000:00:02.0', owner: '101', engines: { video: 23 }, memoryBytes: 180 << 20, processes: 1 },
  ],
  processes: [
    {
      pid: 41234,
      nspid: 312,
      owner: '101',
      comm: 'ffmpeg',
      cmdline: CMDLINE,
      gpu: '0000:00:02.0',
      engines: { video: 23 },
      memoryBytes: 180 << 20,
    },
  ],
  collectors: {},
} as unknown as UsageSnapshot;

test('top --vmid: the process by its name; with -c by its whole command line, last and uncut', () => {
  const short = render(snap, '101', 1);
  assert.match(short, /COMMAND +GPU/);
  assert.match(short, /41234 +312 +ffmpeg +0000:00:02\.0/);
  assert.ok(!short.includes(CMDLINE));
  const whole = render(snap, '101', 1, { commandLine: true });
  assert.match(whole, /MEM +COMMAND$/m);
  const row = whole.split('\n').find((l) => l.includes('41234')) ?? '';
  assert.ok(row.endsWith(` ${CMDLINE}`), row);
});

test('top takes -c and --command-line (the parse goes on to judge --vmid)', async () => {
  for (const flag of ['-c', '--command-line']) {
    const said: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => said.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      assert.equal(await run(['--vmid', 'x', flag]), 2);
    } finally {
      process.stderr.write = write;
    }
    assert.match(said.join(''), /--vmid must be a container id/, flag);
  }
});

test('top names the driver with its version where the source reports one (NVIDIA)', () => {
  assert.match(render(snap, undefined, 1), /Intel UHD Graphics 770 {2}\[i915, renderD128\]/);
  const nv = structuredClone(snap);
  nv.gpus[0].driverVersion = '550.144.03';
  assert.match(render(nv, undefined, 1), /Intel UHD Graphics 770 {2}\[i915 550\.144\.03, renderD128\]/);
});
