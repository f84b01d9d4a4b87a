// SPDX-License-Identifier: AGPL-3.0-or-later
// The container's hooks as facts: every lxc.hook.* line and PVE's `hookscript:` option, the
// script each runs (read through the host root, a regular file only, size- and time-bounded),
// and what it does to devices (hooks/hook-script.ts).
//
// A hookscript is a volume id, `<storage>:snippets/<file>`; PVE resolves it with
// PVE::Storage::path, i.e. `<path of the storage>/snippets/<file>` for a directory-type storage
// (/etc/pve/storage.cfg; `local` is /var/lib/vz). PVE refuses to start the container when the
// file is missing or not executable (pve-guest-common GuestHelpers.pm check_hookscript).

import type { HostRoot } from '../../host/host-root.ts';
import type { ConfigLine, ConfigSection } from '../config/pct-config.ts';
import { analyseHook, commands, type HookAnalysis } from '../hooks/hook-script.ts';

/** LXC's own NVIDIA hook (lxc hooks/nvidia, runs nvidia-container-cli) */
export const LXC_NVIDIA_HOOK = '/usr/share/lxc/hooks/nvidia';

/** Hook scripts are a few KiB; a bigger one is not followed (its verdicts say they depend on it). */
export const HOOK_SCRIPT_CAP = 64 * 1024;
/** A host file should answer at once; a script on a stalled network storage must not hang the report. */
export const HOOK_READ_DEADLINE_MS = 2000;

export type HookProblem = 'missing' | 'not-file' | 'not-executable' | 'too-big' | 'unreadable' | 'storage';

export interface HookFact {
  /** the config line: `lxc.hook.pre-start: …` or `hookscript: local:snippets/x.sh` */
  line: ConfigLine;
  /** `lxc.hook.pre-start`, `lxc.hook.autodev`, … or `hookscript` */
  kind: string;
  /** the file the hook runs, when it runs one (host path) */
  script?: string;
  problem?: HookProblem;
  /** the hook is LXC's nvidia hook */
  lxcNvidia: boolean;
  /** what the command line and the script do to devices */
  analysis: HookAnalysis;
  /** LXC's nvidia hook only: the host has nvidia-container-cli, which the hook runs */
  nvidiaCli?: boolean;
}

/** Hooks that run before the container's processes start, in the order LXC/PVE run them. */
export const START_HOOKS = [
  'hookscript',
  'lxc.hook.pre-start',
  'lxc.hook.pre-mount',
  'lxc.hook.mount',
  'lxc.hook.autodev',
];

const BIN_DIR = /^\/(usr\/)?(s?bin|lib\/[^/]+\/bin)\//;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(resolve, ms, 'late');
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** `<path>` of each directory-type storage in storage.cfg (dir, nfs, cifs, cephfs, glusterfs …). */
export function storagePaths(storageCfg: string | undefined): Map<string, string> {
  const out = new Map<string, string>([['local', '/var/lib/vz']]);
  let current: string | undefined;
  for (const line of (storageCfg ?? '').split('\n')) {
    const head = /^([a-z][a-z0-9]*):\s*(\S+)\s*$/.exec(line);
    if (head) {
      current = head[2];
      if (current !== 'local') out.delete(current);
      continue;
    }
    const path = /^\s+path\s+(\/\S*)\s*$/.exec(line);
    if (current && path) out.set(current, path[1].replace(/\/+$/, ''));
  }
  return out;
}

export function hookscriptPath(volid: string, storages: Map<string, string>): string | undefined {
  const m = /^([a-zA-Z][\w.-]*):snippets\/([^/\s]+)$/.exec(volid.trim());
  if (!m) return undefined;
  const base = storages.get(m[1]);
  return base === undefined ? undefined : `${base}/snippets/${m[2]}`;
}

async function readScript(host: HostRoot, path: string): Promise<{ text?: string; problem?: HookProblem }> {
  const work = (async () => {
    const st = await host.stat(path).catch(() => undefined);
    if (!st) return { problem: 'missing' as const };
    if (!st.isFile()) return { problem: 'not-file' as const };
    if (st.size > HOOK_SCRIPT_CAP) return { problem: 'too-big' as const };
    const text = await host.readText(path, HOOK_SCRIPT_CAP).catch(() => undefined);
    if (text === undefined) return { problem: 'unreadable' as const };
    return { text, problem: (st.mode & 0o111) === 0 ? ('not-executable' as const) : undefined };
  })();
  const r = await withDeadline(work, HOOK_READ_DEADLINE_MS);
  return r === 'late' ? { problem: 'unreadable' } : r;
}

export async function readHookFacts(host: HostRoot, main: ConfigSection): Promise<HookFact[]> {
  const out: HookFact[] = [];
  const hookscript = main.options.get('hookscript');
  if (hookscript) {
    const storages = storagePaths(await host.readText('/etc/pve/storage.cfg').catch(() => undefined));
    const script = hookscriptPath(hookscript.value, storages);
    const r = script ? await readScript(host, script) : { problem: 'storage' as const };
    out.push({
      line: hookscript,
      kind: 'hookscript',
      script,
      problem: r.problem,
      lxcNvidia: false,
      analysis: r.text === undefined ? { ops: [], opaque: [] } : analyseHook(r.text),
    });
  }
  for (const line of main.lxc.filter((l) => /^lxc\.hook\./.test(l.key))) {
    const words = commands(line.value)[0] ?? [];
    const first = words[0] ?? '';
    const inline = analyseHook(line.value);
    // `sh -c "…"` or a binary with arguments: the command line is all there is to read
    if (!first.startsWith('/') || BIN_DIR.test(first)) {
      out.push({ line, kind: line.key, lxcNvidia: false, analysis: inline });
      continue;
    }
    if (first === LXC_NVIDIA_HOOK) {
      const st = await host.stat(first).catch(() => undefined);
      let nvidiaCli = false;
      for (const dir of ['/usr/bin', '/usr/sbin', '/bin', '/sbin', '/usr/local/bin'])
        if (await host.stat(`${dir}/nvidia-container-cli`).catch(() => undefined)) nvidiaCli = true;
      out.push({
        nvidiaCli,
        line,
        kind: line.key,
        script: first,
        problem: st ? undefined : 'missing',
        lxcNvidia: true,
        analysis: { ops: [], opaque: [] },
      });
      continue;
    }
    const r = await readScript(host, first);
    const text = r.text !== undefined && !r.text.includes('\0') ? r.text : undefined;
    const script = text === undefined ? { ops: [], opaque: [] } : analyseHook(text);
    out.push({
      line,
      kind: line.key,
      script: first,
      problem: r.problem,
      lxcNvidia: false,
      analysis: { ops: [...inline.ops, ...script.ops], opaque: [...inline.opaque, ...script.opaque] },
    });
  }
  return out;
}
