// SPDX-License-Identifier: AGPL-3.0-or-later
// The plugin's English strings by stable id: the source every catalogue translates, and the
// key PVE's own gettext is asked with (a string PVE's catalogue has is shown in PVE's
// translation; proxmox-i18n po2js.pl looks messages up by their English text).
// Grammar: message-format.ts ({name}; {count, plural, one {…} other {…}}).
// Health check messages are not here: their English templates live with the server
// (api-shim/src/api/health-messages.ts) and the server sends the English text along.
export const EN = {
  // boot script (pve-gpu-tab.js) — see boot-strings.ts
  'tab.title': 'GPU',
  'boot.loadError': 'The GPU panel could not be loaded: {error}',

  // label before a value: "Power: 12 W"; French puts a space before the colon, CJK a full-width one
  'label.value': '{label}:',
  // between the items of a list ("Video 40%, Copy 3%"; config keys): 、 in Japanese and Chinese
  'list.separator': ', ',

  // container tab: views and time frames
  'view.usage': 'Usage',
  'view.processes': 'Processes',
  'view.health': 'Health',
  'timeframe.label': 'Time frame',
  // PVE's RRD selector: a time frame and Maximum/Average (proxmox-widget-toolkit RRDTypeSelector.js)
  'timeframe.live': 'Live (2 minutes)',
  'timeframe.hour': 'Hour',
  'timeframe.day': 'Day',
  'timeframe.week': 'Week',
  'timeframe.month': 'Month',
  'timeframe.year': 'Year',
  'cf.average': 'Average',
  'cf.maximum': 'Maximum',
  'timeframe.option': '{timeframe} ({cf})',
  'span.live': '2 minutes ago',
  'span.hour': '1 hour ago',
  'span.day': '1 day ago',
  'span.week': '1 week ago',

  // container tab: states
  'ct.label': 'CT {vmid}',
  'ct.stopped.title': 'The container is stopped',
  'ct.stopped.usage':
    'Start the container to see its live GPU usage. The health checks still apply and are shown under Health.',
  'ct.stopped.health':
    'Health checks of the configuration and the host still apply; in-container checks run when it is started.',
  'ct.waiting': 'Waiting for data…',
  'ct.noGpu.title': 'No GPU is passed through to this container',
  'ct.noGpu.how':
    "To pass one: Resources → Add → Device Passthrough, device path /dev/dri/renderD128 (Intel/AMD) or the /dev/nvidia* nodes, with the container's render group id. The same as a config line on the host:",
  'ct.noGpu.where': 'in /etc/pve/lxc/{vmid}.conf; use the gid of the group "render" inside the container.',

  // GPU card
  'gpu.driver': 'Driver',
  'gpu.frequency': 'Frequency',
  'gpu.power': 'Power',
  'gpu.temperature': 'Temperature',
  'gpu.ctMemory': '{ct} memory',
  'gpu.processes': 'Processes',
  'gpu.idle': 'Idle (RC6)',
  'gpu.wholeGpu': 'whole GPU',
  'gpu.memoryChart': 'GPU memory',
  'gpu.kfdNote':
    "ROCm processes (/dev/kfd): {compute} is the share of the GPU's compute units their waves occupy, {copy} their SDMA activity.",
  'chart.max': 'max {value}',
  'chart.now': 'now',

  // engine classes
  'engine.render': 'Render/3D',
  'engine.video': 'Video',
  'engine.video-enhance': 'Video Enhance',
  'engine.copy': 'Copy',
  'engine.compute': 'Compute',
  'engine.other': 'Other',

  // processes
  'proc.none': 'No process of this container uses a GPU right now.',
  'proc.pid': 'PID',
  'proc.hostPid': 'host PID {pid}',
  'proc.command': 'Command',
  'proc.gpu': 'GPU',
  'proc.memory': 'Memory',
  // NVIDIA MIG and per-process utilisation the driver does not measure (issue 12)
  'gpu.ctProcesses': '{ct} processes',
  'mig.title': 'MIG instances',
  'mig.column': 'MIG instance',
  'mig.instance': 'GPU instance {gi}',
  'proc.utilUnknown':
    'Not measured: the driver reports no per-process utilisation on this GPU (`nvidia-smi pmon` is not supported); the memory figure is real.',

  // node tab
  'node.ctLabel': 'CT {vmid} ({name})',
  'node.noGpu.title': 'No GPU found on this node',
  'node.noGpu.body': 'The service found no DRM or NVIDIA GPU on this node.',
  'node.usedBy': 'Used by',
  'node.memory': 'Memory',
  'node.processes': 'Processes',
  'node.host': 'Host',
  'node.noProcess': 'No process uses this GPU.',
  // node view: how the collector finds each GPU's clients (collect/discovery-path.ts)
  'node.discovery': 'Client discovery',
  'discovery.debugfs': "the kernel's DRM client list (debugfs)",
  'discovery.nvidia-smi': 'the processes nvidia-smi lists on this GPU',
  'discovery.walk': 'a walk of every process’s open files: {reason}',
  'discovery.because.absent': 'debugfs has no clients file for this GPU',
  'discovery.because.denied': 'reading the clients file is not allowed',
  'discovery.because.unreadable': 'the clients file could not be read',
  'discovery.because.unparsable': 'the clients file has an unknown format',
  'discovery.because.too-large': 'the clients file is over 1 MiB',
  'discovery.because.opener': 'this kernel lists who opened each file, not who uses it',
  'discovery.because.nvidia':
    'NVIDIA’s driver keeps no DRM client list, and nvidia-smi lists no processes now',
  'discovery.because.nvidia-compute-only':
    'nvidia-smi pmon is not supported on this GPU, and the list of compute processes leaves out graphics ones',
  'discovery.because.other-gpu': 'another GPU needs the walk: {gpu}',
  'discovery.because.off': 'switched off',
  'discovery.because.no-inventory': 'the GPUs are not known yet',

  // Datacenter → GPU (cluster-tab.ts)
  'dc.gpuUsedBy': 'GPU / used by',
  'dc.engines': 'Engines',
  'dc.idle': 'idle',
  'dc.noContainer': 'No container uses this GPU right now.',
  'dc.noNodes': 'No node found.',
  'dc.forbidden': 'You need the privilege Sys.Audit on node {node} to see its GPUs.',
  'dc.nodeDown.title': 'Node {node} does not answer',
  'dc.nodeDown.body':
    'Its GPU service did not answer through this node; the node may be offline, or the service stopped there.',

  // health
  'health.loading': 'Loading health checks…',
  'health.checkedAt': 'checked {time}',
  'severity.fail': 'fail',
  'severity.warn': 'warn',
  'severity.info': 'info',
  'severity.pass': 'pass',
  'health.count.fail': '{count} failed',
  'health.count.warn': '{count, plural, one {{count} warning} other {{count} warnings}}',
  'health.count.pass': '{count} passed',
  'health.passedFold': '{count, plural, one {{count} check passed} other {{count} checks passed}}',
  'health.evidence': 'Evidence',
  'health.consequences': 'Consequences of this problem',
  'health.fix': 'Fix',
  'health.fix.remove': 'Remove',
  'health.fix.add': 'Add',
  'health.fix.snippet': 'Corrected block',
  'health.fix.commands': 'Run on the host',
  'health.copy': 'Copy',
  'health.copy.title': 'Copy to clipboard',
  'health.copied': 'Copied',
  // 12a11y: what a fix line cannot know yet, in angle brackets (api-shim/src/api/fix-placeholders.ts)
  'health.placeholder.renderGid': 'render gid inside the CT',
  'health.placeholder.videoGid': 'video gid inside the CT',
  'health.placeholder.capsMajor': 'nvidia-caps major',
  'health.pending': 'Pending changes (not applied yet)',
  'health.idmapHeading': 'ID map: container → host',
  'health.privileged': 'Privileged container: ids are not mapped.',
  'health.devicesHeading': 'Device paths: host → container',
  'area.dev': 'Devices',
  'area.idmap': 'ID mapping',
  'area.subid': 'Subordinate ids',
  'area.mount': 'Mounts',
  'area.cgroup': 'Cgroup device access',
  'area.host': 'Host',
  'area.ct': 'Inside the container',
  'area.mon': 'Monitoring',
  'area.sec': 'Security',
  'area.acc': 'Accelerators (Coral, Hailo, NPU, /dev/kfd)',

  // idmap diagram
  'idmap.users': 'User ids',
  'idmap.groups': 'Group ids',
  'idmap.rowContainer': 'container',
  'idmap.rowHost': 'host',
  'idmap.segment': 'container {ctFirst}–{ctLast} → host {hostFirst}–{hostLast}',
  'idmap.gap': 'not mapped: {first}–{last}',
  'idmap.overlapContainer': 'mapped twice in the container: {first}–{last}',
  'idmap.overlapHost': 'mapped twice on the host: {first}–{last}',
  'idmap.col.container': 'Container',
  'idmap.col.host': 'Host',
  'idmap.col.count': 'Count',
  'idmap.col.line': 'Line',
  'idmap.passthrough': '(passthrough)',
  'idmap.defaultMap': 'default',
  'idmap.gapRow': 'not mapped: files owned by these ids show as nobody/nogroup',

  // device paths
  'dev.none': 'No device is passed through.',
  'dev.missing': 'missing',
  'dev.line': '(line {line})',

  // states of the tab
  'state.retry': 'Retry',
  'state.unreachable.title': 'The GPU service is not reachable',
  'state.unreachable.connect': 'The browser could not connect to {url}.',
  'state.unreachable.why':
    'Either the service pve-gpu-tab is not running on this node, a firewall blocks its port, or the browser has not accepted its certificate yet.',
  'state.unreachable.accept': 'Open the GPU service and accept its certificate',
  'state.unreachable.then': 'then come back and retry.',
  'state.unreachable.onNode': 'On the node:',
  'state.unauthenticated.title': 'Your login was not accepted by the GPU service',
  'state.unauthenticated.body': 'Your PVE session may have expired. Reload the page and log in again.',
  'state.forbidden.title': 'Permission denied',
  'state.forbidden.ct': 'You need the privilege VM.Audit on /vms/{vmid} to see GPU usage of this container.',
  'state.forbidden.node': 'You need the privilege Sys.Audit on this node to see its GPUs.',
  'state.notFound.title': 'Not found',
  'state.error.title': 'The GPU service reported an error',

  // failures the browser meets itself (shim-client.ts); the shim's own error answers arrive as
  // ids of api-shim/src/api/http-messages.ts, translated in ./http/<lang>.ts
  'error.unreachable': 'The browser could not connect to the GPU service.',
  'error.timeout': 'The GPU service did not answer within {seconds} s.',
  'error.httpStatus': 'The GPU service answered with HTTP status {status}.',
  'error.noStreaming': 'This browser cannot read live data as a stream; use a current browser.',
  'error.streamLost': 'The live connection to the GPU service was interrupted; reconnecting…',
  'error.unexpected': 'Unexpected failure in the GPU panel: {error}',

  // collector states: title "<collector>: <state>" and the next step
  'collector.title': '{collector}: {state}',
  'collector.state.suspended': 'suspended',
  'collector.state.unsupported': 'unsupported',
  'collector.state.driver-mismatch': 'driver mismatch',
  'collector.state.no-devices': 'no devices',
  'collector.state.not-installed': 'not installed',
  'collector.state.restarting': 'restarting',
  'collector.state.stale': 'stale',
  'collector.state.gone': 'gone',
  'collector.state.error': 'error',
  'collector.next.driver-mismatch':
    'The NVIDIA kernel module and the user-space library differ in version (usually after a driver upgrade). Reboot the node, or unload and reload the nvidia modules.',
  'collector.next.not-installed':
    'Install the vendor tool on the node (for NVIDIA: the nvidia-smi of the installed driver).',
  'collector.next.no-devices': 'No GPU of this kind was found on the node.',
  'collector.next.restarting': 'The collector is restarting; data resumes in a few seconds.',
  'collector.next.stale':
    'Sampling keeps failing: the figures shown are from the last good sample. See the service log on the node: journalctl -u pve-gpu-tab',
  'collector.next.suspended': 'The GPU is in runtime suspend; it wakes up when a program uses it.',
  'collector.next.unsupported': 'This driver does not report per-client usage.',
  'collector.next.gone': 'The GPU disappeared (unbound, or passed to a VM).',
  'collector.next.error': 'See the service log on the node: journalctl -u pve-gpu-tab',

  // health: Apply a config fix through PVE's own API (panel/components/apply-fix.ts)
  'apply.button': 'Apply…',
  'apply.button.title': 'Have PVE make this change, as {user}',
  'apply.title': 'Apply fix to CT {vmid}',
  'apply.intro': 'PVE will make this change to the container configuration, as {user}:',
  'apply.diff': 'Changes to the configuration',
  'apply.reading': 'Reading the current configuration…',
  'apply.applying': 'Applying…',
  'apply.confirm': 'Apply',
  'apply.cancel': 'Cancel',
  'apply.close': 'Close',
  'apply.retry': 'Read again',
  'apply.reboot': 'Reboot',
  'apply.stale':
    'The configuration has changed since this check ran ({keys}). Run the check again before applying.',
  'apply.modified':
    'PVE refused the change: someone else modified the configuration in the meantime ({message}). Read it again to see the change as it is now.',
  'apply.failed': 'PVE refused the change: {message}',
  'apply.noConnection':
    'PVE did not answer (connection error). Check the connection to the node, then try again.',
  'apply.loginExpired':
    'PVE did not accept your login ({message}): the session or its CSRF token is no longer valid. Reload the page and log in again.',
  'apply.done': 'Done: PVE changed the configuration.',
  'apply.already': 'PVE already has this change; nothing was written.',
  'apply.pending':
    'The container is running: PVE keeps {keys} as pending changes until the container restarts.',
  'apply.rebootNoRight':
    'Restart the container to apply them (a reboot from here needs the VM.PowerMgmt privilege, which you do not have).',
  'apply.task.running': 'Task {upid}: running…',
  'apply.task.done': 'Task {upid}: {status}',
  'apply.why.noLogin': 'No Apply button: this page does not say who is logged in to PVE.',
  'apply.why.dev':
    'No Apply button: PVE lets only root@pam change device passthrough (`devN`) entries. Log in as root@pam or ask an administrator.',
  'apply.why.bind': 'No Apply button: PVE lets only root@pam set a bind mount point (`{key}`).',
  'apply.why.root': 'No Apply button: PVE lets only root@pam change `{key}`.',
  'apply.why.privilege':
    'No Apply button: this change needs the {priv} privilege on this container, which you do not have.',
  'apply.manual.raw-lxc':
    'PVE’s API cannot change raw `lxc.*` lines: edit these lines in {file} on the host.',
  'apply.manual.placeholder': 'Replace the value in angle brackets, then edit {file} on the host.',
  'apply.manual.duplicate': 'This key is written twice in {file}: remove the extra line there by hand.',
  'apply.manual.not-live': 'PVE’s API cannot address this line: edit {file} on the host.',
  'apply.manual.conflict':
    'This key already holds another entry: add the line under a free number in {file}.',
  'apply.manual.read-only': 'PVE does not change this setting of an existing container.',
} as const;

export type UiMessageId = keyof typeof EN;

/**
 * Ids whose English text PVE's catalogue has with another meaning in some language, so PVE's
 * translation is not used for them (checked against proxmox-i18n's .po files): "warn" is the
 * verb in de.po (from proxmox-datacenter-manager), "Usage" is "Almacenamiento - Uso" in es.po,
 * "missing" is "perdido" (lost) in pt_BR.po, "not installed" ends in a full stop in nl.po,
 * "Memory" is 内存 (RAM) in zh_CN.po where a GPU's memory is 显存. A list separator is never
 * looked up in PVE's catalogue.
 */
export const NOT_FROM_PVE: ReadonlySet<UiMessageId> = new Set<UiMessageId>([
  'list.separator',
  'severity.warn',
  'view.usage',
  'dev.missing',
  'collector.state.not-installed',
  'proc.memory',
  'node.memory',
]);

/**
 * A language's catalogue: every UI id and every health message id (HEALTH_MESSAGES) → template
 * in that language. The type makes tsc catch a missing UI id; catalogues.test.ts checks the
 * health ids, extra keys and placeholders.
 */
export type Catalogue = { readonly [K in UiMessageId]: string } & { readonly [id: string]: string };
