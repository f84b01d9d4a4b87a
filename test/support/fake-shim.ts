// SPDX-License-Identifier: AGPL-3.0-or-later
// A fixture api-shim for browser tests: plain HTTP on loopback, strict-enough CORS, the
// Authorization header required, and realistic documents of the types in
// api-shim/src/api/types.ts (an Intel iGPU used by CT 101, an NVIDIA GPU used by CT 102,
// CT 103 with a broken passthrough, CT 104 without a GPU). Modes switch it into the states
// the tab must explain (401, 403, NVIDIA driver/library mismatch).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectorStatus } from '../../api-shim/src/api/collector-messages.ts';
import { HEALTH_MESSAGES } from '../../api-shim/src/api/health-messages.ts';
import { type HttpMsg, httpMessageText, httpMsg } from '../../api-shim/src/api/http-messages.ts';
import { formatMsg } from '../../api-shim/src/api/message-format.ts';
import type {
  CheckArea,
  CheckResult,
  ContainerHistory,
  ContainerUsage,
  EngineClass,
  Evidence,
  Fix,
  GpuInfo,
  GpuSample,
  HealthReport,
  Msg,
  NodeHistory,
  NodeUsage,
  ProcessUsage,
  Severity,
} from '../../api-shim/src/api/types.ts';
import { parsePctConfig } from '../../api-shim/src/health/config/pct-config.ts';
import { configChangeOf } from '../../api-shim/src/health/config-change.ts';

export type FakeMode =
  | 'ok'
  | 'unauthorized'
  | 'forbidden'
  | 'driver-mismatch'
  | 'newer-shim'
  // the collector may not read the Intel GPU's debugfs clients file: its clients by the walk
  | 'debugfs-denied';

/**
 * CT 103's config as the fake's health report reads it (dev0 on line 12, the idmap on 13–15):
 * its fixes carry the config change the engine derives from it (health/config-change.ts), and
 * the browser tests load the same text into the mock PVE config API (mock-pve/lxc-config.ts).
 */
export const CT103_CONF = `arch: amd64
cores: 4
features: nesting=1
hostname: frigate
memory: 4096
net0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11:5E:3A:10,ip=dhcp,type=veth
onboot: 1
ostype: debian
rootfs: local-lvm:vm-103-disk-0,size=16G
swap: 512
unprivileged: 1
dev0: /dev/dri/renderD128,gid=44
lxc.idmap: u 0 100000 65536
lxc.idmap: g 0 100000 104
lxc.idmap: g 104 104 1
`;

/** A fix of CT 103's config with the change PVE's API would make, as the engine adds it. */
function ct103Fix<F extends Omit<Fix, 'summary'>>(fix: F): F {
  const configChange = configChangeOf(fix, '/etc/pve/lxc/103.conf', parsePctConfig(CT103_CONF));
  return configChange ? { ...fix, configChange } : fix;
}

const NODE = 'pve';

/** A check result as the engine writes it: message ids plus their English rendering. */
function healthCheck(
  id: string,
  area: CheckArea,
  severity: Severity,
  explanationMsg: Msg,
  evidence: Evidence[] = [],
  fix?: Omit<Fix, 'summary'> & { summaryMsg: Msg },
): CheckResult {
  const titleMsg = { id: `${id}.title` };
  return {
    id,
    area,
    severity,
    title: formatMsg(HEALTH_MESSAGES, titleMsg),
    titleMsg,
    explanation: formatMsg(HEALTH_MESSAGES, explanationMsg),
    explanationMsg,
    evidence,
    ...(fix ? { fix: { ...fix, summary: formatMsg(HEALTH_MESSAGES, fix.summaryMsg) } } : {}),
  };
}
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

