// SPDX-License-Identifier: AGPL-3.0-or-later
// The daemons' shared start and stop (daemon.ts), through the real `collector` command as a
// process: a SIGHUP while it is still starting (an early `systemctl reload`: the unit reloads with
// kill -HUP) is logged and ignored, never the end of the process (node's default for SIGHUP); once
// running, SIGHUP is the collector's own answer and SIGTERM stops it with exit status 0. The start
// is held at a known point without any hook: <root>/etc/hostname is a FIFO, so the daemon waits
// in its node-name read until this test writes the name.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { spawnCli } from '../../../test/support/cli-process.ts';
import { until } from '../../../test/support/until.ts';

test('collector: SIGHUP while starting is ignored, SIGHUP while running answered, SIGTERM stops it (exit 0)', async () => {
  const dir = tempDir('daemon-hup');
  const root = path.join(dir, 'root');
  mkdirSync(path.join(root, 'etc'), { recursive: true });
  mkdirSync(path.join(root, 'proc'), { recursive: true });
  const fifo = path.join(root, 'etc/hostname');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo missing: apt-get install coreutils');
  const conf = path.join(dir, 'collector.conf');
  writeFileSync(
    conf,
    `root: ${root}\nstate_dir: ${path.join(dir, 'state')}\nnvidia_smi: /nonexistent/nvidia-smi\n`,
  );
  const socket = path.join(dir, 'collector.sock');
  const { child, out, err, exited } = spawnCli(['collector', '--config', conf, '--socket', socket]);
  try {
    // Opening the FIFO for writing returns once the daemon has it open for reading: it is then
    // past its config, in its start.
    const writer = await open(fifo, 'w');
    child.kill('SIGHUP');
    await until(
      () => /reload ignored: still starting/.test(out()) || child.exitCode !== null || child.signalCode,
      'the early SIGHUP taken',
    );
    assert.equal(child.signalCode, null, `the early SIGHUP did not end the collector: ${err()}`);
    await writer.write('pve7.example.org\n');
    await writer.close();
    await until(() => /"msg":"collector listening"/.test(out()), `the collector listening (${err()})`);
    assert.match(out(), /"node":"pve7"/);

    child.kill('SIGHUP');
    await until(() => /reads its settings at start only/.test(out()), 'the running collector answers SIGHUP');
    child.kill('SIGTERM');
    assert.deepEqual(await exited, { code: 0, signal: null }, err());
    assert.match(out(), /"msg":"shutting down","signal":"SIGTERM"/);
    for (const line of out().trim().split('\n')) JSON.parse(line);
  } finally {
    child.kill('SIGKILL');
  }
});

test('a SIGHUP caught just before the daemon runs is answered by the running daemon, not lost', () => {
  // The signal is caught while the daemon starts and dispatched at the event loop's next turn,
  // after run() took over SIGHUP. When run() removed the start's listener and added its own, node
  // stopped its watcher of the signal in between and dropped the caught one: a reload sent as
  // "listening" was logged, on a loaded machine, never answered (and for that moment SIGHUP had
  // its default action, the end of the process).
  const dir = tempDir('daemon-hup-turn');
  const conf = path.join(dir, 'collector.conf');
  writeFileSync(conf, `root: ${dir}\n`);
  const daemonTs = fileURLToPath(new URL('./daemon.ts', import.meta.url));
  const script = path.join(dir, 'hup.mjs');
  writeFileSync(
    script,
    `import { startDaemon } from ${JSON.stringify(daemonTs)};
const d = await startDaemon('collector', { config: ${JSON.stringify(conf)}, node: 'pve' });
process.kill(process.pid, 'SIGHUP'); // caught by the watcher now, dispatched at the next turn
const end = Date.now() + 200;
while (Date.now() < end) {} // its delivery, whichever thread takes it
void d.run(() => [], () => { console.log('answered by the running daemon'); process.exit(0); });
setTimeout(() => { console.log('no answer'); process.exit(3); }, 20_000);
`,
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.signal, null, `ended by ${r.signal}: ${r.stderr}`);
  assert.match(r.stdout, /answered by the running daemon/, `${r.stdout}${r.stderr}`);
  assert.equal(r.status, 0);
});
