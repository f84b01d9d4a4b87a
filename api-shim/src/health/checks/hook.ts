// SPDX-License-Identifier: AGPL-3.0-or-later
// ct.hook_script and nv.lxc_hook: what the container's hooks do to its devices —
// docs/health-checks.md. The owner and mode a start hook gives a host node are already in the
// node's facts (context.ts applyHookEdits); this says what each hook does, where a script
// cannot be followed (then the verdicts depend on it: info, never a confident fail), and where
// the hook itself stops the start.

import type { Evidence } from '../../api/types.ts';
import { type HookProblem, START_HOOKS } from '../facts/hook-facts.ts';
import type { HookOp } from '../hooks/hook-script.ts';
import { type CheckDef, confEvidence, configFix, type Finding, msg, stated } from './context.ts';
import { deviceVerdict, effectiveRules } from './device-cgroup.ts';

const opText = (op: HookOp) => op.text.trim();

/** What is wrong with a hook's script, in words (a message id each). */
const HOOK_PROBLEM: Record<HookProblem, string> = {
  missing: 'evidence.missing',
  'not-file': 'evidence.read.not_regular',
  'not-executable': 'evidence.hook.not_executable',
  'too-big': 'evidence.hook.too_big',
  unreadable: 'evidence.unreadable',
  storage: 'evidence.hook.storage',
};

