// SPDX-License-Identifier: AGPL-3.0-or-later
// Checks the fixtures of test/fixtures/health/configs do not reach, each on its own small host snapshot.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { CheckResult, HealthReport } from '../../api/types.ts';
import {
  type ContainerSpec,
  type HealthHostSpec,
  type NodeSpec,
  writeHealthHost,
} from '../../demo/host-config/snapshot.ts';
import { HostRoot } from '../../host/host-root.ts';
import { HealthEngine } from '../health-source.ts';
import { worst } from '../report.ts';

const INTEL = { pci: '0000:00:02.0', vendorId: '0x8086', driver: 'i915' };

async function report(
  conf: string,
  opts: {
    nodes?: NodeSpec[];
    files?: Record<string, string>;
    ct?: Partial<ContainerSpec>;
    spec?: Partial<HealthHostSpec>;
  } = {},
): Promise<HealthReport> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'health-chk-'));
  try {
    writeHealthHost(dir, {
      files: {
        '/etc/group': 'root:x:0:\nvideo:x:44:\nrender:x:104:\n',
        '/etc/subuid': 'root:100000:65536\n',
        '/etc/subgid': 'root:100000:65536\n',
        '/proc/sys/kernel/perf_event_paranoid': '2\n',
        '/sys/fs/cgroup/cgroup.controllers': 'cpu\n',
        '/etc/pve/lxc/100.conf': conf,
        ...opts.files,
      },
      nodes: opts.nodes ?? [
        { path: '/dev/dri/card1', major: 226, minor: 1, gid: 44 },
        { path: '/dev/dri/renderD128', major: 226, minor: 128, gid: 104 },
      ],
      drm: [
        { name: 'card1', ...INTEL },
        { name: 'renderD128', ...INTEL },
      ],
      links: {
        '/dev/dri/by-path/pci-0000:00:02.0-render': '../renderD128',
        '/dev/dri/by-path/pci-0000:00:02.0-card': '../card1',
      },
      containers: opts.ct
        ? [
            {
              vmid: '100',
              pid: 7100,
              writeProc: true,
              files: {
                '/etc/group': 'root:x:0:\nvideo:x:44:\nrender:x:993:jellyfin\n',
                '/etc/passwd': 'root:x:0:0::/root:/bin/sh\njellyfin:x:110:110::/:/bin/false\n',
              },
              ...opts.ct,
            },
          ]
        : [],
      ...opts.spec,
    });
    const r = await new HealthEngine({ host: new HostRoot(dir), node: 'pve' }).report('100');
    assert.ok(r);
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function only(r: HealthReport, id: string): CheckResult[] {
  return r.checks.filter((c) => c.id === id);
}
function sev(r: HealthReport, id: string): string {
  const c = only(r, id);
  return c.length ? worst(c) : 'absent';
}

test('idmap.overlap quotes PVE and emits the corrected block; subid.not_allowed gives the subgid line', async () => {
  const r = await report(
    'unprivileged: 1\nlxc.idmap: u 0 100000 65536\nlxc.idmap: g 0 100000 65536\nlxc.idmap: g 1000 1000 1\n',
  );
  const o = only(r, 'idmap.overlap')[0];
  assert.equal(o.severity, 'fail');
  assert.match(
    o.explanation,
    /invalid map entry 'g 1000 1000 1': container gid 1000 is also mapped by entry 'g 0 100000 65536'/,
  );
  assert.deepEqual(o.fix?.snippet, [
    'lxc.idmap: g 0 100000 1000',
    'lxc.idmap: g 1000 1000 1',
    'lxc.idmap: g 1001 101001 64535',
  ]);
  const s = only(r, 'subid.not_allowed');
  assert.equal(s.length, 1);
  assert.deepEqual(s[0].fix?.add, ['root:1000:1']);
  assert.equal(r.idmap.find((d) => d.kind === 'g')?.overlaps[0].start, 1000);
});

test('idmap.syntax, type_missing and host_root', async () => {
  const bad = await report('unprivileged: 1\nlxc.idmap: b 0 100000 65536\n');
  assert.equal(sev(bad, 'idmap.syntax'), 'fail');
  assert.equal(only(bad, 'idmap.type_missing').length, 2);
  const root = await report(
    'unprivileged: 1\nlxc.idmap: u 0 0 65536\nlxc.idmap: g 0 100000 65536\nlxc.id_map: g 70000 170000 10\n',
  );
  assert.equal(sev(root, 'idmap.host_root'), 'fail');
  assert.equal(sev(root, 'idmap.deprecated_key'), 'warn');
  assert.equal(sev(root, 'subid.not_allowed'), 'fail', 'g 70000 → 170000 is outside root:100000:65536');
});

test('devN: renamed card, by-path fix, conflicts with raw binds, unmapped gid', async () => {
  const r = await report(
    'unprivileged: 1\ndev0: /dev/dri/card0,gid=44\ndev1: /dev/dri/renderD128,gid=104\nlxc.mount.entry: /dev/dri dev/dri none bind,optional,create=dir\n',
  );
  const pm = only(r, 'dev.path_missing');
  assert.equal(pm[0].severity, 'fail');
  assert.deepEqual(pm[0].fix?.add, ['dev0: /dev/dri/by-path/pci-0000:00:02.0-card,gid=44']);
  assert.equal(sev(r, 'dev.node_renamed'), 'warn');
  assert.equal(sev(r, 'dev.conflict'), 'fail');
  assert.equal(r.devices.find((d) => d.source === 'dev0')?.verdict, 'fail');
  const unmapped = await report(
    'unprivileged: 1\ndev0: /dev/dri/renderD128,gid=107\nlxc.idmap: u 0 100000 65536\nlxc.idmap: g 0 100000 100\n',
  );
  assert.equal(sev(unmapped, 'dev.id_unmapped'), 'fail');
  const stopped = await report('unprivileged: 1\ndev0: /dev/dri/renderD128,gid=104\n');
  assert.equal(stopped.ctStatus, 'stopped');
  assert.equal(
    sev(stopped, 'dev.gid_wrong_group'),
    'info',
    "stopped: the host's render gid is flagged as a hint",
  );
  const noGid = await report('unprivileged: 1\ndev0: /dev/dri/renderD128\n', { ct: {} });
  const gd = only(noGid, 'dev.gid_default')[0];
  // a service user of the running CT cannot open the node: the missing gid is the root cause of
  // that failure (graded fail), and the service-user failure is grouped under it
  assert.equal(gd.severity, 'fail');
  assert.equal(gd.consequences, 1);
  assert.deepEqual(only(noGid, 'ct.service_user_groups')[0].causedBy, { id: 'dev.gid_default', index: 0 });
  assert.equal(noGid.summary.fail, 1);
  assert.deepEqual(
    gd.fix?.add,
    ['dev0: /dev/dri/renderD128,gid=993'],
    'the fix carries the render gid read from the container',
  );
});

test('raw binds: unmapped owner, cgroup not allowed, bad paths; privileged GPU', async () => {
  const r = await report(
    'unprivileged: 1\nlxc.mount.entry: /dev/dri/renderD128 dev/dri/renderD128 none bind,optional\nlxc.mount.entry: dev/nvidia0 dev/nvidia0 none bind,optional,create=file\n',
  );
  assert.equal(sev(r, 'mount.unmapped_owner'), 'fail');
  // unprivileged (PVE >= 7): the device cgroup is a deny-list, only a deny line blocks
  assert.equal(sev(r, 'cgroup.not_allowed'), 'pass');
  assert.equal(sev(r, 'mount.no_create'), 'fail');
  assert.equal(sev(r, 'mount.bad_path'), 'fail');
  assert.match(only(r, 'mount.unmapped_owner')[0].fix?.add?.[0] ?? '', /^dev0: \/dev\/dri\/renderD128,gid=/);
  const p = await report('dev0: /dev/dri/renderD128,gid=104\n');
  assert.equal(p.unprivileged, false);
  assert.equal(sev(p, 'sec.privileged_gpu'), 'warn');
  assert.match(only(p, 'mon.pmu_in_ct')[0].explanation, /privileged/);
});

test('NVIDIA: version mismatch, stale majors after a driver reload, missing uvm', async () => {
  const nodes: NodeSpec[] = [
    { path: '/dev/nvidia0', major: 195, minor: 0, mode: '0666' },
    { path: '/dev/nvidiactl', major: 195, minor: 255, mode: '0666' },
    { path: '/dev/nvidia-uvm', major: 511, minor: 0, mode: '0666' },
  ];
  const conf =
    'unprivileged: 1\ndev0: /dev/nvidia0,mode=0666\ndev1: /dev/nvidiactl,mode=0666\ndev2: /dev/nvidia-uvm,mode=0666\n';
  const r = await report(conf, {
    nodes,
    files: {
      '/proc/driver/nvidia/version': 'NVRM version: NVIDIA UNIX x86_64 Kernel Module  580.119.02  Tue\n',
      '/var/lib/lxc/100/config':
        'lxc.cgroup2.devices.allow = c 195:0 rw\nlxc.cgroup2.devices.allow = c 195:255 rw\nlxc.cgroup2.devices.allow = c 508:0 rw\n',
    },
    ct: {
      files: {
        '/etc/group': 'root:x:0:\n',
        '/etc/passwd': 'root:x:0:0::/:/bin/sh\n',
        '/usr/lib/x86_64-linux-gnu/libnvidia-ml.so.570.153.02': '',
      },
    },
  });
  assert.equal(sev(r, 'nv.version_mismatch'), 'fail');
  assert.match(only(r, 'nv.version_mismatch')[0].explanation, /580\.119\.02.*570\.153\.02/);
  // unprivileged: the stale start-time rule blocks nothing (the device cgroup allows all)
  assert.equal(sev(r, 'cgroup.stale_major'), 'pass');
  assert.equal(sev(r, 'nv.uvm_lazy'), 'warn', 'nothing creates the uvm node at boot');
  assert.equal(sev(r, 'dev.nvidia_mode'), 'pass');
  assert.equal(sev(r, 'mon.nvml_pids'), 'info');
  assert.equal(sev(r, 'ct.pending'), 'pass', 'generated config has no idmap lines: nothing to compare');
  const missing = await report(conf, { nodes: nodes.slice(0, 2) });
  assert.equal(sev(missing, 'nv.uvm_lazy'), 'fail');
  assert.equal(sev(missing, 'dev.path_missing'), 'fail');
});

test('running container: node check, service user groups, group collision, VA-API driver', async () => {
  const r = await report('unprivileged: 1\ndev0: /dev/dri/renderD128,gid=104\n', {
    ct: {
      mirrorNodes: false,
      files: {
        '/etc/group': 'root:x:0:\nvideo:x:44:\nrender:x:104:\nrender:x:993:jellyfin\n',
        '/etc/passwd': 'root:x:0:0::/:/bin/sh\njellyfin:x:110:110::/:/bin/false\n',
        '/dev/dri/renderD128': '',
      },
    },
  });
  assert.equal(r.ctStatus, 'running');
  assert.equal(sev(r, 'ct.node_check'), 'fail', 'a placeholder file instead of the node');
  assert.equal(sev(r, 'ct.group_collision'), 'warn');
  assert.equal(sev(r, 'ct.service_user_groups'), 'fail');
  assert.equal(sev(r, 'ct.vaapi_driver'), 'info', 'access is broken first: the driver is a hint');
  assert.equal(r.devices[0].container.devt, undefined);
  const restarted = await report(
    'unprivileged: 1\nlxc.idmap: u 0 100000 65536\nlxc.idmap: g 0 100000 65536\n',
    {
      ct: {},
      files: { '/var/lib/lxc/100/config': 'lxc.idmap = u 0 100000 65536\nlxc.idmap = g 0 100000 1000\n' },
    },
  );
  assert.equal(sev(restarted, 'ct.pending'), 'info', 'started with another map');
});

test('Intel HuC from debugfs; lowered perf_event_paranoid; pending changes', async () => {
  const r = await report(
    'unprivileged: 1\ndev0: /dev/dri/renderD128,gid=993\n[pve:pending]\ndev1: /dev/dri/card1,gid=44\n',
    {
      files: {
        '/sys/kernel/debug/dri/1/gt0/uc/huc_info': 'HuC firmware: i915/tgl_huc.bin\n\tstatus: FAIL\n',
        '/proc/sys/kernel/perf_event_paranoid': '-1\n',
      },
    },
  );
  assert.equal(sev(r, 'intel.huc'), 'warn');
  assert.equal(sev(r, 'mon.paranoid_lowered'), 'warn');
  assert.match(only(r, 'mon.pmu_in_ct')[0].explanation, /perf_event_paranoid is -1/);
  assert.deepEqual(r.pending, [{ key: 'dev1', value: '/dev/dri/card1,gid=44', line: 4 }]);
  assert.equal(sev(r, 'ct.pending'), 'info');
  assert.equal(r.devices.length, 1, 'pending devices are not live');
});

test('a config with garbage lines still gives a report, with the lines as findings', async () => {
  const r = await report('unprivileged: 1\n\u0000garbage\ndev0: /etc/passwd\nlxc.idmap: u x y z\n');
  assert.equal(sev(r, 'ct.config_syntax'), 'warn');
  const lines = only(r, 'ct.config_syntax').flatMap((c) => c.evidence.map((e) => e.line));
  assert.ok(lines.includes(2) && lines.includes(3), JSON.stringify(lines));
  assert.equal(sev(r, 'idmap.syntax'), 'fail');
});

test('device cgroup: allow-list for privileged, deny-list for unprivileged containers', async () => {
  const bind = 'lxc.mount.entry: /dev/dri/renderD128 dev/dri/renderD128 none bind,optional,create=file\n';
  const priv = await report(bind);
  assert.equal(sev(priv, 'cgroup.not_allowed'), 'fail', 'privileged: no allow line');
  assert.deepEqual(only(priv, 'cgroup.not_allowed')[0].fix?.add, [
    'lxc.cgroup2.devices.allow: c 226:128 rwm',
  ]);
  const allowed = await report(`${bind}lxc.cgroup2.devices.allow: c 226:* rwm\n`);
  assert.equal(sev(allowed, 'cgroup.not_allowed'), 'pass');
  const denied = await report(
    `${bind}lxc.cgroup2.devices.allow: c 226:* rwm\nlxc.cgroup2.devices.deny: c 226:128 rwm\n`,
  );
  // lxc keeps only allow rules on a deny-all list: a narrower deny changes nothing …
  assert.equal(sev(denied, 'cgroup.not_allowed'), 'pass');
  // … but a deny of the very same rule flips it
  const flipped = await report(
    `${bind}lxc.cgroup2.devices.allow: c 226:128 rwm\nlxc.cgroup2.devices.deny: c 226:128 rwm\n`,
  );
  assert.equal(sev(flipped, 'cgroup.not_allowed'), 'fail');
  const unpriv = await report(`unprivileged: 1\n${bind}`);
  assert.equal(sev(unpriv, 'cgroup.not_allowed'), 'pass');
  const unprivDeny = await report(`unprivileged: 1\n${bind}lxc.cgroup2.devices.deny: c 226:* rwm\n`);
  const d = only(unprivDeny, 'cgroup.not_allowed');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'fail');
  assert.equal(d[0].explanationMsg.id, 'cgroup.not_allowed.denied');
  assert.deepEqual(d[0].fix?.remove, ['lxc.cgroup2.devices.deny: c 226:* rwm']);
  // devN nodes: PVE's own rule allows them, but a raw deny line still blocks them
  const devDeny = await report(
    'unprivileged: 1\ndev0: /dev/dri/renderD128,gid=104\nlxc.cgroup2.devices.deny: c 226:128 rw\n',
  );
  assert.equal(sev(devDeny, 'cgroup.not_allowed'), 'fail');
  const allowAll = await report('unprivileged: 1\nlxc.cgroup2.devices.allow: a\n');
  assert.equal(sev(allowAll, 'cgroup.allow_all'), 'info', 'already the PVE default for unprivileged CTs');
  assert.equal(sev(await report('lxc.cgroup2.devices.allow: a\n'), 'cgroup.allow_all'), 'fail');
});