const INTEL: GpuInfo = {
  id: '0000:00:02.0',
  pci: '0000:00:02.0',
  vendor: 'intel',
  vendorId: '8086',
  deviceId: '4680',
  name: 'Intel UHD Graphics 770',
  driver: 'i915',
  card: 'card0',
  render: 'renderD128',
  cardDevt: '226:0',
  renderDevt: '226:128',
  byPath: ['pci-0000:00:02.0-card', 'pci-0000:00:02.0-render'],
};
const NVIDIA: GpuInfo = {
  id: '0000:01:00.0',
  pci: '0000:01:00.0',
  vendor: 'nvidia',
  vendorId: '10de',
  deviceId: '2504',
  name: 'NVIDIA GeForce RTX 3060',
  driver: 'nvidia',
  card: 'card1',
  render: 'renderD129',
  byPath: ['pci-0000:01:00.0-card', 'pci-0000:01:00.0-render'],
  memoryTotalBytes: 12 * GiB,
};
const INTEL_CLASSES: Record<string, EngineClass> = {
  render: 'render',
  copy: 'copy',
  video: 'video',
  'video-enhance': 'video-enhance',
  compute: 'compute',
};
const NVIDIA_CLASSES: Record<string, EngineClass> = {
  gr: 'compute',
  enc: 'video',
  dec: 'video',
  copy: 'copy',
};

/** A smooth, deterministic wave so charts move but tests stay reproducible. */
function wave(t: number, period: number, lo: number, hi: number, phase = 0): number {
  return lo + ((hi - lo) * (1 + Math.sin((2 * Math.PI * t) / period + phase))) / 2;
}

export class FakeWorld {
  mode: FakeMode = 'ok';

  processes(t: number): ProcessUsage[] {
    const s = t / 1000;
    return [
      {
        pid: 41234,
        nspid: 312,
        owner: '101',
        comm: 'ffmpeg',
        // As long as Jellyfin's real transcode command lines are (hundreds of characters, no
        // spaces in long stretches): the tables must not grow wider than the panel.
        cmdline:
          '/usr/lib/jellyfin-ffmpeg/ffmpeg -analyzeduration 200M -init_hw_device vaapi=va:,kernel_driver=i915,driver=iHD ' +
          '-init_hw_device qsv=qs@va -filter_hw_device qs -hwaccel vaapi -hwaccel_output_format vaapi ' +
          '-i file:/media/movies/A%20Very%20Long%20Film%20Title%20(2024)/A.Very.Long.Film.Title.2024.2160p.UHD.BluRay.REMUX.HDR.HEVC.mkv ' +
          '-map_metadata -1 -map_chapters -1 -threads 0 -map 0:0 -map 0:1 -codec:v:0 h264_qsv -preset veryfast ' +
          '-b:v 7616000 -maxrate 7616000 -bufsize 15232000 -f hls -hls_time 3 /var/lib/jellyfin/transcodes/0a1b2c3d4e5f.m3u8',
        gpu: INTEL.id,
        engines: {
          video: wave(s, 37, 15, 30) + wave(s, 1800, 0, 25),
          render: wave(s, 31, 1, 4) + wave(s, 2400, 0, 6),
          'video-enhance': 6 + wave(s, 1500, 0, 8),
        },
        memoryBytes: 180 * MiB,
      },
      {
        pid: 41301,
        nspid: 298,
        owner: '101',
        comm: 'jellyfin',
        cmdline: '/usr/lib/jellyfin/bin/jellyfin --datadir /var/lib/jellyfin',
        gpu: INTEL.id,
        engines: { render: 0.5 },
        memoryBytes: 24 * MiB,
      },
      {
        pid: 52011,
        nspid: 77,
        owner: '102',
        comm: 'ollama',
        cmdline: '/usr/local/bin/ollama runner --model llama3:8b',
        gpu: NVIDIA.id,
        engines: { gr: wave(s, 17, 20, 50) + wave(s, 2000, 0, 45), copy: wave(s, 17, 1, 6) },
        memoryBytes: 6.4 * GiB,
      },
      {
        pid: 1880,
        owner: 'host',
        comm: 'Xorg',
        gpu: INTEL.id,
        engines: { render: 1.5 },
        memoryBytes: 40 * MiB,
      },
    ];
  }

