// SPDX-License-Identifier: AGPL-3.0-or-later
// Parsers for what nvidia-smi says about MIG (Multi-Instance GPU): `nvidia-smi mig -lgi` (the GPU
// instances with their profile) and the "MIG devices:" and "Processes:" sections of plain
// `nvidia-smi` (each instance's memory; each process's GPU instance and compute instance).
// `--query-compute-apps` has no instance field (its fields: timestamp, gpu_name, gpu_bus_id,
// gpu_serial, gpu_uuid, pid, process_name, used_memory), so the process table is the only place
// nvidia-smi names a process's instance. Recorded outputs: test/fixtures/collect/samples/
// nvidia-smi-mig-*.txt (NVIDIA/DCGM#138, XuehaiPan/nvitop#8). Rows are matched, not columns
// counted: the table's widths changed between drivers (77 columns up to 52x, 89 from 53x).

export interface MigGpuInstanceRow {
  gpuIndex: number;
  /** "MIG 1g.10gb" */
  profile: string;
  profileId: number;
  gpuInstance: number;
  /** "2:1" */
  placement: string;
}

export interface MigDeviceRow {
  gpuIndex: number;
  gpuInstance: number;
  computeInstance: number;
  /** nvidia-smi's MIG device index */
  device: number;
  memoryUsedMiB: number;
  memoryTotalMiB: number;
  /** SM count of this compute instance */
  multiprocessors?: number;
}

export interface SmiTableProcess {
  gpuIndex: number;
  /** undefined for a process on a GPU without MIG ("N/A") */
  gpuInstance?: number;
  computeInstance?: number;
  pid: number;
  /** C, G, C+G, M, M+C … */
  type: string;
  name: string;
  memoryMiB?: number;
}

/** A line longer than this is no table row (a process name is cut by nvidia-smi well before). */
const MAX_LINE = 512;

/** `|   0  MIG 1g.10gb         19        9          2:1     |` */
const LGI_ROW = /^\|\s*(\d+)\s+(MIG\s+\S+)\s+(\d+)\s+(\d+)\s+(\d+:\d+)\s*\|$/;

export function parseMigGpuInstances(text: string): MigGpuInstanceRow[] {
  const out: MigGpuInstanceRow[] = [];
  for (const raw of text.split('\n')) {
    if (raw.length > MAX_LINE) continue;
    const m = LGI_ROW.exec(raw.trim());
    if (!m) continue;
    out.push({
      gpuIndex: Number(m[1]),
      profile: m[2].replace(/\s+/, ' '),
      profileId: Number(m[3]),
      gpuInstance: Number(m[4]),
      placement: m[5],
    });
  }
  return out;
}

/** `|  1    3   0   0  |  14366MiB / 19968MiB | 28      0 |  2   0    1    0    0 |` */
const MIG_DEVICE_ROW =
  /^\|\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\|\s*(\d+)MiB\s*\/\s*(\d+)MiB\s*\|\s*(\d+|N\/A)?\b/;

/** `|    1    3    0      34965      C   python                          14195MiB |` */
const PROCESS_ROW =
  /^\|\s*(\d+)\s+(\d+|N\/A)\s+(\d+|N\/A)\s+(\d+)\s+([CGM](?:\+[CGM])?)\s+(.*?)\s+(\d+MiB|N\/A)\s*\|$/;

/** The MIG devices and the processes of plain `nvidia-smi` output. */
export function parseSmiTable(text: string): { migDevices: MigDeviceRow[]; processes: SmiTableProcess[] } {
  const migDevices: MigDeviceRow[] = [];
  const processes: SmiTableProcess[] = [];
  let section: 'gpus' | 'mig' | 'processes' = 'gpus';
  for (const raw of text.split('\n')) {
    if (raw.length > MAX_LINE) continue;
    const line = raw.trim();
    if (/^\|\s*MIG devices:/.test(line)) section = 'mig';
    else if (/^\|\s*Processes:/.test(line)) section = 'processes';
    else if (section === 'mig') {
      const m = MIG_DEVICE_ROW.exec(line);
      if (m)
        migDevices.push({
          gpuIndex: Number(m[1]),
          gpuInstance: Number(m[2]),
          computeInstance: Number(m[3]),
          device: Number(m[4]),
          memoryUsedMiB: Number(m[5]),
          memoryTotalMiB: Number(m[6]),
          multiprocessors: m[7] && m[7] !== 'N/A' ? Number(m[7]) : undefined,
        });
    } else if (section === 'processes') {
      const m = PROCESS_ROW.exec(line);
      if (m)
        processes.push({
          gpuIndex: Number(m[1]),
          gpuInstance: m[2] === 'N/A' ? undefined : Number(m[2]),
          computeInstance: m[3] === 'N/A' ? undefined : Number(m[3]),
          pid: Number(m[4]),
          type: m[5],
          name: m[6],
          memoryMiB: m[7] === 'N/A' ? undefined : Number.parseInt(m[7], 10),
        });
    }
  }
  return { migDevices, processes };
}
