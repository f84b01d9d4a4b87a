// SPDX-License-Identifier: AGPL-3.0-or-later
// Placeholder until the owning issue lands; prints why and fails.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('pve-gpu-tab demo: not built yet\n');
  return 1;
}
