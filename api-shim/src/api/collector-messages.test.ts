// SPDX-License-Identifier: AGPL-3.0-or-later
// Collector status messages as ids: every template parses, every id the collectors use exists,
// the English text is the template rendered with the same parameters, and the panel's renderer
// gives the user's language from a catalogue (German here) with the server's English as fallback.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import de from '../../../plugin/src/i18n/de.ts';
import { messageText, useLanguage } from '../../../plugin/src/i18n/translate.ts';
import { classifyNvidiaSmiError } from '../collect/nvidia-smi-parse.ts';
import { COLLECTOR_MESSAGES, collectorStatus } from './collector-messages.ts';
import { formatTemplate, parseTemplate, templateParams } from './message-format.ts';
import { productSources, SHIM_SOURCES } from './product-sources.test-util.ts';
import { servedSnapshot } from './usage-views.ts';

test('every template parses, and every collector.msg id the code names has one', () => {
  for (const [id, t] of Object.entries(COLLECTOR_MESSAGES)) assert.doesNotThrow(() => parseTemplate(t), id);
  const used = new Set<string>();
  for (const f of productSources(SHIM_SOURCES))
    for (const m of readFileSync(f, 'utf8').matchAll(/'(collector\.msg\.[a-z_]+)'/g)) used.add(m[1]);
  assert.ok(used.size >= 20, `only ${used.size} ids used`);
  for (const id of used) assert.ok(Object.hasOwn(COLLECTOR_MESSAGES, id), `${id} has no template`);
  // and no template is dead
  for (const id of Object.keys(COLLECTOR_MESSAGES)) assert.ok(used.has(id), `${id} is never used`);
});

test('a status carries the id with its parameters and the English rendered from the same template', () => {
  const s = collectorStatus('error', 'collector.msg.fdinfo_denied', { count: 3 });
  assert.deepEqual(s.messageMsg, { id: 'collector.msg.fdinfo_denied', params: { count: 3 } });
  assert.equal(s.message, formatTemplate(COLLECTOR_MESSAGES['collector.msg.fdinfo_denied'], { count: 3 }));
  assert.match(s.message ?? '', /^3 processes could not be read/);
  assert.match(
    collectorStatus('error', 'collector.msg.fdinfo_denied', { count: 1 }).message ?? '',
    /^1 process could/,
  );
  for (const id of Object.keys(COLLECTOR_MESSAGES) as Array<keyof typeof COLLECTOR_MESSAGES>) {
    const params = Object.fromEntries([...templateParams(COLLECTOR_MESSAGES[id])].map((p) => [p, 2]));
    assert.doesNotMatch(collectorStatus('error', id, params).message ?? '', /\{/, id);
  }
});

test('the stale sampler and an nvidia-smi error travel as ids; the panel shows them in German', () => {
  const stale = servedSnapshot(
    {
      time: 0,
      node: 'pve',
      gpus: [],
      samples: [],
      owners: [],
      processes: [],
      collectors: {},
      intervalMs: 1000,
    },
    12_000,
    'ELOOP',
  ).collectors.sampler;
  assert.deepEqual(stale?.messageMsg, {
    id: 'collector.msg.stale_why',
    params: { seconds: 12, why: 'ELOOP' },
  });
  assert.equal(stale?.ageMs, 12_000);
  const mismatch = classifyNvidiaSmiError(
    'Failed to initialize NVML: Driver/library version mismatch\nNVML library version: 570.124',
  );
  assert.deepEqual(mismatch?.messageMsg, {
    id: 'collector.msg.nvidia_mismatch_nvml',
    params: { nvml: '570.124' },
  });
  try {
    useLanguage('de', de);
    assert.equal(
      messageText(stale?.messageMsg, stale?.message ?? ''),
      'Seit 12 s keine gültige Messung (ELOOP): Diese Werte stammen von damals.',
    );
    assert.match(messageText(mismatch?.messageMsg, mismatch?.message ?? ''), /NVML im Userspace 570\.124/);
    // an id the catalogue lacks (a newer server): the server's English
    assert.equal(messageText({ id: 'collector.msg.from_the_future' }, 'English text'), 'English text');
  } finally {
    useLanguage('en', null);
  }
});
