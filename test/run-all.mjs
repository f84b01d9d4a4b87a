// SPDX-License-Identifier: AGPL-3.0-or-later
// The one test command (README): lint, type check, build, unit, browser e2e, integration against
// real metric servers, package tests.
// `node test/run-all.mjs [stage…]` runs only the named stages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingDeps } from './support/system-deps.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
const outDir = path.join(root, 'test/out');
mkdirSync(outDir, { recursive: true });

/** Test files of a stage. Unit tests sit beside their code; the others live under test/. */
const STAGES = {
  unit: () => findTests(['api-shim', 'plugin', 'packaging', 'test/unit']),
  e2e: () => findTests(['test/e2e']),
  integration: () => findTests(['test/integration']),
  package: () => findTests(['test/package']),
};

function findTests(dirs) {
  const files = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'dist') continue;
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.test\.(ts|mjs)$/.test(name)) files.push(p);
    }
  };
  for (const d of dirs) walk(d);
  return files.sort();
}

function run(cmd, args, opts = {}) {
  process.stdout.write(`\n$ ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

const requested = process.argv.slice(2);
const stages = requested.length ? requested : ['lint', 'build', 'unit', 'e2e', 'integration', 'package'];
let passed = 0;
let failed = 0;
const failures = [];

for (const stage of stages) {
  process.stdout.write(`\n=== ${stage} ===\n`);
  if (stage === 'lint') {
    // Both always run, so one report shows every lint and type error.
    const biome = run('npx', ['biome', 'check', '.']);
    const tsc = run('npx', ['tsc', '-p', 'tsconfig.json']);
    if (biome !== 0 || tsc !== 0) failures.push('lint');
    continue;
  }
  if (stage === 'build') {
    if (run('npm', ['run', '--silent', 'build']) !== 0) failures.push('build');
    continue;
  }
  const list = STAGES[stage];
  if (!list) {
    process.stderr.write(
      `unknown stage '${stage}' (known: lint, build, ${Object.keys(STAGES).join(', ')})\n`,
    );
    process.exit(2);
  }
  const missing = missingDeps(stage);
  if (missing) {
    process.stderr.write(`\nFAIL ${stage}: ${missing}\n`);
    failures.push(stage);
    failed += 1;
    continue;
  }
  const files = list();
  if (files.length === 0) {
    process.stderr.write(`FAIL ${stage}: no test files found\n`);
    failures.push(stage);
    continue;
  }
  const tap = path.join(outDir, `${stage}.tap`);
  const code = run(process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const p = Number(/^# pass (\d+)$/m.exec(text)?.[1] ?? 0);
  const f = Number(/^# fail (\d+)$/m.exec(text)?.[1] ?? 0);
  passed += p;
  failed += f;
  if (code !== 0 || f > 0) failures.push(stage);
}

process.stdout.write(
  `\n${failures.length ? `failed stages: ${failures.join(', ')}` : 'all stages passed'}\n`,
);
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exit(failures.length ? 1 : 0);
