// SPDX-License-Identifier: AGPL-3.0-or-later
// PVE's own chart time frames (pve-manager RRD: 70 rows; hour = 1 min, day = 30 min, week = 3 h steps),
// so the GPU charts line up with the container's CPU/memory charts above them.
import type { Timeframe } from '../api/types.ts';

export const TIMEFRAMES: Record<Timeframe, { stepS: number; points: number }> = {
  hour: { stepS: 60, points: 70 },
  day: { stepS: 1800, points: 70 },
  week: { stepS: 10800, points: 70 },
};

/** Minutes kept: the week view needs 70 × 3 h = 8.75 days; 9 days, more than the 7 days promised. */
export const RETENTION_MINUTES = 9 * 24 * 60;
