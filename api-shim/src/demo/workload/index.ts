// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo host's usage side: an Intel iGPU (i915), an AMD GPU (amdgpu, ROCm) and an NVIDIA GPU,
// four containers and a host process, with counters that move like a real host's (jellyfin
// transcoding in bursts, ollama answering prompts on NVIDIA and on AMD, frigate decoding camera
// streams lightly, Xorg idling).
//
// PIDs: CT init processes 1101/1102/1103/1105 (cgroup /lxc/<vmid>/ns/init); jellyfin 2101 + ffmpeg
// 2102 (CT 101), ollama 2201 + runner 2202 (CT 102), frigate 2301 + go2rtc 2302 (CT 103), ollama
// 2501 + runner 2502 on ROCm (CT 105, amd-rocm.ts), Xorg 900 (host).
// The health side adds /etc/pve and /proc/<init>/root/ to the same tree.
import { chmodSync } from 'node:fs';
import { DEMO_KFD_MAJOR, DEMO_ROCM_PIDS, writeDemoAmd } from './amd-rocm.ts';
import { fakeNvidiaSmiScript } from './fake-nvidia-smi.ts';
import { HostTree, i915Fdinfo } from './host-tree.ts';
import {
  DEMO_NVIDIA_DRIVER,
  type DemoNvidiaMode,
  type DemoNvidiaProcess,
  demoNvidiaSetup,
} from './nvidia-modes.ts';

export interface DemoWorkload {
  /** path of an executable fake nvidia-smi for the demo's NVIDIA GPU */
  nvidiaSmi: string;
  /** advances fdinfo/sysfs counters to nowMs */
  tick(nowMs: number): Promise<void>;
  start(): void;
  stop(): void;
}

export const DEMO_PIDS = {
  init: { '101': 1101, '102': 1102, '103': 1103, '105': DEMO_ROCM_PIDS.init },
  jellyfin: 2101,
  ffmpeg: 2102,
  ollama: 2201,
  ollamaRunner: 2202,
  frigate: 2301,
  go2rtc: 2302,
  ollamaRocm: DEMO_ROCM_PIDS.ollama,
  ollamaRocmRunner: DEMO_ROCM_PIDS.runner,
  xorg: 900,
} as const;

const IGPU = '0000:00:02.0';

interface Client {
  pid: number;
  fd: number;
  clientId: number;
  residentKiB: number;
  /** engine → load (0…1) as a function of seconds */
  load: Record<string, (s: number) => number>;
  busy: Record<string, number>;
}

/** Smooth, deterministic variation: a sine wave with a burst window. */
function wave(s: number, period: number, lo: number, hi: number): number {
  return lo + ((hi - lo) * (1 + Math.sin((2 * Math.PI * s) / period))) / 2;
}

export interface DemoUsageOptions {
  /** which recorded NVIDIA behaviour the stand-in nvidia-smi reproduces (nvidia-modes.ts) */
  nvidiaMode?: DemoNvidiaMode;
}

