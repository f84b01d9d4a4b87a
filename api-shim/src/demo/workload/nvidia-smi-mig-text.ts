// SPDX-License-Identifier: AGPL-3.0-or-later
// What nvidia-smi prints about MIG, for the stand-in nvidia-smi of the demo and of the tests:
// `nvidia-smi mig -lgi` in the layout NVIDIA/DCGM#138 recorded, and the "MIG devices:" and
// "Processes:" sections of plain `nvidia-smi` in the layout of XuehaiPan/nvitop#8
// (test/fixtures/collect/samples/nvidia-smi-mig-*.txt). Each function is self-contained — no
// reference outside its body — because the stand-ins are separate node scripts that embed them
// with Function.prototype.toString().

export interface FakeMigInstance {
  gpu: number;
  profile: string;
  profileId: number;
  gi: number;
  ci: number;
  placement: string;
  usedMiB: number;
  totalMiB: number;
  sm: number;
}

export interface FakeSmiProcess {
  gpu: number;
  /** undefined on a GPU without MIG ("N/A") */
  gi?: number;
  ci?: number;
  pid: number;
  name: string;
  usedMiB: number;
}

/**
 * A 2g.20gb GPU instance of an A100-SXM4-80GB (profile 14: 19968 MiB, 28 SMs) with its one
 * compute instance, as on GPU 1 of XuehaiPan/nvitop#8: the instances of the demo's and the
 * tests' `mig` mode.
 */
export function a100Mig2g20gb(gi: number, placement: string, usedMiB: number): FakeMigInstance {
  return {
    gpu: 0,
    profile: 'MIG 2g.20gb',
    profileId: 14,
    gi,
    ci: 0,
    placement,
    usedMiB,
    totalMiB: 19968,
    sm: 28,
  };
}

export function migLgiText(instances: FakeMigInstance[]): string {
  const rule = `+${'-'.repeat(55)}+`;
  const out = [
    rule,
    `| GPU instances:${' '.repeat(40)}|`,
    '| GPU   Name             Profile  Instance   Placement  |',
    '|                          ID       ID       Start:Size |',
    `|${'='.repeat(55)}|`,
  ];
  for (const i of instances) {
    out.push(
      `|${String(i.gpu).padStart(4)}  ${i.profile.padEnd(16)}${String(i.profileId).padStart(6)}${String(i.gi).padStart(9)}${i.placement.padStart(13)}     |`,
    );
    out.push(rule);
  }
  return `${out.join('\n')}\n`;
}

export function smiMigSectionsText(instances: FakeMigInstance[], processes: FakeSmiProcess[]): string {
  const wide = `+${'-'.repeat(77)}+`;
  const mig = `+${'-'.repeat(18)}+${'-'.repeat(22)}+${'-'.repeat(11)}+${'-'.repeat(23)}+`;
  const out = [
    wide,
    `| MIG devices:${' '.repeat(64)}|`,
    mig,
    '| GPU  GI  CI  MIG |         Memory-Usage |        Vol|         Shared        |',
    '|      ID  ID  Dev |           BAR1-Usage | SM     Unc| CE  ENC  DEC  OFA  JPG|',
    '|                  |                      |        ECC|                       |',
    `|${'='.repeat(18)}+${'='.repeat(22)}+${'='.repeat(11)}+${'='.repeat(23)}|`,
  ];
  instances.forEach((i, dev) => {
    const mem = `${i.usedMiB}MiB / ${i.totalMiB}MiB`;
    out.push(
      `|${String(i.gpu).padStart(3)}${String(i.gi).padStart(5)}${String(i.ci).padStart(4)}${String(dev).padStart(4)}  |${mem.padStart(21)} |${String(i.sm).padStart(3)}      0 |  2   0    1    0    0 |`,
    );
    out.push(`|                  |${'2MiB / 32767MiB'.padStart(21)} |           |                       |`);
    out.push(mig);
  });
  out.push('');
  out.push(wide);
  out.push(`| Processes:${' '.repeat(66)}|`);
  out.push('|  GPU   GI   CI        PID   Type   Process name                  GPU Memory |');
  out.push('|        ID   ID                                                   Usage      |');
  out.push(`|${'='.repeat(77)}|`);
  if (processes.length === 0) out.push(`|  No running processes found${' '.repeat(48)}|`);
  for (const p of processes) {
    // "N/A" takes one column more than an id: the PID column gives it back.
    const ids =
      p.gi === undefined
        ? `   N/A  N/A${String(p.pid).padStart(10)}`
        : `${String(p.gi).padStart(5)}${String(p.ci ?? 0).padStart(5)}${String(p.pid).padStart(11)}`;
    out.push(
      `|${String(p.gpu).padStart(5)}${ids}      C   ${p.name.slice(0, 28).padEnd(28)}${`${p.usedMiB}MiB`.padStart(12)} |`,
    );
  }
  out.push(wide);
  return `${out.join('\n')}\n`;
}
