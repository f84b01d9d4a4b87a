// SPDX-License-Identifier: AGPL-3.0-or-later
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  redactAccounts,
  redactByPath,
  redactCtConfig,
  redactEnvironment,
  redactGeneratedConfig,
  scrubSecrets,
} from './redact.ts';

test('generated LXC config: host name and addresses out, device lines kept', () => {
  // the shape pve-container's update_lxc_config writes (src/PVE/LXC.pm)
  const text = [
    'lxc.arch = amd64',
    'lxc.uts.name = jelly.home.example',
    'lxc.net.0.hwaddr = BC:24:11:AA:BB:CC',
    'lxc.net.0.ipv4.address = 192.168.1.50/24',
    'lxc.net.0.ipv4.gateway = 192.168.1.1',
    'lxc.cgroup2.devices.allow = c 226:128 rwm',
    'lxc.mount.entry = /dev/dri/renderD128 dev/dri/renderD128 none bind,optional,create=file',
  ].join('\n');
  const out = redactGeneratedConfig(text, '101');
  assert.doesNotMatch(out, /example|192\.168|BC:24/);
  assert.match(out, /^lxc\.uts\.name = ct101$/m);
  assert.match(out, /^lxc\.cgroup2\.devices\.allow = c 226:128 rwm$/m);
  assert.match(
    out,
    /^lxc\.mount\.entry = \/dev\/dri\/renderD128 dev\/dri\/renderD128 none bind,optional,create=file$/m,
  );
});

test('an empty tags/description value stays empty (the parser judges it)', () => {
  assert.equal(redactCtConfig('tags:  \ndescription: my notes', '1'), 'tags:  \ndescription: redacted');
});

test('accounts: one alias per person across passwd and group, services kept', () => {
  const { passwd, group } = redactAccounts(
    'root:x:0:0:root:/root:/bin/bash\nbob:x:1001:1001:Bob,,,:/home/bob:/bin/bash\nplex:x:1002:1002::/var/lib/plexmediaserver:/usr/sbin/nologin\n',
    'render:x:104:bob,plex,carol\nbob:x:1001:\n',
  );
  assert.equal(
    passwd,
    'root:x:0:0:root:/root:/bin/bash\nuser1001:x:1001:1001::/home/user1001:/bin/bash\nplex:x:1002:1002::/var/lib/plexmediaserver:/usr/sbin/nologin\n',
  );
  assert.equal(group, 'render:x:104:user1001,plex,user-1\nuser1001:x:1001:\n');
});

test('environment: GPU variables kept, every other value redacted', () => {
  assert.equal(
    redactEnvironment('LIBVA_DRIVER_NAME=iHD\nexport DB_URL="postgres://u:p@h/db"\n# note\n'),
    'LIBVA_DRIVER_NAME=iHD\nexport DB_URL=redacted\n# note\n',
  );
});

test('secrets in scripts and snippets are redacted wherever they appear', () => {
  const script = [
    '#!/bin/bash',
    'API_TOKEN=abc123',
    'curl --password hunter2 https://admin:pw@example.org/x',
    'chown 100000:100104 /dev/dri/renderD128',
  ].join('\n');
  const out = scrubSecrets(script);
  assert.doesNotMatch(out, /abc123|hunter2|admin:pw/);
  assert.match(out, /^chown 100000:100104 \/dev\/dri\/renderD128$/m);
  // kernel files are kept as they are; container and /etc files are scrubbed
  assert.equal(redactByPath('/sys/class/drm/card0/uevent', 'TOKEN=1'), 'TOKEN=1');
  assert.equal(redactByPath('/var/lib/vz/snippets/gpu.sh', 'TOKEN=1'), 'TOKEN=redacted');
  assert.equal(redactByPath('/proc/42/root/etc/environment', 'TOKEN=1'), 'TOKEN=redacted');
});