  samples(t: number): GpuSample[] {
    const procs = this.processes(t);
    const sum = (gpu: string) => {
      const out: Record<string, number> = {};
      for (const p of procs.filter((x) => x.gpu === gpu))
        for (const [e, v] of Object.entries(p.engines)) out[e] = Math.min(100, (out[e] ?? 0) + v);
      return out;
    };
    const mismatch = this.mode === 'driver-mismatch';
    return [
      {
        gpu: INTEL.id,
        status: { state: 'ok' },
        engines: { render: 0, copy: 0, video: 0, 'video-enhance': 0, compute: 0, ...sum(INTEL.id) },
        engineClasses: INTEL_CLASSES,
        // as collect/discovery-path.ts says it: the DRM client list of card0's minor, or the
        // walk, and why, when the collector may not read it
        discovery:
          this.mode === 'debugfs-denied'
            ? { via: 'walk', because: 'denied', path: '/sys/kernel/debug/dri/0/clients' }
            : { via: 'debugfs', path: '/sys/kernel/debug/dri/0/clients' },
        freqMHz: Math.round(wave(t / 1000, 10, 600, 1450)),
        freqMaxMHz: 1450,
        idlePercent: 40,
        powerWatts: wave(t / 1000, 10, 3, 9),
        memoryUsedBytes: 244 * MiB,
      },
      mismatch
        ? {
            gpu: NVIDIA.id,
            // what the sampler makes of nvidia-smi's answer with the loaded module's version
            // (collect/nvidia-smi-parse.ts classifyNvidiaSmiError, sampler.ts withModuleVersion)
            status: collectorStatus('driver-mismatch', 'collector.msg.nvidia_mismatch_versions', {
              nvml: '550.120',
              module: '550.107.02',
            }),
            engines: {},
            engineClasses: NVIDIA_CLASSES,
          }
        : {
            gpu: NVIDIA.id,
            status: { state: 'ok' },
            engines: { gr: 0, enc: 0, dec: 0, copy: 0, ...sum(NVIDIA.id) },
            engineClasses: NVIDIA_CLASSES,
            // NVIDIA's driver keeps no DRM client list: always the walk (collect/discovery-path.ts)
            discovery: { via: 'walk', because: 'nvidia' },
            freqMHz: 1777,
            freqMaxMHz: 2100,
            powerWatts: wave(t / 1000, 15, 60, 150),
            temperatureC: Math.round(wave(t / 1000, 60, 48, 67)),
            memoryUsedBytes: 6.9 * GiB,
            memoryTotalBytes: 12 * GiB,
          },
    ];
  }

  containerGpus(vmid: string): GpuInfo[] {
    if (vmid === '101' || vmid === '103') return [INTEL];
    if (vmid === '102') return [NVIDIA];
    return [];
  }

  containerUsage(vmid: string, t = Date.now()): ContainerUsage {
    const samples = this.samples(t);
    const procs = this.processes(t).filter((p) => p.owner === vmid);
    return {
      time: t,
      node: NODE,
      vmid,
      gpus: this.containerGpus(vmid).map((info) => {
        const mine = procs.filter((p) => p.gpu === info.id);
        const engines: Record<string, number> = {};
        for (const p of mine)
          for (const [e, v] of Object.entries(p.engines)) engines[e] = (engines[e] ?? 0) + v;
        return {
          info,
          whole: samples.find((s) => s.gpu === info.id) as GpuSample,
          container: {
            engines,
            memoryBytes: mine.reduce((a, p) => a + p.memoryBytes, 0),
            processes: mine.length,
          },
        };
      }),
      processes: procs,
      collectors: this.collectors(),
    };
  }

  collectors(): NodeUsage['collectors'] {
    return this.mode === 'driver-mismatch'
      ? {
          fdinfo: { state: 'ok' },
          nvidia: collectorStatus('driver-mismatch', 'collector.msg.nvidia_mismatch_nvml', {
            nvml: '550.120',
          }),
        }
      : { fdinfo: { state: 'ok' }, nvidia: { state: 'ok' } };
  }

