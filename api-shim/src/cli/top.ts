// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab top [--vmid N [-c]] [--root DIR] [--once] [--interval MS] [--nvidia-smi CMD]`:
// live per-container GPU usage in the host's terminal — the view intel_gpu_top cannot give from
// inside an unprivileged container.
import os from 'node:os';
import type { GpuSample, UsageSnapshot } from '../api/types.ts';
import { ownerOrder } from '../collect/aggregate.ts';
import { describeDiscovery } from '../collect/discovery-path.ts';
import { Sampler } from '../collect/sampler.ts';
import { HostRoot } from '../host/host-root.ts';
import { commandArgs } from './args.ts';

const HELP = `Usage: pve-gpu-tab top [--vmid N [-c]] [--root DIR] [--once] [--interval MS] [--nvidia-smi CMD]

Live GPU usage per container (CT) and host process, read on the host from DRM fdinfo, sysfs and
nvidia-smi. --vmid N lists that container's GPU processes; -c (--command-line) shows each one's
whole command line instead of its name, as procps top -c does. --once prints one sample (taken
over one interval) and exits. --root DIR reads a host snapshot instead of /.
`;

export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs('top', HELP, {
    args,
    options: {
      vmid: { type: 'string' },
      'command-line': { type: 'boolean', short: 'c' },
      root: { type: 'string' },
      once: { type: 'boolean' },
      interval: { type: 'string' },
      'nvidia-smi': { type: 'string' },
      // diagnostics for `npm run bench`: memory and cost of the sample, as JSON on stderr
      stats: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const interval = Number(v.interval ?? 1000);
  if (!Number.isInteger(interval) || interval < 100 || interval > 60_000) {
    process.stderr.write('pve-gpu-tab top: --interval must be a whole number of ms between 100 and 60000\n');
    return 2;
  }
  if (v.vmid !== undefined && !/^\d+$/.test(v.vmid)) {
    process.stderr.write(`pve-gpu-tab top: --vmid must be a container id, not '${v.vmid}'\n`);
    return 2;
  }
  const sampler = new Sampler({
    host: new HostRoot(v.root ?? '/'),
    node: os.hostname().split('.')[0],
    intervalMs: interval,
    nvidiaSmi: v['nvidia-smi'],
  });
  if (v.once) {
    // Two samples one interval apart, and no loop sample between them: utilisation is a difference
    // over the interval. The nvidia-smi children start too (their rows need a moment).
    await sampler.start({ timer: false });
    await sampler.sampleNow();
    await new Promise((r) => setTimeout(r, interval));
    await sampler.sampleNow();
    const snap = sampler.latest() as UsageSnapshot;
    await sampler.stop();
    process.stdout.write(render(snap, v.vmid, sampler.lastSampleMs, { commandLine: v['command-line'] }));
    if (v.stats) {
      const m = process.memoryUsage();
      process.stderr.write(
        `${JSON.stringify({ rssBytes: m.rss, heapUsedBytes: m.heapUsed, sampleMs: sampler.lastSampleMs, processes: snap.processes.length })}\n`,
      );
    }
    return 0;
  }
  const tty = process.stdout.isTTY;
  // Drawn on a clock, not per sample: when sampling fails, the screen says "stale" and how old.
  const draw = setInterval(() => {
    const snap = sampler.latest();
    if (snap)
      process.stdout.write(
        (tty ? '\x1b[H\x1b[2J' : '') +
          render(snap, v.vmid, sampler.lastSampleMs, { commandLine: v['command-line'] }),
      );
  }, interval);
  const off = () => clearInterval(draw);
  await sampler.start();
  await new Promise<void>((resolve) => {
    const done = () => resolve();
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  off();
  await sampler.stop();
  return 0;
}

export function render(
  snap: UsageSnapshot,
  vmid: string | undefined,
  costMs: number,
  opts: { commandLine?: boolean } = {},
): string {
  const out: string[] = [];
  const time = new Date(snap.time).toISOString().replace('T', ' ').slice(0, 19);
  out.push(
    `pve-gpu-tab top — ${snap.node} — ${time} UTC — sample ${costMs.toFixed(1)} ms${vmid ? ` — CT ${vmid}` : ''}`,
  );
  const states = Object.entries(snap.collectors)
    .filter(([, s]) => s.state !== 'ok')
    .map(
      ([k, s]) =>
        `${k}: ${s.state}${s.ageMs !== undefined ? ` ${Math.round(s.ageMs / 1000)} s old` : ''}${s.message ? ` (${s.message})` : ''}`,
    );
  if (states.length) out.push(...states.map((s) => `! ${s}`));
  if (snap.gpus.length === 0) out.push('', 'No GPU found in /sys/class/drm or nvidia-smi.');
  for (const gpu of snap.gpus) {
    const whole = snap.samples.find((s) => s.gpu === gpu.id);
    out.push(
      '',
      `${gpu.id}  ${gpu.name}  [${gpu.driver}${gpu.driverVersion ? ` ${gpu.driverVersion}` : ''}${gpu.render ? `, ${gpu.render}` : ''}]  ${wholeLine(whole)}`,
    );
    // How its clients are found, and why the walk where it is the walk (docs/collectors.md).
    if (whole?.discovery) out.push(`  clients: ${describeDiscovery(whole.discovery)}`);
    const engines = Object.keys(whole?.engines ?? {});
    const owners = snap.owners
      .filter((o) => o.gpu === gpu.id && (!vmid || o.owner === vmid))
      .sort((a, b) => ownerOrder(a.owner, b.owner));
    const header = ['OWNER', ...engines.map(short), 'MEM', 'PROCS'];
    const rows: string[][] = [
      ['GPU', ...engines.map((e) => pct(whole?.engines[e])), mem(whole?.memoryUsedBytes), ''],
    ];
    for (const o of owners) {
      rows.push([
        o.owner === 'host' ? 'host' : `CT ${o.owner}`,
        ...engines.map((e) => pct(o.engines[e])),
        mem(o.memoryBytes),
        String(o.processes),
      ]);
    }
    if (vmid && owners.length === 0) rows.push([`CT ${vmid}`, ...engines.map(() => '-'), '-', '0']);
    out.push(...table(header, rows));
    // MIG: one line per GPU instance, with the owners running on it
    for (const i of whole?.migInstances ?? []) {
      const on = owners.filter((o) => o.gpuInstances?.includes(i.gpuInstance));
      out.push(
        `  MIG GI ${i.gpuInstance}${i.profile ? ` ${i.profile}` : ''}  ${mem(i.memoryUsedBytes)}/${mem(i.memoryTotalBytes)}  ${on.map((o) => (o.owner === 'host' ? 'host' : `CT ${o.owner}`)).join(', ') || '-'}`,
      );
    }
  }
  if (vmid) {
    const procs = snap.processes.filter((p) => p.owner === vmid);
    out.push('', `Processes of CT ${vmid}:`);
    // -c: the whole command line, last and left as it is (ps -ww), not the 16-byte name
    const rows = procs.map((p) => [
      String(p.pid),
      p.nspid === undefined ? '-' : String(p.nspid),
      ...(opts.commandLine ? [] : [p.comm]),
      p.gpuInstance === undefined ? p.gpu : `${p.gpu} GI ${p.gpuInstance}`,
      p.utilisationUnknown
        ? 'not measured'
        : Object.entries(p.engines)
            .filter(([, x]) => x > 0)
            .map(([e, x]) => `${short(e)} ${pct(x)}`)
            .join(' ') || 'idle',
      mem(p.memoryBytes),
      ...(opts.commandLine ? [p.cmdline || p.comm] : []),
    ]);
    const header = opts.commandLine
      ? ['PID', 'CT PID', 'GPU', 'ENGINES', 'MEM', 'COMMAND']
      : ['PID', 'CT PID', 'COMMAND', 'GPU', 'ENGINES', 'MEM'];
    out.push(
      ...(rows.length
        ? table(header, rows, opts.commandLine ? [2, 3, 5] : [2, 3, 4])
        : ['  (none using a GPU)']),
    );
  }
  return `${out.join('\n')}\n`;
}

function wholeLine(s: GpuSample | undefined): string {
  if (!s) return '';
  const parts: string[] = [];
  if (s.status.state !== 'ok')
    parts.push(
      s.status.state.toUpperCase() +
        (s.status.ageMs !== undefined ? ` ${Math.round(s.status.ageMs / 1000)} s old` : ''),
    );
  if (s.busyPercent !== undefined) parts.push(`busy ${pct(s.busyPercent)}`);
  if (s.idlePercent !== undefined) parts.push(`idle ${pct(s.idlePercent)}`);
  if (s.freqMHz !== undefined) parts.push(`${s.freqMHz}${s.freqMaxMHz ? `/${s.freqMaxMHz}` : ''} MHz`);
  if (s.powerWatts !== undefined) parts.push(`${s.powerWatts.toFixed(1)} W`);
  if (s.temperatureC !== undefined) parts.push(`${Math.round(s.temperatureC)} °C`);
  if (s.memoryTotalBytes !== undefined)
    parts.push(`mem ${mem(s.memoryUsedBytes)}/${mem(s.memoryTotalBytes)}`);
  return parts.join('  ');
}

const SHORT: Record<string, string> = {
  'video-enhance': 'VENH',
  render: 'RENDER',
  video: 'VIDEO',
  copy: 'COPY',
  compute: 'COMPUTE',
};
function short(e: string): string {
  return SHORT[e] ?? e.toUpperCase();
}

function pct(v: number | undefined): string {
  return v === undefined ? '-' : `${v.toFixed(1)}%`;
}

function mem(b: number | undefined): string {
  if (b === undefined) return '-';
  if (b >= 1024 ** 3) return `${(b / 1024 ** 3).toFixed(1)}G`;
  if (b >= 1024 ** 2) return `${(b / 1024 ** 2).toFixed(0)}M`;
  if (b >= 1024) return `${(b / 1024).toFixed(0)}K`;
  return `${b}B`;
}

/** Columns listed in `left` are left-aligned (names), the rest right-aligned (figures). */
function table(header: string[], rows: string[][], left: number[] = [0]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    `  ${r.map((c, i) => (left.includes(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}
