// SPDX-License-Identifier: AGPL-3.0-or-later
// A back-filled history for the demo, so the hour/day/week charts show something the moment the
// demo starts: nine days of minute aggregates shaped like the live workload (jellyfin busier in
// the evening, both ollamas in office hours, frigate steady, Xorg idle), written as the sampler's own
// usage-history.json. Pass the same directory to the Sampler as `stateDir`.
import { HistoryStore } from '../../history/store.ts';
import { RETENTION_MINUTES } from '../../history/timeframes.ts';
import { DEMO_AMD } from './amd-rocm.ts';

const IGPU = '0000:00:02.0';
const NVGPU = '0000:01:00.0';
const AMDGPU = DEMO_AMD.pci;

/** Deterministic noise in [0, 1). */
function noise(n: number): number {
  const x = Math.sin(n * 12.9898) * 43758.5453;
  return x - Math.floor(x);
}

export async function writeDemoHistory(stateDir: string, nowMs = Date.now()): Promise<void> {
  const store = new HistoryStore({ stateDir });
  const last = Math.floor(nowMs / 60_000) - 1; // the open minute belongs to the live sampler
  for (let minute = last - RETENTION_MINUTES + 1; minute <= last; minute++) {
    const hour = new Date(minute * 60_000).getUTCHours();
    const evening = hour >= 18 && hour <= 23 ? 1 : 0.15;
    const office = hour >= 8 && hour <= 18 ? 1 : 0.1;
    const r = noise(minute);
    const transcoding = r < 0.6 * evening;
    const video = transcoding ? 45 + 40 * noise(minute + 1) : 0;
    const venh = transcoding ? 10 + 15 * noise(minute + 2) : 0;
    const frigateVideo = 6 + 8 * noise(minute + 3);
    const prompting = noise(minute + 4) < 0.5 * office;
    const sm = prompting ? 40 + 50 * noise(minute + 5) : 0;
    // CT 105's ROCm runner: CU occupancy and SDMA (amd-rocm.ts), its own office hours
    const rocm = noise(minute + 6) < 0.6 * office;
    const cu = rocm ? 35 + 40 * noise(minute + 7) : 0;
    const sdma = rocm ? 1 + 2 * noise(minute + 8) : 0;
    const at = (avg: Record<string, number>, peak = 1.3) => ({
      minute,
      avg,
      max: Object.fromEntries(
        Object.entries(avg).map(([k, v]) => [k, k === '#mem' ? v : Math.min(100, v * peak)]),
      ),
    });
    store.putMinute(
      '101',
      IGPU,
      at({
        video,
        'video-enhance': venh,
        render: transcoding ? 3 : 0,
        copy: 0,
        '#mem': transcoding ? 186e6 : 40e6,
      }),
    );
    store.putMinute(
      '103',
      IGPU,
      at({ video: frigateVideo, render: 2, copy: 0, 'video-enhance': 0, '#mem': 47e6 }),
    );
    store.putMinute('host', IGPU, at({ render: 1, copy: 0, video: 0, 'video-enhance': 0, '#mem': 12e6 }));
    store.putMinute('102', NVGPU, at({ sm, '#mem': prompting ? 9.6e9 : 9.0e9 }, 1.1));
    store.putMinute(
      HistoryStore.WHOLE_GPU,
      IGPU,
      at({ video: Math.min(100, video + frigateVideo), 'video-enhance': venh, render: 3, copy: 0 }),
    );
    store.putMinute(HistoryStore.WHOLE_GPU, NVGPU, at({ sm, nvenc: 0, nvdec: 0 }, 1.1));
    store.putMinute('105', AMDGPU, at({ cu, sdma, '#mem': rocm ? 9.1e9 : 8.9e9 }, 1.2));
    store.putMinute(HistoryStore.WHOLE_GPU, AMDGPU, at({ cu, sdma }, 1.2));
  }
  await store.save(nowMs);
}