test('stale major: each stale rule is paired with the node that owned its number', async () => {
  // privileged NVIDIA CT with raw lines written for an older driver: uvm was 508, caps 509;
  // now uvm is 511 and nvidia-caps 236. The rules come in a different order than the binds.
  const nodes: NodeSpec[] = [
    { path: '/dev/nvidia0', major: 195, minor: 0, mode: '0666' },
    { path: '/dev/nvidiactl', major: 195, minor: 255, mode: '0666' },
    { path: '/dev/nvidia-uvm', major: 511, minor: 0, mode: '0666' },
    { path: '/dev/nvidia-uvm-tools', major: 511, minor: 1, mode: '0666' },
    { path: '/dev/nvidia-caps/nvidia-cap1', major: 236, minor: 1, mode: '0400' },
  ];
  const conf = [
    'lxc.cgroup2.devices.allow: c 195:* rwm',
    'lxc.cgroup2.devices.allow: c 509:* rwm',
    'lxc.cgroup2.devices.allow: c 508:* rwm',
    'lxc.mount.entry: /dev/nvidia0 dev/nvidia0 none bind,optional,create=file',
    'lxc.mount.entry: /dev/nvidiactl dev/nvidiactl none bind,optional,create=file',
    'lxc.mount.entry: /dev/nvidia-uvm dev/nvidia-uvm none bind,optional,create=file',
    'lxc.mount.entry: /dev/nvidia-uvm-tools dev/nvidia-uvm-tools none bind,optional,create=file',
    'lxc.mount.entry: /dev/nvidia-caps/nvidia-cap1 dev/nvidia-caps/nvidia-cap1 none bind,optional,create=file',
    '',
  ].join('\n');
  const r = await report(conf, {
    nodes,
    files: {
      '/proc/devices':
        'Character devices:\n195 nvidia-frontend\n236 nvidia-caps\n511 nvidia-uvm\n\nBlock devices:\n',
    },
  });
  const stale = only(r, 'cgroup.stale_major');
  assert.equal(stale.length, 2, 'one result per stale rule');
  const fixes = stale.map((x) => `${x.fix?.remove?.[0]} → ${x.fix?.add?.[0]}`).sort();
  // both stale rules get a different current major; neither fix keeps a dead number
  assert.equal(new Set(stale.map((x) => x.fix?.add?.[0])).size, 2);
  for (const f of fixes) assert.doesNotMatch(f.split('→')[1], /50[89]:/);
  assert.ok(fixes.some((f) => / 511:\* rwm$/.test(f)));
  assert.ok(fixes.some((f) => / 236:\* rwm$/.test(f)));
  assert.equal(sev(r, 'cgroup.not_allowed'), 'fail');
});

