// SPDX-License-Identifier: AGPL-3.0-or-later
// English templates of the collectors' status messages (CollectorStatus.message), by id, as the
// health messages are (docs/health-checks.md "message id with parameters"): the status carries
// `messageMsg` ({id, params}) for the panel, which renders it in the user's language from the
// plugin's catalogues (plugin/src/i18n/health/<lang>.ts hold these ids too), and `message`, the
// English text rendered here from the same template, for `top`, logs and /metrics readers.
// Parameters are plain values (commands, seconds, counts, versions, a line nvidia-smi printed).
import { formatTemplate, type MsgParams } from './message-format.ts';
import type { CollectorState, CollectorStatus } from './types.ts';

export const COLLECTOR_MESSAGES = {
  'collector.msg.no_sample': 'No sample for this GPU yet.',
  'collector.msg.stale': 'No good sample for {seconds} s: these figures are from then.',
  'collector.msg.stale_why': 'No good sample for {seconds} s ({why}): these figures are from then.',
  'collector.msg.suspended': 'The GPU is runtime-suspended (idle); it is not woken up to be read.',
  'collector.msg.legacy_amdgpu':
    'This kernel prints the pre-5.19 amdgpu fdinfo format (Linux 5.14–5.18, e.g. PVE 7.2–7.4): per-process usage is unsupported; upgrade to a PVE 8 kernel.',
  'collector.msg.fdinfo_denied':
    '{count, plural, one {{count} process could not be read (permission denied): run the daemon as root.} other {{count} processes could not be read (permission denied): run the daemon as root.}}',
  'collector.msg.fdinfo_stalled':
    '{count, plural, one {{count} process holds files on a file system that does not answer (a stalled FUSE or NFS mount); those files are skipped.} other {{count} processes hold files on a file system that does not answer (a stalled FUSE or NFS mount); those files are skipped.}}',
  'collector.msg.nvidia_starting': 'Starting nvidia-smi.',
  'collector.msg.nvidia_missing_package':
    '{command} not found: no NVIDIA driver utilities on this host (Debian package `nvidia-smi`).',
  'collector.msg.nvidia_missing': '{command} not found.',
  'collector.msg.nvidia_probe_failed': '`nvidia-smi --help-query-gpu` failed ({error}).',
  'collector.msg.nvidia_no_index_fields': 'nvidia-smi lacks the `index` and `pci.bus_id` query fields.',
  'collector.msg.nvidia_exited': 'nvidia-smi {name} exited ({why}); restarting in {seconds} s.',
  'collector.msg.nvidia_hung': 'nvidia-smi {name} stopped answering; restarting.',
  'collector.msg.nvidia_silent_start':
    'nvidia-smi {name} printed nothing in {seconds} s; restarting it with a longer wait. Without persistence mode the driver sets the GPUs up for the first program that opens them, which can take tens of seconds: run `nvidia-persistenced`.',
  'collector.msg.nvidia_mismatch':
    'NVIDIA driver/library version mismatch: the loaded kernel module differs from the installed libraries — usually after a driver upgrade without reboot. Reboot the host (or reload the nvidia modules).',
  'collector.msg.nvidia_mismatch_nvml':
    'NVIDIA driver/library version mismatch (userspace NVML {nvml}): the loaded kernel module differs from the installed libraries — usually after a driver upgrade without reboot. Reboot the host (or reload the nvidia modules).',
  'collector.msg.nvidia_mismatch_versions':
    'NVIDIA driver/library version mismatch (userspace NVML {nvml}): the loaded kernel module differs from the installed libraries — usually after a driver upgrade without reboot. Reboot the host (or reload the nvidia modules). Loaded kernel module: {module}.',
  'collector.msg.nvidia_no_devices': 'nvidia-smi found no NVIDIA GPU on this host.',
  'collector.msg.nvidia_no_driver':
    'nvidia-smi cannot talk to the NVIDIA driver: the kernel module is not loaded.',
  'collector.msg.nvidia_bad_field': 'nvidia-smi rejected a query field: {line}',
  'collector.msg.nvidia_failed': 'nvidia-smi failed: {line}',
  'collector.msg.pmon_unsupported': 'nvidia-smi pmon is not supported on this GPU.',
  'collector.msg.pmon_unsupported_memory':
    'nvidia-smi pmon answers "Not supported on the device(s)" for these GPUs (some GeForce, vGPU and MIG set-ups): per-process utilisation is unknown; per-process memory comes from `--query-compute-apps`, and the whole GPU is measured as usual.',
  'collector.msg.nvidia_not_listed': 'nvidia-smi does not list this GPU.',
  'collector.msg.nvidia_not_running': 'nvidia-smi is not running for this GPU.',
  'collector.msg.nvidia_gpu_stale':
    'nvidia-smi has not reported this GPU for {seconds} s: the figures are from then.',
} satisfies Record<string, string>;

export type CollectorMessageId = keyof typeof COLLECTOR_MESSAGES;

/** A status with its message as an id (for the panel) and as English text (for the CLI). */
export function collectorStatus(
  state: CollectorState,
  id: CollectorMessageId,
  params?: MsgParams,
  extra?: Pick<CollectorStatus, 'ageMs'>,
): CollectorStatus {
  return {
    state,
    message: formatTemplate(COLLECTOR_MESSAGES[id], params),
    messageMsg: params ? { id, params } : { id },
    ...extra,
  };
}
