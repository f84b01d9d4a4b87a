// SPDX-License-Identifier: AGPL-3.0-or-later
// The health engine reads the host only through HostRoot, device-nodes.ts and ct-reader.ts, the
// three places that tell a recorder what they read (host/read-recorder.ts). That is what makes a
// snapshot carry every fact a check reads, including a new check's new file, with no code of its
// own (collect/snapshot/replay.test.ts). A health module that opened files itself would escape the
// recording: this test names it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const healthDir = path.dirname(fileURLToPath(import.meta.url));
/** ct-reader.ts spawns the confined reader and records each of its answers. */
const ALLOWED = new Set(['facts/ct-reader.ts']);

function productFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...productFiles(p));
    else if (/\.ts$/.test(name) && !/\.test\.ts$|\.test-util\.ts$/.test(name)) out.push(p);
  }
  return out;
}

test('health modules read files only through the recorded layer', () => {
  const offenders: string[] = [];
  const files = productFiles(healthDir);
  assert.ok(files.length > 20, `only ${files.length} health modules found`);
  for (const f of files) {
    const rel = path.relative(healthDir, f);
    if (ALLOWED.has(rel)) continue;
    const text = readFileSync(f, 'utf8');
    if (/from\s+['"](node:)?(fs|fs\/promises|child_process|worker_threads)['"]/.test(text))
      offenders.push(`${rel}: reads the host behind HostRoot's back (snapshots would miss it)`);
  }
  assert.deepEqual(offenders, []);
});