  nodeUsage(t = Date.now()): NodeUsage {
    const samples = this.samples(t);
    const procs = this.processes(t);
    return {
      time: t,
      node: NODE,
      gpus: [INTEL, NVIDIA].map((info) => {
        const owners = new Map<
          string,
          { engines: Record<string, number>; memoryBytes: number; processes: number }
        >();
        for (const p of procs.filter((x) => x.gpu === info.id)) {
          const o = owners.get(p.owner) ?? { engines: {}, memoryBytes: 0, processes: 0 };
          for (const [e, v] of Object.entries(p.engines)) o.engines[e] = (o.engines[e] ?? 0) + v;
          o.memoryBytes += p.memoryBytes;
          o.processes += 1;
          owners.set(p.owner, o);
        }
        return {
          info,
          whole: samples.find((s) => s.gpu === info.id) as GpuSample,
          owners: [...owners].map(([owner, o]) => ({ owner, gpu: info.id, ...o })),
        };
      }),
      collectors: this.collectors(),
    };
  }

  history(vmid: string, timeframe: 'hour' | 'day' | 'week', cf: 'AVERAGE' | 'MAX'): ContainerHistory {
    const step = timeframe === 'hour' ? 60 : timeframe === 'day' ? 1800 : 10800;
    const now = Math.floor(Date.now() / 1000 / step) * step;
    return {
      vmid,
      timeframe,
      cf,
      step,
      series: this.containerGpus(vmid).map((info) => ({
        gpu: info.id,
        points: Array.from({ length: 60 }, (_, i) => {
          const t = now - (60 - i) * step;
          const u = this.containerUsage(vmid, t * 1000).gpus[0];
          const k = cf === 'MAX' ? 1.3 : 1;
          const scale = (e: Record<string, number>) =>
            Object.fromEntries(Object.entries(e).map(([n, v]) => [n, Math.min(100, v * k)]));
          return {
            t,
            engines: scale(u.container.engines),
            gpuEngines: scale(u.whole.engines),
            memoryBytes: u.container.memoryBytes,
          };
        }),
      })),
    };
  }

  /** The node's GPUs as a whole, built from the same waves as the live node usage. */
  nodeHistory(timeframe: 'hour' | 'day' | 'week', cf: 'AVERAGE' | 'MAX'): NodeHistory {
    const step = timeframe === 'hour' ? 60 : timeframe === 'day' ? 1800 : 10800;
    const now = Math.floor(Date.now() / 1000 / step) * step;
    const k = cf === 'MAX' ? 1.3 : 1;
    const docs = Array.from({ length: 60 }, (_, i) => this.nodeUsage((now - (60 - i) * step) * 1000));
    return {
      timeframe,
      cf,
      step,
      series: docs[0].gpus.map((g0, gi) => ({
        gpu: g0.info.id,
        points: docs.map((d, i) => ({
          t: now - (60 - i) * step,
          engines: Object.fromEntries(
            Object.entries(d.gpus[gi].whole.engines).map(([n, v]) => [n, Math.min(100, v * k)]),
          ),
          memoryBytes: d.gpus[gi].whole.memoryUsedBytes,
        })),
      })),
    };
  }