export const hookChecks: CheckDef[] = [
  {
    id: 'ct.hook_script',
    area: 'ct',
    run(ctx) {
      const hooks = ctx.hooks.filter((h) => !h.lxcNvidia);
      if (hooks.length === 0) return null;
      const out: Finding[] = [];
      const rules = effectiveRules(ctx);
      for (const h of hooks) {
        const hook = h.line.text.trim();
        const path = h.script ?? h.line.value;
        const ev: Evidence[] = [confEvidence(ctx, h.line)];
        const starts = START_HOOKS.includes(h.kind);
        // PVE (check_hookscript) and LXC (run_buffer) stop the start on a script they cannot run
        if (
          starts &&
          (h.problem === 'missing' || h.problem === 'not-file' || h.problem === 'not-executable')
        ) {
          out.push({
            severity: 'fail',
            explanation: msg(
              h.problem === 'not-executable' ? 'ct.hook_script.not_executable' : 'ct.hook_script.missing',
              { hook, path },
            ),
            evidence: [...ev, stated(path, HOOK_PROBLEM[h.problem])],
            fix: {
              summary: msg('ct.hook_script.fix.missing'),
              commands: h.problem === 'not-executable' ? [`chmod +x ${path}`] : [],
            },
          });
          continue;
        }
        if (h.problem) {
          out.push({
            severity: 'info',
            explanation: msg('ct.hook_script.unreadable', { hook, path }),
            evidence: [...ev, stated(path, HOOK_PROBLEM[h.problem])],
          });
          continue;
        }
        const ops = h.analysis.ops.filter((op) => op.kind !== 'config-line' || op.target !== 'unknown');
        const scriptEv = (op: HookOp): Evidence =>
          h.script ? { source: h.script, text: opText(op) } : confEvidence(ctx, h.line);
        // mknod of a device node inside the container: an unprivileged container's user
        // namespace has no CAP_MKNOD for devices (mknod(2)), a privileged one needs the rule
        const mknods = ops.filter((op): op is Extract<HookOp, { kind: 'mknod' }> => op.kind === 'mknod');
        const inCt = mknods.filter((op) => op.inCt);
        if (inCt.length && ctx.unprivileged && starts) {
          out.push({
            severity: 'fail',
            explanation: msg('ct.hook_script.mknod_unprivileged', {
              hook,
              count: inCt.length,
              nodes: inCt.map((op) => `${op.path} (${op.major}:${op.minor})`).join(', '),
            }),
            evidence: [...ev, ...inCt.map(scriptEv)],
            fix: { summary: msg('ct.hook_script.fix.devn'), file: ctx.confPath },
          });
        } else if (inCt.length && !ctx.unprivileged && starts) {
          const blocked = inCt.filter(
            (op) =>
              !deviceVerdict(rules, {
                type: op.type === 'b' ? 'block' : 'char',
                major: op.major,
                minor: op.minor,
              }).allowed,
          );
          if (blocked.length)
            out.push({
              severity: 'fail',
              explanation: msg('ct.hook_script.mknod_blocked', {
                count: blocked.length,
                nodes: blocked.map((op) => `${op.path} (${op.major}:${op.minor})`).join(', '),
              }),
              evidence: [...ev, ...blocked.map(scriptEv)],
              fix: {
                summary: msg('cgroup.not_allowed.fix'),
                file: ctx.confPath,
                add: [
                  ...new Set(
                    blocked.map((op) => `lxc.cgroup2.devices.allow: ${op.type} ${op.major}:${op.minor} rwm`),
                  ),
                ],
              },
            });
        }
        if (ops.length)
          out.push({
            severity: 'info',
            explanation: msg('ct.hook_script.ops', {
              hook,
              ops: [...new Set(ops.map(opText))].join(' ; '),
            }),
            evidence: [...ev, ...ops.slice(0, 8).map(scriptEv)],
          });
        if (h.analysis.opaque.length)
          out.push({
            severity: 'info',
            explanation: msg('ct.hook_script.opaque', {
              hook,
              lines: h.analysis.opaque.slice(0, 4).join(' ; '),
            }),
            evidence: [
              ...ev,
              ...h.analysis.opaque.slice(0, 4).map((l) => ({ source: h.script ?? ctx.confPath, text: l })),
            ],
          });
      }
      return out;
    },
  },
  {
    id: 'nv.lxc_hook',
    area: 'nv',
    run(ctx) {
      const hooks = ctx.hooks.filter((h) => h.lxcNvidia);
      if (hooks.length === 0) return null;
      const env = ctx.main.lxc
        .filter((l) => l.key === 'lxc.environment')
        .map((l) => /^NVIDIA_VISIBLE_DEVICES=(.*)$/.exec(l.value.trim()))
        .filter((m): m is RegExpExecArray => !!m)
        .pop();
      const out: Finding[] = [];
      for (const h of hooks) {
        const ev = [confEvidence(ctx, h.line)];
        // lxc hooks/nvidia: exits 1 outside a user namespace, as any hook type but mount, and
        // when nvidia-container-cli is missing; exits 0 doing nothing without NVIDIA_VISIBLE_DEVICES
        if (h.problem === 'missing')
          out.push({
            severity: 'fail',
            explanation: msg('nv.lxc_hook.missing', { path: h.script ?? '' }),
            evidence: ev,
            fix: { summary: msg('nv.lxc_hook.fix.cli'), commands: ['apt install lxc-pve'] },
          });
        else if (h.kind !== 'lxc.hook.mount')
          out.push({
            severity: 'fail',
            explanation: msg('nv.lxc_hook.not_mount', { key: h.kind }),
            evidence: ev,
            fix: configFix(ctx, msg('nv.lxc_hook.fix.mount'), [h.line], {
              add: [`lxc.hook.mount: ${h.line.value}`],
            }),
          });
        else if (!ctx.unprivileged)
          out.push({
            severity: 'fail',
            explanation: msg('nv.lxc_hook.privileged'),
            evidence: ev,
            fix: configFix(ctx, msg('nv.lxc_hook.fix.privileged'), [h.line]),
          });
        else if (!h.nvidiaCli)
          out.push({
            severity: 'fail',
            explanation: msg('nv.lxc_hook.no_cli'),
            evidence: [...ev, stated('/usr/bin/nvidia-container-cli', 'evidence.missing')],
            fix: { summary: msg('nv.lxc_hook.fix.cli'), commands: ['apt install nvidia-container-toolkit'] },
          });
        else if (!env || env[1] === '' || env[1] === 'void')
          out.push({
            severity: 'warn',
            explanation: msg('nv.lxc_hook.no_env'),
            evidence: ev,
            fix: {
              summary: msg('nv.lxc_hook.fix.env'),
              file: ctx.confPath,
              add: [
                'lxc.environment: NVIDIA_VISIBLE_DEVICES=all',
                'lxc.environment: NVIDIA_DRIVER_CAPABILITIES=all',
              ],
            },
          });
        else
          out.push({
            severity: 'info',
            explanation: msg('nv.lxc_hook', { devices: env[1] }),
            evidence: ev,
          });
      }
      return out;
    },
  },
];
