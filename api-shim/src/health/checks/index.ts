// SPDX-License-Identifier: AGPL-3.0-or-later
// The catalogue, in display order (docs/health-checks.md; ids are stable).

import { accChecks } from './acc.ts';
import { appliedChecks } from './applied.ts';
import { cgroupChecks } from './cgroup.ts';
import { configChecks } from './config.ts';
import type { CheckDef } from './context.ts';
import { ctChecks } from './ct.ts';
import { devChecks } from './dev.ts';
import { hookChecks } from './hook.ts';
import { hostChecks } from './host.ts';
import { idmapChecks } from './idmap.ts';
import { monChecks } from './mon.ts';
import { mountChecks } from './mount.ts';
import { nvChecks } from './nv.ts';
import { nvMigChecks } from './nv-mig.ts';
import { secChecks } from './sec.ts';
import { subidChecks } from './subid.ts';
import { vendorChecks } from './vendor.ts';

export const CHECKS: CheckDef[] = [
  ...configChecks,
  ...idmapChecks,
  ...subidChecks,
  ...devChecks,
  ...mountChecks,
  ...cgroupChecks,
  ...hostChecks,
  // accelerators (Coral, Hailo, NPUs): issue 11
  ...accChecks,
  ...ctChecks,
  ...nvChecks,
  // NVIDIA MIG capability nodes (issue 12)
  ...nvMigChecks,
  ...vendorChecks,
  ...monChecks,
  ...secChecks,
  // hooks, the generated config and the reader's bounds (issue 11)
  ...hookChecks,
  ...appliedChecks,
];
