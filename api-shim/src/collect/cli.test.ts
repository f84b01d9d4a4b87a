// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab top` and `pve-gpu-tab snapshot` run as the CLI runs them, on the demo host tree.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../../test/fixtures/collect/samples.ts';
import { DEMO_ROCM_PIDS, demoRocmCuOccupancy } from '../demo/workload/amd-rocm.ts';
import { writeDemoUsageTree } from '../demo/workload/index.ts';
import { HostRoot } from '../host/host-root.ts';
import { Sampler } from './sampler.ts';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
}

test('top --once --vmid shows the container, its processes and the NVIDIA figures', async () => {
  const dir = tempDir('top');
  const w = await writeDemoUsageTree(dir);
  const r = cli([
    'top',
    '--root',
    dir,
    '--once',
    '--interval',
    '300',
    '--vmid',
    '102',
    '--nvidia-smi',
    w.nvidiaSmi,
  ]);
  assert.equal(r.status, 0, r.stderr);
  // the driver's version once nvidia-smi has answered (render() in cli/top.test.ts)
  assert.match(
    r.stdout,
    /0000:01:00\.0 {2}NVIDIA GeForce RTX 4090 {2}\[nvidia( 550\.144\.03)?, renderD130\]/,
  );
  assert.match(r.stdout, /^ {2}CT 102 /m);
  assert.doesNotMatch(r.stdout, /^ {2}CT 101 /m);
  assert.match(
    r.stdout,
    /Processes of CT 102:\n.*PID.*CT PID.*\n\s+2202\s+301\s+ollama_llama_se\s+0000:01:00\.0/,
  );
  const all = cli([
    'top',
    '--root',
    dir,
    '--once',
    '--interval',
    '200',
    '--nvidia-smi',
    '/nonexistent/nvidia-smi',
  ]);
  assert.equal(all.status, 0, all.stderr);
  assert.match(all.stdout, /Intel AlderLake-S GT1 {2}\[i915, renderD128\]/);
  assert.match(all.stdout, /^ {2}CT 101 .*178M\s+1$/m);
  assert.match(all.stdout, /^ {2}host /m);
  assert.match(all.stdout, /! nvidia: not-installed/);
  const bad = cli(['top', '--vmid', 'abc']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--vmid must be a container id/);
});

test('top --once --vmid 105: the ROCm runner (KFD only, no DRM engine time) with its CU occupancy and VRAM', async () => {
  const dir = tempDir('top-rocm');
  const w = await writeDemoUsageTree(dir);
  // the counters at a second where the runner answers a prompt (CU occupancy is a reading of now)
  let at = Math.ceil(Date.now() / 1000) * 1000;
  while (demoRocmCuOccupancy(at / 1000) === 0) at += 1000;
  await w.tick(at);
  const cu = demoRocmCuOccupancy(at / 1000);
  const r = cli(['top', '--root', dir, '--once', '--interval', '300', '--vmid', '105']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    /0000:03:00\.0 {2}AMD Navi 31 \[Radeon RX 7900 XT\/7900 XTX\/7900 GRE\/7900M\] {2}\[amdgpu, renderD129\]/,
  );
  // the KFD's engines: CU occupancy (of 96 CUs) and SDMA; 8.5 GiB of VRAM counted once
  const row = /^ {2}CT 105 +(\S+) +(\S+) +(\S+) +(\d+)$/m.exec(r.stdout);
  assert.ok(row, r.stdout);
  assert.match(r.stdout, /^ {2}OWNER +CU +SDMA +MEM +PROCS$/m);
  assert.equal(row[1], `${((cu / 96) * 100).toFixed(1)}%`);
  assert.notEqual(row[1], '0.0%');
  assert.equal(row[3], '8.5G');
  assert.equal(row[4], '1');
  assert.match(
    r.stdout,
    new RegExp(
      `Processes of CT 105:\\n.*PID.*CT PID.*\\n\\s+${DEMO_ROCM_PIDS.runner}\\s+231\\s+ollama\\s+0000:03:00\\.0`,
    ),
  );
});

