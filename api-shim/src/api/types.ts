// SPDX-License-Identifier: AGPL-3.0-or-later
// The JSON documents the api-shim serves under /api/v1 and the plugin renders.
// One contract shared by both sides: the plugin imports these as types only.

/** Engine classes the UI charts; drivers' own engine names map onto them. */
export type EngineClass = 'render' | 'video' | 'video-enhance' | 'copy' | 'compute' | 'other';

export type Vendor = 'intel' | 'amd' | 'nvidia' | 'other';

/** One GPU of the host, from the DRM/PCI inventory or nvidia-smi. */
export interface GpuInfo {
  /** Stable id: the PCI address, e.g. "0000:00:02.0". */
  id: string;
  pci: string;
  vendor: Vendor;
  vendorId: string;
  deviceId: string;
  /** Readable name (pci.ids, nvidia-smi, or "vendor:device" as a last resort). */
  name: string;
  driver: string;
  /** "card0" */
  card?: string;
  /** "renderD128" */
  render?: string;
  /** "226:0" */
  cardDevt?: string;
  /** "226:128" */
  renderDevt?: string;
  /** /dev/dri/by-path names pointing at this GPU. */
  byPath: string[];
  memoryTotalBytes?: number;
  /** NVIDIA proprietary driver: N of /dev/nvidiaN (c 195:N), from /proc/driver/nvidia/gpus/<bdf>/information. */
  nvidiaMinor?: number;
  /** NVIDIA: driver version nvidia-smi reports (driver_version). */
  driverVersion?: string;
}

/** Collector state of one GPU (or of a whole collector) — never an exception. */
export type CollectorState =
  | 'ok'
  | 'suspended'
  | 'unsupported'
  | 'driver-mismatch'
  | 'no-devices'
  | 'not-installed'
  | 'restarting'
  | 'gone'
  | 'stale'
  | 'error';

export interface CollectorStatus {
  state: CollectorState;
  /** Plain-words explanation for every state but "ok" (English, for the CLI and logs). */
  message?: string;
  /** The same explanation as a message id with parameters (api/collector-messages.ts), for the panel. */
  messageMsg?: Msg;
  /** "stale": ms since the last good reading (the figures shown are that old). */
  ageMs?: number;
}

/** engine name (driver's, e.g. "render", "video", "vcn", "enc") → percent 0…100 */
export type EnginePercents = Record<string, number>;

/** Whole-GPU counters of one sample. Missing fields are unknown, not zero. */
export interface GpuSample {
  gpu: string;
  status: CollectorStatus;
  /** Utilisation of every engine by all clients (or the driver's own busy figure). */
  engines: EnginePercents;
  /** engine name → class, for the UI's legend and grouping. */
  engineClasses: Record<string, EngineClass>;
  freqMHz?: number;
  freqMaxMHz?: number;
  /** Time spent in RC6 / idle, percent. */
  idlePercent?: number;
  /** The driver's own whole-GPU busy figure (amdgpu gpu_busy_percent, nvidia utilization.gpu). */
  busyPercent?: number;
  powerWatts?: number;
  /** Where powerWatts comes from: "hwmon energy", "hwmon power", "RAPL uncore", "SoC (incl. CPU)", "nvidia-smi". */
  powerSource?: string;
  temperatureC?: number;
  memoryUsedBytes?: number;
  memoryTotalBytes?: number;
  gttUsedBytes?: number;
  gttTotalBytes?: number;
  /**
   * NVIDIA MIG: the GPU's instances when MIG mode is on (then the GPU's own utilisation is not
   * measured — NVML reports it N/A — and each instance has its own memory).
   */
  migInstances?: MigInstance[];
  /** How the collector learns which processes hold this GPU, and why not the cheaper way. */
  discovery?: GpuDiscovery;
}

