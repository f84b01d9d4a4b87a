// SPDX-License-Identifier: AGPL-3.0-or-later
// Tests wait on a condition, never on a fixed time: a sleep-then-assert passes on an idle machine
// and fails on a loaded one (a CI runner, parallel jobs), where a child process takes seconds to
// start. The deadline only bounds how long a real failure takes to report, so it is generous.

/** How long a condition may take by default before the test fails (ms). */
export const DEADLINE_MS = 30_000;

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/**
 * Polls `cond` until it returns a truthy value, and returns that value; throws naming `what`
 * once `timeoutMs` have passed without one.
 */
export async function until<T>(
  cond: () => T | Promise<T>,
  what: string,
  timeoutMs = DEADLINE_MS,
  everyMs = 20,
): Promise<Truthy<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await cond();
    if (v) return v as Truthy<T>;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Samples `sampler` until `ok` holds for a sample, and returns that sample. For samplers with
 * nvidia-smi stand-ins: each is a node process, slow to start on a loaded machine, where the
 * collector may also restart one it took for hung: up to 90 s.
 */
export function sampleUntil<S>(
  sampler: { sampleNow(): Promise<S> },
  ok: (snap: S) => boolean,
  what: string,
): Promise<S> {
  return until(
    async () => {
      const snap = await sampler.sampleNow();
      return ok(snap) && { snap };
    },
    what,
    90_000,
  ).then((r) => r.snap);
}