test('snapshot: redacted tarball that reads back as the same host', async () => {
  const dir = tempDir('snap');
  const w = await writeDemoUsageTree(dir);
  // at a second where CT 105's ROCm runner computes: its KFD figures must come through too
  let at = Math.ceil(Date.now() / 1000) * 1000;
  while (demoRocmCuOccupancy(at / 1000) === 0) at += 1000;
  await w.tick(at);
  mkdirSync(path.join(dir, 'etc/pve/lxc'), { recursive: true });
  writeFileSync(
    path.join(dir, 'etc/pve/lxc/101.conf'),
    '#Jellyfin for the family\narch: amd64\nhostname: jelly.home.example\nnet0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11:AA:BB:CC,ip=192.168.1.50/24,gw=192.168.1.1\ndev0: /dev/dri/renderD128,gid=993\n',
  );
  writeFileSync(path.join(dir, 'etc/group'), 'root:x:0:\nvideo:x:44:alice,root\nrender:x:993:bob,alice\n');
  writeFileSync(
    path.join(dir, 'etc/passwd'),
    'root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000:Alice Smith,,,:/home/alice:/bin/bash\njellyfin:x:105:110::/var/lib/jellyfin:/usr/sbin/nologin\n',
  );
  writeFileSync(path.join(dir, 'proc/2101/cmdline'), 'jellyfin\0--secret-token=abc\0');
  const out = path.join(tempDir('snapout'), 's.tar.gz');
  const r = cli(['snapshot', '--root', dir, '--output', out]);
  assert.equal(r.status, 0, r.stderr);
  const x = tempDir('snapx');
  const tar = spawnSync('tar', ['-xzf', out, '-C', x], { encoding: 'utf8' });
  assert.equal(tar.status, 0, `tar (Debian package tar) failed: ${tar.stderr}`);
  const root = path.join(x, 'pve-gpu-tab-snapshot');
  const conf = readFileSync(path.join(root, 'etc/pve/lxc/101.conf'), 'utf8');
  assert.match(conf, /^hostname: ct101$/m);
  assert.match(conf, /hwaddr=redacted,ip=redacted\/?.*gw=redacted/);
  assert.match(conf, /^dev0: \/dev\/dri\/renderD128,gid=993$/m);
  assert.doesNotMatch(conf, /family|example|192\.168/);
  // people get the same alias in passwd and in every group (membership keeps its meaning);
  // system and service accounts keep their names (the checks look for jellyfin, render …)
  assert.equal(
    readFileSync(path.join(root, 'etc/group'), 'utf8'),
    'root:x:0:\nvideo:x:44:user1000,root\nrender:x:993:user-1,user1000\n',
  );
  assert.equal(
    readFileSync(path.join(root, 'etc/passwd'), 'utf8'),
    'root:x:0:0:root:/root:/bin/bash\nuser1000:x:1000:1000::/home/user1000:/bin/bash\njellyfin:x:105:110::/var/lib/jellyfin:/usr/sbin/nologin\n',
  );
  assert.deepEqual(JSON.parse(readFileSync(path.join(root, 'MANIFEST.json'), 'utf8')).health.vmids, ['101']);
  assert.equal(existsSync(path.join(root, 'proc/2101/cmdline')), false);
  assert.equal(readlinkSync(path.join(root, 'proc/2102/fd/4')), '/dev/dri/renderD128');
  assert.equal(existsSync(path.join(root, 'proc/2101/fd/9')), false); // a log file: not a GPU fd
  const manifest = JSON.parse(readFileSync(path.join(root, 'MANIFEST.json'), 'utf8'));
  assert.equal(manifest.format, 'pve-gpu-tab host snapshot v1');
  // The extracted snapshot samples like the original host.
  const a = await new Sampler({ host: new HostRoot(dir), node: 'n', nvidiaSmi: '/nonexistent' }).sampleNow();
  const b = await new Sampler({ host: new HostRoot(root), node: 'n', nvidiaSmi: '/nonexistent' }).sampleNow();
  assert.deepEqual(b.gpus, a.gpus);
  assert.deepEqual(
    b.owners.map((o) => [o.owner, o.gpu, o.memoryBytes, o.processes]),
    a.owners.map((o) => [o.owner, o.gpu, o.memoryBytes, o.processes]),
  );
  // CU occupancy is a reading of now (no second sample needed): the KFD's, read back
  const rocm = (s: typeof a) => s.processes.find((p) => p.pid === DEMO_ROCM_PIDS.runner)?.engines.cu;
  assert.ok((rocm(a) ?? 0) > 0);
  assert.equal(rocm(b), rocm(a));
  w.stop();
});
