// SPDX-License-Identifier: AGPL-3.0-or-later
// Watches this process's event loop while a test waits on something that stalls (a FUSE stat, a
// read in a container): a loop held by the stall shows one gap as long as the stall's bound.
// Tests pick a bound of seconds, far above a loaded machine's scheduling delays, and compare
// the longest gap with it, never with a fixed small figure.

export interface EventLoopWatch {
  /** Stops watching: the longest gap between ticks (ms) and how many ticks came. */
  stop(): { maxGapMs: number; ticks: number };
}

/** `onTick`: also run at each tick (what a test looks at while the loop turns). */
export function watchEventLoop(everyMs = 10, onTick?: () => void): EventLoopWatch {
  let ticks = 0;
  let maxGapMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
    ticks += 1;
    onTick?.();
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      // the time since the last tick counts too: a loop held until the end shows here
      maxGapMs = Math.max(maxGapMs, performance.now() - last);
      return { maxGapMs, ticks };
    },
  };
}

/**
 * Holds this thread as a long synchronous job does (a big JSON encode, a loaded host): for `ms`,
 * the event loop runs no timer and delivers no message.
 */
export function holdEventLoop(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}
