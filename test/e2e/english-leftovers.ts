// SPDX-License-Identifier: AGPL-3.0-or-later
// Finds English that should have been translated: the text between the parameters of every
// English template the plugin shows (UI strings, health, collector and HTTP error messages) that
// the language's catalogue translates, looked for in what the user meets (page-checks.ts
// userTexts). A piece the catalogue itself keeps in English (a product name, a PVE term) is not
// counted. Pieces shorter than three words are skipped: "Video" or "Host" are the same words in
// many languages.
import { COLLECTOR_MESSAGES } from '../../api-shim/src/api/collector-messages.ts';
import { HEALTH_MESSAGES } from '../../api-shim/src/api/health-messages.ts';
import { HTTP_MESSAGES } from '../../api-shim/src/api/http-messages.ts';
import { EN } from '../../plugin/src/i18n/en.ts';

const PLURAL_HEAD = /^\s*[A-Za-z_]\w*\s*,\s*plural\s*,\s*(zero|one|two|few|many|other)?\s*$/;
const BRANCH = /^\s*(zero|one|two|few|many|other)\s*$/;
const NAME = /^[A-Za-z_]\w*$/;

/** The runs of plain text of a template: code spans out, split at every brace. */
export function textPieces(template: string): string[] {
  return template
    .replace(/`[^`]*`/g, '{')
    .split(/[{}]/)
    .filter((p) => !PLURAL_HEAD.test(p) && !BRANCH.test(p) && !NAME.test(p))
    .map((p) => p.trim().replace(/^[\s,.;:()—–-]+|[\s,.;:()—–-]+$/g, ''))
    .filter((p) => p.length >= 14 && p.split(/\s+/).length >= 3);
}

export interface EnglishPiece {
  id: string;
  piece: string;
}

/** The English pieces a user of `lang` must not meet. */
export async function englishPieces(lang: string): Promise<EnglishPiece[]> {
  const cat: Record<string, string> = (await import(`../../plugin/src/i18n/${lang}.ts`)).default;
  const translated = Object.values(cat).join('\n');
  const english: Record<string, string> = {
    ...EN,
    ...HEALTH_MESSAGES,
    ...COLLECTOR_MESSAGES,
    ...HTTP_MESSAGES,
  };
  const out: EnglishPiece[] = [];
  for (const [id, en] of Object.entries(english)) {
    if (cat[id] === en) continue;
    for (const piece of textPieces(en)) if (!translated.includes(piece)) out.push({ id, piece });
  }
  return out;
}

/** "where: piece (id)" for every English piece found in the texts. */
export function englishFound(
  texts: Array<{ where: string; text: string }>,
  pieces: EnglishPiece[],
): string[] {
  const found: string[] = [];
  for (const { where, text } of texts)
    for (const { id, piece } of pieces)
      if (text.includes(piece)) found.push(`${where.trim()}: "${piece}" (${id})`);
  return found;
}
