// SPDX-License-Identifier: AGPL-3.0-or-later
// Everything a check may look at, gathered once per report: the parsed config, the effective
// idmap, host and container facts, and the list of GPU nodes the config passes through.

import { FIX_PLACEHOLDERS } from '../../api/fix-placeholders.ts';
import { HEALTH_MESSAGES } from '../../api/health-messages.ts';
import { formatMsg, type MsgParams } from '../../api/message-format.ts';
import type { CheckArea, Evidence, Fix, Msg, Severity, Vendor } from '../../api/types.ts';
import { type DeviceNodeFacts, listDeviceNodes, statDevice } from '../../host/device-nodes.ts';
import type { HostRoot } from '../../host/host-root.ts';
import { type DevSpec, parseDevString } from '../config/dev-string.ts';
import { type MountEntry, parseMountEntry } from '../config/mount-entry.ts';
import { type ConfigLine, type ConfigSection, numbered, type PctConfig } from '../config/pct-config.ts';
import { type AccelKind, accelKindOfPath, isCoralUsb, npuKind, usbAt } from '../facts/accelerators.ts';
import type { ContainerFacts } from '../facts/container-facts.ts';
import { groupByName } from '../facts/etc-files.ts';
import { type HookFact, START_HOOKS } from '../facts/hook-facts.ts';
import type { HostFacts } from '../facts/host-facts.ts';
import { ctToHost, type EffectiveIdmap, effectiveIdmap, hostToCt } from '../idmap/idmap.ts';

export type NodeClass =
  | 'render'
  | 'card'
  | 'nvidia'
  | 'nvidiactl'
  | 'nvidia-uvm'
  | 'nvidia-modeset'
  | 'nvidia-caps'
  | 'kfd'
  | 'accel'
  | 'fb'
  | 'apex'
  | 'hailo'
  | 'usb'
  | 'other';

/** One GPU node the config passes into the container. */
export interface PassedNode {
  via: 'devN' | 'mount' | 'mount-dir' | 'mp';
  /** "dev0", "lxc.mount.entry", "mp1" */
  source: string;
  entry: ConfigLine;
  /** host path as configured (for mount-dir: the node inside the bound directory) */
  hostPath: string;
  /** where it appears in the container */
  ctPath: string;
  host: DeviceNodeFacts;
  cls: NodeClass;
  vendor: Vendor;
  dev?: DevSpec;
  mount?: MountEntry;
  /** the node as the running container sees it (host-side ids), when running */
  inCt?: DeviceNodeFacts;
  /** an accelerator (Coral, Hailo, NPU, kfd): which one (facts/accelerators.ts) */
  accel?: AccelKind;
  /** hook commands that re-own or re-mode the host node before the container starts; `host`
   * already holds the owner and mode as they are after them */
  hookEdits?: string[];
}

export interface CheckContext {
  vmid: string;
  node: string;
  confPath: string;
  conf: PctConfig;
  main: ConfigSection;
  /** unprivileged: 1, or any custom lxc.idmap (PVE treats that as unprivileged) */
  unprivileged: boolean;
  idmap: EffectiveIdmap;
  host: HostFacts;
  hostRoot: HostRoot;
  ct?: ContainerFacts;
  nodes: PassedNode[];
  devs: Array<{ line: ConfigLine; spec: DevSpec }>;
  mounts: Array<{ line: ConfigLine; entry: MountEntry }>;
  mps: Array<{ line: ConfigLine; source: string; target?: string }>;
  /** /var/lib/lxc/<vmid>/config as PVE generated it at the last start */
  generated?: string;
  /** in-container node paths whose stat did not come back in time (their inCt stays unknown) */
  ctStatTimeouts: string[];
  /** lxc.hook.* lines and the hookscript, with what their scripts do (facts/hook-facts.ts) */
  hooks: HookFact[];
  /**
   * lxc.* lines LXC applies that the config does not hold: for a running container, lines of the
   * generated config (a hook wrote them, or they were removed since the start); for a stopped
   * one, lines a hookscript appends to the generated config at start. `file` says where each is.
   */
  extraLxc: ConfigLine[];
  /** config lines a running container did not get (added since its start; see ct.generated_config) */
  notApplied: ConfigLine[];
}

/**
 * A node's in-container stat walks a tree the container shapes: a FUSE mount of its own under
 * that path stalls lstat() until its daemon answers, which may be never. Each stat gets this long;
 * after one stalls, the rest are not tried, since every stalled stat keeps one of libuv's four
 * pool threads until the mount answers or goes. The report then lacks only those nodes' facts.
 */
