// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo host's NVIDIA side in each mode of `pve-gpu-tab demo --nvidia-mode <mode>`: which GPUs
// the host has and which processes use them. Each mode reproduces what a real driver did in a
// public record (test/fixtures/collect/samples/README.md, "Fake nvidia-smi modes"):
//   ok                one GeForce RTX 4090, pmon per process (the default)
//   multi             six A100s: pmon watches at most four (the collector runs one per group of
//                     four) and rows carry the index, mapped to the PCI address (upper half not in
//                     bus order, as the test fixture has it)
//   pmon-unsupported  a GeForce whose pmon answers "Not supported on the device(s)"
//                     (keylase/nvidia-patch#89): per-process memory only
//   mig               one A100 with MIG on, three 2g.20gb instances as XuehaiPan/nvitop#8 recorded
//   mismatch          "Failed to initialize NVML: Driver/library version mismatch" (every call)
//   hung              answers for a few seconds, then never again (a wedged driver call)
import { a100Mig2g20gb, type FakeMigInstance } from './nvidia-smi-mig-text.ts';

export const DEMO_NVIDIA_MODES = ['ok', 'multi', 'pmon-unsupported', 'mig', 'mismatch', 'hung'] as const;
export type DemoNvidiaMode = (typeof DEMO_NVIDIA_MODES)[number];

export function isDemoNvidiaMode(v: string): v is DemoNvidiaMode {
  return (DEMO_NVIDIA_MODES as readonly string[]).includes(v);
}

export interface DemoNvidiaGpu {
  index: number;
  /** 0000:01:00.0 */
  pci: string;
  deviceId: string;
  name: string;
  uuid: string;
  totalMiB: number;
}

export interface DemoNvidiaProcess {
  pid: number;
  gpuIndex: number;
  comm: string;
  /** cgroup path: /lxc/<vmid>/ns/… or a host slice */
  cgroup: string;
  nspid?: number[];
  uid?: number;
  /** SM busy percent; "ollama" follows the demo's prompt bursts */
  sm: number | 'ollama';
  /** memory in MiB while busy / idle */
  busyMiB: number;
  idleMiB: number;
  /** MIG GPU instance / compute instance */
  gi?: number;
  ci?: number;
}

export interface DemoNvidiaSetup {
  mode: DemoNvidiaMode;
  gpus: DemoNvidiaGpu[];
  /** processes besides CT 102's ollama runner, which is always there (on GPU `ollamaGpu`) */
  extra: DemoNvidiaProcess[];
  ollamaGpu: number;
  /** MIG mode: the instances, and the runner's instance */
  mig?: { instances: FakeMigInstance[]; ollamaGi: number };
  /** what nvidia-smi's NVML says it is (mismatch: differs from the loaded module) */
  nvmlVersion: string;
}

export const DEMO_NVIDIA_DRIVER = '550.144.03';

const RTX4090: DemoNvidiaGpu = {
  index: 0,
  pci: '0000:01:00.0',
  deviceId: '2684',
  name: 'NVIDIA GeForce RTX 4090',
  uuid: 'GPU-5a1c0e7e-8d6b-4f54-9a9e-1f0c3d2b7a61',
  totalMiB: 24564,
};

export function demoNvidiaSetup(mode: DemoNvidiaMode): DemoNvidiaSetup {
  const base = { mode, extra: [], ollamaGpu: 0, nvmlVersion: DEMO_NVIDIA_DRIVER };
  switch (mode) {
    case 'multi': {
      // Six A100-SXM4-80GB as on an HGX board; the upper half's index order differs from bus order.
      const buses = ['07', '0f', '47', '4e', 'b7', '87'];
      const gpus = buses.map((b, i) => ({
        index: i,
        pci: `0000:${b}:00.0`,
        deviceId: '20b2',
        name: 'NVIDIA A100-SXM4-80GB',
        uuid: `GPU-3c1a9e27-${String(i).padStart(4, '0')}-4d5e-9f10-a1b2c3d4e5f6`,
        totalMiB: 81920,
      }));
      // A training job on the host uses GPUs 1–5 (one process each); CT 102's ollama has GPU 0.
      const extra: DemoNvidiaProcess[] = gpus.slice(1).map((g) => ({
        pid: 950 + g.index,
        gpuIndex: g.index,
        comm: 'python3',
        cgroup: '/system.slice/train.service',
        sm: 10 + 15 * g.index,
        busyMiB: 40_000 + g.index,
        idleMiB: 40_000 + g.index,
      }));
      return { ...base, gpus, extra };
    }
    case 'mig': {
      const gpu: DemoNvidiaGpu = {
        index: 0,
        pci: '0000:01:00.0',
        deviceId: '20b2',
        name: 'NVIDIA A100-SXM4-80GB',
        uuid: 'GPU-7fdaf0a5-179b-f636-d15d-daf243e3ff16',
        totalMiB: 81920,
      };
      const gi = (id: number, placement: string) => a100Mig2g20gb(id, placement, 13);
      // CT 102's ollama on GI 3; a host job on GI 5; GI 6 idle (as GPU 1 of XuehaiPan/nvitop#8).
      const extra: DemoNvidiaProcess[] = [
        {
          pid: 955,
          gpuIndex: 0,
          comm: 'python3',
          cgroup: '/system.slice/train.service',
          sm: 0,
          busyMiB: 9807,
          idleMiB: 9807,
          gi: 5,
          ci: 0,
        },
      ];
      return {
        ...base,
        gpus: [gpu],
        extra,
        mig: { instances: [gi(3, '0:2'), gi(5, '2:2'), gi(6, '4:2')], ollamaGi: 3 },
      };
    }
    case 'pmon-unsupported':
      return {
        ...base,
        gpus: [{ ...RTX4090, name: 'NVIDIA GeForce RTX 3060', deviceId: '2504', totalMiB: 12288 }],
      };
    case 'mismatch':
      // The recorded userspace (tinygrad/open-gpu-kernel-modules#47): NVML 570.124 over an older module.
      return { ...base, gpus: [RTX4090], nvmlVersion: '570.124' };
    default:
      return { ...base, gpus: [RTX4090] };
  }
}
