// SPDX-License-Identifier: AGPL-3.0-or-later
// `npm run bench [name…]`: builds, then runs every test/bench/*.bench.{ts,mjs} (or the named
// ones: collect, service, ui) in its own process, so one benchmark's heap never skews another's
// RSS figure. Each prints its own figures and targets; this runner only reports exit codes.
// Arguments starting with "--" are passed on to each benchmark (`npm run bench collect -- --quick`).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const files = readdirSync(here)
  .filter((f) => /\.bench\.(ts|mjs)$/.test(f))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.bench\.(ts|mjs)$/, '')))
  .sort();
if (files.length === 0) {
  process.stderr.write(`no benchmark matches ${wanted.join(', ') || '(any)'}\n`);
  process.exit(2);
}
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, file), ...flags], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    failed += 1;
    process.stdout.write(`${file} exited with ${r.status}\n`);
  }
}
process.exit(failed ? 1 : 0);