export const CT_STAT_DEADLINE_MS = 2000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** A fix as a check writes it: the summary is a message; the engine renders the English. */
export type FixDraft = Omit<Fix, 'summary' | 'summaryMsg'> & { summary: Msg };

/** What a check reports; the engine adds id, area, the English text and the default title. */
export interface Finding {
  severity: Severity;
  /** instead of the check's own title (`<id>.title`) */
  title?: Msg;
  explanation: Msg;
  evidence: Evidence[];
  fix?: FixDraft;
}

/** A message of api/health-messages.ts; the catalogue test checks the id and its params. */
export function msg(id: string, params?: MsgParams): Msg {
  return params ? { id, params } : { id };
}

export interface CheckDef {
  /** its title is the message `<id>.title` */
  id: string;
  area: CheckArea;
  /** null: does not apply to this container; []: applies and passes */
  run(ctx: CheckContext): Finding[] | null;
}

export function isGpuPath(p: string): boolean {
  return /^\/dev\/(dri(\/|$)|nvidia|kfd$|accel(\/|$)|fb\d)/.test(p);
}

/** GPU nodes and the accelerators passed next to them (Coral, Hailo, NPUs, USB accelerators). */
export function isAccelPath(p: string): boolean {
  return isGpuPath(p) || accelKindOfPath(p) !== undefined;
}

/** USB bus directories: bound whole so that a re-enumerated device stays reachable. */
const isUsbBusDir = (p: string) => /^\/dev\/bus\/usb(\/\d{3})?\/?$/.test(p);

export function classify(configured: string, resolved: string): NodeClass {
  for (const p of [resolved, configured]) {
    const base = p.split('/').pop() ?? '';
    if (/^renderD\d+$/.test(base) || /-render$/.test(base)) return 'render';
    if (/^card\d+$/.test(base) || /-card$/.test(base)) return 'card';
    if (p.startsWith('/dev/nvidia-caps/')) return 'nvidia-caps';
    if (/^nvidia-uvm/.test(base)) return 'nvidia-uvm';
    if (base === 'nvidiactl') return 'nvidiactl';
    if (base === 'nvidia-modeset') return 'nvidia-modeset';
    if (/^nvidia\d+$/.test(base)) return 'nvidia';
    if (base === 'kfd') return 'kfd';
    if (p.startsWith('/dev/accel/')) return 'accel';
    if (/^fb\d+$/.test(base)) return 'fb';
    if (/^apex_\d+$/.test(base)) return 'apex';
    if (/^hailo\d+$/.test(base)) return 'hailo';
    if (p.startsWith('/dev/bus/usb/')) return 'usb';
  }
  return 'other';
}

/** Nodes that carry the GPU's work (a service needs rw on them). */
export function isComputeNode(cls: NodeClass): boolean {
  return (
    cls === 'render' ||
    cls === 'nvidia' ||
    cls === 'nvidiactl' ||
    cls === 'nvidia-uvm' ||
    cls === 'kfd' ||
    cls === 'accel' ||
    cls === 'apex' ||
    cls === 'hailo' ||
    cls === 'usb'
  );
}

/**
 * Does the workload need this node? The render/compute nodes, yes, and under MIG the access
 * capability of a GPU or compute instance (nv.mig_caps: CUDA opens an instance through it, even
 * when it came in with the /dev/nvidia-caps directory). KMS card nodes, other nvidia-caps (the
 * MIG config/monitor ones) and the like only when no compute node is passed at all, and never
 * when they are merely visible through a directory bind.
 */
export function isVitalNode(ctx: CheckContext, n: PassedNode): boolean {
  if (isComputeNode(n.cls)) return true;
  if (n.cls === 'nvidia-caps' && isMigInstanceCap(ctx, n)) return true;
  if (n.via === 'mount-dir' || n.cls === 'nvidia-caps') return false;
  return !ctx.nodes.some((x) => isComputeNode(x.cls));
}

/** An access node of a host MIG instance (its minor is a GI's or CI's DeviceFileMinor). */
function isMigInstanceCap(ctx: CheckContext, n: PassedNode): boolean {
  const m = n.host.minor;
  if (n.host.type !== 'char' || m === undefined) return false;
  if (
    ctx.host.charMajors.get('nvidia-caps') !== undefined &&
    n.host.major !== ctx.host.charMajors.get('nvidia-caps')
  )
    return false;
  return ctx.host.nvidiaMig.instances.some((i) => i.giMinor === m || i.cis.some((c) => c.minor === m));
}

