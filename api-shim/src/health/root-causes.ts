// SPDX-License-Identifier: AGPL-3.0-or-later
// One mistake, one failure: results that only follow from another result (the container cannot
// see a node because the node is missing; a service cannot open it because its devN group is
// wrong) are marked as consequences of that root cause. Every result stays in the report; the
// summary and the panel lead with the causes.

import type { CheckResult } from '../api/types.ts';
import type { CheckContext } from './checks/context.ts';

/**
 * Which checks can be the cause of which: consequence id → possible cause ids, most specific
 * first. A pair only applies when the two results are about the same thing (related()).
 */
const CAUSES: Record<string, string[]> = {
  'cgroup.not_allowed': ['cgroup.v1_key', 'cgroup.stale_major'],
  'ct.node_check': [
    'acc.driver',
    'acc.usb_single_device',
    'nv.module',
    'nv.uvm_lazy',
    'dev.path_missing',
    'dev.not_device',
    'mount.optional_missing',
    'mount.no_create',
    'mount.bad_path',
    'cgroup.stale_major',
  ],
  'ct.service_user_groups': [
    'dev.gid_wrong_group',
    'dev.gid_default',
    'dev.id_unmapped',
    'dev.kfd_gid',
    'mount.unmapped_owner',
    'acc.usb_access',
    'acc.driver',
    'cgroup.not_allowed',
    'ct.node_check',
  ],
  'dev.path_missing': ['acc.usb_single_device', 'acc.driver', 'nv.module', 'host.no_drm_node', 'nv.uvm_lazy'],
  'dev.node_renamed': ['dev.path_missing'],
  'nv.uvm_lazy': ['nv.module'],
  'host.no_drm_node': ['nv.module'],
  'mount.optional_missing': ['acc.driver', 'nv.module', 'host.no_drm_node', 'nv.uvm_lazy'],
  'idmap.gap': ['idmap.overlap', 'idmap.type_missing'],
  'subid.not_allowed': ['idmap.syntax', 'idmap.host_root'],
  'ct.vaapi_driver': ['ct.service_user_groups', 'mount.unmapped_owner', 'cgroup.not_allowed'],
  // a MIG instance's cap nodes the device cgroup refuses: the missing allow line is the cause
  'nv.mig_caps': ['cgroup.not_allowed'],
};

/** Causes that are about the host, not one config line: they relate by the device family. */
const HOST_CAUSES: Record<string, RegExp> = {
  'nv.module': /\/dev\/nvidia/,
  'host.no_drm_node': /\/dev\/dri\//,
};

function configLines(ctx: CheckContext, r: CheckResult): Set<number> {
  return new Set(
    r.evidence.filter((e) => e.source === ctx.confPath && e.line !== undefined).map((e) => e.line as number),
  );
}

function related(ctx: CheckContext, cause: CheckResult, effect: CheckResult): boolean {
  // an NVIDIA GPU without a driver is what a missing NVIDIA module looks like from the PCI side
  if (effect.id === 'host.no_drm_node') return effect.explanationMsg.params?.vendor === 'nvidia';
  const family = HOST_CAUSES[cause.id];
  if (family) return effect.evidence.some((e) => family.test(e.text) || family.test(e.source));
  const a = configLines(ctx, cause);
  // container-wide causes (the render group, the VA-API access) relate to every node result
  // … as long as the cause is about a DRM node: a blocked Coral or Hailo says nothing about VA-API
  if (effect.id === 'ct.vaapi_driver')
    return cause.evidence.some((e) => /\/dev\/dri\//.test(e.text) || /\/dev\/dri\//.test(e.source));
  for (const l of configLines(ctx, effect)) if (a.has(l)) return true;
  return false;
}

/** Marks consequences (causedBy) and counts them on their causes (consequences). */
export function groupRootCauses(ctx: CheckContext, results: CheckResult[]): CheckResult[] {
  const indexOf = new Map<CheckResult, number>();
  const seen = new Map<string, number>();
  for (const r of results) {
    indexOf.set(r, seen.get(r.id) ?? 0);
    seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
  }
  const causeOf = new Map<CheckResult, CheckResult>();
  // a result whose own cause is found is a consequence; causes are resolved to the root
  for (const r of results) {
    if (r.severity === 'pass' || r.severity === 'info') continue;
    for (const id of CAUSES[r.id] ?? []) {
      const c = results.find(
        (x) =>
          x.id === id &&
          x !== r &&
          (x.severity === 'fail' || (x.severity === 'warn' && r.severity === 'fail')) &&
          related(ctx, x, r),
      );
      if (c) {
        causeOf.set(r, c);
        break;
      }
    }
  }
  const root = (r: CheckResult): CheckResult => {
    let cur = r;
    for (let i = 0; i < 8; i++) {
      const next = causeOf.get(cur);
      if (!next || next === r) break;
      cur = next;
    }
    return cur;
  };
  const counts = new Map<CheckResult, number>();
  const out = results.map((r) => ({ ...r }));
  results.forEach((r, i) => {
    if (!causeOf.has(r)) return;
    const c = root(r);
    if (c === r) return;
    out[i].causedBy = { id: c.id, index: indexOf.get(c) ?? 0 };
    counts.set(c, (counts.get(c) ?? 0) + 1);
  });
  results.forEach((r, i) => {
    const n = counts.get(r);
    if (!n || out[i].causedBy) return;
    out[i].consequences = n;
    // severity follows need: a warning that makes something fail is that failure's cause
    if (
      out.some((x) => x.causedBy?.id === r.id && x.causedBy.index === indexOf.get(r) && x.severity === 'fail')
    )
      out[i].severity = 'fail';
  });
  return out;
}
