// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo host's AMD side: a Radeon RX 7900 XTX (amdgpu) and CT 105's Ollama on ROCm.
// A ROCm process computes through /dev/kfd on queues the GPU schedules itself, so no DRM engine
// counter moves for it ("ROCm uses /dev/kfd, so no usage is recorded in fdinfo",
// Umio-Yasuno/amdgpu_top#49): the KFD's sysfs lists it with its VRAM, SDMA activity and CU
// occupancy (kfd-tree.ts). It also opens the GPU's render node, whose fdinfo counts the same
// buffers (an ollama runner's shows the model, Syllo/nvtop#492) and no engine time.
// Card numbers follow probe order: amdgpu (in the initramfs) before the out-of-tree nvidia module,
// so the AMD GPU is card1/renderD129 and NVIDIA's come after it.
import { amdgpuFdinfo, type HostTree } from './host-tree.ts';
import { writeKfdProcess, writeKfdTopology } from './kfd-tree.ts';

export const DEMO_AMD = {
  pci: '0000:03:00.0',
  deviceId: '744c',
  card: 1,
  render: 129,
  /** the KFD topology's gpu_id of this GPU */
  gpuId: '53411',
  cus: 96,
  vramTotal: 25_753_026_560,
} as const;

/** /dev/kfd's major: dynamic (fs/char_dev.c); 511 as on a PVE host with a 9070 XT (ROCm/legacy-rocm-build#5379). */
export const DEMO_KFD_MAJOR = 511;

export const DEMO_ROCM_PIDS = { init: 1105, ollama: 2501, runner: 2502 } as const;

const CGROUP = '/lxc/105/ns/system.slice/ollama.service';
const RUNNER_FD = { kfd: 3, render: 4 };
const PASID = 32773;
const MiB = 1024 * 1024;

function wave(s: number, period: number, lo: number, hi: number): number {
  return lo + ((hi - lo) * (1 + Math.sin((2 * Math.PI * s) / period))) / 2;
}

/** Compute units the runner's waves occupy at second `s`: answers in bursts, 24 s of every 40. */
export function demoRocmCuOccupancy(s: number): number {
  return s % 40 < 24 ? Math.round(DEMO_AMD.cus * wave(s, 7, 0.55, 0.92)) : 0;
}

/** Writes the GPU, its KFD topology, /dev/kfd and CT 105's processes; returns the counters' writer. */
export function writeDemoAmd(t: HostTree, startMs: number): (nowMs: number) => void {
  t.addGpu({
    pci: DEMO_AMD.pci,
    parent: '/sys/devices/pci0000:00/0000:00:08.1',
    vendorId: '1002',
    deviceId: DEMO_AMD.deviceId,
    driver: 'amdgpu',
    card: DEMO_AMD.card,
    render: DEMO_AMD.render,
    deviceFiles: {
      mem_info_vram_total: `${DEMO_AMD.vramTotal}\n`,
      mem_info_gtt_total: '33554432000\n',
      'hwmon/hwmon2/name': 'amdgpu\n',
    },
  });
  writeKfdTopology(t, [
    {
      gpuId: DEMO_AMD.gpuId,
      locationId: Number.parseInt(DEMO_AMD.pci.slice(5, 7), 16) << 8,
      renderMinor: DEMO_AMD.render,
    },
  ]);
  // systemd's rules.d/50-udev-default.rules.in gives kfd the render nodes' group and mode
  // (MODE="@GROUP_RENDER_MODE@"): 0660 on PVE, as its `ls -l /dev/dri` shows (r-pufky.github.io/docs/os/pve/gpu)
  t.devNode('/dev/kfd', DEMO_KFD_MAJOR, 0, 993, '0660');
  t.file('/sys/module/amdgpu/initstate', 'live\n');
  t.addProcess({
    pid: DEMO_ROCM_PIDS.ollama,
    comm: 'ollama',
    cgroup: CGROUP,
    nspid: [176],
    uid: 100999,
    fds: { 0: '/dev/null', 5: 'socket:[7100]' },
  });
  // `ollama runner` (Ollama ≥ 0.5 runs its model server as the same binary)
  t.addProcess({
    pid: DEMO_ROCM_PIDS.runner,
    comm: 'ollama',
    cgroup: CGROUP,
    nspid: [231],
    uid: 100999,
    fds: {
      0: '/dev/null',
      1: 'pipe:[7101]',
      [RUNNER_FD.kfd]: '/dev/kfd',
      [RUNNER_FD.render]: `/dev/dri/renderD${DEMO_AMD.render}`,
      7: 'socket:[7102]',
    },
  });
  t.file(
    `/proc/${DEMO_ROCM_PIDS.runner}/cmdline`,
    '/usr/local/bin/ollama\0runner\0--ollama-engine\0--model\0/usr/share/ollama/.ollama/models/blobs/sha256-6a0746a1ec1aef3e7ec53868f220ff6e389f6f8ef87a01d77c96807de94ca2aa\0--port\0' +
      '40121\0',
  );

  let last = startMs;
  let sdmaUs = 8_400_000;
  return (nowMs: number) => {
    const s = nowMs / 1000;
    const cu = demoRocmCuOccupancy(s);
    const busy = cu > 0;
    // an 8B model at Q4 plus its KV cache, which grows while it answers
    const vram = (busy ? 8_704 : 8_448) * MiB;
    sdmaUs += Math.round((busy ? wave(s, 11, 0.01, 0.04) : 0) * (nowMs - last) * 1000);
    writeKfdProcess(t, DEMO_ROCM_PIDS.runner, DEMO_AMD.gpuId, { vram, sdmaUs, cu, pasid: PASID });
    // the render node's own: the KFD's buffers plus the runtime's DRM ones
    const fdinfoKiB = vram / 1024 + 38_912;
    t.file(
      `/proc/${DEMO_ROCM_PIDS.runner}/fdinfo/${RUNNER_FD.render}`,
      amdgpuFdinfo({ clientId: 71, pdev: DEMO_AMD.pci, engines: {}, vramKiB: fdinfoKiB, pasid: PASID }),
    );
    const dev = `/sys/devices/pci0000:00/0000:00:08.1/${DEMO_AMD.pci}`;
    t.file(
      `${dev}/gpu_busy_percent`,
      `${busy ? Math.min(100, Math.round((cu / DEMO_AMD.cus) * 100) + 6) : 0}\n`,
    );
    t.file(`${dev}/mem_info_vram_used`, `${420 * MiB + fdinfoKiB * 1024}\n`);
    t.file(`${dev}/mem_info_gtt_used`, `${(busy ? 96 : 88) * MiB}\n`);
    const f = Math.round(wave(s, 5, 2210, 2482));
    t.file(
      `${dev}/pp_dpm_sclk`,
      busy
        ? `0: 500Mhz\n1: ${f}Mhz *\n2: 2500Mhz\n`
        : // GFXOFF between answers: the active level reads 0 MHz (test/fixtures/collect/samples)
          '0: 500Mhz\n1: 0Mhz *\n2: 2500Mhz\n',
    );
    t.file(`${dev}/hwmon/hwmon2/power1_average`, `${Math.round((busy ? wave(s, 9, 265, 318) : 19) * 1e6)}\n`);
    t.file(`${dev}/hwmon/hwmon2/temp1_input`, `${Math.round((busy ? wave(s, 30, 61, 70) : 43) * 1000)}\n`);
    last = nowMs;
  };
}
