// SPDX-License-Identifier: AGPL-3.0-or-later
// Which way GPU-client discovery goes, per GPU, and why: the kernel's DRM client list
// (/sys/kernel/debug/dri/<minor>/clients, drm-clients.ts) or the walk of every fd table
// (proc-scanner.ts). The answer travels with each GPU's sample (GpuSample.discovery), so `top`,
// the panel and /metrics can tell an admin why a host pays for the walk.
//
// Why debugfs is readable by the packaged collector (docs/security.md "Reading debugfs"): systemd's
// ProtectKernelTunables= mounts /sys/kernel/debug read-only, not inaccessible (src/core/namespace.c,
// protect_kernel_tunables_sys_table); debugfs's root is 0700 root (fs/debugfs/inode.c,
// DEBUGFS_DEFAULT_MODE) and the clients file 0444 (drivers/gpu/drm/drm_debugfs.c), so uid 0 reads
// it as their owner with no capability; lockdown lets such a read-only file open
// (debugfs_locked_down() in fs/debugfs/file.c). Where any of that does not hold, the reason is
// reported here instead of guessed.
import type { DiscoveryFallback, GpuDiscovery } from '../api/types.ts';
import type { HostRoot } from '../host/host-root.ts';
import { type DrmClientList, type DrmClientRow, readDrmClientList } from './drm-clients.ts';

export interface DiscoveryInputs {
  /** the DRM minors of each GPU (card first) */
  drmDevices: ReadonlyArray<ReadonlyArray<number>>;
  /** the GPU id of each entry of drmDevices (same order); "226:<minor>" where unknown */
  drmDeviceIds?: ReadonlyArray<string>;
  /** GPUs whose holders only the walk finds (NVIDIA's /dev/nvidiaN while nvidia-smi names none) */
  walkOnlyGpus?: ReadonlyArray<string>;
  /** per walk-only GPU, why (default "nvidia": nvidia-smi gives no process rows) */
  walkOnlyBecause?: Readonly<Record<string, DiscoveryFallback>>;
  /**
   * NVIDIA GPUs whose users are the processes nvidia-smi's rows name (NvidiaSmi.rowSources()):
   * no walk for them (docs/collectors.md "NVIDIA users from nvidia-smi's process rows")
   */
  rowGpus?: ReadonlyArray<string>;
}

export type ListOutcome =
  | { state: 'ok'; rows: DrmClientRow[]; files: string[] }
  | { state: 'off'; why: string; because: DiscoveryFallback; path?: string };

export interface DiscoveryChoice {
  /** the rows to rely on, or why the whole pass walks */
  list: ListOutcome;
  /** per GPU id: the path its clients are learnt by, and why */
  gpus: Record<string, GpuDiscovery>;
}

const STATE_REASON: Record<Exclude<DrmClientList['state'], 'ok'>, DiscoveryFallback> = {
  absent: 'absent',
  denied: 'denied',
  unreadable: 'unreadable',
  unparsable: 'unparsable',
  'too-large': 'too-large',
};

/**
 * Reads each GPU's clients file (one per GPU, as readDrmClientList does) and decides: the kernel's
 * list only when every GPU's file is there, readable, parsable and names users (a client missed on
 * one GPU would be missed for good); else one walk for all, each GPU carrying its own reason or
 * "other-gpu" naming the GPU that forces the walk. With a walk-only GPU (NVIDIA without rows) no
 * file is read. An NVIDIA GPU named by nvidia-smi's rows needs neither: its users come from the
 * rows whichever way the DRM GPUs go, and with no DRM GPU the list is "ok" and empty (no walk).
 */
export function chooseDiscovery(
  host: HostRoot,
  inputs: DiscoveryInputs,
  /** one GPU's list (the scanner's DrmClientFiles, which keeps its files open between passes) */
  readList: (minors: ReadonlyArray<number>) => DrmClientList = (minors) => readDrmClientList(host, [minors]),
): DiscoveryChoice {
  const ids = inputs.drmDevices.map((m, i) => inputs.drmDeviceIds?.[i] ?? `226:${m[0] ?? '?'}`);
  const gpus: Record<string, GpuDiscovery> = Object.create(null);
  const walkOnly = inputs.walkOnlyGpus ?? [];
  // Before the walk-only GPUs: a GPU both lists name is walked (it is not named by rows then).
  for (const g of inputs.rowGpus ?? []) gpus[g] = { via: 'nvidia-smi' };
  if (walkOnly.length > 0) {
    const because = inputs.walkOnlyBecause?.[walkOnly[0]] ?? 'nvidia';
    for (const g of walkOnly) gpus[g] = { via: 'walk', because: inputs.walkOnlyBecause?.[g] ?? 'nvidia' };
    for (const id of ids)
      if (!(id in gpus)) gpus[id] = { via: 'walk', because: 'other-gpu', gpu: walkOnly[0] };
    return {
      list: {
        state: 'off',
        why:
          because === 'nvidia-compute-only'
            ? 'an NVIDIA GPU whose pmon is not supported: --query-compute-apps names no graphics client'
            : 'an NVIDIA GPU while nvidia-smi gives no process rows: holders of /dev/nvidiaN are found only by walking fd tables',
        because,
      },
      gpus,
    };
  }
  const rows: DrmClientRow[] = [];
  const files: string[] = [];
  let first: { id: string; because: DiscoveryFallback; path: string; why: string } | undefined;
  inputs.drmDevices.forEach((minors, i) => {
    const id = ids[i];
    // nvidia-drm's DRM nodes of a GPU the rows cover: its fdinfo has no usage keys, and a clients
    // file missing there must not make the other GPUs walk
    if (gpus[id]?.via === 'nvidia-smi') return;
    const one = readList(minors);
    if (one.state !== 'ok') {
      gpus[id] = { via: 'walk', because: STATE_REASON[one.state], path: one.path };
      first ??= { id, because: STATE_REASON[one.state], path: one.path, why: `${one.path}: ${one.state}` };
      return;
    }
    // Before "drm: Update file owner during use" the column is "pid" and names the process that
    // opened the file: a file handed to another process (SCM_RIGHTS) and closed by its opener would
    // be listed under a PID that no longer holds it, and its user missed. Only "tgid" names the user.
    if (one.opener) {
      gpus[id] = { via: 'walk', because: 'opener', path: one.files[0] };
      first ??= {
        id,
        because: 'opener',
        path: one.files[0],
        why: 'this kernel lists the opener of each DRM file, not its user',
      };
      return;
    }
    rows.push(...one.rows);
    files.push(...one.files);
    gpus[id] = { via: 'debugfs', path: one.files[0] };
  });
  if (!first) return { list: { state: 'ok', rows, files }, gpus };
  for (const id of ids)
    if (gpus[id].via === 'debugfs') gpus[id] = { via: 'walk', because: 'other-gpu', gpu: first.id };
  return { list: { state: 'off', why: first.why, because: first.because, path: first.path }, gpus };
}

/** One line for a log or `top`: "debugfs" or "fd walk (absent: /sys/kernel/debug/dri/0/clients)". */
export function describeDiscovery(d: GpuDiscovery): string {
  if (d.via === 'debugfs') return 'kernel DRM client list';
  if (d.via === 'nvidia-smi') return "nvidia-smi's process rows";
  const detail = d.because === 'other-gpu' ? d.gpu : d.path;
  return `fd walk (${d.because ?? 'unknown'}${detail ? `: ${detail}` : ''})`;
}
