// SPDX-License-Identifier: AGPL-3.0-or-later
// freePort() (test/support/real-servers.ts), which tests use for servers that listen later: the
// port is free for TCP and UDP on every address asked for, outside the kernel's ephemeral range,
// and never handed out twice.
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { test } from 'node:test';
import { freePort, portFreeOn } from '../support/real-servers.ts';

const listen = (s: net.Server, port: number, host: string) =>
  new Promise<void>((r, j) => s.once('error', j).listen(port, host, () => r()));
const closed = (s: net.Server) => new Promise<void>((r) => s.close(() => r()));

test('a port taken on one address, or for UDP only, is not free', async () => {
  const port = await freePort('127.0.0.1', '127.0.0.2');
  const tcp = net.createServer();
  await listen(tcp, port, '127.0.0.2');
  try {
    assert.equal(await portFreeOn(port, ['127.0.0.1']), true, 'nothing on 127.0.0.1');
    assert.equal(await portFreeOn(port, ['127.0.0.1', '127.0.0.2']), false, 'TCP taken on 127.0.0.2');
  } finally {
    await closed(tcp);
  }
  // influxd's UDP listener or carbon's UDP receiver on it: a TCP check alone says free
  const udp = dgram.createSocket('udp4');
  await new Promise<void>((r) => udp.bind(port, '127.0.0.1', r));
  try {
    assert.equal(await portFreeOn(port, ['127.0.0.1']), false, 'UDP taken on 127.0.0.1');
  } finally {
    udp.close();
  }
  assert.equal(await portFreeOn(port, ['127.0.0.1', '127.0.0.2']), true, 'free again once closed');
});

test('1 000 ports in a row: each below the ephemeral range, none twice, each one a server can take', async () => {
  const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number);
  const ports = new Set<number>();
  // ≈ 22 000 ports to pick from: 1 000 random picks repeat one with a probability of 1 - e^-22
  for (let i = 0; i < 1000; i++) {
    const p = await freePort();
    assert.ok(p < low, `${p} below ${low}`);
    assert.ok(!ports.has(p), `port ${p} handed out twice`);
    ports.add(p);
  }
  const last = [...ports].at(-1) as number;
  const s = net.createServer();
  await listen(s, last, '127.0.0.1');
  await closed(s);
});