function accelOfNode(host: HostFacts, cls: NodeClass, resolved: string): AccelKind | undefined {
  if (cls === 'apex') return 'coral-pcie';
  if (cls === 'hailo') return 'hailo';
  if (cls === 'kfd') return 'kfd';
  if (cls === 'accel') return npuKind(host.accel, resolved);
  if (cls === 'usb' && isCoralUsb(usbAt(host.accel, resolved))) return 'coral-usb';
  return undefined;
}

function vendorOfNode(host: HostFacts, cls: NodeClass, resolved: string): Vendor {
  if (cls.startsWith('nvidia')) return 'nvidia';
  if (cls === 'kfd') return 'amd';
  const name = resolved.split('/').pop();
  return host.drm.find((d) => d.name === name)?.vendor ?? 'other';
}

export async function buildContext(args: {
  vmid: string;
  node: string;
  confPath: string;
  conf: PctConfig;
  host: HostFacts;
  hostRoot: HostRoot;
  ct?: ContainerFacts;
  generated?: string;
  hooks?: HookFact[];
  /** CT_STAT_DEADLINE_MS unless a test says otherwise */
  ctStatDeadlineMs?: number;
}): Promise<CheckContext> {
  const { conf, hostRoot, host } = args;
  const main = conf.main;
  const idmap = effectiveIdmap(main);
  const unprivileged = main.options.get('unprivileged')?.value === '1' || idmap.source === 'custom';
  const devs = numbered(main, 'dev').map((line) => ({ line, spec: parseDevString(line.value, line.key) }));
  const mounts = main.lxc
    .filter((l) => l.key === 'lxc.mount.entry')
    .map((line) => ({ line, entry: parseMountEntry(line.value) }));
  const hooks = args.hooks ?? [];
  const { extraLxc, notApplied } = appliedDifference(args, devs.length > 0, hooks);
  // the binds LXC applies: for a running container those of its generated config
  const appliedMounts = [
    ...mounts.filter((m) => !notApplied.includes(m.line)),
    ...extraLxc
      .filter((l) => l.key === 'lxc.mount.entry')
      .map((line) => ({ line, entry: parseMountEntry(line.value) })),
  ];
  const mps = numbered(main, 'mp').map((line) => {
    const parts = line.value.split(',');
    const vol =
      parts.find((p) => p.startsWith('volume='))?.slice(7) ?? (parts[0].includes('=') ? '' : parts[0]);
    return { line, source: vol, target: parts.find((p) => p.startsWith('mp='))?.slice(3) };
  });
  const nodes: PassedNode[] = [];
  // a node we may not stat (EACCES as non-root) reads as missing rather than failing the report
  const stat = (p: string, base?: string) =>
    statDevice(hostRoot, p, base).catch(
      (): DeviceNodeFacts => ({ type: 'missing', uid: 0, gid: 0, mode: 0, resolved: p }),
    );
  const add = async (n: Omit<PassedNode, 'host' | 'cls' | 'vendor'>) => {
    const facts = await stat(n.hostPath);
    const cls = classify(n.hostPath, facts.resolved);
    const accel = accelOfNode(host, cls, facts.resolved);
    nodes.push({
      ...n,
      host: facts,
      cls,
      vendor: vendorOfNode(host, cls, facts.resolved),
      ...(accel ? { accel } : {}),
    });
  };
  for (const { line, spec } of devs) {
    if (!spec.path) continue;
    await add({
      via: 'devN',
      source: line.key,
      entry: line,
      hostPath: spec.path,
      ctPath: spec.path,
      dev: spec,
    });
  }
  for (const { line, entry } of appliedMounts) {
    if (!entry.source.startsWith('/dev/') && entry.source !== '/dev') continue;
    const ctBase = `/${entry.target.replace(/^\/+/, '')}`;
    const st = await stat(entry.source);
    // GPU and accelerator paths always (a missing one is a finding); any other character
    // device bound on its own too (serial sticks, /dev/net/tun): the same checks apply to it
    const single = st.type === 'char' || st.type === 'block';
    if (!isAccelPath(entry.source) && !isUsbBusDir(entry.source) && !single) continue;
    if (st.type === 'dir' && isUsbBusDir(entry.source)) {
      // only the accelerators on the bus: hubs, keyboards and UPSes are not this tab's business
      for (const u of host.accel.usb) {
        const rel = u.node.slice(st.resolved.replace(/\/+$/, '').length);
        if (!u.node.startsWith(`${st.resolved.replace(/\/+$/, '')}/`) || !isCoralUsb(u)) continue;
        const child = await stat(u.node);
        if (child.type !== 'char') continue;
        await add({
          via: 'mount-dir',
          source: 'lxc.mount.entry',
          entry: line,
          hostPath: u.node,
          ctPath: `${ctBase.replace(/\/+$/, '')}${rel}`,
          mount: entry,
        });
      }
    } else if (st.type === 'dir' && isGpuPath(entry.source)) {
      for (const name of await listDeviceNodes(hostRoot, st.resolved).catch(() => [] as string[])) {
        const child = await stat(`${st.resolved}/${name}`);
        if (child.type !== 'char' && child.type !== 'block') continue;
        // by-path links inside the directory reach nodes already listed
        if ((await hostRoot.lstat(`${st.resolved}/${name}`).catch(() => undefined))?.isSymbolicLink())
          continue;
        await add({
          via: 'mount-dir',
          source: 'lxc.mount.entry',
          entry: line,
          hostPath: `${entry.source.replace(/\/+$/, '')}/${name}`,
          ctPath: `${ctBase}/${name}`,
          mount: entry,
        });
      }
    } else {
      await add({
        via: 'mount',
        source: 'lxc.mount.entry',
        entry: line,
        hostPath: entry.source,
        ctPath: ctBase,
        mount: entry,
      });
    }
  }
  for (const mp of mps) {
    if (mp.source.startsWith('/dev/') && isAccelPath(mp.source)) {
      await add({
        via: 'mp',
        source: mp.line.key,
        entry: mp.line,
        hostPath: mp.source,
        ctPath: mp.target ?? mp.source,
      });
    }
  }
  applyHookEdits(nodes, hooks, host);
  const ctStatTimeouts: string[] = [];
  if (args.ct) {
    for (const n of nodes) {
      const facts = await withDeadline(
        stat(n.ctPath, args.ct.root),
        args.ctStatDeadlineMs ?? CT_STAT_DEADLINE_MS,
      );
      if (facts === undefined) {
        ctStatTimeouts.push(n.ctPath);
        break;
      }
      n.inCt = facts;
    }
  }
  return {
    ...args,
    main,
    unprivileged,
    idmap,
    nodes,
    devs,
    mounts,
    mps,
    ctStatTimeouts,
    hooks,
    extraLxc,
    notApplied,
  };
}

