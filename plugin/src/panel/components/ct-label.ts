// SPDX-License-Identifier: AGPL-3.0-or-later
// A container as the node and cluster views name it.
import { t } from '../i18n.ts';

/** "CT 101 (jellyfin)" like PVE's tree; a name lookup that throws never breaks the table. */
export function containerLabel(
  vmid: string,
  nameOf: ((vmid: string) => string | undefined) | undefined,
): string {
  let name: string | undefined;
  try {
    name = nameOf?.(vmid);
  } catch {
    name = undefined;
  }
  return name ? t('node.ctLabel', { vmid, name }) : t('ct.label', { vmid });
}
