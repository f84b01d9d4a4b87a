// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo's nvidia-smi: a node script that answers the calls the collector makes (field probe,
// --query-gpu loop, pmon) for one RTX 4090 at 0000:01:00.0 and the ollama runner's PID, with load
// that follows the same clock as the demo's counters.

export function fakeNvidiaSmiScript(o: { ollamaPid: number; pci: string }): string {
  return `#!/usr/bin/env node
// SPDX-License-Identifier: AGPL-3.0-or-later
// Demo stand-in for nvidia-smi (pve-gpu-tab demo). Not NVIDIA's tool.
'use strict';
const args = process.argv.slice(2);
const FIELDS = ['timestamp','index','pci.bus_id','uuid','name','driver_version','utilization.gpu','utilization.memory',
  'utilization.encoder','utilization.decoder','memory.used','memory.total','temperature.gpu','power.draw','clocks.sm','clocks.max.sm'];
function load(t) {
  // ollama answers prompts in bursts: ~20 s busy, ~15 s idle, with jitter.
  const phase = (t / 1000) % 35;
  if (phase > 20) return 0;
  return Math.round(70 + 25 * Math.sin(t / 1700));
}
function pad(n, w) { return String(n).padStart(w); }
function ts(d) { return d.toISOString().replace('T', ' ').replace(/-/g, '/').slice(0, 23); }
function gpuRow(fields) {
  const now = Date.now();
  const u = load(now);
  const v = {
    'timestamp': ts(new Date(now)), 'index': '0', 'pci.bus_id': '00000000:${o.pci.slice(5).toUpperCase()}',
    'uuid': 'GPU-5a1c0e7e-8d6b-4f54-9a9e-1f0c3d2b7a61', 'name': 'NVIDIA GeForce RTX 4090', 'driver_version': '550.144.03',
    'utilization.gpu': String(u), 'utilization.memory': String(Math.round(u * 0.6)), 'utilization.encoder': '0',
    'utilization.decoder': '0', 'memory.used': String(u > 0 ? 9832 : 9312), 'memory.total': '24564',
    'temperature.gpu': String(38 + Math.round(u / 3)), 'power.draw': (28 + u * 3.6).toFixed(2),
    'clocks.sm': String(u > 0 ? 2520 : 210), 'clocks.max.sm': '3120',
  };
  return fields.map((f) => (f in v ? v[f] : '[N/A]')).join(', ');
}
const query = args.find((a) => a.startsWith('--query-gpu='));
if (args.includes('--help-query-gpu')) {
  process.stdout.write('List of valid properties to query for the switch "--query-gpu":\\n\\n');
  for (const f of FIELDS) process.stdout.write('"' + f + '"\\nDescription of ' + f + '.\\n\\n');
  process.exit(0);
} else if (query) {
  const fields = query.slice(12).split(',');
  const lms = args.find((a) => a.startsWith('--loop-ms=') || a.startsWith('-lms='));
  const every = lms ? Number(lms.split('=')[1]) : 0;
  const bad = fields.find((f) => !FIELDS.includes(f));
  if (bad) { process.stdout.write('Field "' + bad + '" is not a valid field to query.\\n\\n'); process.exit(2); }
  const tick = () => process.stdout.write(gpuRow(fields) + '\\n');
  tick();
  if (every > 0) setInterval(tick, every); else process.exit(0);
} else if (args[0] === 'pmon') {
  const d = Number(args[args.indexOf('-d') + 1] || 1) || 1;
  let n = 0;
  const tick = () => {
    if (n++ % 20 === 0) {
      process.stdout.write('# gpu         pid   type     fb   ccpm     sm    mem    enc    dec    jpg    ofa    command\\n');
      process.stdout.write('# Idx           #    C/G     MB     MB      %      %      %      %      %      %    name\\n');
    }
    const u = load(Date.now());
    const sm = u > 0 ? pad(u, 6) : '     -';
    const mem = u > 0 ? pad(Math.round(u * 0.6), 6) : '     -';
    process.stdout.write('    0  ' + pad(${o.ollamaPid}, 10) + '     C   ' + pad(u > 0 ? 9216 : 8704, 4) + '      0 ' + sm + ' ' + mem + '      -      -      -      -    ollama_llama_se\\n');
  };
  tick();
  setInterval(tick, d * 1000);
} else {
  process.stdout.write('NVIDIA-SMI 550.144.03 (pve-gpu-tab demo stand-in)\\n');
  process.exit(0);
}
process.on('SIGTERM', () => process.exit(0));
`;
}
