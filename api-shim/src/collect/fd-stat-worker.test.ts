// SPDX-License-Identifier: AGPL-3.0-or-later
// The stat worker's time bound is the stat's, not the host's: a healthy fd is never "stalled"
// because the worker thread was still starting, or because the main thread was busy (a 1 s
// history save, a loaded host) when the answer came. Real files and a real /dev node, stat()ed
// through /proc/<pid>/fd as the fd walk does; the busy main thread is a real synchronous spin.
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { holdEventLoop } from '../../../test/support/event-loop.ts';
import { FdStatWorker } from './fd-stat-worker.ts';

const BOUND_MS = 300;

/** Three healthy fds of this process: a regular file in a fresh tree, /dev/null, a directory. */
function healthyFds(): { paths: string[]; close: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgt-fdstat-'));
  writeFileSync(path.join(dir, 'model.bin'), 'x');
  const fds = [openSync(path.join(dir, 'model.bin'), 'r'), openSync('/dev/null', 'r'), openSync(dir, 'r')];
  return {
    paths: fds.map((fd) => `/proc/${process.pid}/fd/${fd}`),
    close: () => {
      for (const fd of fds) closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function assertHealthy(answers: Awaited<ReturnType<FdStatWorker['statAll']>>): void {
  assert.equal(answers.length, 3);
  assert.ok(
    answers.every((a) => typeof a === 'object'),
    `every stat answered: ${JSON.stringify(answers)}`,
  );
  const [file, devNull, dir] = answers as { char: boolean; rdev: number }[];
  assert.equal(file.char, false);
  assert.equal(devNull.char, true);
  assert.equal(devNull.rdev, (1 << 8) | 3, '/dev/null is 1:3');
  assert.equal(dir.char, false);
}

/** Runs `body` with a worker and healthy fds; closes both whatever happens. */
async function withWorker(
  opts: ConstructorParameters<typeof FdStatWorker>[0],
  body: (worker: FdStatWorker, paths: string[]) => Promise<void>,
): Promise<void> {
  const fds = healthyFds();
  const worker = new FdStatWorker(opts);
  try {
    await body(worker, fds.paths);
  } finally {
    worker.close();
    fds.close();
  }
}

test('a new worker thread that starts while the main thread is held: its healthy stats are not stalled', async () => {
  await withWorker({ timeoutMs: BOUND_MS }, async (worker, paths) => {
    const answers = worker.statAll(paths);
    // The thread starts and stats while this one is held three bounds long (a loaded host).
    holdEventLoop(3 * BOUND_MS);
    assertHealthy(await answers);
    assert.equal(worker.stalledCount, 0);
    assert.equal(worker.stuckThreads, 0);
  });
});

test('a running worker whose answer waits behind another job holding the main thread: not stalled', async () => {
  await withWorker({ timeoutMs: BOUND_MS }, async (worker, paths) => {
    assertHealthy(await worker.statAll(paths)); // the thread is up
    for (let round = 0; round < 3; round++) {
      // The stats are asked for from a setImmediate callback and the thread stays busy before
      // their answers are taken (a long job, a loaded host): the answers wait in the message
      // queue, and the loop's next turn runs the expired bound's timer before it delivers them.
      const answers = await new Promise<ReturnType<FdStatWorker['statAll']>>((resolve) =>
        setImmediate(() => {
          const pending = worker.statAll(paths);
          holdEventLoop(2 * BOUND_MS);
          resolve(pending);
        }),
      );
      assertHealthy(await answers);
    }
    assert.equal(worker.stalledCount, 0);
  });
});

test('a thread that never begins its stat in time is given up: the stat answers "gone" (tried again later), never "stalled"', async () => {
  // No thread starts within 1 ms (creating one and its JavaScript environment takes tens of ms).
  await withWorker({ timeoutMs: 1, startTimeoutMs: 1 }, async (worker, paths) => {
    assert.deepEqual(await worker.statAll(paths), ['gone', 'gone', 'gone']);
    assert.equal(worker.stalledCount, 0);
    assert.equal(worker.stuckThreads, 0, 'a thread given up before it began is not counted as stuck');
  });
});