export async function writeDemoUsageTree(dir: string, opts: DemoUsageOptions = {}): Promise<DemoWorkload> {
  const t = new HostTree(dir, 'collect-demo.json');
  t.addGpu({
    pci: IGPU,
    vendorId: '8086',
    deviceId: '4680',
    driver: 'i915',
    card: 0,
    render: 128,
    cardFiles: {
      gt_act_freq_mhz: '300\n',
      gt_cur_freq_mhz: '300\n',
      gt_max_freq_mhz: '1450\n',
      gt_min_freq_mhz: '300\n',
      'gt/gt0/rc6_residency_ms': '0\n',
      'power/rc6_residency_ms': '0\n',
    },
  });
  const nv = demoNvidiaSetup(opts.nvidiaMode ?? 'ok');
  nv.gpus.forEach((g, i) => {
    t.addGpu({
      pci: g.pci,
      parent: `/sys/devices/pci0000:00/0000:00:0${(i % 7) + 1}.0`,
      vendorId: '10de',
      deviceId: g.deviceId,
      driver: 'nvidia',
      // after the AMD GPU's card1/renderD129 (amd-rocm.ts: probe order)
      card: 2 + i,
      render: 130 + i,
    });
    t.file(
      `/proc/driver/nvidia/gpus/${g.pci}/information`,
      `Model: \t\t ${g.name}\nIRQ:   \t\t ${146 + i}\nGPU UUID: \t ${g.uuid}\nVideo BIOS: \t 95.02.18.80.87\nBus Type: \t PCIe\nDMA Size: \t 47 bits\nDMA Mask: \t 0x7fffffffffff\nBus Location: \t ${g.pci}\nDevice Minor: \t ${g.index}\n`,
    );
    t.devNode(`/dev/nvidia${g.index}`, 195, g.index, 0, '0666');
  });
  t.file(
    '/proc/driver/nvidia/version',
    `NVRM version: NVIDIA UNIX x86_64 Kernel Module  ${DEMO_NVIDIA_DRIVER}  Mon Dec 30 17:44:08 UTC 2024\n`,
  );
  t.file(
    '/proc/devices',
    `Character devices:\n  1 mem\n195 nvidia-frontend\n226 drm\n236 nvidia-uvm\n237 nvidia-caps\n${DEMO_KFD_MAJOR} kfd\n`,
  );
  // A few lines of pci.ids in its real format, so the demo shows names as a Debian host does.
  t.file(
    '/usr/share/misc/pci.ids',
    '# pci.ids excerpt for the pve-gpu-tab demo\n8086  Intel Corporation\n\t4680  AlderLake-S GT1\n1002  Advanced Micro Devices, Inc. [AMD/ATI]\n\t744c  Navi 31 [Radeon RX 7900 XT/7900 XTX/7900 GRE/7900M]\n10de  NVIDIA Corporation\n\t20b2  GA100 [A100 SXM4 80GB]\n\t2504  GA106 [GeForce RTX 3060 Lite Hash Rate]\n\t2684  AD102 [GeForce RTX 4090]\n',
  );
  t.devNode('/dev/nvidiactl', 195, 255, 0, '0666');
  t.devNode('/dev/nvidia-uvm', 236, 0, 0, '0666');
  const amdCounters = writeDemoAmd(t, Date.now());
  t.flushNodes();

  for (const [vmid, pid] of Object.entries(DEMO_PIDS.init)) {
    t.addProcess({
      pid,
      comm: 'systemd',
      cgroup: `/lxc/${vmid}/ns/init`,
      nspid: [1],
      fds: { 0: '/dev/null', 3: 'socket:[4000]' },
    });
  }
  t.addProcess({ pid: 1, comm: 'systemd', cgroup: '/init.scope', fds: { 0: '/dev/null' } });
  t.addProcess({
    pid: 850,
    comm: 'pvestatd',
    cgroup: '/system.slice/pvestatd.service',
    fds: { 0: '/dev/null', 3: 'socket:[900]' },
  });
  t.addProcess({ pid: 1001, comm: 'lxc-start', cgroup: '/lxc.monitor/101', fds: { 0: '/dev/null' } });
  t.addProcess({
    pid: DEMO_PIDS.jellyfin,
    comm: 'jellyfin',
    cgroup: '/lxc/101/ns/system.slice/jellyfin.service',
    nspid: [212],
    uid: 100110,
    fds: { 0: '/dev/null', 7: 'socket:[5000]', 9: '/var/log/jellyfin/log.txt' },
  });
  t.addProcess({
    pid: DEMO_PIDS.ollama,
    comm: 'ollama',
    cgroup: '/lxc/102/ns/system.slice/ollama.service',
    nspid: [188],
    uid: 100999,
    fds: { 0: '/dev/null', 5: 'socket:[6000]' },
  });
  // The ollama runner (CT 102) and the mode's other NVIDIA processes: each holds /dev/nvidiaN of its GPU.
  const nvProcs: DemoNvidiaProcess[] = [
    {
      pid: DEMO_PIDS.ollamaRunner,
      gpuIndex: nv.ollamaGpu,
      comm: 'ollama_llama_se',
      cgroup: '/lxc/102/ns/system.slice/ollama.service',
      nspid: [301],
      uid: 100999,
      sm: 'ollama',
      busyMiB: 9216,
      idleMiB: 8704,
      gi: nv.mig?.ollamaGi,
      ci: nv.mig ? 0 : undefined,
    },
    ...nv.extra,
  ];
  for (const p of nvProcs) {
    t.addProcess({
      pid: p.pid,
      comm: p.comm,
      cgroup: p.cgroup,
      nspid: p.nspid,
      uid: p.uid,
      fds: {
        0: '/dev/null',
        11: '/dev/nvidiactl',
        12: `/dev/nvidia${p.gpuIndex}`,
        13: '/dev/nvidia-uvm',
        14: `/dev/nvidia${p.gpuIndex}`,
      },
    });
  }
  t.addProcess({
    pid: DEMO_PIDS.frigate,
    comm: 'frigate.process',
    cgroup: '/lxc/103/ns/system.slice/frigate.service',
    nspid: [140],
    uid: 100000,
    fds: { 0: '/dev/null' },
  });

  const clients: Client[] = [
    {
      pid: DEMO_PIDS.ffmpeg,
      fd: 4,
      clientId: 41,
      residentKiB: 182_000,
      load: {
        // transcode bursts: 45 s on, 30 s off
        video: (s) => (s % 75 < 45 ? wave(s, 13, 0.45, 0.85) : 0),
        'video-enhance': (s) => (s % 75 < 45 ? wave(s, 9, 0.1, 0.3) : 0),
        render: (s) => (s % 75 < 45 ? 0.04 : 0),
        copy: () => 0,
      },
      busy: {},
    },
    {
      pid: DEMO_PIDS.go2rtc,
      fd: 6,
      clientId: 57,
      residentKiB: 46_000,
      load: {
        video: (s) => wave(s, 31, 0.06, 0.14),
        render: (s) => wave(s, 17, 0.01, 0.05),
        copy: () => 0,
        'video-enhance': () => 0,
      },
      busy: {},
    },
    {
      pid: DEMO_PIDS.xorg,
      fd: 10,
      clientId: 3,
      residentKiB: 12_000,
      load: { render: (s) => wave(s, 23, 0, 0.03), copy: () => 0, video: () => 0, 'video-enhance': () => 0 },
      busy: {},
    },
  ];
  const procs: Record<number, { comm: string; cgroup: string; nspid?: number[]; uid?: number }> = {
    [DEMO_PIDS.ffmpeg]: {
      comm: 'ffmpeg',
      cgroup: '/lxc/101/ns/system.slice/jellyfin.service',
      nspid: [377],
      uid: 100110,
    },
    [DEMO_PIDS.go2rtc]: {
      comm: 'go2rtc',
      cgroup: '/lxc/103/ns/system.slice/frigate.service',
      nspid: [151],
      uid: 100000,
    },
    [DEMO_PIDS.xorg]: { comm: 'Xorg', cgroup: '/system.slice/display-manager.service' },
  };
  for (const c of clients) {
    const p = procs[c.pid];
    t.addProcess({
      pid: c.pid,
      ...p,
      fds: { 0: '/dev/null', 1: 'pipe:[77]', [c.fd]: '/dev/dri/renderD128' },
    });
  }
  // Counters start at a plausible uptime rather than 0.
  const started = Date.now();
  let last = started;
  let rc6 = 4_000_000_000; // near the u32 wrap, so the demo exercises it within the first hour
  // RAPL "uncore" (the iGPU's power plane) in µJ, wrapping at max_energy_range_uj like the real one.
  const raplZone = '/sys/devices/virtual/powercap/intel-rapl/intel-rapl:0/intel-rapl:0:1';
  const raplRange = 262_143_328_850;
  let raplUj = 261_000_000_000;
  t.file(`${raplZone}/name`, 'uncore\n');
  t.file(`${raplZone}/max_energy_range_uj`, `${raplRange}\n`);
  // relative, as sysfs's own links are, so it resolves inside a snapshot too
  t.link('/sys/class/powercap/intel-rapl:0:1', `../../..${raplZone}`);
  const writeCounters = (nowMs: number) => {
    const s = nowMs / 1000;
    let maxLoad = 0;
    for (const c of clients) {
      const engines: Record<string, number> = {};
      for (const [e, f] of Object.entries(c.load)) {
        const l = Math.max(0, Math.min(1, f(s)));
        if (e === 'video') maxLoad = Math.max(maxLoad, l);
        const cap = e === 'video' ? 2 : 1;
        c.busy[e] = (c.busy[e] ?? 1e9 + c.clientId * 7e8) + l * cap * (nowMs - last) * 1e6;
        engines[e] = Math.round(c.busy[e]);
      }
      t.file(
        `/proc/${c.pid}/fdinfo/${c.fd}`,
        i915Fdinfo({
          clientId: c.clientId,
          pdev: IGPU,
          engines,
          capacity: { video: 2 },
          residentKiB: c.residentKiB,
        }),
      );
    }
    const awake = Math.min(1, maxLoad + 0.08);
    rc6 = (rc6 + Math.round((1 - awake) * (nowMs - last))) % 2 ** 32;
    const cardDir = `/sys/devices/pci0000:00/${IGPU}/drm/card0`;
    t.file(`${cardDir}/gt/gt0/rc6_residency_ms`, `${rc6}\n`);
    t.file(`${cardDir}/power/rc6_residency_ms`, `${rc6}\n`);
    const f = Math.round(300 + 1150 * awake);
    t.file(`${cardDir}/gt_act_freq_mhz`, `${f}\n`);
    t.file(`${cardDir}/gt_cur_freq_mhz`, `${f}\n`);
    const watts = 0.6 + 9 * awake * awake;
    raplUj = (raplUj + Math.round(watts * (nowMs - last) * 1000)) % raplRange;
    t.file(`${raplZone}/energy_uj`, `${raplUj}\n`);
    amdCounters(nowMs);
    last = nowMs;
  };
  writeCounters(started);

  const nvidiaSmi = t.abs('/usr/bin/nvidia-smi');
  t.file(
    '/usr/bin/nvidia-smi',
    fakeNvidiaSmiScript({ setup: nv, processes: nvProcs, stateFile: t.abs('/run/fake-nvidia-smi/since') }),
  );
  t.file('/run/fake-nvidia-smi/README', 'state of the demo stand-in nvidia-smi (hung mode)\n');
  chmodSync(nvidiaSmi, 0o755);

  let timer: NodeJS.Timeout | undefined;
  return {
    nvidiaSmi,
    async tick(nowMs: number) {
      if (nowMs > last) writeCounters(nowMs);
    },
    start() {
      if (timer) return;
      timer = setInterval(() => writeCounters(Date.now()), 500);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
