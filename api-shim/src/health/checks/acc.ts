// SPDX-License-Identifier: AGPL-3.0-or-later
// acc.*: accelerators passed next to (or instead of) a GPU — Coral PCIe and USB, Hailo, NPUs
// under /dev/accel, /dev/kfd — docs/health-checks.md. Existence, mapping and the device cgroup of
// these nodes are judged by the same dev.*, mount.* and cgroup.* checks as GPU nodes; what is
// particular to accelerators is here: the out-of-tree or new kernel driver that must be loaded
// and bound on the host, and the Coral USB's re-enumeration after its firmware loads.

import {
  type AccelKind,
  accelSpec,
  CORAL_USB_IDS,
  isCoralUsb,
  type UsbDevice,
  usbAt,
} from '../facts/accelerators.ts';
import {
  type CheckDef,
  confEvidence,
  configFix,
  devt,
  type Finding,
  type FixDraft,
  fmtMode,
  msg,
  type PassedNode,
  stated,
} from './context.ts';
import { deviceVerdict, effectiveRules } from './device-cgroup.ts';
import { rawAccess } from './mount.ts';

/** Host udev rule that lets unprivileged containers open the Coral USB in both of its states. */
export const CORAL_UDEV_RULE = CORAL_USB_IDS.map((id) => {
  const [v, p] = id.split(':');
  return `SUBSYSTEM=="usb", ATTRS{idVendor}=="${v}", ATTRS{idProduct}=="${p}", MODE="0666"`;
});

const coralUdevCommands = [
  `printf '%s\\n' '${CORAL_UDEV_RULE.join("' '")}' > /etc/udev/rules.d/99-coral-usb.rules`,
  'udevadm control --reload-rules && udevadm trigger -s usb',
];

/** The message and fix suffix per accelerator kind (npu splits by vendor). */
function driverKey(kind: AccelKind | undefined): string {
  switch (kind) {
    case 'coral-pcie':
      return 'coral';
    case 'hailo':
      return 'hailo';
    case 'intel-npu':
      return 'npu_intel';
    case 'amd-npu':
      return 'npu_amd';
    case 'kfd':
      return 'kfd';
    default:
      return 'npu';
  }
}

function driverFix(kind: AccelKind | undefined, module: string): FixDraft {
  const key = driverKey(kind);
  const check: Record<string, string> = {
    coral: 'ls -l /dev/apex_*',
    hailo: 'ls -l /dev/hailo*',
    kfd: 'ls -l /dev/kfd',
  };
  return {
    summary: msg(`acc.driver.fix.${key.startsWith('npu') ? 'npu' : key}`, { module }),
    commands: [
      ...(key === 'coral' ? ['apt install proxmox-headers-$(uname -r)', 'dkms autoinstall'] : []),
      `modprobe ${module}`,
      check[key] ?? 'ls -l /dev/accel/',
    ],
  };
}

function busDirOf(node: string): string {
  return node.split('/').slice(0, 5).join('/'); // /dev/bus/usb/002
}