  health(vmid: string): HealthReport {
    const now = Date.now();
    const base = {
      vmid,
      node: NODE,
      generatedAt: now,
      ctStatus: 'running' as const,
      unprivileged: true,
      pending: [] as HealthReport['pending'],
    };
    const defaultMap = [{ ct: 0, host: 100000, count: 65536 }];
    if (vmid === '104') {
      return {
        ...base,
        hasGpu: false,
        summary: { fail: 0, warn: 0, info: 1, pass: 0 },
        checks: [
          healthCheck('host.gpu_inventory', 'host', 'info', {
            id: 'host.gpu_inventory.no_drm',
            params: { render: 104, video: 44 },
          }),
        ],
        idmap: [
          { kind: 'u', ranges: defaultMap, gaps: [], overlaps: [], marks: [] },
          { kind: 'g', ranges: defaultMap, gaps: [], overlaps: [], marks: [] },
        ],
        devices: [],
      };
    }
    if (vmid === '103') {
      return {
        ...base,
        hasGpu: true,
        summary: { fail: 1, warn: 1, info: 0, pass: 2 },
        checks: [
          {
            ...healthCheck(
              'dev.gid_wrong_group',
              'dev',
              'fail',
              {
                id: 'dev.gid_wrong_group.render',
                params: {
                  key: 'dev0',
                  gid: 44,
                  group: 'video',
                  os: 'Debian GNU/Linux 12 (bookworm)',
                  want: 104,
                },
              },
              [
                { source: 'config', line: 12, text: 'dev0: /dev/dri/renderD128,gid=44' },
                { source: '/etc/group (container)', text: 'render:x:104:frigate' },
              ],
              ct103Fix({
                summaryMsg: { id: 'dev.gid_wrong_group.fix', params: { key: 'dev0', group: 'render' } },
                file: '/etc/pve/lxc/103.conf',
                remove: ['dev0: /dev/dri/renderD128,gid=44'],
                add: ['dev0: /dev/dri/renderD128,gid=104'],
              }),
            ),
            consequences: 1,
          },
          // its consequence, as the engine groups it (api-shim/src/health/root-causes.ts)
          {
            ...healthCheck(
              'ct.service_user_groups',
              'ct',
              'fail',
              {
                id: 'ct.service_user_groups',
                params: {
                  user: 'frigate',
                  path: '/dev/dri/renderD128',
                  gid: '44 (video)',
                  mode: '0660',
                  groups: 'render(104)',
                },
              },
              [{ source: 'config', line: 12, text: 'dev0: /dev/dri/renderD128,gid=44' }],
            ),
            causedBy: { id: 'dev.gid_wrong_group', index: 0 },
          },
          healthCheck(
            'idmap.gap',
            'idmap',
            'warn',
            { id: 'idmap.gap.gid', params: { count: 65431, ids: '105–65535' } },
            [
              { source: 'config', line: 14, text: 'lxc.idmap: g 0 100000 104' },
              { source: 'config', line: 15, text: 'lxc.idmap: g 104 104 1' },
            ],
            ct103Fix({
              summaryMsg: { id: 'idmap.gap.fix.gid' },
              file: '/etc/pve/lxc/103.conf',
              // the engine's idmap.gap fix: the missing range as a raw line (health/checks/idmap.ts)
              add: ['lxc.idmap: g 105 100105 65431'],
              snippet: [
                'lxc.idmap: u 0 100000 65536',
                'lxc.idmap: g 0 100000 104',
                'lxc.idmap: g 104 104 1',
                'lxc.idmap: g 105 100105 65431',
              ],
            }),
          ),
          healthCheck('dev.path_missing', 'dev', 'pass', { id: 'check.pass' }),
          healthCheck('subid.not_allowed', 'subid', 'pass', { id: 'check.pass' }, [
            { source: '/etc/subgid', line: 2, text: 'root:104:1' },
          ]),
        ],
        idmap: [
          {
            kind: 'u',
            ranges: [{ ct: 0, host: 100000, count: 65536, line: 13 }],
            gaps: [],
            overlaps: [],
            marks: [],
          },
          {
            kind: 'g',
            ranges: [
              { ct: 0, host: 100000, count: 104, line: 14 },
              { ct: 104, host: 104, count: 1, line: 15 },
            ],
            gaps: [{ start: 105, count: 65431 }],
            overlaps: [],
            marks: [
              { ct: 44, label: 'video' },
              { ct: 104, label: 'render' },
            ],
          },
        ],
        devices: [
          {
            source: 'dev0',
            line: 12,
            host: {
              path: '/dev/dri/renderD128',
              devt: '226:128',
              uid: 0,
              gid: 104,
              owner: 'root',
              group: 'render',
              mode: '0660',
              exists: true,
            },
            container: {
              path: '/dev/dri/renderD128',
              devt: '226:128',
              uid: 0,
              gid: 44,
              owner: 'root',
              group: 'video',
              mode: '0660',
              exists: true,
            },
            verdict: 'fail',
          },
        ],
      };
    }
    return {
      ...base,
      hasGpu: true,
      summary: { fail: 0, warn: 0, info: 0, pass: 3 },
      checks: [
        healthCheck('dev.gid_wrong_group', 'dev', 'pass', { id: 'check.pass' }, [
          { source: 'config', line: 11, text: 'dev0: /dev/dri/renderD128,gid=104' },
        ]),
        healthCheck('idmap.gap', 'idmap', 'pass', { id: 'check.pass' }),
        healthCheck('mon.paranoid_lowered', 'mon', 'pass', { id: 'check.pass' }),
      ],
      idmap: [
        { kind: 'u', ranges: defaultMap, gaps: [], overlaps: [], marks: [] },
        { kind: 'g', ranges: defaultMap, gaps: [], overlaps: [], marks: [{ ct: 104, label: 'render' }] },
      ],
      devices: [
        {
          source: 'dev0',
          line: 11,
          host: {
            path: '/dev/dri/renderD128',
            devt: '226:128',
            uid: 0,
            gid: 104,
            owner: 'root',
            group: 'render',
            mode: '0660',
            exists: true,
          },
          container: {
            path: '/dev/dri/renderD128',
            devt: '226:128',
            uid: 100000,
            gid: 100104,
            mode: '0660',
            exists: true,
          },
          verdict: 'pass',
        },
      ],
    };
  }
}

