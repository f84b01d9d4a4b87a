// SPDX-License-Identifier: AGPL-3.0-or-later
// Which way GPU-client discovery goes per GPU, and why, on real host trees: the kernel's list when
// every GPU's clients file is there; the walk with the reason of each GPU where not (absent,
// a real EACCES, another read error, unparsable, too large, an opener-listing kernel, NVIDIA),
// through the sampler into each GPU's sample, `top` and the log (once per change).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { writeDrmClients } from '../../../test/fixtures/collect/debugfs-clients.ts';
import { GPUS, mixedHost } from '../../../test/fixtures/collect/trees.ts';
import type { GpuDiscovery } from '../api/types.ts';
import { render } from '../cli/top.ts';
import type { HostTree } from '../demo/workload/host-tree.ts';
import { HostRoot } from '../host/host-root.ts';
import { chooseDiscovery, type DiscoveryInputs, describeDiscovery } from './discovery-path.ts';
import { Sampler } from './sampler.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEVICES = [
  { unique: GPUS.i915, minors: [0, 128] },
  { unique: GPUS.xe, minors: [1, 129] },
  { unique: GPUS.amdLegacy, minors: [2, 130] },
  { unique: GPUS.amd, minors: [3, 131] },
];
const INPUTS: DiscoveryInputs = {
  drmDevices: DEVICES.map((d) => d.minors),
  drmDeviceIds: DEVICES.map((d) => d.unique),
};

function tree(): HostTree {
  const t = mixedHost();
  for (const d of DEVICES) writeDrmClients(t, d, [{ command: 'Xorg', pid: 400, minor: d.minors[0] }]);
  return t;
}

const choose = (t: HostTree, inputs = INPUTS) => chooseDiscovery(new HostRoot(t.dir), inputs);
const clientsOf = (unique: string) => `/sys/kernel/debug/dri/${unique}`;

test('every GPU with a readable list: the kernel list for all', () => {
  const t = tree();
  const c = choose(t);
  assert.equal(c.list.state, 'ok');
  for (const d of DEVICES)
    assert.deepEqual(c.gpus[d.unique], {
      via: 'debugfs',
      path: `/sys/kernel/debug/dri/${d.minors[0]}/clients`,
    });
});

test('debugfs absent: every GPU walks, because absent, naming the file it looked for', () => {
  const t = tree();
  rmSync(t.abs('/sys/kernel/debug'), { recursive: true });
  const c = choose(t);
  assert.equal(c.list.state, 'off');
  for (const d of DEVICES)
    assert.deepEqual(c.gpus[d.unique], {
      via: 'walk',
      because: 'absent',
      path: `/sys/kernel/debug/dri/${d.minors[1]}/clients`,
    });
});

test('one GPU without a list: it says absent, the others say which GPU forces the walk', () => {
  const t = tree();
  rmSync(t.abs(clientsOf(GPUS.xe)), { recursive: true });
  const c = choose(t);
  assert.equal(c.list.state, 'off');
  assert.equal(c.gpus[GPUS.xe].because, 'absent');
  for (const g of [GPUS.i915, GPUS.amdLegacy, GPUS.amd])
    assert.deepEqual(c.gpus[g], { via: 'walk', because: 'other-gpu', gpu: GPUS.xe });
});

test('unreadable, unparsable, too large, and a kernel that lists openers: each its own reason', () => {
  const t = tree();
  // EISDIR stands for the errors that are not a permission (ENODEV from an unregistered minor)
  rmSync(t.abs(`${clientsOf(GPUS.i915)}/clients`));
  mkdirSync(t.abs(`${clientsOf(GPUS.i915)}/clients`));
  writeFileSync(t.abs(`${clientsOf(GPUS.xe)}/clients`), 'not the table drm_clients_info() prints\n');
  writeFileSync(t.abs(`${clientsOf(GPUS.amdLegacy)}/clients`), 'x'.repeat(1024 * 1024 + 1));
  writeDrmClients(t, DEVICES[3], [{ command: 'ollama', pid: 300, minor: 131 }], 'pid');
  const c = choose(t);
  assert.equal(c.list.state, 'off');
  assert.deepEqual(
    DEVICES.map((d) => c.gpus[d.unique].because),
    ['unreadable', 'unparsable', 'too-large', 'opener'],
  );
  if (c.list.state === 'off')
    assert.equal(c.list.because, 'unreadable', 'the first GPU that fails names the pass');
});