/**
 * Why GPU-client discovery walks every process's fd table instead of reading the kernel's DRM
 * client list (/sys/kernel/debug/dri/<minor>/clients; docs/collectors.md):
 * absent: debugfs not mounted, or no clients file for this GPU; denied: EACCES/EPERM (not root,
 * a sandbox); unreadable: another read error (ENODEV, EISDIR …); unparsable: a format we do not
 * know; too-large: over 1 MiB; opener: the kernel's list names who opened each file, not who uses
 * it; nvidia: an NVIDIA GPU (its /dev/nvidiaN are no DRM files) while nvidia-smi gives no process
 * rows (missing, failing, hung, stale, starting); nvidia-compute-only: an NVIDIA GPU whose pmon is
 * not supported, so its rows come from --query-compute-apps, which lists no graphics client
 * (docs/collectors.md "NVIDIA users from nvidia-smi's process rows"); other-gpu: this GPU's list
 * is fine but another GPU's is not, and one walk serves all; off: switched off; no-inventory: the
 * first pass, before the GPUs are known.
 */
export type DiscoveryFallback =
  | 'absent'
  | 'denied'
  | 'unreadable'
  | 'unparsable'
  | 'too-large'
  | 'opener'
  | 'nvidia'
  | 'nvidia-compute-only'
  | 'other-gpu'
  | 'off'
  | 'no-inventory';

export interface GpuDiscovery {
  /**
   * "debugfs": the kernel's DRM client list; "walk": every process's fd table; "nvidia-smi": an
   * NVIDIA GPU's users are the processes nvidia-smi's rows name (pmon, or a MIG GPU's process table)
   */
  via: 'debugfs' | 'walk' | 'nvidia-smi';
  /** why the walk; absent unless via is "walk" */
  because?: DiscoveryFallback;
  /** the debugfs file the reason is about */
  path?: string;
  /** because "other-gpu": the GPU whose reason forces the walk */
  gpu?: string;
}

/** One MIG GPU instance (GI) of an NVIDIA GPU, as `nvidia-smi mig -lgi` and `nvidia-smi` list it. */
export interface MigInstance {
  /** GPU instance id (nvidia-smi's "GI ID"), unique on its GPU. */
  gpuInstance: number;
  /** Profile name as nvidia-smi prints it: "MIG 1g.10gb", "MIG 3g.40gb". */
  profile?: string;
  profileId?: number;
  /** Memory slices "start:size" ("Placement Start:Size"). */
  placement?: string;
  /** Compute instance ids (CI ID) inside this GPU instance. */
  computeInstances: number[];
  /** Streaming multiprocessors of its compute instances. */
  multiprocessors?: number;
  memoryUsedBytes?: number;
  memoryTotalBytes?: number;
}

/** "host" for processes outside any container, else the vmid as a string. */
export type Owner = string;

export interface ProcessUsage {
  /** PID on the host. */
  pid: number;
  /** PID inside the container's PID namespace (NSpid), when known. */
  nspid?: number;
  owner: Owner;
  comm: string;
  cmdline?: string;
  gpu: string;
  engines: EnginePercents;
  memoryBytes: number;
  /** NVIDIA MIG: the GPU instance (GI ID) and compute instance (CI ID) the process runs on. */
  gpuInstance?: number;
  computeInstance?: number;
  /**
   * The driver does not measure this process's utilisation (nvidia-smi pmon "Not supported":
   * some GeForce boards, vGPU, MIG): `engines` is empty because it is unknown, not because it is 0.
   */
  utilisationUnknown?: boolean;
}

export interface OwnerUsage {
  owner: Owner;
  gpu: string;
  engines: EnginePercents;
  memoryBytes: number;
  processes: number;
  /** NVIDIA MIG: the GPU instances (GI IDs) this owner's processes run on. */
  gpuInstances?: number[];
}

/** Everything one sampler tick knows. */
export interface UsageSnapshot {
  /** ms since epoch */
  time: number;
  node: string;
  gpus: GpuInfo[];
  samples: GpuSample[];
  owners: OwnerUsage[];
  processes: ProcessUsage[];
  /** Collector-level states, e.g. { nvidia: {state:'driver-mismatch', …}, fdinfo: {…} } */
  collectors: Record<string, CollectorStatus>;
  /** The sampler's interval, ms (staleness is judged against it). */
  intervalMs?: number;
}