test('root causes: one mistake is one failure, its consequences grouped under it', async () => {
  // the NVIDIA module did not build for the new kernel: no /dev/nvidia* at all
  const conf =
    'unprivileged: 1\ndev0: /dev/nvidia0,mode=0666\ndev1: /dev/nvidiactl,mode=0666\ndev2: /dev/nvidia-uvm,mode=0666\n';
  const r = await report(conf, {
    nodes: [],
    files: {
      '/sys/bus/pci/devices/0000:01:00.0/vendor': '0x10de\n',
      '/sys/bus/pci/devices/0000:01:00.0/class': '0x030000\n',
    },
  });
  const fails = r.checks.filter((c) => c.severity === 'fail' && !c.causedBy);
  assert.deepEqual(
    fails.map((c) => c.id),
    ['nv.module'],
    r.checks
      .filter((c) => c.severity === 'fail')
      .map((c) => `${c.id} ${JSON.stringify(c.causedBy)}`)
      .join('\n'),
  );
  const grouped = r.checks.filter((c) => c.causedBy?.id === 'nv.module');
  assert.ok(grouped.some((c) => c.id === 'dev.path_missing'));
  assert.ok(grouped.some((c) => c.id === 'nv.uvm_lazy'));
  assert.equal(only(r, 'nv.module')[0].consequences, grouped.length);
  assert.equal(r.summary.fail, 1);
  // the JSON keeps every check
  assert.ok(r.checks.filter((c) => c.id === 'dev.path_missing').length >= 3);
});

