// SPDX-License-Identifier: AGPL-3.0-or-later
// Drivers' engine names → the UI's engine classes (research/gpu-counters.md §1.6).
import type { EngineClass } from '../api/types.ts';

const BY_NAME: Record<string, EngineClass> = {
  // i915
  render: 'render',
  copy: 'copy',
  video: 'video',
  'video-enhance': 'video-enhance',
  compute: 'compute',
  // xe
  rcs: 'render',
  bcs: 'copy',
  vcs: 'video',
  vecs: 'video-enhance',
  ccs: 'compute',
  // amdgpu
  gfx: 'render',
  dma: 'copy',
  dec: 'video',
  enc: 'video',
  enc_1: 'video',
  jpeg: 'video',
  vpe: 'video-enhance',
  // nvidia-smi (pmon columns / query-gpu utilisation)
  sm: 'compute',
  nvenc: 'video',
  nvdec: 'video',
  nvjpg: 'video',
  ofa: 'video-enhance',
};

export function engineClass(name: string): EngineClass {
  return BY_NAME[name] ?? 'other';
}