const APPLIED_KEY = /^lxc\.(mount\.entry|cgroup2?\.devices\.(allow|deny))$/;
const LXC_LINE = /^\s*(lxc\.[a-z0-9_.-]+)\s*=\s*(.*?)\s*$/;
const norm = (v: string) => v.trim().replace(/\s+/g, ' ');

/**
 * What LXC applies beyond the config, and what of the config it does not apply. Running: the
 * generated config against the config (PVE copies raw lxc.* lines into it at start, pve-container
 * LXC.pm update_lxc_config, after its own: devN rules `c <maj>:<min> rw`, the fuse bind).
 * Stopped: what a hookscript will append to the generated config at the next start.
 */
function appliedDifference(
  args: { ct?: ContainerFacts; generated?: string; vmid: string; conf: PctConfig },
  hasDevN: boolean,
  hooks: HookFact[],
): { extraLxc: ConfigLine[]; notApplied: ConfigLine[] } {
  const main = args.conf.main;
  const own = main.lxc.filter((l) => APPLIED_KEY.test(l.key));
  if (args.ct && args.generated !== undefined) {
    const file = `/var/lib/lxc/${args.vmid}/config`;
    const applied: ConfigLine[] = [];
    args.generated.split('\n').forEach((text, i) => {
      const m = LXC_LINE.exec(text);
      if (m && APPLIED_KEY.test(m[1])) applied.push({ key: m[1], value: m[2], line: i + 1, text, file });
    });
    const pool = [...applied];
    const notApplied: ConfigLine[] = [];
    for (const l of own) {
      const k = pool.findIndex((a) => a.key === l.key && norm(a.value) === norm(l.value));
      if (k >= 0) pool.splice(k, 1);
      else notApplied.push(l);
    }
    const pveOwn = (l: ConfigLine) =>
      (hasDevN &&
        /^lxc\.cgroup2?\.devices\.allow$/.test(l.key) &&
        /^[cb] \d+:\d+ rw?$/.test(norm(l.value))) ||
      (l.key === 'lxc.mount.entry' && /^\/dev\/fuse\s/.test(l.value)) ||
      norm(l.value) === 'c 10:229 rwm';
    return { extraLxc: pool.filter((l) => !pveOwn(l)), notApplied };
  }
  const extraLxc: ConfigLine[] = [];
  for (const h of hooks.filter((x) => x.kind === 'hookscript')) {
    for (const op of h.analysis.ops) {
      if (op.kind !== 'config-line' || op.target !== 'generated' || !APPLIED_KEY.test(op.key)) continue;
      extraLxc.push({
        key: op.key,
        value: op.value,
        line: h.line.line,
        text: `${op.key} = ${op.value}`,
        file: h.script,
      });
    }
  }
  return { extraLxc, notApplied: [] };
}

