// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo's nvidia-smi: a node script that answers the calls the collector makes (field probe,
// --query-gpu loop, pmon, --query-compute-apps, `mig -lgi`, plain nvidia-smi) for the GPUs and
// processes of the demo's NVIDIA mode (nvidia-modes.ts), with the ollama runner's load following
// the same clock as the demo's counters. Texts as real drivers print them: the MIG tables come from
// nvidia-smi-mig-text.ts, the field list from nvidia-smi-help-query-gpu.ts (a trimmed recording),
// the rest as test/fixtures/collect/samples/README.md cites.
import { parseHelpQueryGpu } from '../../collect/nvidia-smi-parse.ts';
import type { DemoNvidiaProcess, DemoNvidiaSetup } from './nvidia-modes.ts';
import { DEMO_HELP_QUERY_GPU } from './nvidia-smi-help-query-gpu.ts';
import { migLgiText, smiMigSectionsText } from './nvidia-smi-mig-text.ts';

export function fakeNvidiaSmiScript(o: {
  setup: DemoNvidiaSetup;
  /** every process on an NVIDIA GPU, the ollama runner included */
  processes: DemoNvidiaProcess[];
  /** a file the `hung` mode keeps its first answer's time in */
  stateFile: string;
}): string {
  const gpus = o.setup.gpus.map((g) => ({ ...g, bus: `00000000:${g.pci.slice(5).toUpperCase()}` }));
  return `#!/usr/bin/env node
// SPDX-License-Identifier: AGPL-3.0-or-later
// Demo stand-in for nvidia-smi (pve-gpu-tab demo, mode ${o.setup.mode}). Not NVIDIA's tool.
'use strict';
const fs = require('node:fs');
const MODE = ${JSON.stringify(o.setup.mode)};
const GPUS = ${JSON.stringify(gpus)};
const PROCS = ${JSON.stringify(o.processes)};
const MIG = ${JSON.stringify(o.setup.mig?.instances ?? [])};
const DRIVER = ${JSON.stringify(o.setup.gpus.length ? '550.144.03' : '')};
const NVML = ${JSON.stringify(o.setup.nvmlVersion)};
const STATE = ${JSON.stringify(o.stateFile)};
const HUNG_AFTER_MS = 4000;
${migLgiText.toString()}
${smiMigSectionsText.toString()}
const args = process.argv.slice(2);
process.on('SIGTERM', () => process.exit(0));
const forever = () => setInterval(() => {}, 1 << 30);
if (MODE === 'mismatch') {
  // tinygrad/open-gpu-kernel-modules#47: every call, the same two lines.
  process.stdout.write('Failed to initialize NVML: Driver/library version mismatch\\nNVML library version: ' + NVML + '\\n');
  process.exit(18);
}
/** hung: answers for HUNG_AFTER_MS after the first call, then every call blocks (a wedged driver). */
function wedged() {
  if (MODE !== 'hung') return false;
  let since;
  try { since = Number(fs.readFileSync(STATE, 'utf8')); } catch { since = Date.now(); fs.writeFileSync(STATE, String(since)); }
  return Date.now() - since > HUNG_AFTER_MS;
}
const HELP_QUERY_GPU = ${JSON.stringify(DEMO_HELP_QUERY_GPU)};
/** The fields the list above names, aliases included: any other is refused, as the driver does. */
const FIELDS = ${JSON.stringify([...parseHelpQueryGpu(DEMO_HELP_QUERY_GPU)])};
const ALIASES = { 'gpu_name': 'name', 'gpu_uuid': 'uuid', 'gpu_bus_id': 'pci.bus_id', 'clocks.current.sm': 'clocks.sm' };
function ollama(t) {
  // ollama answers prompts in bursts: ~20 s busy, ~15 s idle.
  const phase = (t / 1000) % 35;
  if (phase > 20) return 0;
  return Math.round(70 + 25 * Math.sin(t / 1700));
}
function sm(p, t) { return p.sm === 'ollama' ? ollama(t) : p.sm; }
function mem(p, t) { return sm(p, t) > 0 ? p.busyMiB : p.idleMiB; }
function pad(n, w) { return String(n).padStart(w); }
function ts(d) { return d.toISOString().replace('T', ' ').replace(/-/g, '/').slice(0, 23); }
function gpuRow(g, fields) {
  const now = Date.now();
  const mine = PROCS.filter((p) => p.gpuIndex === g.index);
  const u = Math.min(100, mine.reduce((a, p) => a + sm(p, now), 0));
  const used = 300 + mine.reduce((a, p) => a + mem(p, now), 0);
  const mig = MIG.length > 0;
  const v = {
    'timestamp': ts(new Date(now)), 'index': String(g.index), 'pci.bus_id': g.bus, 'uuid': g.uuid, 'name': g.name,
    'driver_version': DRIVER,
    // MIG on: GPU-Util N/A (utkuozdemir/nvidia_gpu_exporter#203)
    'utilization.gpu': mig ? '[N/A]' : String(u), 'utilization.memory': mig ? '[N/A]' : String(Math.round(u * 0.6)),
    'utilization.encoder': '0', 'utilization.decoder': '0', 'memory.used': String(used), 'memory.total': String(g.totalMiB),
    'temperature.gpu': String(38 + Math.round(u / 3)), 'power.draw': (28 + u * 3.6).toFixed(2),
    'clocks.sm': String(u > 0 ? 2520 : 210), 'clocks.max.sm': '3120', 'mig.mode.current': mig ? 'Enabled' : 'Disabled',
  };
  return fields.map((f) => ALIASES[f] || f).map((f) => (f in v ? v[f] : '[N/A]')).join(', ');
}
const query = args.find((a) => a.startsWith('--query-gpu='));
const lms = args.find((a) => a.startsWith('--loop-ms=') || a.startsWith('-lms='));
const every = lms ? Number(lms.split('=')[1]) : 0;
if (args.includes('--help-query-gpu')) {
  process.stdout.write(HELP_QUERY_GPU);
  process.exit(0);
} else if (query) {
  const fields = query.slice(12).split(',');
  const bad = fields.find((f) => !FIELDS.includes(f));
  if (bad) { process.stdout.write('Field "' + bad + '" is not a valid field to query.\\n\\n'); process.exit(2); }
  const tick = () => {
    if (wedged()) return; // silence: the collector's watchdog sees it
    for (const g of GPUS) process.stdout.write(gpuRow(g, fields) + '\\n');
  };
  tick();
  if (every > 0) setInterval(tick, every); else process.exit(0);
} else if (args[0] === 'pmon') {
  if (wedged()) forever();
  else if (MODE === 'pmon-unsupported' || MIG.length > 0) {
    // keylase/nvidia-patch#89; NVML measures no process utilisation on MIG
    process.stdout.write('Not supported on the device(s)\\nFailed to process command line\\n');
    process.exit(3);
  } else {
    const i = args.indexOf('-i');
    const only = i >= 0 ? args[i + 1].split(',').map(Number) : GPUS.map((g) => g.index);
    if (only.length > 4) { process.stdout.write('Monitoring is limited to a maximum of 4 devices\\n'); process.exit(2); }
    const d = Number(args[args.indexOf('-d') + 1] || 1) || 1;
    let n = 0;
    const tick = () => {
      if (wedged()) return;
      if (n++ % 20 === 0) {
        process.stdout.write('# gpu         pid   type     fb   ccpm     sm    mem    enc    dec    jpg    ofa    command\\n');
        process.stdout.write('# Idx           #    C/G     MB     MB      %      %      %      %      %      %    name\\n');
      }
      const now = Date.now();
      for (const p of PROCS) {
        if (!only.includes(p.gpuIndex)) continue;
        const u = sm(p, now);
        const busy = u > 0 ? pad(u, 6) : '     -';
        const m = u > 0 ? pad(Math.round(u * 0.6), 6) : '     -';
        process.stdout.write(pad(p.gpuIndex, 5) + '  ' + pad(p.pid, 10) + '     C   ' + pad(mem(p, now), 4) + '      0 ' + busy + ' ' + m + '      -      -      -      -    ' + p.comm.slice(0, 15) + '\\n');
      }
    };
    tick();
    setInterval(tick, d * 1000);
  }
} else if (args.some((a) => a.startsWith('--query-compute-apps='))) {
  const tick = () => {
    if (wedged()) return;
    const now = Date.now();
    for (const p of PROCS) process.stdout.write(p.pid + ', ' + mem(p, now) + ', ' + GPUS.find((g) => g.index === p.gpuIndex).bus + '\\n');
  };
  tick();
  if (every > 0) setInterval(tick, every); else process.exit(0);
} else if (args[0] === 'mig' && args[1] === '-lgi') {
  if (MIG.length === 0) { process.stdout.write('No MIG-enabled devices found.\\n'); process.exit(6); }
  process.stdout.write(migLgiText(MIG));
  process.exit(0);
} else if (args.length === 0) {
  if (wedged()) forever();
  else {
    process.stdout.write('NVIDIA-SMI ' + DRIVER + ' (pve-gpu-tab demo stand-in)\\n');
    if (MIG.length > 0) {
      const now = Date.now();
      const procs = PROCS.map((p) => ({ gpu: p.gpuIndex, gi: p.gi, ci: p.ci, pid: p.pid, name: p.comm, usedMiB: mem(p, now) }));
      const inst = MIG.map((m) => ({ ...m, usedMiB: m.usedMiB + procs.filter((p) => p.gi === m.gi).reduce((a, p) => a + p.usedMiB, 0) }));
      process.stdout.write(smiMigSectionsText(inst, procs));
    }
    process.exit(0);
  }
} else {
  process.stdout.write('NVIDIA-SMI ' + DRIVER + ' (pve-gpu-tab demo stand-in)\\n');
  process.exit(0);
}
`;
}
