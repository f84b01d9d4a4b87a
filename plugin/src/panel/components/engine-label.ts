// SPDX-License-Identifier: AGPL-3.0-or-later
// An engine class in the user's language (legends, table headers, chart titles).
import type { EngineClass } from '../../../../api-shim/src/api/types.ts';
import { t } from '../i18n.ts';

export function engineLabel(cls: EngineClass): string {
  return t(`engine.${cls}`);
}