test('VA-API driver: jellyfin-ffmpeg brings iHD, Docker images bring their own, compute needs none', async () => {
  const base = {
    '/etc/group': 'root:x:0:\nvideo:x:44:\nrender:x:104:jellyfin,ollama\n',
    '/etc/passwd': 'root:x:0:0::/:/bin/sh\njellyfin:x:110:110::/:/bin/false\n',
  };
  const conf = 'unprivileged: 1\ndev0: /dev/dri/renderD128,gid=104,mode=0666\n';
  const none = await report(conf, { ct: { files: base } });
  assert.equal(sev(none, 'ct.vaapi_driver'), 'warn', 'no driver anywhere');
  const jf = await report(conf, {
    ct: { files: { ...base, '/usr/lib/jellyfin-ffmpeg/lib/dri/iHD_drv_video.so': '' } },
  });
  assert.equal(sev(jf, 'ct.vaapi_driver'), 'pass', "jellyfin-ffmpeg's bundled iHD counts");
  const docker = await report(conf, { ct: { files: { ...base, '/var/lib/docker/overlay2/l': '' } } });
  assert.equal(sev(docker, 'ct.vaapi_driver'), 'info', 'Docker-in-LXC: cannot judge the images');
  const ollama = await report(conf, {
    ct: { files: { ...base, '/etc/passwd': 'root:x:0:0::/:/bin/sh\nollama:x:999:999::/:/bin/false\n' } },
  });
  assert.equal(sev(ollama, 'ct.vaapi_driver'), 'absent', 'compute only: the check does not apply');
});
