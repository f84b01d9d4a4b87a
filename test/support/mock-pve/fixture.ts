// SPDX-License-Identifier: AGPL-3.0-or-later
// Builds what the service tests need: a test PKI, host roots with the /etc/pve files a shim
// reads (node certificates, cluster CA, .members, container configs), a mock PVE API with users,
// groups, tokens, pools and ACLs, and hand-made usage/health sources.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HealthSource, UsageSource } from '../../../api-shim/src/api/sources.ts';
import type {
  ConsolidationFn,
  ContainerHistory,
  HealthReport,
  NodeHistory,
  Timeframe,
  UsageSnapshot,
} from '../../../api-shim/src/api/types.ts';
import { type IssuedCert, makeTestPki, type TestPki } from '../certs.ts';
import type { AccessModel } from './acl.ts';
import { type MockPve, startMockPve } from './server.ts';

export const NODE_A = 'pve1';
export const NODE_B = 'pve2';

/** Users and ACLs every service test shares (see each name for what it models). */
export function standardModel(): AccessModel {
  return {
    users: {
      'root@pam': {},
      'auditor@pve': {},
      'alice@pve': { groups: ['media'] },
      'bob@pve': {},
      'poolie@pve': {},
      'blocked@pve': { groups: ['media'] },
      'disabled@pve': { enabled: false },
      'nodeadmin@pve': {},
    },
    tokens: {
      'auditor@pve!prom': { secret: '11111111-2222-3333-4444-555555555555', privsep: false },
      'alice@pve!narrow': { secret: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', privsep: true },
      'alice@pve!full': { secret: 'ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee', privsep: false },
    },
    roles: {},
    acl: [
      // auditor: PVEAuditor on / propagating — sees everything.
      { path: '/', ugid: 'auditor@pve', role: 'PVEAuditor', propagate: true },
      // group media: VM.Audit on CT 101 only.
      { path: '/vms/101', ugid: '@media', role: 'PVEVMUser', propagate: false },
      // bob: on /vms without propagate — that grants nothing on /vms/101.
      { path: '/vms', ugid: 'bob@pve', role: 'PVEAuditor', propagate: false },
      // poolie: through pool "media-pool" (101, 102).
      { path: '/pool/media-pool', ugid: 'poolie@pve', role: 'PVEAuditor', propagate: true },
      // blocked: group grants 101, but the user's own NoAccess on it wins.
      { path: '/vms/101', ugid: 'blocked@pve', role: 'NoAccess', propagate: false },
      // alice's narrow token: only CT 102 of its own (intersection with alice's 101 = nothing).
      { path: '/vms/102', ugid: 'alice@pve!narrow', role: 'PVEAuditor', propagate: false },
      // nodeadmin: Sys.Audit on the nodes but no guest.
      { path: '/nodes', ugid: 'nodeadmin@pve', role: 'PVESysAdmin', propagate: true },
    ],
    pools: { 'media-pool': ['101', '102'] },
  };
}

export interface HostOptions {
  self: string;
  nodes: Record<string, { ip: string; online: boolean; cert: IssuedCert }>;
  /** vmids with a config on this node */
  containers: string[];
  caCert: string;
  /** Use pveproxy-ssl.* for this node instead of pve-ssl.* */
  customCert?: IssuedCert;
}

/** A host root in the layout of a PVE node: /etc/pve/local → nodes/<self>. */
export function writeHostRoot(dir: string, o: HostOptions): string {
  const pve = path.join(dir, 'etc/pve');
  mkdirSync(path.join(pve, 'nodes'), { recursive: true });
  writeFileSync(path.join(dir, 'etc/hostname'), `${o.self}.example.test\n`);
  writeFileSync(path.join(pve, 'pve-root-ca.pem'), o.caCert);
  let id = 1;
  const nodelist: Record<string, { id: number; online: number; ip: string }> = {};
  for (const [name, n] of Object.entries(o.nodes)) {
    const nd = path.join(pve, 'nodes', name);
    mkdirSync(path.join(nd, 'lxc'), { recursive: true });
    writeFileSync(path.join(nd, 'pve-ssl.pem'), n.cert.cert);
    if (name === o.self) {
      writeFileSync(path.join(nd, 'pve-ssl.key'), n.cert.key);
      if (o.customCert) {
        writeFileSync(path.join(nd, 'pveproxy-ssl.pem'), o.customCert.cert);
        writeFileSync(path.join(nd, 'pveproxy-ssl.key'), o.customCert.key);
      }
    }
    nodelist[name] = { id: id++, online: n.online ? 1 : 0, ip: n.ip };
  }
  symlinkSync(`nodes/${o.self}`, path.join(pve, 'local'));
  symlinkSync(`nodes/${o.self}/lxc`, path.join(pve, 'lxc'));
  for (const vmid of o.containers) {
    writeFileSync(
      path.join(pve, 'nodes', o.self, 'lxc', `${vmid}.conf`),
      'arch: amd64\nhostname: ct\nunprivileged: 1\n',
    );
  }
  writeFileSync(
    path.join(pve, '.members'),
    JSON.stringify({
      nodename: o.self,
      version: 7,
      cluster: { name: 'testclu', version: 2, nodes: Object.keys(o.nodes).length, quorate: 1 },
      nodelist,
    }),
  );
  return dir;
}

export function sampleSnapshot(node: string, time = Date.now()): UsageSnapshot {
  const gpu = '0000:00:02.0';
  return {
    time,
    node,
    gpus: [
      {
        id: gpu,
        pci: gpu,
        vendor: 'intel',
        vendorId: '8086',
        deviceId: '4680',
        name: 'Intel UHD Graphics 770',
        driver: 'i915',
        card: 'card0',
        render: 'renderD128',
        byPath: [],
      },
    ],
    samples: [
      {
        gpu,
        status: { state: 'ok' },
        engines: { render: 12.5, video: 40 },
        engineClasses: { render: 'render', video: 'video' },
        freqMHz: 1200,
        powerWatts: 6.5,
      },
    ],
    owners: [
      { owner: '101', gpu, engines: { render: 2.5, video: 40 }, memoryBytes: 1 << 20, processes: 1 },
      { owner: '102', gpu, engines: { render: 10 }, memoryBytes: 2 << 20, processes: 2 },
      { owner: 'host', gpu, engines: {}, memoryBytes: 0, processes: 0 },
    ],
    processes: [
      {
        pid: 4242,
        nspid: 42,
        owner: '101',
        comm: 'ffmpeg',
        gpu,
        engines: { video: 40 },
        memoryBytes: 1 << 20,
      },
      { pid: 5151, owner: '102', comm: 'python3', gpu, engines: { render: 10 }, memoryBytes: 2 << 20 },
    ],
    collectors: {
      fdinfo: { state: 'ok' },
      nvidia: { state: 'not-installed', message: 'nvidia-smi not found' },
    },
  };
}

/** A UsageSource the test drives: emit() is one sampler tick. */
export class FakeUsage implements UsageSource {
  snapshot: UsageSnapshot | undefined;
  readonly listeners = new Set<(s: UsageSnapshot) => void>();
  historyCalls: Array<[string, Timeframe, ConsolidationFn]> = [];
  failHistory = false;

  constructor(readonly node: string) {
    this.snapshot = sampleSnapshot(node);
  }
  latest() {
    return this.snapshot;
  }
  async current() {
    return this.snapshot;
  }
  onSample(l: (s: UsageSnapshot) => void) {
    this.listeners.add(l);
    return () => {
      this.listeners.delete(l);
    };
  }
  history(vmid: string, timeframe: Timeframe, cf: ConsolidationFn): ContainerHistory {
    if (this.failHistory) throw new Error('history store unreadable');
    this.historyCalls.push([vmid, timeframe, cf]);
    return {
      vmid,
      timeframe,
      cf,
      step: 60,
      series: [{ gpu: '0000:00:02.0', points: [{ t: 1, engines: { video: 40 } }] }],
    };
  }
  nodeHistoryCalls: Array<[Timeframe, ConsolidationFn]> = [];
  nodeHistory(timeframe: Timeframe, cf: ConsolidationFn): NodeHistory {
    if (this.failHistory) throw new Error('history store unreadable');
    this.nodeHistoryCalls.push([timeframe, cf]);
    return {
      timeframe,
      cf,
      step: 60,
      series: [{ gpu: '0000:00:02.0', points: [{ t: 1, engines: { video: 55 }, memoryBytes: 1 }] }],
    };
  }
  emit(): void {
    this.snapshot = sampleSnapshot(this.node);
    for (const l of this.listeners) l(this.snapshot);
  }
}

export class FakeHealth implements HealthSource {
  fail = false;
  constructor(
    readonly node: string,
    readonly known: string[],
  ) {}
  async report(vmid: string): Promise<HealthReport | undefined> {
    if (this.fail) throw new Error('facts unreadable');
    if (!this.known.includes(vmid)) return undefined;
    return {
      vmid,
      node: this.node,
      generatedAt: Date.now(),
      ctStatus: 'running',
      unprivileged: true,
      hasGpu: true,
      summary: { fail: 0, warn: 1, info: 0, pass: 3 },
      checks: [],
      idmap: [],
      devices: [],
      pending: [],
    };
  }
}

export interface ClusterFixture {
  dir: string;
  pki: TestPki;
  pve: MockPve;
  certs: Record<string, IssuedCert>;
  rootA: string;
  rootB: string;
  cleanup(): Promise<void>;
}

/** PKI, mock PVE and the host roots of a two-node cluster (pve1 = 127.0.0.1, pve2 = 127.0.0.2). */
export async function makeCluster(opts: { bOnline?: boolean } = {}): Promise<ClusterFixture> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pgt-service-'));
  const pki = makeTestPki(path.join(dir, 'pki'));
  const certs = {
    [NODE_A]: pki.issue(NODE_A, ['IP:127.0.0.1', 'DNS:localhost', `DNS:${NODE_A}`]),
    [NODE_B]: pki.issue(NODE_B, ['IP:127.0.0.2', `DNS:${NODE_B}`]),
    pve: pki.issue('pveproxy', ['IP:127.0.0.1', 'DNS:localhost']),
  };
  const nodes = {
    [NODE_A]: { ip: '127.0.0.1', online: true, cert: certs[NODE_A] },
    [NODE_B]: { ip: '127.0.0.2', online: opts.bOnline ?? true, cert: certs[NODE_B] },
  };
  const rootA = writeHostRoot(path.join(dir, 'rootA'), {
    self: NODE_A,
    nodes,
    containers: ['101', '102'],
    caCert: pki.caCert,
  });
  const rootB = writeHostRoot(path.join(dir, 'rootB'), {
    self: NODE_B,
    nodes,
    containers: ['201'],
    caCert: pki.caCert,
  });
  const pve = await startMockPve({ cert: certs.pve.cert, key: certs.pve.key, model: standardModel() });
  return {
    dir,
    pki,
    pve,
    certs,
    rootA,
    rootB,
    cleanup: async () => {
      await pve.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
