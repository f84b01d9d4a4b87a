// SPDX-License-Identifier: AGPL-3.0-or-later
// What a hook does to devices, read from its text: an lxc.hook.* command line, the script it
// runs, or a PVE hookscript. Only plain commands are followed (chown/chgrp/chmod/mknod of
// literal /dev paths, nvidia-modprobe/modprobe of nvidia-uvm, lxc.* config lines the script
// writes); anything that touches devices in a way this cannot follow (a variable in a path, a
// loop, a symbolic mode) makes the script "opaque", and the verdicts that depend on it say so.
//
// Where a hook runs (lxc.container.conf(5) "Container hooks"): pre-start in the host's
// namespaces; autodev and mount in the container's mount namespace before pivot_root, where
// $LXC_ROOTFS_MOUNT is the container's root and other absolute paths are the host's. A PVE
// hookscript runs on the host with "<vmid> <phase>" after PVE wrote /var/lib/lxc/<vmid>/config
// and before lxc-start reads it (pve-container src/PVE/LXC.pm vm_start; GuestHelpers.pm
// exec_hookscript), so lxc.* lines it appends to that file apply to the start it precedes.

export type HookOp =
  | {
      kind: 'chown';
      /** inside the container when `inCt` ($LXC_ROOTFS_MOUNT/…), else a host path */
      path: string;
      inCt: boolean;
      recursive: boolean;
      user?: string;
      group?: string;
      text: string;
    }
  | { kind: 'chmod'; path: string; inCt: boolean; recursive: boolean; mode: number; text: string }
  | {
      kind: 'mknod';
      /** path inside the container when `inCt`, else a host path */
      path: string;
      inCt: boolean;
      type: 'c' | 'b';
      major: number;
      minor: number;
      mode?: number;
      text: string;
    }
  | { kind: 'config-line'; key: string; value: string; target: 'generated' | 'pve' | 'unknown'; text: string }
  | { kind: 'uvm'; text: string };

export interface HookAnalysis {
  ops: HookOp[];
  /** device-related lines that could not be followed */
  opaque: string[];
}

const ROOTFS_VAR = /^\$\{?LXC_ROOTFS_MOUNT\}?/;
const DEVICE_WORDS = /\b(mknod|chown|chgrp|chmod|setfacl)\b|\blxc\.(mount\.entry|cgroup2?\.devices)/;

/** Splits a shell line into commands and words; quotes are removed, variables kept as text. */
export function commands(line: string): string[][] {
  const out: string[][] = [];
  let words: string[] = [];
  let word = '';
  let quote: string | undefined;
  let inWord = false;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length) out.push(words);
    words = [];
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '#' && !inWord) {
      break;
    } else if (c === ';' || c === '|' || c === '&' || c === '(' || c === ')' || c === '`') {
      endCommand();
    } else if (c === ' ' || c === '\t') {
      endWord();
    } else {
      word += c;
      inWord = true;
    }
  }
  endCommand();
  return out;
}

/** `sh -c "a; b"` runs its argument as a script: analyse that instead. */
function unwrapShell(words: string[]): string | undefined {
  const sh = words[0]?.split('/').pop();
  if ((sh === 'sh' || sh === 'bash' || sh === 'dash') && words[1] === '-c' && words[2] !== undefined)
    return words[2];
  return undefined;
}

function literalPath(p: string): { path: string; inCt: boolean } | undefined {
  let inCt = false;
  let rest = p;
  if (ROOTFS_VAR.test(rest)) {
    inCt = true;
    rest = rest.replace(ROOTFS_VAR, '');
  }
  // a `*` in the last segment (`chown :100000 /dev/nvidia*`) is kept and matched as a glob
  const dir = rest.slice(0, rest.lastIndexOf('/'));
  if (!rest.startsWith('/') || /[$*?[\]{}~]/.test(dir) || /[$?[\]{}~]/.test(rest)) return undefined;
  return { path: rest.replace(/\/+$/, '') || '/', inCt };
}

/** Octal modes, and the usual symbolic ones on top of a device's 0660 (a+rw, o+rw, 666 …). */
function parseMode(m: string): number | undefined {
  if (/^0?[0-7]{3,4}$/.test(m)) return Number.parseInt(m, 8) & 0o7777;
  return undefined;
}