export const accChecks: CheckDef[] = [
  {
    id: 'acc.driver',
    area: 'acc',
    run(ctx) {
      const nodes = ctx.nodes.filter((n) => ['apex', 'hailo', 'accel', 'kfd'].includes(n.cls));
      if (nodes.length === 0) return null;
      const f = ctx.host.accel;
      const byKind = new Map<string, PassedNode[]>();
      for (const n of nodes.filter((x) => x.host.type === 'missing')) {
        const key = n.accel ?? (n.cls === 'accel' ? 'npu' : n.cls);
        byKind.set(key, [...(byKind.get(key) ?? []), n]);
      }
      const out: Finding[] = [];
      for (const [key, ns] of byKind) {
        const kind = key === 'npu' ? undefined : (key as AccelKind);
        const spec = kind ? accelSpec(kind) : undefined;
        const modules = spec?.modules ?? ['intel_vpu', 'amdxdna'];
        const loaded = modules.filter((m) => f.modules.includes(m));
        const cards = f.pci.filter((p) => (kind ? p.kind === kind : /npu$/.test(p.kind)));
        const unbound = cards.filter((c) => c.driver !== accelSpec(c.kind)?.pciDriver);
        const paths = ns.map((n) => n.hostPath).join(', ');
        const module = (spec ?? accelSpec(cards[0]?.kind ?? 'intel-npu'))?.modules[0] ?? modules[0];
        const evidence = [
          ...ns.map((n) => confEvidence(ctx, n.entry)),
          ...(loaded.length ? [] : [stated(`/sys/module/${modules[0]}`, 'evidence.module_not_loaded')]),
          ...cards.map((c) =>
            c.driver
              ? {
                  source: `/sys/bus/pci/devices/${c.pci}/driver`,
                  text: `${c.vendorId.slice(2)}:${c.deviceId.slice(2)} → ${c.driver}`,
                }
              : stated(`/sys/bus/pci/devices/${c.pci}/driver`, 'evidence.pci_no_driver', {
                  id: `${c.vendorId.slice(2)}:${c.deviceId.slice(2)}`,
                }),
          ),
        ];
        if (loaded.length && unbound.length) {
          const c = unbound[0];
          out.push({
            severity: 'fail',
            explanation: msg('acc.driver.unbound', {
              paths,
              pci: c.pci,
              id: `${c.vendorId.slice(2)}:${c.deviceId.slice(2)}`,
              driver: c.driver ?? '-',
              module,
            }),
            evidence,
            fix: driverFix(kind ?? c.kind, module),
          });
        } else if (loaded.length === 0) {
          // the Hailo-10H driver loaded for a Hailo-8 card (hailo-ai/hailo-apps#111)
          const other =
            kind === 'hailo' && cards.length ? f.modules.find((m) => /^hailo1x/.test(m)) : undefined;
          const suffix = other ? '_other' : cards.length || !spec?.pci.length ? '' : '_no_card';
          out.push({
            severity: 'fail',
            // kfd has no card of its own; an NPU without a card or driver cannot be told apart
            explanation: msg(`acc.driver.${driverKey(kind)}${suffix}`, {
              paths,
              module,
              pci: cards.map((c) => c.pci).join(', '),
              ...(other ? { other } : {}),
            }),
            evidence,
            fix: driverFix(kind ?? cards[0]?.kind, module),
          });
        }
      }
      return out;
    },
  },
  {
    id: 'acc.usb_single_device',
    area: 'acc',
    run(ctx) {
      const nodes = ctx.nodes.filter((n) => n.cls === 'usb' && n.via !== 'mount-dir');
      if (nodes.length === 0) return null;
      const f = ctx.host.accel;
      const out: Finding[] = [];
      for (const n of nodes) {
        const here: UsbDevice | undefined = usbAt(f, n.host.resolved) ?? usbAt(f, n.hostPath);
        const gone = n.host.type === 'missing';
        const bus = busDirOf(n.hostPath);
        // the Coral that is on this bus now, under whatever number it has
        const coralNow = f.usb.find((u) => isCoralUsb(u) && busDirOf(u.node) === bus);
        const coral = isCoralUsb(here) || (gone && !!coralNow);
        if (!coral && !gone) {
          // another USB device: works until it is replugged; a warning, not a failure
          out.push({
            severity: 'warn',
            explanation: msg('acc.usb_single_device', { path: n.hostPath, id: here?.id ?? '?' }),
            evidence: [confEvidence(ctx, n.entry)],
            fix: configFix(ctx, msg('acc.usb_single_device.fix'), [n.entry], {
              add: [`lxc.mount.entry: ${bus} ${bus.slice(1)} none bind,optional,create=dir`],
            }),
          });
          continue;
        }
        const explanation = gone
          ? coralNow
            ? msg('acc.usb_single_device.moved', { path: n.hostPath, now: coralNow.node, id: coralNow.id })
            : msg('acc.usb_single_device.gone', { path: n.hostPath })
          : msg('acc.usb_single_device.coral', { path: n.hostPath, id: here?.id ?? '?' });
        out.push({
          severity: 'fail',
          explanation,
          evidence: [
            confEvidence(ctx, n.entry),
            {
              source: '/sys/bus/usb/devices',
              text: f.usb
                .filter((u) => busDirOf(u.node) === bus)
                .map((u) => `${u.node} ${u.id}${u.product ? ` ${u.product}` : ''}`)
                .join(' ; '),
            },
          ],
          fix: configFix(
            ctx,
            msg(ctx.unprivileged ? 'acc.usb_single_device.fix.coral' : 'acc.usb_single_device.fix'),
            [n.entry],
            {
              add: [
                `lxc.mount.entry: ${bus} ${bus.slice(1)} none bind,optional,create=dir`,
                ...(ctx.unprivileged ? [] : ['lxc.cgroup2.devices.allow: c 189:* rwm']),
              ],
              ...(ctx.unprivileged ? { commands: coralUdevCommands } : {}),
            },
          ),
        });
      }
      return out;
    },
  },
  {
    id: 'acc.usb_access',
    area: 'acc',
    run(ctx) {
      const nodes = ctx.nodes.filter(
        (n) => n.accel === 'coral-usb' && n.via !== 'devN' && n.host.type === 'char',
      );
      if (nodes.length === 0) return null;
      const out: Finding[] = [];
      // privileged: root in the container is root on the host, so the owner does not matter; the
      // device cgroup (an allow-list there) must let through the number the Coral gets next
      if (!ctx.unprivileged) {
        const rules = effectiveRules(ctx);
        for (const n of nodes) {
          const now = deviceVerdict(rules, n.host);
          const minor = n.host.minor ?? 0;
          // the next number on the same bus (minors run (bus-1)*128 … +127, drivers/usb/core/file.c)
          const next = {
            type: 'char',
            major: n.host.major,
            minor: minor % 128 === 127 ? minor - 1 : minor + 1,
          };
          if (!now.allowed || deviceVerdict(rules, next).allowed) continue;
          const line = now.by?.line;
          out.push({
            severity: 'fail',
            explanation: msg('acc.usb_access.minor', { path: n.ctPath, devt: devt(n.host) ?? '?' }),
            evidence: [confEvidence(ctx, n.entry), ...(line ? [confEvidence(ctx, line)] : [])],
            fix: configFix(ctx, msg('acc.usb_access.fix.minor'), line ? [line] : [], {
              add: [`lxc.cgroup2.devices.allow: c ${n.host.major}:* rwm`],
            }),
          });
        }
        return out;
      }
      for (const n of nodes) {
        if (rawAccess(ctx, n).ok) continue;
        const a = rawAccess(ctx, n);
        const u = usbAt(ctx.host.accel, n.host.resolved);
        out.push({
          severity: 'fail',
          explanation: msg('acc.usb_access', {
            path: n.ctPath,
            id: u?.id ?? '?',
            owner: `${n.host.uid}:${n.host.gid} ${fmtMode(n.host.mode)}`,
            ctOwner: `${a.uidMapped ? a.ctUid : 'nobody'}:${a.gidMapped ? a.ctGid : 'nogroup'} ${fmtMode(n.host.mode)}`,
          }),
          evidence: [
            confEvidence(ctx, n.entry),
            {
              source: n.hostPath,
              text: `c ${devt(n.host) ?? '?'} ${n.host.uid}:${n.host.gid} ${fmtMode(n.host.mode)}`,
            },
          ],
          fix: { summary: msg('acc.usb_access.fix'), commands: coralUdevCommands },
        });
      }
      return out;
    },
  },
];
