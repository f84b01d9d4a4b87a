// SPDX-License-Identifier: AGPL-3.0-or-later
// A config fix (lines to remove and add in /etc/pve/lxc/<vmid>.conf) in the terms of PVE's own
// config API, PUT /nodes/{node}/lxc/{vmid}/config: options to set, options to delete, and
// the lines that API cannot change. pve-container's update_vm takes only the options of
// PVE::LXC::Config's json_config_properties plus `delete`/`revert`/`digest`
// (src/PVE/API2/LXC/Config.pm); raw `lxc.*` keys are not among them, so a fix touching one is
// an edit by hand. The shim itself never writes a config: the browser sends this change with
// the user's own ticket, and PVE decides whether that user may.

import type { ConfigChange, Fix, ManualReason } from '../api/types.ts';
import { type PctConfig, parsePctConfig } from './config/pct-config.ts';

type ParsedLine = { raw: true; key: string } | { raw: false; key: string; value: string };

/** One fix line read with the config parser's own rules (a `key: value` option or an `lxc.*` line). */
function parseLine(text: string): ParsedLine | undefined {
  const one = parsePctConfig(text).main;
  if (one.lxc.length === 1) return { raw: true, key: one.lxc[0].key };
  const [opt] = one.options.values();
  return opt ? { raw: false, key: opt.key, value: opt.value } : undefined;
}

function writtenTwice(conf: PctConfig, key: string): boolean {
  return conf.findings.some((f) => f.msg.id === 'ct.config_syntax.duplicate' && f.msg.params?.key === key);
}

/** pve-container Config.pm: dev0…dev255 ($MAX_DEVICES), mp0…mp255 ($MAX_MOUNT_POINTS). */
const NUMBERED_MAX = 256;

/** The first dev/mp number neither the config nor this change uses; undefined for other keys. */
function nextFree(key: string, conf: PctConfig, taken: Map<string, string>): string | undefined {
  const prefix = /^(dev|mp)\d+$/.exec(key)?.[1];
  if (!prefix) return undefined;
  for (let i = 0; i < NUMBERED_MAX; i++) {
    const k = `${prefix}${i}`;
    if (!conf.main.options.has(k) && !conf.pending?.options.has(k) && !taken.has(k)) return k;
  }
  return undefined;
}

/** PVE refuses to change these after creation (pve-container Config.pm update_pct_config). */
const READ_ONLY = new Set(['unprivileged']);

/** A placeholder the admin has to fill in, as the checks write them: `<render gid inside the CT>`. */
const PLACEHOLDER_RE = /<[^<>]+>/;

/**
 * The config change of a fix on the container's own config file, or undefined when the fix is
 * not a change of that file (host files, commands) or changes nothing.
 */
export function configChangeOf(
  fix: Pick<Fix, 'file' | 'add' | 'remove'>,
  confPath: string,
  conf: PctConfig,
): ConfigChange | undefined {
  if (fix.file !== confPath) return undefined;
  const removeLines = fix.remove ?? [];
  const addLines = fix.add ?? [];
  if (removeLines.length === 0 && addLines.length === 0) return undefined;

  let reason: ManualReason | undefined;
  const manual = { remove: [] as string[], add: [] as string[] };
  const byHand = (why: ManualReason, side: 'remove' | 'add', text: string) => {
    reason = reason ?? why;
    manual[side].push(text);
  };

  const removed = new Map<string, string>();
  for (const text of removeLines) {
    const l = parseLine(text);
    if (!l) byHand('not-live', 'remove', text);
    else if (l.raw) byHand('raw-lxc', 'remove', text);
    else if (READ_ONLY.has(l.key)) byHand('read-only', 'remove', text);
    else if (writtenTwice(conf, l.key)) byHand('duplicate', 'remove', text);
    else if (conf.main.options.get(l.key)?.value !== l.value) byHand('not-live', 'remove', text);
    else removed.set(l.key, l.value);
  }

  const added = new Map<string, string>();
  for (const text of addLines) {
    const l = parseLine(text);
    if (!l) byHand('not-live', 'add', text);
    else if (l.raw) byHand('raw-lxc', 'add', text);
    else if (PLACEHOLDER_RE.test(l.value)) byHand('placeholder', 'add', text);
    else if (READ_ONLY.has(l.key)) byHand('read-only', 'add', text);
    else if (writtenTwice(conf, l.key)) byHand('duplicate', 'add', text);
    else {
      const live = conf.main.options.get(l.key)?.value;
      if (live === undefined || live === l.value || removed.has(l.key)) added.set(l.key, l.value);
      else {
        // A new devN/mpN whose number another entry holds: the next free number, as PVE's own
        // UI picks one (pve-manager www/manager6/Utils.js nextFreeLxcMP), unless another entry
        // passes the same device or volume already (the first field of the property string).
        const free = nextFree(l.key, conf, added);
        const subject = (v: string) => v.split(',')[0].replace(/^(path|volume)=/, '');
        const passedAlready = [...conf.main.options.values()].some(
          (o) =>
            o.key.replace(/\d+$/, '') === l.key.replace(/\d+$/, '') && subject(o.value) === subject(l.value),
        );
        if (free && !passedAlready) added.set(free, l.value);
        else byHand('conflict', 'add', text);
      }
    }
  }

  const set: Record<string, string> = {};
  for (const [key, value] of added) if (conf.main.options.get(key)?.value !== value) set[key] = value;
  const del = [...removed.keys()].filter((k) => !added.has(k));
  const before: Record<string, string> = {};
  for (const key of [...Object.keys(set), ...del]) {
    const live = conf.main.options.get(key);
    if (live) before[key] = live.value;
  }
  if (Object.keys(set).length === 0 && del.length === 0 && !reason) return undefined;
  return { set, delete: del, before, ...(reason ? { manual: { reason, ...manual } } : {}) };
}
