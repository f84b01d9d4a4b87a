// SPDX-License-Identifier: AGPL-3.0-or-later
// Build-time stand-in for undici (esbuild alias). proxmox-api's own engine imports undici's fetch,
// but pve-gpu-tab only uses proxmox-api's typed paths with its own engine (node:https, verified
// TLS), so the ~770 KiB of undici would be dead weight in the bundle. Reaching this is a bug.
export function fetch(): never {
  throw new Error('undici is not bundled: pve-gpu-tab talks to the PVE API through node:https');
}
