// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab snapshot [--root DIR] [--vmid N] [--output FILE.tar.gz]`: a redacted tarball of every
// host file the collectors read and every fact the health engine reads for the containers, laid
// out as a host snapshot (docs/snapshot.md) — for bug reports, and to become a test fixture
// (`--root` of any command reads it back once extracted, and reports the same health).

import { SnapshotGatherer } from '../collect/snapshot/gather.ts';
import { writeTarGz } from '../collect/snapshot/tar.ts';
import { HostRoot } from '../host/host-root.ts';
import { commandArgs } from './args.ts';

const HELP = `Usage: pve-gpu-tab snapshot [--root DIR] [--vmid N[,N…]] [--output FILE.tar.gz]

Writes a redacted tarball of the host files pve-gpu-tab reads (/proc GPU clients, /sys GPU
counters, device nodes, container configs) and of everything the health checks read for each
container (or only --vmid's): its device nodes as the container sees them, generated LXC
config, hook scripts, libraries, passwd/group. Command lines, environments, host names,
addresses and secrets are never included. Default output: ./pve-gpu-tab-snapshot-<time>.tar.gz
`;

export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs('snapshot', HELP, {
    args,
    options: {
      root: { type: 'string' },
      output: { type: 'string', short: 'o' },
      vmid: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const vmids = values.vmid?.split(',').map((v) => v.trim());
  if (vmids?.some((v) => !/^\d{1,9}$/.test(v))) {
    process.stderr.write(`pve-gpu-tab snapshot: --vmid takes container ids (100 or 100,101)\n\n${HELP}`);
    return 2;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const output = values.output ?? `pve-gpu-tab-snapshot-${stamp}.tar.gz`;
  const { entries, manifest } = await new SnapshotGatherer(new HostRoot(values.root ?? '/'), {
    vmids,
  }).gather();
  try {
    await writeTarGz(output, entries);
  } catch (err) {
    process.stderr.write(`pve-gpu-tab snapshot: cannot write ${output}: ${(err as Error).message}\n`);
    return 1;
  }
  process.stdout.write(
    `snapshot: ${output} (${manifest.files} entries, health facts of ${manifest.health.vmids.length ? `CT ${manifest.health.vmids.join(', ')}` : 'no container'}${manifest.denied.length ? `, ${manifest.denied.length} unreadable — run as root` : ''}${manifest.omitted.length ? `, ${manifest.omitted.length} left out by the size caps` : ''})\n`,
  );
  return 0;
}