/** GET /api/v1/nodes/{node}/lxc/{vmid}/usage — and each SSE "usage" event. */
export interface ContainerUsage {
  time: number;
  node: string;
  vmid: string;
  gpus: Array<{
    info: GpuInfo;
    whole: GpuSample;
    container: { engines: EnginePercents; memoryBytes: number; processes: number };
  }>;
  processes: ProcessUsage[];
  collectors: Record<string, CollectorStatus>;
}

export type Timeframe = 'hour' | 'day' | 'week';
export type ConsolidationFn = 'AVERAGE' | 'MAX';

export interface HistoryPoint {
  /** seconds since epoch, start of the step */
  t: number;
  /** container's engine percents; absent when no data for that step */
  engines?: EnginePercents;
  memoryBytes?: number;
  /** whole-GPU engine percents */
  gpuEngines?: EnginePercents;
}

/** GET /api/v1/nodes/{node}/lxc/{vmid}/history?timeframe=hour&cf=AVERAGE */
export interface ContainerHistory {
  vmid: string;
  timeframe: Timeframe;
  cf: ConsolidationFn;
  /** seconds per point */
  step: number;
  series: Array<{ gpu: string; points: HistoryPoint[] }>;
}

/**
 * GET /api/v1/nodes/{node}/history?timeframe=hour&cf=AVERAGE — every GPU of the node as a whole:
 * `engines` and `memoryBytes` of each point are the whole GPU's.
 */
export interface NodeHistory {
  timeframe: Timeframe;
  cf: ConsolidationFn;
  /** seconds per point */
  step: number;
  series: Array<{ gpu: string; points: HistoryPoint[] }>;
}

/** GET /api/v1/nodes/{node}/gpu — the node view. */
export interface NodeUsage {
  time: number;
  node: string;
  gpus: Array<{ info: GpuInfo; whole: GpuSample; owners: OwnerUsage[] }>;
  collectors: Record<string, CollectorStatus>;
}

// ---------------------------------------------------------------- health

export type Severity = 'fail' | 'warn' | 'info' | 'pass';

/** Check areas: the prefix of the stable check id (docs/health-checks.md). */
export type CheckArea =
  | 'idmap'
  | 'subid'
  | 'dev'
  | 'mount'
  | 'cgroup'
  | 'host'
  | 'ct'
  | 'nv'
  | 'intel'
  | 'amd'
  | 'mon'
  | 'sec'
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11
  | 'acc';

export interface Evidence {
  /** "config" for the container config, else a host or container file path, or a command. */
  source: string;
  line?: number;
  /** What was read, quoted as is; or, when textMsg is set, textMsg rendered in English. */
  text: string;
  /** Set when the evidence is the engine's own words (not a quote): rendered in the user's language. */
  textMsg?: Msg;
}

/**
 * A translatable health message: an id of HEALTH_MESSAGES (api/health-messages.ts) and the
 * plain values its template's placeholders take. The browser renders it in the user's
 * language; the English strings beside it are the same template rendered on the server.
 */
export interface Msg {
  id: string;
  params?: Record<string, string | number>;
}

export interface Fix {
  /** What to do, in plain words (English, rendered from summaryMsg). */
  summary: string;
  summaryMsg?: Msg;
  /** Config file the lines belong to, e.g. /etc/pve/lxc/101.conf */
  file?: string;
  add?: string[];
  remove?: string[];
  /** The corrected block, ready to paste. */
  snippet?: string[];
  /** Shell command(s) to run on the host (or in the container, said in summary). */
  commands?: string[];
  /**
   * The same change in the terms of PVE's config API, when the fix edits the container config
   * (file is /etc/pve/lxc/<vmid>.conf): the panel's Apply sends it as PUT
   * /nodes/{node}/lxc/{vmid}/config with the user's own ticket. Derived from add/remove by the
   * engine (health/config-change.ts) unless a check sets it.
   */
  configChange?: ConfigChange;
}

