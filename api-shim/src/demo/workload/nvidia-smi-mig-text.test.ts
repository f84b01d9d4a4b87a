// SPDX-License-Identifier: AGPL-3.0-or-later
// The stand-ins' MIG text is the recorded text: every row they print for the recorded instances
// and processes is a line of the recorded output, byte for byte.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleBody } from '../../../../test/fixtures/collect/samples.ts';
import { parseMigGpuInstances, parseSmiTable } from '../../collect/nvidia-mig-parse.ts';
import { type FakeMigInstance, migLgiText, smiMigSectionsText } from './nvidia-smi-mig-text.ts';

test('mig -lgi rows as NVIDIA/DCGM#138 recorded them', () => {
  const recorded = sampleBody('nvidia-smi-mig-lgi-dcgm138.txt');
  const instances: FakeMigInstance[] = parseMigGpuInstances(recorded).map((r) => ({
    gpu: r.gpuIndex,
    profile: r.profile,
    profileId: r.profileId,
    gi: r.gpuInstance,
    ci: 0,
    placement: r.placement,
    usedMiB: 0,
    totalMiB: 0,
    sm: 0,
  }));
  assert.equal(migLgiText(instances), recorded);
});

test('MIG devices and processes sections as XuehaiPan/nvitop#8 recorded them', () => {
  const recorded = sampleBody('nvidia-smi-mig-devices-processes-nvitop8.txt');
  const t = parseSmiTable(recorded);
  const text = smiMigSectionsText(
    t.migDevices.map((d) => ({
      gpu: d.gpuIndex,
      profile: '',
      profileId: 0,
      gi: d.gpuInstance,
      ci: d.computeInstance,
      placement: '',
      usedMiB: d.memoryUsedMiB,
      totalMiB: d.memoryTotalMiB,
      sm: d.multiprocessors ?? 0,
    })),
    t.processes.map((p) => ({
      gpu: p.gpuIndex,
      gi: p.gpuInstance,
      ci: p.computeInstance,
      pid: p.pid,
      name: p.name,
      usedMiB: p.memoryMiB ?? 0,
    })),
  );
  const lines = new Set(recorded.split('\n'));
  // BAR1 figures differ per device in the recording (2 or 4 MiB); the stand-in prints 2 MiB.
  const differ = text.split('\n').filter((l) => l !== '' && !lines.has(l) && !/2MiB \/ 32767MiB/.test(l));
  assert.deepEqual(differ, []);
  assert.deepEqual(parseSmiTable(text), t, 'and it parses back to the same rows');
});
