// SPDX-License-Identifier: AGPL-3.0-or-later
// A fix's config lines as the panel shows them: a value the engine could not know yet stands
// in angle brackets (api-shim/src/api/fix-placeholders.ts), in English from the
// server; the user meets it in their language, still in angle brackets, still to be filled in.
import { FIX_PLACEHOLDERS } from '../../../api-shim/src/api/fix-placeholders.ts';
import type { UiMessageId } from '../i18n/en.ts';
import { t } from './i18n.ts';

const PLACEHOLDER_IDS: Record<keyof typeof FIX_PLACEHOLDERS, UiMessageId> = {
  renderGid: 'health.placeholder.renderGid',
  videoGid: 'health.placeholder.videoGid',
  capsMajor: 'health.placeholder.capsMajor',
};

/** The line with every known placeholder in the user's language. */
export function localFixLine(line: string): string {
  let out = line;
  for (const [key, english] of Object.entries(FIX_PLACEHOLDERS) as Array<
    [keyof typeof FIX_PLACEHOLDERS, string]
  >)
    out = out.split(english).join(`<${t(PLACEHOLDER_IDS[key])}>`);
  return out;
}
