// SPDX-License-Identifier: AGPL-3.0-or-later
// Every catalogue translates exactly the English ids (UI strings and every health message id),
// keeps their parameters, uses plural categories its language has, and leaves `code` as is.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HTTP_MESSAGES } from '../../../api-shim/src/api/http-messages.ts';
import { parseTemplate } from '../../../api-shim/src/api/message-format.ts';
import { EN } from './en.ts';
import { CATALOGUE_LANGUAGES, localeOf } from './languages.ts';
import { placeholdersOf, pluralCategoriesOf } from './message-format.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const healthMessagesFile = path.resolve(here, '../../../api-shim/src/api/health-messages.ts');
// the collectors' status messages travel as ids too, and live in the same per-language files
const collectorMessagesFile = path.resolve(here, '../../../api-shim/src/api/collector-messages.ts');

/** The English source of every id: UI strings here, health messages from the server's templates. */
async function englishSource(): Promise<{ all: Record<string, string>; health: Set<string> }> {
  const health: Record<string, string> = {
    ...(existsSync(healthMessagesFile) ? (await import(healthMessagesFile)).HEALTH_MESSAGES : {}),
    ...(existsSync(collectorMessagesFile) ? (await import(collectorMessagesFile)).COLLECTOR_MESSAGES : {}),
    // the shim's HTTP error answers travel as ids too (./http/<lang>.ts)
    ...HTTP_MESSAGES,
  };
  for (const id of Object.keys(health)) assert.ok(!(id in EN), `health id ${id} collides with a UI id`);
  return { all: { ...EN, ...health }, health: new Set(Object.keys(health)) };
}

async function catalogue(lang: string): Promise<Record<string, string>> {
  return (await import(`./${lang}.ts`)).default;
}

/** The distinct `code` spans (a translation may merge plural branches that repeat one). */
const codeSpans = (s: string) => [...new Set(s.match(/`[^`]*`/g) ?? [])].sort();

test('the language list names exactly the catalogue files of this folder', () => {
  const files = readdirSync(here)
    .filter((f) => /^[a-z]{2,3}(_[A-Z]{2,3})?\.ts$/.test(f) && f !== 'en.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  assert.deepEqual(files, [...CATALOGUE_LANGUAGES].sort());
});

for (const lang of CATALOGUE_LANGUAGES) {
  test(`${lang}: same ids as English, same parameters, valid plurals, code spans untouched`, async () => {
    const { all: english } = await englishSource();
    const cat = await catalogue(lang);
    const missing = Object.keys(english).filter((id) => !(id in cat));
    const extra = Object.keys(cat).filter((id) => !(id in english));
    assert.deepEqual(missing, [], `${lang} misses ids`);
    assert.deepEqual(extra, [], `${lang} has ids English does not have`);
    const categories = new Set(new Intl.PluralRules(localeOf(lang)).resolvedOptions().pluralCategories);
    for (const [id, en] of Object.entries(english)) {
      const tr = cat[id];
      assert.equal(typeof tr, 'string', `${lang} ${id}`);
      assert.ok(tr.trim().length > 0, `${lang} ${id} is empty`);
      // the server's own parser of the grammar (stricter than the renderer) accepts it too
      assert.doesNotThrow(() => parseTemplate(tr), `${lang} ${id}`);
      assert.deepEqual(
        [...placeholdersOf(tr)].sort(),
        [...placeholdersOf(en)].sort(),
        `${lang} ${id}: parameters differ from the English "${en}"`,
      );
      for (const p of pluralCategoriesOf(tr)) {
        assert.ok(p.categories.includes('other'), `${lang} ${id}: plural of ${p.name} lacks "other"`);
        for (const c of p.categories)
          assert.ok(
            categories.has(c as Intl.LDMLPluralRule),
            `${lang} ${id}: "${c}" is no plural category of ${lang}`,
          );
      }
      assert.deepEqual(codeSpans(tr), codeSpans(en), `${lang} ${id}: \`code\` spans must stay as in English`);
    }
  });
}

test('Russian and Polish plurals give the few and many forms', async () => {
  for (const lang of ['ru', 'pl']) {
    const cat = await catalogue(lang);
    for (const [id, tr] of Object.entries(cat)) {
      for (const p of pluralCategoriesOf(tr))
        assert.deepEqual(
          p.categories.filter((c) => c !== 'other').sort(),
          ['few', 'many', 'one'],
          `${lang} ${id}`,
        );
    }
  }
});
