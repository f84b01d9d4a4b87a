// SPDX-License-Identifier: AGPL-3.0-or-later
// What goes to an OpenTelemetry collector is checked against the OTLP schema itself: the
// ExportMetricsServiceRequest message of the official @opentelemetry/otlp-transformer package
// (its protobuf definitions generated from opentelemetry-proto), field by field in the OTLP/JSON
// mapping (lowerCamelCase names, 64-bit integers as decimal strings), then round-tripped
// through the protobuf encoding.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { sampleSnapshot } from '../../../../test/support/mock-pve/fixture.ts';
import { IntervalAccumulator } from './gpu-records.ts';
import { otlpBodies, otlpMetrics } from './opentelemetry.ts';
import { parseStatusCfg } from './status-cfg.ts';

// 0.57.x is the last line that runs on Node < 22 and ships the generated protobuf root.
const require = createRequire(import.meta.url);
const root = require('@opentelemetry/otlp-transformer/build/src/generated/root');

type PbMessage = {
  verify(m: unknown): string | null;
  fromObject(o: unknown): unknown;
  encode(m: unknown): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
  toObject(m: unknown, o: unknown): unknown;
};

const REQUEST: PbMessage = root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;

/**
 * Problems of an OTLP/JSON request: the generated message converts it (fromObject), must verify,
 * survive the protobuf encoding and convert back to exactly the same JSON: an unknown field is
 * dropped, a value of the wrong type coerced (a number for a string, a non-numeric string for
 * an int64) and the comparison fails. Oneofs (a point's asDouble/asInt) are checked apart, as
 * the conversion would keep both.
 */
function schemaProblems(json: unknown): string[] {
  const problems: string[] = [];
  let back: unknown;
  try {
    const message = REQUEST.fromObject(json);
    const why = REQUEST.verify(message);
    if (why) problems.push(why);
    back = REQUEST.toObject(REQUEST.decode(REQUEST.encode(message).finish()), {
      longs: String,
      enums: Number,
      bytes: String,
    });
  } catch (err) {
    return [`not convertible: ${(err as Error).message}`];
  }
  try {
    // An empty repeated field and an absent one are the same message (proto3).
    const noEmpty = (v: unknown): unknown =>
      JSON.parse(JSON.stringify(v), (_k, x) =>
        x && typeof x === 'object' && !Array.isArray(x)
          ? Object.fromEntries(Object.entries(x).filter(([, y]) => !(Array.isArray(y) && y.length === 0)))
          : x,
      );
    assert.deepStrictEqual(noEmpty(back), noEmpty(json));
  } catch (err) {
    problems.push(`not the same after the protobuf round trip:\n${(err as Error).message}`);
  }
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if ('timeUnixNano' in o && 'asDouble' in o === 'asInt' in o)
      problems.push('a data point needs exactly one of asDouble, asInt');
    for (const x of Object.values(o)) walk(x);
  };
  walk(json);
  return problems;
}

test('every body is a valid ExportMetricsServiceRequest', () => {
  const acc = new IntervalAccumulator();
  const snap = sampleSnapshot('pve1', 1_764_399_600_000);
  snap.samples[0].temperatureC = 54;
  snap.samples[0].memoryUsedBytes = 3 * 1024 ** 3;
  acc.add(snap);
  const data = acc.take();
  assert.ok(data);
  const metrics = otlpMetrics(data, 'pve1', (v) => (v === '101' ? 'jellyfin' : undefined));
  const [cfg] = parseStatusCfg(
    `opentelemetry: o1\n\tserver h\n\totel-resource-attributes ${Buffer.from('{"site":"lab"}').toString('base64')}\n`,
  ).servers;
  if (cfg.type !== 'opentelemetry') throw new Error('parse');
  const bodies = otlpBodies(
    metrics,
    { 'service.name': 'proxmox-ve', 'proxmox.node': 'pve1', ...cfg.resourceAttributes },
    cfg,
  );
  assert.equal(bodies.length, 1);
  const json = JSON.parse(gunzipSync(bodies[0]).toString());
  assert.deepEqual(schemaProblems(json), []);

  const message = REQUEST.fromObject(json);
  assert.equal(REQUEST.verify(message), null);
  const back = REQUEST.toObject(REQUEST.decode(REQUEST.encode(message).finish()), { longs: String }) as {
    resourceMetrics: Array<{
      scopeMetrics: Array<{
        metrics: Array<{ name: string; gauge: { dataPoints: Array<{ timeUnixNano: string }> } }>;
      }>;
    }>;
  };
  const names = back.resourceMetrics[0].scopeMetrics[0].metrics.map((m) => m.name);
  assert.ok(names.includes('proxmox_vm_gpu_video') && names.includes('proxmox_node_gpu_temp'), names.join());
  assert.equal(
    back.resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0].timeUnixNano,
    '1764399600000000000',
  );
});

test('the schema check catches what a collector would reject', () => {
  const point = { timeUnixNano: '1764399600000000000', asDouble: 1 };
  const wrap = (p: unknown, extra = {}) => ({
    resourceMetrics: [
      {
        resource: { attributes: [] },
        scopeMetrics: [{ metrics: [{ name: 'x', unit: '1', gauge: { dataPoints: [p] }, ...extra }] }],
      },
    ],
  });
  assert.deepEqual(schemaProblems(wrap(point)), []);
  assert.equal(schemaProblems(wrap({ ...point, bogus: 1 })).length, 1, 'unknown field');
  assert.equal(schemaProblems(wrap({ ...point, timeUnixNano: 'soon' })).length, 1, 'int64 not a number');
  assert.equal(schemaProblems(wrap(point, { unit: 1 })).length, 1, 'string field given a number');
  assert.ok(schemaProblems(wrap({ ...point, asInt: '2' })).length >= 1, 'two values in a oneof');
});
