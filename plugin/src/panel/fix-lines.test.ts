// SPDX-License-Identifier: AGPL-3.0-or-later
// A fix line's placeholders reach the user in their language, still in angle brackets, so the
// line still reads as one to finish; the rest of the line (config keys, paths) stays as it is.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { FIX_PLACEHOLDERS } from '../../../api-shim/src/api/fix-placeholders.ts';
import { useLanguage } from '../i18n/translate.ts';
import { localFixLine } from './fix-lines.ts';

afterEach(() => useLanguage('en'));

test('placeholders in the user’s language, the config line around them untouched', async () => {
  const de = (await import('../i18n/de.ts')).default;
  const ja = (await import('../i18n/ja.ts')).default;
  const line = `dev0: /dev/dri/renderD128,gid=${FIX_PLACEHOLDERS.renderGid}`;
  useLanguage('en');
  assert.equal(localFixLine(line), line);
  useLanguage('de', de);
  assert.equal(localFixLine(line), 'dev0: /dev/dri/renderD128,gid=<render-GID im Container>');
  assert.equal(
    localFixLine(`lxc.cgroup2.devices.allow: c ${FIX_PLACEHOLDERS.capsMajor}:3 rw`),
    'lxc.cgroup2.devices.allow: c <Major-Nummer von nvidia-caps>:3 rw',
  );
  useLanguage('ja', ja);
  assert.equal(
    localFixLine(`dev1: /dev/dri/card0,gid=${FIX_PLACEHOLDERS.videoGid}`),
    'dev1: /dev/dri/card0,gid=<CT 内の video の gid>',
  );
});

test('every placeholder the engine writes is translated in every catalogue', async () => {
  const { CATALOGUE_LANGUAGES } = await import('../i18n/languages.ts');
  for (const lang of CATALOGUE_LANGUAGES) {
    useLanguage(lang, (await import(`../i18n/${lang}.ts`)).default);
    for (const english of Object.values(FIX_PLACEHOLDERS)) {
      const local = localFixLine(english);
      assert.match(local, /^<[^<>]+>$/, `${lang}: ${local}`);
      assert.notEqual(local, english, `${lang} keeps ${english} in English`);
    }
  }
});