function analyseCommand(words: string[], ops: HookOp[], opaque: string[], text: string, depth: number) {
  const inner = unwrapShell(words);
  if (inner !== undefined) {
    if (depth < 3) analyseText(inner, ops, opaque, depth + 1);
    return;
  }
  // sudo, env, exec and the like in front of the command
  while (['sudo', 'exec', 'command', 'nohup'].includes(words[0] ?? '')) words = words.slice(1);
  const cmd = words[0]?.split('/').pop() ?? '';
  const flags = words.slice(1).filter((w) => w.startsWith('-'));
  const args = words.slice(1).filter((w) => !w.startsWith('-'));
  const recursive = flags.some((f) => /^-[a-zA-Z]*R/.test(f) || f === '--recursive');
  if (cmd === 'chown' || cmd === 'chgrp') {
    const [owner, ...paths] = args;
    const parsed = paths.map(literalPath);
    if (!owner || paths.length === 0 || parsed.some((p) => !p) || /\$/.test(owner)) {
      if (paths.some((p) => p.includes('/dev')) || paths.length === 0) opaque.push(text);
      return;
    }
    const [user, group] =
      cmd === 'chgrp' ? [undefined, owner] : owner.includes(':') ? owner.split(':') : [owner, undefined];
    for (const p of parsed)
      if (p?.path.startsWith('/dev'))
        ops.push({
          kind: 'chown',
          path: p.path,
          inCt: p.inCt,
          recursive,
          user: user || undefined,
          group: group || undefined,
          text,
        });
    return;
  }
  if (cmd === 'chmod') {
    const [mode, ...paths] = args;
    const m = mode === undefined ? undefined : parseMode(mode);
    const parsed = paths.map(literalPath);
    if (m === undefined || parsed.some((p) => !p)) {
      if (paths.some((p) => p.includes('/dev'))) opaque.push(text);
      return;
    }
    for (const p of parsed)
      if (p?.path.startsWith('/dev'))
        ops.push({ kind: 'chmod', path: p.path, inCt: p.inCt, recursive, mode: m, text });
    return;
  }
  if (cmd === 'mknod') {
    // mknod [-m MODE] NAME TYPE MAJOR MINOR
    let mode: number | undefined;
    const rest: string[] = [];
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (w === '-m' || w === '--mode') mode = parseMode(words[++i] ?? '');
      else if (w.startsWith('--mode=')) mode = parseMode(w.slice(7));
      else if (w.startsWith('-m') && w.length > 2) mode = parseMode(w.slice(2));
      else rest.push(w);
    }
    const [name, type, major, minor] = rest;
    const p = name === undefined ? undefined : literalPath(name);
    if (
      !p ||
      (type !== 'c' && type !== 'u' && type !== 'b') ||
      !/^\d+$/.test(major ?? '') ||
      !/^\d+$/.test(minor ?? '')
    ) {
      opaque.push(text);
      return;
    }
    ops.push({
      kind: 'mknod',
      path: p.path,
      inCt: p.inCt,
      type: type === 'b' ? 'b' : 'c',
      major: Number(major),
      minor: Number(minor),
      mode,
      text,
    });
    return;
  }
  if (
    (cmd === 'nvidia-modprobe' && flags.some((f) => /^-[a-zA-Z0-9]*u/.test(f))) ||
    (cmd === 'modprobe' && args.some((a) => /^nvidia[-_]uvm$/.test(a)))
  ) {
    ops.push({ kind: 'uvm', text });
  }
}

/** lxc.* lines a script writes (echo/printf/print into a config file), wherever they are quoted. */
function configTarget(text: string): 'generated' | 'pve' | undefined {
  if (/\/var\/lib\/lxc\/|LXC_CONFIG_FILE/.test(text)) return 'generated';
  if (/\/etc\/pve\/(?:nodes\/[^/\s]+\/)?lxc\//.test(text)) return 'pve';
  return undefined;
}

function configLines(line: string, ops: HookOp[], scriptTarget: 'generated' | 'pve' | 'unknown') {
  for (const m of line.matchAll(/(lxc\.[a-z0-9_.-]+)\s*(?:=|:)\s*([^"'\\\n>]*?)\s*(?:\\n)?["']/g)) {
    const target = configTarget(line) ?? scriptTarget;
    ops.push({ kind: 'config-line', key: m[1], value: m[2].trim(), target, text: line.trim() });
  }
}

function analyseText(text: string, ops: HookOp[], opaque: string[], depth: number) {
  // the file a script writes lxc.* lines into is often named once, on another line
  const scriptTarget = configTarget(text) ?? 'unknown';
  // line continuations join; heredocs and functions are read line by line like the rest
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const before = ops.length;
    if (/lxc\.[a-z0-9_.-]+\s*[=:]/.test(line) && /["']/.test(line) && !/^lxc\./.test(line)) {
      configLines(line, ops, scriptTarget);
      if (ops.length > before) continue;
    }
    const opaqueBefore = opaque.length;
    for (const words of commands(line)) {
      // a conditional/loop keyword in front ("if", "then", "do") does not change the command
      while (['if', 'then', 'else', 'do', '!', '{', 'elif'].includes(words[0] ?? '')) words.shift();
      if (words.length) analyseCommand(words, ops, opaque, line, depth);
    }
    // a device command with a variable or a loop this did not follow
    if (
      ops.length === before &&
      opaque.length === opaqueBefore &&
      DEVICE_WORDS.test(line) &&
      /\/dev|LXC_ROOTFS/.test(line)
    )
      opaque.push(line);
  }
}

export function analyseHook(text: string): HookAnalysis {
  const ops: HookOp[] = [];
  const opaque: string[] = [];
  analyseText(text, ops, opaque, 0);
  return { ops, opaque: [...new Set(opaque)] };
}
