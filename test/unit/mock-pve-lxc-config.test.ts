// SPDX-License-Identifier: AGPL-3.0-or-later
// The mock of PVE's container config API (test/support/mock-pve/lxc-config.ts) behaves as the
// upstream code it cites, over real HTTPS in the mock PVE server: the browser tests of Apply
// rely on it to refuse what PVE refuses.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { makeTestPki } from '../support/certs.ts';
import type { AccessModel } from '../support/mock-pve/acl.ts';
import { MockLxcConfigApi } from '../support/mock-pve/lxc-config.ts';
import { type MockPve, startMockPve } from '../support/mock-pve/server.ts';
import { TicketAuthority } from '../support/mock-pve/tickets.ts';

const CONF = `arch: amd64
memory: 512
unprivileged: 1
dev0: /dev/dri/renderD128,gid=44
lxc.idmap: u 0 100000 65536
`;
const MODEL: AccessModel = {
  users: { 'root@pam': {}, 'carol@pve': {} },
  tokens: {},
  roles: { CtAdmin: ['VM.Audit', 'VM.Config.Options', 'VM.Config.Disk'] },
  acl: [{ path: '/vms/101', ugid: 'carol@pve', role: 'CtAdmin', propagate: false }],
  pools: {},
};

let dir: string;
let pve: MockPve;
let api: MockLxcConfigApi;
let ca: string;
const tickets = new TicketAuthority();

before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mock-lxc-'));
  const pki = makeTestPki(dir);
  ca = pki.caCert;
  const cert = pki.issue('pveproxy', ['IP:127.0.0.1']);
  api = new MockLxcConfigApi('pve1', MODEL, tickets);
  api.hostDevices.add('/dev/dri/renderD128');
  pve = await startMockPve({ cert: cert.cert, key: cert.key, model: MODEL, tickets, lxc: api });
});

after(async () => {
  await pve?.close();
  rmSync(dir, { recursive: true, force: true });
});

