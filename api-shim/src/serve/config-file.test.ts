// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, defaultConfig, overrideKey, parseConfig } from './config-file.ts';

describe('config file', () => {
  test('documented defaults', () => {
    const d = defaultConfig();
    assert.equal(d.port, 8247);
    assert.equal(d.listen, '::');
    assert.equal(d.publicBaseUrl, '');
    assert.equal(d.sampleIntervalMs, 1000);
    assert.equal(d.stateDir, '/var/lib/pve-gpu-tab');
    assert.equal(d.nvidiaSmi, 'nvidia-smi');
    assert.equal(d.root, '/');
    assert.equal(d.pveApi, 'https://127.0.0.1:8006');
    assert.equal(d.logLevel, 'info');
    assert.ok(d.authCacheSeconds <= 60);
  });

  test('PVE-style key: value lines, comments and blank lines', () => {
    const c = parseConfig(
      [
        '# pve-gpu-tab',
        '',
        'port: 9443',
        'listen: 10.0.0.5',
        '  public_base_url: https://pve.example.com/gpu-api/  ',
        'sample_interval_ms:500',
        'max_streams: 10',
        'rate_limit_per_minute: 120',
        'log_level: debug',
        'ui_ports: 8006, 443',
        'pve_api: https://127.0.0.1:8006',
      ].join('\n'),
      '/etc/pve-gpu-tab/pve-gpu-tab.conf',
    );
    assert.equal(c.port, 9443);
    assert.equal(c.listen, '10.0.0.5');
    assert.equal(c.publicBaseUrl, 'https://pve.example.com/gpu-api');
    assert.equal(c.sampleIntervalMs, 500);
    assert.equal(c.maxStreams, 10);
    assert.equal(c.rateLimitPerMinute, 120);
    assert.equal(c.logLevel, 'debug');
    assert.deepEqual(c.uiPorts, [8006, 443]);
  });

  test('errors name the file and the line', () => {
    const bad: Array<[string, RegExp]> = [
      ['port: 8247\nprot: 1', /f\.conf:2: unknown key 'prot'/],
      ['port: abc', /f\.conf:1: port: expected a whole number/],
      ['port: 8006', /f\.conf:1: port: port 8006 is used by pveproxy/],
      ['port: 5901', /VNC/],
      ['port: 70000', /between 1 and 65535/],
      ['listen: 1.2.3.4 5', /expected an IP address/],
      ['public_base_url: ftp://x', /https: URL/],
      ['pve_api: http://127.0.0.1:8006', /https: URL/],
      ['state_dir: relative/dir', /absolute path/],
      ['log_level: loud', /debug, info, warn, error/],
      ['auth_cache_seconds: 300', /between 0 and 60/],
      ['just words', /expected "key: value"/],
      ['port: 1234\nport: 1235', /f\.conf:2: 'port' already set on line 1/],
    ];
    for (const [text, re] of bad) {
      assert.throws(
        () => parseConfig(text, 'f.conf'),
        (e: unknown) => e instanceof ConfigError && re.test((e as Error).message),
        text,
      );
    }
  });

  test('hostile or mistaken values of issue 10 are refused with file:line', () => {
    const bad: Array<[string, RegExp]> = [
      // Prototype keys must be unknown keys, not Object.prototype's members (was: a TypeError).
      ['port: 8247\n__proto__: x', /f\.conf:2: unknown key '__proto__'/],
      ['constructor: x', /f\.conf:1: unknown key 'constructor'/],
      // A NUL would cut the binary's path short in execve.
      ['nvidia_smi: /usr/bin/nvidia-smi\0--evil', /f\.conf:1: control character U\+0000/],
      ['state_dir: /var/lib/x\0y', /f\.conf:1: control character/],
      ['log_level: info\x1b[2J', /f\.conf:1: control character U\+001B/],
      // host:port is not an address (was accepted as if it were an IPv6 literal).
      ['listen: 127.0.0.1:8247', /f\.conf:1: listen: expected an address without a port.*port:/],
      ['listen: [::1]:8247', /without a port/],
      ['listen: [::1]', /without a port or brackets/],
      ['listen: pve1.example.com:8247', /without a port/],
      ['listen: 1.2.3', /expected an IP address or host name/],
      ['listen: ::g', /not an IPv6 address/],
      // The tab runs on PVE's https page: an http base URL is mixed content and a ticket in clear.
      ['public_base_url: http://pve.example.com/gpu', /f\.conf:1: public_base_url: must be a https: URL/],
      ['public_base_url: https://u:p@pve.example.com/', /user name or password/],
    ];
    for (const [text, re] of bad) {
      assert.throws(
        () => parseConfig(text, 'f.conf'),
        (e: unknown) => e instanceof ConfigError && re.test((e as Error).message),
        JSON.stringify(text),
      );
    }
    assert.equal(({} as Record<string, unknown>).x, undefined, 'no prototype was touched');
    for (const ok of ['::', '0.0.0.0', '::1', 'fe80::1', '192.0.2.10', 'pve1', 'pve1.example.com']) {
      assert.equal(parseConfig(`listen: ${ok}`, 'f.conf').listen, ok);
    }
    assert.throws(
      () => overrideKey(defaultConfig(), 'listen', '127.0.0.1:1', '--listen'),
      /--listen: .*without a port/,
    );
    assert.throws(() => overrideKey(defaultConfig(), 'root', '/x\0', '--root'), /--root: control character/);
  });

  test('command-line overrides get the same checks', () => {
    assert.equal(overrideKey(defaultConfig(), 'port', '9000', '--port').port, 9000);
    assert.throws(
      () => overrideKey(defaultConfig(), 'port', '8006', '--port'),
      /--port: port 8006 is used by pveproxy/,
    );
  });
});