export interface FakeShim {
  url: string;
  world: FakeWorld;
  /** Streams open right now. */
  activeStreams(): number;
  /** Stream events written so far, all streams together (each a live update of a page). */
  streamEvents(): number;
  /** Every request seen: method, path, Authorization header. */
  requests: Array<{ method: string; path: string; authorization?: string }>;
  close(): Promise<void>;
}

/** The shapes the real shim accepts: a PVE ticket (URI-escaped) or an API token. */
function credentialOk(header: string | undefined): boolean {
  const m = /^PVEAuthCookie=(.+)$/.exec(header ?? '');
  if (m) {
    try {
      return /^PVE:[^:\s]+:[0-9A-F]{8}::[A-Za-z0-9+/=]+$/.test(decodeURIComponent(m[1]));
    } catch {
      return false;
    }
  }
  return /^PVEAPIToken=[^\s@!=:]+@[^\s@!=:]+![A-Za-z][\w.-]*=\S+$/.test(header ?? '');
}

// Like the real shim (api-shim/src/serve/server.ts sendJson): live data never goes to a cache.
function send(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
    .end(JSON.stringify(body));
}

/** An error answer as the real shim writes it (api-shim/src/serve/http-error.ts sendError). */
function sendError(res: ServerResponse, status: number, error: string, msg: HttpMsg): void {
  send(res, status, { error, message: httpMessageText(msg), messageMsg: msg });
}

export interface FakeShimOptions {
  /** ms between stream events (default 1000) */
  intervalMs?: number;
  /** ms added before every answer, preflights included: a WAN between browser and node */
  latencyMs?: number;
}

