// SPDX-License-Identifier: AGPL-3.0-or-later
// The lookup order: PVE's own gettext for a string PVE knows, then the plugin's catalogue,
// then English; server messages from the catalogue, else the server's English text.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { pveLanguage } from './languages.ts';
import { label, messageText, t, useLanguage } from './translate.ts';

const g = globalThis as unknown as { window?: { gettext?: (s: string) => string } };

/** A stand-in for pve-lang-de.js with two of PVE's real de.po entries. */
function pveGerman() {
  const pve: Record<string, string> = { Memory: 'Speicher', Command: 'Befehl', warn: 'warnen' };
  g.window = { gettext: (s) => pve[s] ?? s };
}

afterEach(() => {
  delete g.window;
  useLanguage('en');
});

test('English without any catalogue', () => {
  useLanguage('en');
  assert.equal(t('proc.command'), 'Command');
  assert.equal(t('health.passedFold', { count: 2 }), '2 checks passed');
  assert.equal(label('gpu.power'), 'Power:');
});

test('PVE’s translation wins for a string PVE has; the catalogue covers the rest', () => {
  pveGerman();
  useLanguage('de', { 'proc.command': 'Kommando', 'proc.none': 'Kein Prozess.' });
  assert.equal(t('proc.command'), 'Befehl');
  assert.equal(t('proc.none'), 'Kein Prozess.');
  // not in the catalogue either: English
  assert.equal(t('chart.now'), 'now');
});

test('ids whose English PVE uses with another meaning never take PVE’s text', () => {
  pveGerman();
  useLanguage('de', { 'severity.warn': 'Warnung' });
  assert.equal(t('severity.warn'), 'Warnung');
});

test('a language PVE speaks but the plugin has no catalogue for still gets PVE’s strings', () => {
  g.window = { gettext: (s) => (s === 'Memory' ? 'Minne' : s) };
  useLanguage('sv');
  assert.equal(t('gpu.ctMemory', { ct: 'CT 1' }), 'CT 1 memory');
  assert.equal(t('proc.memory'), 'Memory'); // GPU memory: never PVE's RAM word
  assert.equal(t('area.dev'), 'Devices');
});

test('plural rules follow the UI language', () => {
  useLanguage('ru', {
    'health.passedFold':
      '{count, plural, one {{count} проверка пройдена} few {{count} проверки пройдены} many {{count} проверок пройдено} other {{count} проверки пройдено}}',
  });
  assert.equal(t('health.passedFold', { count: 22 }), '22 проверки пройдены');
  assert.equal(t('health.passedFold', { count: 11 }), '11 проверок пройдено');
});

test('server messages: catalogue template with the server’s parameters, else the English text sent', () => {
  useLanguage('de', { 'dev.gid_wrong': 'Gruppe {gid} ist nicht `render`' });
  assert.equal(
    messageText({ id: 'dev.gid_wrong', params: { gid: 44 } }, 'Group 44 is not `render`'),
    'Gruppe 44 ist nicht `render`',
  );
  assert.equal(messageText({ id: 'dev.unknown' }, 'English from the server'), 'English from the server');
  assert.equal(messageText(undefined, 'older server'), 'older server');
});

test('the UI language as PVE chose it: the page’s defaultLang, else the cookie, else English', () => {
  assert.equal(pveLanguage({ defaultLang: 'ja', cookie: 'PVELangCookie=de' }), 'ja');
  assert.equal(pveLanguage({ cookie: 'PVEAuthCookie=x; PVELangCookie=pt_BR' }), 'pt_BR');
  assert.equal(pveLanguage({ cookie: 'PVELangCookie=../../etc' }), 'en');
  assert.equal(pveLanguage({ defaultLang: '<script>' }), 'en');
  assert.equal(pveLanguage({}), 'en');
});