test('an NVIDIA GPU: it walks because of its driver, the DRM GPUs because of it, and no file is read', () => {
  const t = tree();
  rmSync(t.abs('/sys/kernel/debug'), { recursive: true }); // would say "absent" if it were read
  const c = choose(t, { ...INPUTS, walkOnlyGpus: ['0000:41:00.0'] });
  assert.deepEqual(c.gpus['0000:41:00.0'], { via: 'walk', because: 'nvidia' });
  for (const d of DEVICES)
    assert.deepEqual(c.gpus[d.unique], { via: 'walk', because: 'other-gpu', gpu: '0000:41:00.0' });
});

test("an NVIDIA GPU whose users nvidia-smi's rows name: no walk for it, the DRM GPUs on their lists", () => {
  const t = tree();
  const c = choose(t, { ...INPUTS, rowGpus: ['0000:41:00.0'] });
  assert.equal(c.list.state, 'ok');
  assert.deepEqual(c.gpus['0000:41:00.0'], { via: 'nvidia-smi' });
  for (const d of DEVICES) assert.equal(c.gpus[d.unique].via, 'debugfs');
  // NVIDIA alone: nothing to read, nothing to walk
  const alone = choose(t, { drmDevices: [], rowGpus: ['0000:41:00.0'] });
  assert.deepEqual(alone.list, { state: 'ok', rows: [], files: [] });
  // nvidia-drm's node of that GPU is not read: a missing clients file there walks nothing
  const withDrmNode = choose(t, {
    drmDevices: [[7, 135]],
    drmDeviceIds: ['0000:41:00.0'],
    rowGpus: ['0000:41:00.0'],
  });
  assert.deepEqual(withDrmNode.list, { state: 'ok', rows: [], files: [] });
  assert.deepEqual(withDrmNode.gpus['0000:41:00.0'], { via: 'nvidia-smi' });
});

test('top says which way each GPU goes, and why the walk', () => {
  assert.equal(describeDiscovery({ via: 'nvidia-smi' }), "nvidia-smi's process rows");
  assert.equal(
    describeDiscovery({ via: 'walk', because: 'nvidia-compute-only' }),
    'fd walk (nvidia-compute-only)',
  );
  assert.equal(describeDiscovery({ via: 'debugfs', path: '/x' }), 'kernel DRM client list');
});

test('NVIDIA GPUs without full rows walk, each with its reason; one with rows stays on them', () => {
  const t = tree();
  const c = choose(t, {
    ...INPUTS,
    rowGpus: ['0000:41:00.0'],
    walkOnlyGpus: ['0000:42:00.0', '0000:43:00.0'],
    walkOnlyBecause: { '0000:42:00.0': 'nvidia-compute-only', '0000:43:00.0': 'nvidia' },
  });
  assert.equal(c.list.state, 'off');
  if (c.list.state === 'off') assert.equal(c.list.because, 'nvidia-compute-only');
  assert.deepEqual(c.gpus['0000:41:00.0'], { via: 'nvidia-smi' });
  assert.deepEqual(c.gpus['0000:42:00.0'], { via: 'walk', because: 'nvidia-compute-only' });
  assert.deepEqual(c.gpus['0000:43:00.0'], { via: 'walk', because: 'nvidia' });
  for (const d of DEVICES)
    assert.deepEqual(c.gpus[d.unique], { via: 'walk', because: 'other-gpu', gpu: '0000:42:00.0' });
});