function call(
  method: string,
  p: string,
  opts: { user?: string; csrf?: string | false; body?: Record<string, string> } = {},
): Promise<{ status: number; body: { data: unknown; message?: string; errors?: Record<string, string> } }> {
  const headers: Record<string, string> = {};
  if (opts.user) headers.Cookie = `PVEAuthCookie=${encodeURIComponent(tickets.issue(opts.user))}`;
  if (opts.user && opts.csrf !== false) headers.CSRFPreventionToken = opts.csrf ?? api.csrfToken(opts.user);
  const body = opts.body ? new URLSearchParams(opts.body).toString() : undefined;
  if (body) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  return new Promise((resolve, reject) => {
    const req = request(`${pve.url}/api2/json${p}`, { method, headers, ca }, (res) => {
      let text = '';
      res.on('data', (c) => {
        text += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const CFG = '/nodes/pve1/lxc/101/config';

test('GET config: VM.Audit, the options, raw lxc lines as pairs, the sha1 digest of the file', async () => {
  api.addCt('101', CONF, true);
  assert.equal((await call('GET', CFG)).status, 401);
  const r = await call('GET', CFG, { user: 'carol@pve' });
  assert.equal(r.status, 200);
  const data = r.body.data as Record<string, unknown>;
  assert.equal(data.dev0, '/dev/dri/renderD128,gid=44');
  assert.deepEqual(data.lxc, [['lxc.idmap', 'u 0 100000 65536']]);
  assert.match(String(data.digest), /^[0-9a-f]{40}$/);
  assert.equal(data.digest, api.digest('101'));
});

test('PUT config: CSRF token, digest, root@pam for devN, VM.Config.* for the rest, pending on a running CT', async () => {
  api.addCt('101', CONF, true);
  const digest = api.digest('101');
  // pve-manager HTTPServer.pm: a write without a valid token is refused before any handler
  const noCsrf = await call('PUT', CFG, { user: 'root@pam', csrf: false, body: { memory: '1024' } });
  assert.equal(noCsrf.status, 401);
  const forged = await call('PUT', CFG, {
    user: 'root@pam',
    csrf: api.csrfToken('carol@pve'),
    body: { memory: '1' },
  });
  assert.equal(forged.status, 401);
  // check_ct_modify_config_perm: devN is root@pam's only
  const carolDev = await call('PUT', CFG, {
    user: 'carol@pve',
    body: { dev0: '/dev/dri/renderD128,gid=104', digest },
  });
  assert.equal(carolDev.status, 403);
  assert.match(String(carolDev.body.message), /configuring device passthrough is only allowed for root@pam/);
  const carolDel = await call('PUT', CFG, { user: 'carol@pve', body: { delete: 'dev0' } });
  assert.equal(carolDel.status, 403);
  // an option with VM.Config.Options: allowed (running CT: memory is not fast-plugged → pending)
  const carolMem = await call('PUT', CFG, { user: 'carol@pve', body: { memory: '1024', digest } });
  assert.equal(carolMem.status, 200);
  assert.equal(carolMem.body.data, null);
  // the file changed: the old digest is refused (pve-common Tools.pm assert_if_modified)
  assert.notEqual(api.digest('101'), digest);
  const stale = await call('PUT', CFG, {
    user: 'root@pam',
    body: { dev0: '/dev/dri/renderD128,gid=104', digest },
  });
  assert.equal(stale.status, 500);
  assert.equal(
    stale.body.message,
    'detected modified configuration - file changed by other user? Try again.\n',
  );
  // a device that does not exist on the host (pve-container Tools.pm get_device_mode_and_rdev)
  const missing = await call('PUT', CFG, { user: 'root@pam', body: { dev1: '/dev/dri/renderD129' } });
  assert.equal(missing.status, 500);
  assert.match(String(missing.body.message), /Device \/dev\/dri\/renderD129 does not exist/);
  // raw lxc keys are no API parameter at all
  const raw = await call('PUT', CFG, { user: 'root@pam', body: { 'lxc.idmap': 'g 0 100000 65536' } });
  assert.equal(raw.status, 400);
  // root@pam with the current digest: a replaced devN of a running CT stays pending
  const ok = await call('PUT', CFG, {
    user: 'root@pam',
    body: { dev0: '/dev/dri/renderD128,gid=104', digest: api.digest('101') },
  });
  assert.equal(ok.status, 200);
  const pending = (await call('GET', '/nodes/pve1/lxc/101/pending', { user: 'root@pam' })).body
    .data as Array<{
    key: string;
    value?: string;
    pending?: string;
  }>;
  assert.deepEqual(
    pending.filter((p) => p.pending !== undefined).map((p) => [p.key, p.value, p.pending]),
    [
      ['memory', '512', '1024'],
      ['dev0', '/dev/dri/renderD128,gid=44', '/dev/dri/renderD128,gid=104'],
    ],
  );
  // GET config merges pending values unless current=1 (load_current_config)
  assert.equal(
    ((await call('GET', CFG, { user: 'root@pam' })).body.data as Record<string, string>).dev0,
    '/dev/dri/renderD128,gid=104',
  );
  assert.equal(
    ((await call('GET', `${CFG}?current=1`, { user: 'root@pam' })).body.data as Record<string, string>).dev0,
    '/dev/dri/renderD128,gid=44',
  );
});

test('a new devN is hot-plugged; on a stopped CT every change applies at once', async () => {
  api.addCt('101', CONF, true);
  assert.equal(
    (await call('PUT', CFG, { user: 'root@pam', body: { dev1: '/dev/dri/renderD128,gid=104' } })).status,
    200,
  );
  assert.equal(api.cts.get('101')?.options.get('dev1'), '/dev/dri/renderD128,gid=104');
  api.addCt('101', CONF, false);
  assert.equal((await call('PUT', CFG, { user: 'root@pam', body: { delete: 'dev0' } })).status, 200);
  assert.equal(api.cts.get('101')?.options.has('dev0'), false);
});

test('reboot: VM.PowerMgmt, a vzreboot UPID, task status until stopped/OK; pending applied', async () => {
  api.addCt('101', CONF, true);
  await call('PUT', CFG, { user: 'root@pam', body: { delete: 'dev0' } });
  assert.equal(api.cts.get('101')?.options.has('dev0'), true, 'pending delete on a running CT');
  const denied = await call('POST', '/nodes/pve1/lxc/101/status/reboot', { user: 'carol@pve' });
  assert.equal(denied.status, 403);
  assert.match(String(denied.body.message), /\/vms\/101, VM\.PowerMgmt/);
  api.taskMs = 3_600_000; // runs until finishTask(): a loaded machine cannot outrun it
  const r = await call('POST', '/nodes/pve1/lxc/101/status/reboot', { user: 'root@pam' });
  assert.equal(r.status, 200);
  const upid = String(r.body.data);
  assert.match(upid, /^UPID:pve1:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:vzreboot:101:root@pam:$/);
  const path1 = `/nodes/pve1/tasks/${encodeURIComponent(upid)}/status`;
  const first = (await call('GET', path1, { user: 'root@pam' })).body.data as Record<string, string>;
  assert.equal(first.status, 'running');
  api.finishTask(upid);
  const done = (await call('GET', path1, { user: 'root@pam' })).body.data as Record<string, string>;
  assert.deepEqual([done.status, done.exitstatus], ['stopped', 'OK']);
  assert.equal(api.cts.get('101')?.options.has('dev0'), false, 'applied as the CT started');
  // someone else's task needs Sys.Audit on the node
  assert.equal((await call('GET', path1, { user: 'carol@pve' })).status, 403);
});
