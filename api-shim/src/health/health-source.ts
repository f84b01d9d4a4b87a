// SPDX-License-Identifier: AGPL-3.0-or-later
// HealthEngine: the HealthSource the HTTP service and the CLI use. Cheap per request: host
// facts are cached for a few seconds, a container's init PID is cached and re-validated,
// and nothing is spawned (no lxc-info, no pct).

import type { HealthSource } from '../api/sources.ts';
import type { HealthReport } from '../api/types.ts';
import type { HostRoot } from '../host/host-root.ts';
import { buildContext } from './checks/context.ts';
import { parsePctConfig } from './config/pct-config.ts';
import { type ContainerFacts, readContainerFacts } from './facts/container-facts.ts';
import type { CtReaderOptions } from './facts/ct-reader.ts';
import { readHookFacts } from './facts/hook-facts.ts';
import { type HostFacts, readHostFacts } from './facts/host-facts.ts';
import { findInitPid, stillInContainer } from './facts/init-pid.ts';
import { buildReport } from './report.ts';

export interface HealthEngineOptions {
  host: HostRoot;
  node: string;
  /** how long host facts stay fresh (ms) */
  hostFactsTtlMs?: number;
  /** how long a container's facts stay fresh (ms) */
  ctFactsTtlMs?: number;
  /** the in-container reader's deadline per batch (default 3 s) and perl (facts/ct-reader.ts) */
  ctReader?: CtReaderOptions;
  now?: () => number;
}

const CONF_CAP = 1024 * 1024;

export class HealthEngine implements HealthSource {
  private readonly host: HostRoot;
  private readonly node: string;
  private readonly hostTtl: number;
  private readonly ctTtl: number;
  private readonly ctReader: CtReaderOptions;
  private readonly now: () => number;
  private hostFacts?: { at: number; facts: Promise<HostFacts> };
  private readonly pids = new Map<string, number>();
  private readonly stopped = new Map<string, number>();
  private readonly ctFacts = new Map<string, { at: number; pid: number; facts: Promise<ContainerFacts> }>();

  constructor(opts: HealthEngineOptions) {
    this.host = opts.host;
    this.node = opts.node;
    this.hostTtl = opts.hostFactsTtlMs ?? 5000;
    this.ctTtl = opts.ctFactsTtlMs ?? 5000;
    this.ctReader = opts.ctReader ?? {};
    this.now = opts.now ?? Date.now;
  }

  async report(vmid: string): Promise<HealthReport | undefined> {
    if (!/^\d{1,9}$/.test(vmid)) return undefined;
    const confPath = `/etc/pve/lxc/${vmid}.conf`;
    const text = await this.host.readText(confPath, CONF_CAP);
    if (text === undefined) return undefined;
    const conf = parsePctConfig(text);
    const [hostFacts, pid, generated, hooks] = await Promise.all([
      this.getHostFacts(),
      this.initPid(vmid),
      this.host.readText(`/var/lib/lxc/${vmid}/config`, CONF_CAP).catch(() => undefined),
      readHookFacts(this.host, conf.main),
    ]);
    const ct = pid === undefined ? undefined : await this.getCtFacts(vmid, pid);
    const ctx = await buildContext({
      vmid,
      node: this.node,
      confPath,
      conf,
      host: hostFacts,
      hostRoot: this.host,
      ct,
      generated,
      hooks,
    });
    return buildReport(ctx, pid === undefined ? 'stopped' : 'running', this.now());
  }

  private getHostFacts(): Promise<HostFacts> {
    const t = this.now();
    if (!this.hostFacts || t - this.hostFacts.at > this.hostTtl) {
      const facts = readHostFacts(this.host);
      this.hostFacts = { at: t, facts };
      facts.catch(() => {
        if (this.hostFacts?.facts === facts) this.hostFacts = undefined;
      });
    }
    return this.hostFacts.facts;
  }

  private async initPid(vmid: string): Promise<number | undefined> {
    const cached = this.pids.get(vmid);
    if (cached !== undefined && (await stillInContainer(this.host, cached, vmid))) return cached;
    this.pids.delete(vmid);
    // a stopped container is looked up again only after a while: the lookup may scan /proc
    const stoppedAt = this.stopped.get(vmid);
    if (stoppedAt !== undefined && this.now() - stoppedAt <= this.ctTtl) return undefined;
    const pid = await findInitPid(this.host, vmid);
    if (pid !== undefined) {
      this.pids.set(vmid, pid);
      this.stopped.delete(vmid);
    } else this.stopped.set(vmid, this.now());
    return pid;
  }

  private getCtFacts(vmid: string, pid: number): Promise<ContainerFacts> {
    const t = this.now();
    const c = this.ctFacts.get(vmid);
    if (c && c.pid === pid && t - c.at <= this.ctTtl) return c.facts;
    const facts = readContainerFacts(this.host, pid, this.ctReader);
    this.ctFacts.set(vmid, { at: t, pid, facts });
    facts.catch(() => this.ctFacts.delete(vmid));
    return facts;
  }
}