test('a real EACCES (a 0700 dri directory, read without root): because denied', () => {
  const t = tree();
  // dri/ as a sandbox or a non-root user meets it: not searchable
  chmodSync(t.abs('/sys/kernel/debug/dri'), 0o700);
  let got: Record<string, GpuDiscovery>;
  if (process.getuid?.() !== 0) {
    got = choose(t).gpus;
  } else {
    // root reads through any mode (CAP_DAC_OVERRIDE): read as nobody, with no capability at all.
    // The tree (a 0700 directory of its own under the temp dir) must be reachable for nobody up
    // to dri/, as /sys/kernel/debug's 0700 is not. Only the tree's own directories are changed.
    chmodSync(t.dir, 0o755);
    chmodSync(t.abs('/sys/kernel/debug'), 0o755);
    const tmp = t.abs('/tmp-nobody');
    mkdirSync(tmp);
    chmodSync(tmp, 0o777); // tsx's compile cache
    const script = `import { chooseDiscovery } from ${JSON.stringify(path.join(here, 'discovery-path.ts'))};
import { HostRoot } from ${JSON.stringify(path.join(here, '../host/host-root.ts'))};
console.log(JSON.stringify(chooseDiscovery(new HostRoot(${JSON.stringify(t.dir)}), ${JSON.stringify(INPUTS)}).gpus));`;
    const r = spawnSync(
      'setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        '--inh-caps=-all',
        '--bounding-set=-all',
        '--',
        process.execPath,
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        script,
      ],
      {
        encoding: 'utf8',
        cwd: path.resolve(here, '../../..'),
        timeout: 60_000,
        env: { ...process.env, TMPDIR: tmp },
      },
    );
    assert.equal(r.status, 0, `setpriv (util-linux) as nobody: ${r.error ?? ''}${r.stderr}`);
    got = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}');
  }
  for (const d of DEVICES) {
    const g = got[d.unique];
    assert.ok(
      g.because === 'denied' || (g.because === 'other-gpu' && got[g.gpu ?? '']?.because === 'denied'),
      JSON.stringify(g),
    );
  }
  assert.equal(got[GPUS.i915].because, 'denied');
  assert.equal(got[GPUS.i915].path, '/sys/kernel/debug/dri/0/clients');
});

test('through the sampler: each GPU sample says how, top prints it, the log says it once per change', async () => {
  const t = tree();
  const logs: Array<{ msg: string; fields: Record<string, unknown> }> = [];
  const s = new Sampler({
    host: new HostRoot(t.dir),
    node: 'pve',
    discoverMs: 0,
    nvidiaSmi: '/nonexistent',
    logger: (_level, msg, fields) => {
      if (msg === 'GPU client discovery') logs.push({ msg, fields: fields ?? {} });
    },
  });
  try {
    await s.sampleNow(); // the first pass runs before the inventory: the walk, "no-inventory"
    let snap = await s.sampleNow();
    for (const d of DEVICES)
      assert.equal(snap.samples.find((x) => x.gpu === d.unique)?.discovery?.via, 'debugfs', d.unique);
    assert.match(render(snap, undefined, 1), /^ {2}clients: kernel DRM client list$/m);
    const before = logs.length;
    await s.sampleNow();
    assert.equal(logs.length, before, 'nothing logged while nothing changes');

    rmSync(t.abs(clientsOf(GPUS.amd)), { recursive: true });
    snap = await s.sampleNow();
    const amd = snap.samples.find((x) => x.gpu === GPUS.amd)?.discovery;
    assert.deepEqual(amd, { via: 'walk', because: 'absent', path: '/sys/kernel/debug/dri/131/clients' });
    assert.deepEqual(snap.samples.find((x) => x.gpu === GPUS.i915)?.discovery, {
      via: 'walk',
      because: 'other-gpu',
      gpu: GPUS.amd,
    });
    assert.match(
      render(snap, undefined, 1),
      /clients: fd walk \(absent: \/sys\/kernel\/debug\/dri\/131\/clients\)/,
    );
    assert.match(render(snap, undefined, 1), new RegExp(`clients: fd walk \\(other-gpu: ${GPUS.amd}\\)`));
    assert.equal(logs.length, before + 1, 'the change is logged once');
    assert.equal(logs.at(-1)?.fields.via, 'walk');
    await s.sampleNow();
    assert.equal(logs.length, before + 1);
  } finally {
    await s.stop();
  }
});
