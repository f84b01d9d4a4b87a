// SPDX-License-Identifier: AGPL-3.0-or-later
// The synthetic GPU load the dashboard pictures show (screenshot.ts): two nodes, four containers,
// smooth waves so every panel has something to draw. Times are in ms; the waves' periods in s.
import type { GpuInfo, UsageSnapshot } from '../../api-shim/src/api/types.ts';

export const wave = (t: number, period: number, lo: number, hi: number, phase = 0) =>
  lo + ((hi - lo) * (1 + Math.sin((2 * Math.PI * t) / period + phase))) / 2;

/** Node pve1: an Arc A380 (Jellyfin transcodes, Frigate detects) and an RTX 3060 (Ollama); pve2: an iGPU (Plex). */
export function snapshot(node: string, time: number): UsageSnapshot {
  const s = time / 1000;
  const gpu = (id: string, name: string, driver: string) => ({
    id,
    pci: id,
    vendor: (driver === 'nvidia' ? 'nvidia' : 'intel') as GpuInfo['vendor'],
    vendorId: '8086',
    deviceId: '0',
    name,
    driver,
    card: 'card0',
    render: 'renderD128',
    byPath: [],
  });
  const classes = {
    render: 'render',
    video: 'video',
    'video-enhance': 'video-enhance',
    compute: 'compute',
    copy: 'copy',
  } as const;
  if (node === 'pve1') {
    const jf = {
      video: wave(s, 900, 5, 60),
      'video-enhance': wave(s, 900, 2, 25),
      render: wave(s, 300, 0, 8),
    };
    const fr = { video: wave(s, 120, 8, 14, 1), compute: wave(s, 60, 10, 30) };
    const ol = { compute: Math.max(0, wave(s, 1800, -40, 95, 2)) };
    return {
      time,
      node,
      gpus: [
        gpu('0000:03:00.0', 'Intel Arc A380', 'i915'),
        gpu('0000:01:00.0', 'NVIDIA GeForce RTX 3060', 'nvidia'),
      ],
      samples: [
        {
          gpu: '0000:03:00.0',
          status: { state: 'ok' },
          engineClasses: { ...classes },
          engines: {
            video: jf.video + fr.video,
            'video-enhance': jf['video-enhance'],
            render: jf.render,
            compute: fr.compute,
            copy: 1,
          },
          powerWatts: 12 + jf.video / 5,
          freqMHz: 2000,
        },
        {
          gpu: '0000:01:00.0',
          status: { state: 'ok' },
          engineClasses: { ...classes },
          engines: { compute: ol.compute, copy: ol.compute / 10 },
          powerWatts: 20 + ol.compute * 1.3,
          freqMHz: 1800,
        },
      ],
      owners: [
        { owner: '101', gpu: '0000:03:00.0', engines: jf, memoryBytes: 600 * 2 ** 20, processes: 2 },
        { owner: '103', gpu: '0000:03:00.0', engines: fr, memoryBytes: 300 * 2 ** 20, processes: 1 },
        {
          owner: '102',
          gpu: '0000:01:00.0',
          engines: ol,
          memoryBytes: (ol.compute > 1 ? 7 : 0.5) * 2 ** 30,
          processes: 1,
        },
      ],
      processes: [],
      collectors: {},
    };
  }
  const px = { video: wave(s, 600, 10, 45, 3), render: wave(s, 600, 1, 6) };
  return {
    time,
    node,
    gpus: [gpu('0000:00:02.0', 'Intel UHD Graphics 770', 'i915')],
    samples: [
      {
        gpu: '0000:00:02.0',
        status: { state: 'ok' },
        engineClasses: { ...classes },
        engines: { ...px, copy: 0.5 },
        powerWatts: 4 + px.video / 10,
      },
    ],
    owners: [{ owner: '201', gpu: '0000:00:02.0', engines: px, memoryBytes: 200 * 2 ** 20, processes: 1 }],
    processes: [],
    collectors: {},
  };
}