function idOf(name: string | undefined, table: Array<{ name: string; id: number }>): number | undefined {
  if (name === undefined || name === '') return undefined;
  if (/^\d+$/.test(name)) return Number(name);
  return table.find((e) => e.name === name)?.id;
}

/**
 * Owner and mode of the host nodes as they are after the start hooks ran (chown/chgrp/chmod of
 * host /dev paths, in the order the hooks run), so that the checks judge the node the
 * container will get.
 */
function applyHookEdits(nodes: PassedNode[], hooks: HookFact[], host: HostFacts): void {
  const users = host.passwd.map((p) => ({ name: p.name, id: p.uid }));
  const groups = host.groups.map((g) => ({ name: g.name, id: g.gid }));
  const ordered = START_HOOKS.flatMap((k) => hooks.filter((h) => h.kind === k));
  for (const h of ordered) {
    for (const op of h.analysis.ops) {
      if ((op.kind !== 'chown' && op.kind !== 'chmod') || op.inCt) continue;
      for (const n of nodes) {
        if (n.host.type === 'missing') continue;
        const glob = op.path.includes('*')
          ? new RegExp(`^${op.path.replace(/[.+^()|\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`)
          : undefined;
        const hits = [n.hostPath, n.host.resolved].some(
          (p) => p === op.path || glob?.test(p) || (op.recursive && p.startsWith(`${op.path}/`)),
        );
        if (!hits) continue;
        const next = { ...n.host };
        if (op.kind === 'chmod') next.mode = (n.host.mode & ~0o7777) | op.mode;
        else {
          next.uid = idOf(op.user, users) ?? next.uid;
          next.gid = idOf(op.group, groups) ?? next.gid;
        }
        n.host = next;
        n.hookEdits = [...(n.hookEdits ?? []), op.text];
      }
    }
  }
}

// ------------------------------------------------------------------ helpers for checks

export function confEvidence(ctx: CheckContext, line: ConfigLine): Evidence {
  return { source: line.file ?? ctx.confPath, line: line.line, text: line.text };
}

/**
 * A fix that edits the container's config: `remove`'s lines taken out as they stand (none: no
 * `remove`), `add`'s put in (a line rewritten is one of each), `commands` the same change done
 * with pct.
 */
export function configFix(
  ctx: CheckContext,
  summary: Msg,
  remove: readonly { text: string }[],
  more: { add?: string[]; commands?: string[] } = {},
): FixDraft {
  return {
    summary,
    file: ctx.confPath,
    ...(remove.length ? { remove: remove.map((l) => l.text) } : {}),
    ...more,
  };
}

/** The shape of many findings: one config line, shown as the evidence, whose fix removes it. */
export function lineToRemove(
  ctx: CheckContext,
  line: ConfigLine,
  severity: Severity,
  explanation: Msg,
  summary: Msg = msg('fix.remove_line'),
): Finding {
  return { severity, explanation, evidence: [confEvidence(ctx, line)], fix: configFix(ctx, summary, [line]) };
}

export function hostEvidence(path: string, text: string): Evidence {
  return { source: path, text };
}

/**
 * Evidence in the engine's own words, not a quote of what it read ("does not exist", "no driver
 * bound"): a message of api/health-messages.ts the browser renders in the user's language, its
 * English beside it for the CLI. A quote (config line, file content, device numbers) stays `text`.
 */