export async function startFakeShim(opts: FakeShimOptions = {}): Promise<FakeShim> {
  const world = new FakeWorld();
  const interval = opts.intervalMs ?? 1000;
  const latency = opts.latencyMs ?? 0;
  const requests: FakeShim['requests'] = [];
  let events = 0;
  const streams = new Set<ServerResponse>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const origin = req.headers.origin;
    if (origin && /^http:\/\/127\.0\.0\.1:\d+$/.test(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    requests.push({
      method: req.method ?? '',
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
    });
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Accept',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    if (url.pathname === '/') {
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<p>Certificate accepted. You may close this tab.</p>');
      return;
    }
    if (!credentialOk(req.headers.authorization))
      return sendError(res, 401, 'unauthenticated', httpMsg('http.msg.no_credential'));
    if (world.mode === 'unauthorized')
      return sendError(res, 401, 'unauthenticated', httpMsg('http.msg.ticket_rejected'));
    if (world.mode === 'forbidden') {
      const vmid = /\/lxc\/(\d+)\//.exec(url.pathname)?.[1];
      return sendError(
        res,
        403,
        'forbidden',
        vmid
          ? httpMsg('http.msg.permission_denied', { privilege: 'VM.Audit', path: `/vms/${vmid}` })
          : httpMsg('http.msg.permission_denied', { privilege: 'Sys.Audit', path: `/nodes/${NODE}` }),
      );
    }
    if (world.mode === 'newer-shim') {
      // An error id this build has no template for, as a newer shim could send: the English stands.
      return send(res, 503, {
        error: 'gpu-on-fire',
        message: 'the GPU is on fire; call the fire brigade',
        messageMsg: { id: 'http.msg.gpu_on_fire', params: { gpu: '0000:00:02.0' } },
      });
    }
    if (url.pathname === '/api/v1/version') return send(res, 200, { version: '0.1.0-fake', node: NODE });
    let m = /^\/api\/v1\/nodes\/([^/]+)\/lxc\/(\d+)\/(usage|history|stream|health)$/.exec(url.pathname);
    if (m && m[1] === NODE) {
      const vmid = m[2];
      if (m[3] === 'usage') return send(res, 200, world.containerUsage(vmid));
      if (m[3] === 'health') return send(res, 200, world.health(vmid));
      if (m[3] === 'history') {
        const tf = url.searchParams.get('timeframe');
        const cf = url.searchParams.get('cf');
        if ((tf !== 'hour' && tf !== 'day' && tf !== 'week') || (cf !== 'AVERAGE' && cf !== 'MAX')) {
          return sendError(res, 400, 'bad-timeframe', httpMsg('http.msg.bad_timeframe'));
        }
        return send(res, 200, world.history(vmid, tf, cf));
      }
      return openStream(res, () => world.containerUsage(vmid));
    }
    m = /^\/api\/v1\/nodes\/([^/]+)\/(gpu|stream|history)$/.exec(url.pathname);
    if (m && m[1] === NODE) {
      if (m[2] === 'gpu') return send(res, 200, world.nodeUsage());
      if (m[2] === 'history') {
        const tf = url.searchParams.get('timeframe');
        const cf = url.searchParams.get('cf');
        if ((tf !== 'hour' && tf !== 'day' && tf !== 'week') || (cf !== 'AVERAGE' && cf !== 'MAX')) {
          return sendError(res, 400, 'bad-timeframe', httpMsg('http.msg.bad_timeframe'));
        }
        return send(res, 200, world.nodeHistory(tf, cf));
      }
      return openStream(res, () => world.nodeUsage());
    }
    sendError(
      res,
      404,
      'not-found',
      httpMsg('http.msg.no_such_endpoint', { path: url.pathname.slice(0, 200) }),
    );
  };

  const openStream = (res: ServerResponse, doc: () => unknown) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
    streams.add(res);
    const tick = () => {
      events += 1;
      res.write(`event: usage\ndata: ${JSON.stringify(doc())}\n\n`);
    };
    tick();
    const timer = setInterval(tick, interval);
    res.on('close', () => {
      clearInterval(timer);
      streams.delete(res);
    });
  };

  const server: Server = createServer(
    latency > 0 ? (req, res) => void setTimeout(() => handle(req, res), latency) : handle,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    world,
    requests,
    activeStreams: () => streams.size,
    streamEvents: () => events,
    close: () =>
      new Promise((resolve) => {
        for (const s of streams) s.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