/** Why a line of a config fix can only be edited by hand (the panel says so instead of Apply). */
export type ManualReason =
  /** a raw `lxc.*` key: PVE's API has no parameter for it (pve-container json_config_properties) */
  | 'raw-lxc'
  /** the value holds a placeholder such as `<render gid inside the CT>` to fill in first */
  | 'placeholder'
  /** the key is written twice in the file; the line to drop is not addressable by key */
  | 'duplicate'
  /** the line removed is not the key's live value (or the line is not `key: value` at all) */
  | 'not-live'
  /** the key to add is already set to something else; setting it would replace a valid line */
  | 'conflict'
  /** PVE refuses to change it after creation (pve-container update_pct_config: `unprivileged`) */
  | 'read-only';

/** A container config change as PVE's API takes it. Apply is offered only when `manual` is absent. */
export interface ConfigChange {
  /** key → new value (PUT parameter key=value) */
  set: Record<string, string>;
  /** keys to delete (PUT parameter delete=key1,key2) */
  delete: string[];
  /**
   * Each changed key's value as the check read it (absent: not set). The panel compares it
   * with a fresh GET of the config and refuses when the config changed since the check.
   */
  before: Record<string, string>;
  /** Lines only an edit of the file can change; their presence means: no Apply button. */
  manual?: { reason: ManualReason; remove: string[]; add: string[] };
}

export interface CheckResult {
  /** Stable id from docs/health-checks.md, e.g. "dev.gid_wrong_group". */
  id: string;
  area: CheckArea;
  severity: Severity;
  /** English, rendered from titleMsg */
  title: string;
  titleMsg: Msg;
  /** English, rendered from explanationMsg */
  explanation: string;
  explanationMsg: Msg;
  evidence: Evidence[];
  fix?: Fix;
  /**
   * Set on a consequence: the root-cause result it follows from, by its id and its index among
   * the results with that id. Fixing the cause fixes this one too; the panel shows it under the
   * cause and the report's summary does not count it.
   */
  causedBy?: { id: string; index: number };
  /** Set on a root cause: how many results follow from it. */
  consequences?: number;
}

export interface IdRange {
  /** first container id */
  ct: number;
  /** first host id */
  host: number;
  count: number;
  /** config line that declared it; absent for PVE's default map */
  line?: number;
}

export interface IdmapDiagram {
  kind: 'u' | 'g';
  ranges: IdRange[];
  /** container-side ids 0…65535 not mapped */
  gaps: Array<{ start: number; count: number }>;
  /** ids mapped twice, on the container or the host side */
  overlaps: Array<{ side: 'container' | 'host'; start: number; count: number }>;
  /** ids of interest: render/video groups, passthrough ids */
  marks: Array<{ ct: number; label: string; labelMsg?: Msg }>;
}

export interface DeviceEnd {
  path: string;
  /** "226:128" */
  devt?: string;
  /** owner "uid:gid" numeric, with names when known */
  uid?: number;
  gid?: number;
  owner?: string;
  group?: string;
  /** "0660" */
  mode?: string;
  exists: boolean;
}

export interface DevicePath {
  /** devN key or "lxc.mount.entry" line reference */
  source: string;
  line?: number;
  host: DeviceEnd;
  container: DeviceEnd;
  verdict: Severity;
}

/** GET /api/v1/nodes/{node}/lxc/{vmid}/health */
export interface HealthReport {
  vmid: string;
  node: string;
  generatedAt: number;
  /** "running", "stopped", or "unknown" when the shim cannot tell */
  ctStatus: 'running' | 'stopped' | 'unknown';
  unprivileged: boolean;
  hasGpu: boolean;
  /** results per severity, root causes only (consequences, marked causedBy, are not counted) */
  summary: Record<Severity, number>;
  checks: CheckResult[];
  idmap: IdmapDiagram[];
  devices: DevicePath[];
  /** Pending ([pve:pending]) changes, reported, not applied. */
  pending: Array<{ key: string; value: string; line: number }>;
}

/** Error body of every non-2xx answer. */
export interface ApiError {
  error: string;
  /** English, rendered from messageMsg (curl, scripts, logs). */
  message: string;
  /** The message as an id with parameters (api/http-messages.ts), for the panel to translate. */
  messageMsg?: Msg;
}