export function stated(source: string, id: string, params?: MsgParams, line?: number): Evidence {
  const textMsg = msg(id, params);
  return {
    source,
    ...(line !== undefined ? { line } : {}),
    text: formatMsg(HEALTH_MESSAGES, textMsg),
    textMsg,
  };
}

const NODE_KIND: Record<DeviceNodeFacts['type'], string> = {
  char: 'evidence.node.char',
  block: 'evidence.node.block',
  file: 'evidence.node.file',
  dir: 'evidence.node.dir',
  missing: 'evidence.missing',
};

/** What a device path is, in words: "character device 226:128", "directory", "does not exist". */
export function nodeKind(source: string, f: DeviceNodeFacts): Evidence {
  const device = f.type === 'char' || f.type === 'block';
  return stated(source, NODE_KIND[f.type], device ? { devt: devt(f) ?? '?' } : undefined);
}

/** The container's render gid when it is known (running container), else undefined. */
export function ctGid(ctx: CheckContext, name: 'render' | 'video'): number | undefined {
  return groupByName(ctx.ct?.groups, name)?.gid;
}

export function gidText(ctx: CheckContext, name: 'render' | 'video'): string {
  const g = ctGid(ctx, name);
  return g === undefined ? FIX_PLACEHOLDERS[name === 'render' ? 'renderGid' : 'videoGid'] : String(g);
}

export function devt(f: DeviceNodeFacts): string | undefined {
  return f.major === undefined ? undefined : `${f.major}:${f.minor}`;
}

/** Container view of a node's owner and mode, as PVE/LXC will present it. */
export function ctView(ctx: CheckContext, n: PassedNode): { uid: number; gid: number; mode: number } {
  if (n.via === 'devN' && n.dev) {
    return {
      uid: n.dev.uid ?? 0,
      gid: n.dev.gid ?? 0,
      mode: n.dev.mode ? Number.parseInt(n.dev.mode, 8) : 0o660,
    };
  }
  const src = n.inCt && n.inCt.type !== 'missing' ? n.inCt : n.host;
  if (!ctx.unprivileged) return { uid: src.uid, gid: src.gid, mode: src.mode };
  return {
    uid: hostToCt(ctx.idmap.entries, 'u', src.uid).id,
    gid: hostToCt(ctx.idmap.entries, 'g', src.gid).id,
    mode: src.mode,
  };
}

/** Host owner PVE gives a devN node: map_ct_id_to_host with its fallback. */
export function devHostOwner(
  ctx: CheckContext,
  spec: DevSpec,
): { uid: number; gid: number; uidMapped: boolean; gidMapped: boolean } {
  if (!ctx.unprivileged) return { uid: spec.uid ?? 0, gid: spec.gid ?? 0, uidMapped: true, gidMapped: true };
  const u = ctToHost(ctx.idmap.entries, 'u', spec.uid ?? 0);
  const g = ctToHost(ctx.idmap.entries, 'g', spec.gid ?? 0);
  return { uid: u.id, gid: g.id, uidMapped: u.mapped, gidMapped: g.mapped };
}

/** A GPU node (DRM, NVIDIA, kfd, DRM accel), not a Coral, Hailo or other character device. */
export function isGpuNode(n: PassedNode): boolean {
  return !['apex', 'hailo', 'usb', 'other'].includes(n.cls);
}

/** A GPU is passed: the GPU-only checks (PMU, inventory, privileged GPU) apply. */
export function hasGpu(ctx: CheckContext): boolean {
  return ctx.nodes.some(isGpuNode);
}

export function hostGroupName(ctx: CheckContext, gid: number): string | undefined {
  return ctx.host.groups.find((g) => g.gid === gid)?.name;
}

export function ctGroupName(ctx: CheckContext, gid: number): string | undefined {
  return ctx.ct?.groups?.find((g) => g.gid === gid)?.name;
}

export const SERVICE_USERS = [
  'jellyfin',
  'plex',
  'emby',
  'immich',
  'frigate',
  'ollama',
  'scrypted',
  'tdarr',
  'unmanic',
  'abc',
];

/** A vendor as a message names it: its own name, or for one we do not know its PCI id ("other" is English). */
export function vendorName(vendor: Vendor, vendorId: string | undefined): string {
  return vendor === 'other' ? (vendorId ?? '?') : vendor;
}

export function fmtMode(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}
