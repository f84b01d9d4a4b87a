// SPDX-License-Identifier: AGPL-3.0-or-later
// The health panel's Apply: a config fix made by PVE's own API from the PVE page, with the
// user's ticket cookie and CSRF token, guarded by the config digest, against a mock of PVE's
// container config API (test/support/mock-pve/lxc-config.ts) on the page's own origin.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { before, beforeEach, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { CT103_CONF } from '../support/fake-shim.ts';
import type { AccessModel } from '../support/mock-pve/acl.ts';
import { MockLxcConfigApi } from '../support/mock-pve/lxc-config.ts';
import { TicketAuthority } from '../support/mock-pve/tickets.ts';
import { clickNav, openShell, until } from './helpers.ts';
import { browser, repo, shell, shim, useShellWorld } from './shell-world.ts';

// Pictures of each run, for a look at what the tests saw; never into the tracked tree.
const shots = path.join(repo, 'test/out/screenshots');

/** root@pam; carol administers CT 103 (disks, options, power) but is not root; dave may only look. */
const MODEL: AccessModel = {
  users: { 'root@pam': {}, 'carol@pve': {}, 'dave@pve': {} },
  tokens: {},
  roles: { CtAdmin: ['VM.Audit', 'VM.Config.Disk', 'VM.Config.Options', 'VM.PowerMgmt'] },
  acl: [
    { path: '/vms/103', ugid: 'carol@pve', role: 'CtAdmin', propagate: false },
    { path: '/vms/103', ugid: 'dave@pve', role: 'PVEAuditor', propagate: false },
  ],
  pools: {},
};

let pve: MockLxcConfigApi;
const tickets = new TicketAuthority();

useShellWorld({ api: (req, res) => pve.handle(req, res) });

before(async () => {
  mkdirSync(shots, { recursive: true });
  pve = new MockLxcConfigApi('pve', MODEL, tickets);
  pve.hostDevices.add('/dev/dri/renderD128');
  pve.taskMs = 1500;
});

beforeEach(() => {
  pve.addCt('103', CT103_CONF, true);
  pve.calls.length = 0;
});

/** The PVE page of CT 103 for this user, on the GPU tab's Health view. */
async function healthAs(user: string): Promise<{ page: Page; errors: string[]; pageErrors: string[] }> {
  const opened = await openShell(browser, shell.url, {
    shim: shim.url,
    select: 'lxc/103',
    ticket: tickets.issue(user),
    user,
    csrf: pve.csrfToken(user),
  });
  await clickNav(opened.page, 'GPU');
  await opened.page.locator('pvegpu-ct-tab button[data-view="health"]').click();
  await opened.page.locator('pvegpu-health-view [data-summary]').waitFor();
  return opened;
}

const fixOf = (page: Page, id: string): Locator =>
  page.locator(`pvegpu-health-view details[data-check="${id}"]`).first().locator('pvegpu-apply-fix').first();

/** The element with focus, through shadow roots. */
async function focusedEl(
  page: Page,
): Promise<{ tag: string; action: string | null; apply: string | null; text: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      action: el?.getAttribute('data-action') ?? null,
      apply: el?.getAttribute('data-apply') ?? null,
      text: (el?.textContent ?? '').trim(),
    };
  });
}

describe('Apply through PVE', () => {
  test('root@pam applies: exact diff, PUT with digest and CSRF token, pending change, reboot task', async () => {
    const { page, errors, pageErrors } = await healthAs('root@pam');
    const apply = fixOf(page, 'dev.gid_wrong_group');
    const digestBefore = pve.digest('103');
    await apply.locator('[data-apply="button"]').click();
    const dialog = apply.locator('dialog[open]');
    const diff = dialog.locator('[data-diff]');
    await diff.waitFor();
    assert.equal(
      (await diff.textContent())?.trim(),
      '- dev0: /dev/dri/renderD128,gid=44\n+ dev0: /dev/dri/renderD128,gid=104',
    );
    assert.match((await dialog.textContent()) ?? '', /root@pam/);
    await page.screenshot({ path: path.join(shots, 'apply-dialog.png') });
    // nothing is written before the user confirms
    assert.deepEqual(
      pve.calls.map((c) => c.method),
      ['GET'],
    );
    await dialog.locator('[data-action="confirm"]').click();
    await dialog.locator('[data-state="done"]').waitFor();
    const put = pve.calls.find((c) => c.method === 'PUT');
    assert.ok(put, 'a PUT reached PVE');
    assert.equal(put.path, '/nodes/pve/lxc/103/config');
    assert.equal(put.user, 'root@pam');
    assert.equal(put.status, 200);
    assert.equal(put.csrf, pve.csrfToken('root@pam', Number.parseInt(put.csrf?.slice(0, 8) ?? '0', 16)));
    assert.deepEqual(put.params, { dev0: '/dev/dri/renderD128,gid=104', digest: digestBefore });
    // a running CT keeps a changed devN pending (pve-container vmconfig_hotplug_pending)
    const ct = pve.cts.get('103');
    assert.equal(ct?.options.get('dev0'), '/dev/dri/renderD128,gid=44');
    assert.equal(ct?.pending.get('dev0'), '/dev/dri/renderD128,gid=104');
    assert.match((await dialog.locator('[data-state="pending"]').textContent()) ?? '', /dev0/);
    // the restart it needs, as a PVE task with its UPID
    await dialog.locator('[data-action="reboot"]').click();
    const task = dialog.locator('[data-state="task"]');
    await until(async () => (await task.getAttribute('data-task-status')) === 'running', 'task running');
    assert.match(
      (await task.textContent()) ?? '',
      /UPID:pve:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:vzreboot:103:root@pam:/,
    );
    await until(async () => (await task.getAttribute('data-task-status')) === 'OK', 'task OK', 8000);
    assert.match((await task.textContent()) ?? '', /: OK/);
    // the reboot applied the pending change
    assert.equal(ct?.options.get('dev0'), '/dev/dri/renderD128,gid=104');
    assert.equal(ct?.pending.size, 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  test('a concurrent edit: PVE refuses the stale digest, the panel says so, reads again and applies', async () => {
    const { page } = await healthAs('root@pam');
    const apply = fixOf(page, 'dev.gid_wrong_group');
    await apply.locator('[data-apply="button"]').click();
    const dialog = apply.locator('dialog[open]');
    await dialog.locator('[data-diff]').waitFor();
    // someone else changes another key meanwhile (pct set, another browser)
    pve.editByOther('103', 'memory', '8192');
    await dialog.locator('[data-action="confirm"]').click();
    const modified = dialog.locator('[data-state="modified"]');
    await modified.waitFor();
    assert.match((await modified.textContent()) ?? '', /file changed by other user\? Try again/);
    assert.equal(pve.cts.get('103')?.pending.size, 0, 'nothing changed');
    await dialog.locator('[data-action="retry"]').click();
    await dialog.locator('[data-action="confirm"]').click();
    await dialog.locator('[data-state="done"]').waitFor();
    const puts = pve.calls.filter((c) => c.method === 'PUT');
    assert.deepEqual(
      puts.map((c) => c.status),
      [500, 200],
    );
    assert.notEqual(puts[0].params.digest, puts[1].params.digest);
    assert.equal(pve.cts.get('103')?.options.get('memory'), '8192', 'the other edit is kept');
    // Apply again while the change is still pending: nothing is written, the restart is offered
    await dialog.locator('button', { hasText: 'Close' }).click();
    await apply.locator('[data-apply="button"]').click();
    await apply.locator('dialog[open] [data-state="already"]').waitFor();
    assert.equal(await apply.locator('dialog[open] [data-action="reboot"]').count(), 1);
    assert.equal(pve.calls.filter((c) => c.method === 'PUT').length, 2);
    await page.close();
  });

  test('the key itself changed since the check: no diff offered, the check must run again', async () => {
    const { page } = await healthAs('root@pam');
    pve.editByOther('103', 'dev0', '/dev/dri/renderD128,gid=993');
    const apply = fixOf(page, 'dev.gid_wrong_group');
    await apply.locator('[data-apply="button"]').click();
    const stale = apply.locator('dialog[open] [data-state="stale"]');
    await stale.waitFor();
    assert.match((await stale.textContent()) ?? '', /dev0/);
    assert.equal(await apply.locator('dialog[open] [data-action="confirm"]').count(), 0);
    assert.equal(pve.calls.filter((c) => c.method === 'PUT').length, 0);
    await page.close();
  });

  test('a user who is not root@pam: no button for a devN change, and why; PVE refuses it too', async () => {
    const { page } = await healthAs('carol@pve');
    const apply = fixOf(page, 'dev.gid_wrong_group');
    const why = apply.locator('[data-apply="refused"]');
    await why.waitFor();
    assert.equal(await why.getAttribute('data-reason'), 'root-only-dev');
    assert.match((await why.textContent()) ?? '', /only root@pam[\s\S]*devN/);
    assert.equal(await apply.locator('[data-apply="button"]').count(), 0);
    // the lines stay copyable above it
    const check = page.locator('pvegpu-health-view details[data-check="dev.gid_wrong_group"]').first();
    assert.ok((await check.locator('button.copy').count()) >= 2);
    // what the panel predicts is what PVE does (pve-container check_ct_modify_config_perm)
    const token = pve.csrfToken('carol@pve');
    const refused = await page.evaluate(async (csrf) => {
      const r = await fetch('/api2/json/nodes/pve/lxc/103/config', {
        method: 'PUT',
        headers: { CSRFPreventionToken: csrf, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'dev0=%2Fdev%2Fdri%2FrenderD128%2Cgid%3D104',
      });
      return { status: r.status, body: await r.json() };
    }, token);
    assert.equal(refused.status, 403);
    assert.match(refused.body.message, /configuring device passthrough is only allowed for root@pam/);
    // and a write without the CSRF token never reaches the handler (pve-manager HTTPServer.pm)
    const noCsrf = await page.evaluate(async () => {
      const r = await fetch('/api2/json/nodes/pve/lxc/103/config', { method: 'PUT', body: 'memory=1024' });
      return r.status;
    });
    assert.equal(noCsrf, 401);
    await page.close();
  });

  test('a raw lxc.* line: the lines to edit with a copy button, never an Apply button', async () => {
    const { page } = await healthAs('root@pam');
    const check = page.locator('pvegpu-health-view details[data-check="idmap.gap"]');
    await check.locator('summary').click();
    const manual = check.locator('pvegpu-apply-fix [data-apply="manual"]');
    await manual.waitFor();
    assert.equal(await manual.getAttribute('data-reason'), 'raw-lxc');
    assert.match((await manual.textContent()) ?? '', /lxc\.\*[\s\S]*\/etc\/pve\/lxc\/103\.conf/);
    assert.equal(await check.locator('[data-apply="button"]').count(), 0);
    assert.match(
      (await check.locator('.copy-row pre').first().textContent()) ?? '',
      /lxc\.idmap: g 105 100105 65431/,
    );
    assert.ok((await check.locator('.copy-row button.copy').count()) >= 1);
    await page.close();
  });

  test('keyboard only: Tab to Apply, Enter, focus on the action, Escape returns focus, Enter applies', async () => {
    const { page } = await healthAs('root@pam');
    const apply = fixOf(page, 'dev.gid_wrong_group');
    await apply.locator('[data-apply="button"]').waitFor();
    // from the fail check's summary, Tab reaches the button
    await page
      .locator('pvegpu-health-view details[data-check="dev.gid_wrong_group"] > summary')
      .first()
      .focus();
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focusedEl(page)).apply === 'button';
    }
    assert.ok(reached, 'Tab reaches the Apply button');
    await page.keyboard.press('Enter');
    await apply.locator('dialog[open] [data-diff]').waitFor();
    await until(async () => (await focusedEl(page)).action === 'confirm', 'focus on Apply in the dialog');
    // Escape cancels: the dialog closes and the focus is back on the button that opened it
    await page.keyboard.press('Escape');
    await until(async () => (await apply.locator('dialog[open]').count()) === 0, 'dialog closed');
    await until(async () => (await focusedEl(page)).apply === 'button', 'focus back on the Apply button');
    assert.equal(pve.calls.filter((c) => c.method === 'PUT').length, 0, 'Escape wrote nothing');
    // Tab stays inside the open dialog (a modal): Apply → Cancel → back into the dialog
    await page.keyboard.press('Enter');
    await until(async () => (await focusedEl(page)).action === 'confirm', 'focus on Apply again');
    await page.keyboard.press('Tab');
    assert.equal((await focusedEl(page)).tag, 'button');
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focusedEl(page)).action, 'confirm');
    await page.keyboard.press('Enter');
    await apply.locator('dialog[open] [data-state="done"]').waitFor();
    await until(async () => (await focusedEl(page)).action === 'reboot', 'focus on Reboot');
    const healthAsks = () =>
      shim.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/lxc/103/health')).length;
    const asked = healthAsks();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Close
    await until(async () => (await apply.locator('dialog[open]').count()) === 0, 'closed');
    // the tab runs the checks again on the changed config
    await until(() => healthAsks() > asked, 'health asked again after the change');
    assert.equal(pve.cts.get('103')?.pending.get('dev0'), '/dev/dri/renderD128,gid=104');
    await page.close();
  });

  test('Escape, then Enter before the close event came: the dialog opened again keeps its Apply and the focus', async () => {
    // The close event is queued by close() (HTML Standard, "close the dialog"); Chromium delivers
    // it at the next animation frame, after other tasks (measured: after a 30 ms task's timers and
    // messages). Under load that frame came after a quick Enter on Apply had opened the dialog
    // again and its fresh read was shown: the event is dispatched here at that moment, as it came.
    const { page } = await healthAs('root@pam');
    const apply = fixOf(page, 'dev.gid_wrong_group');
    await apply.locator('[data-apply="button"]').click();
    await apply.locator('dialog[open] [data-action="confirm"]').waitFor();
    await until(async () => (await focusedEl(page)).action === 'confirm', 'focus on Apply in the dialog');
    await apply.locator('dialog').evaluate((d) => {
      d.dispatchEvent(new Event('close'));
    });
    // a frame and a task: Lit renders what the event changed, the component's focus calls run
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    assert.equal(
      await apply.locator('dialog[open] [data-action="confirm"]').count(),
      1,
      'Apply still offered',
    );
    assert.equal((await focusedEl(page)).action, 'confirm', 'the focus still on Apply');
    await page.keyboard.press('Tab');
    assert.equal((await focusedEl(page)).text, 'Cancel', 'Tab goes on to Cancel');
    assert.equal(pve.calls.filter((c) => c.method === 'PUT').length, 0);
    await page.close();
  });
});

describe('Apply when PVE does not take the login or does not answer (German page)', () => {
  /** CT 103's Health view in German, with the CSRF token `csrf` in the page. */
  async function germanHealth(csrf: string): Promise<Page> {
    const { page } = await openShell(browser, shell.url, {
      shim: shim.url,
      select: 'lxc/103',
      ticket: tickets.issue('root@pam'),
      user: 'root@pam',
      csrf,
      lang: 'de',
    });
    await clickNav(page, 'GPU');
    await page.locator('pvegpu-ct-tab button[data-view="health"]').click();
    await page.locator('pvegpu-health-view [data-summary]').waitFor();
    return page;
  }

  test('a CSRF token PVE no longer takes: the 401 explained in German, PVE`s own words beside it', async () => {
    // a token from 3 hours ago: verify_csrf_prevention_token (pve-common Ticket.pm) allows 2 h
    const page = await germanHealth(pve.csrfToken('root@pam', Math.floor(Date.now() / 1000) - 3 * 3600));
    const apply = fixOf(page, 'dev.gid_wrong_group');
    await apply.locator('[data-apply="button"]').click();
    const dialog = apply.locator('dialog[open]');
    await dialog.locator('[data-action="confirm"]').click();
    const failed = dialog.locator('[data-state="failed"]');
    await failed.waitFor();
    assert.equal(pve.calls.find((c) => c.method === 'PUT')?.status, 401);
    assert.match(
      (await failed.textContent()) ?? '',
      /^PVE hat Ihre Anmeldung nicht akzeptiert \(Permission denied - invalid csrf token\):.*Laden Sie die Seite neu/,
    );
    await page.close();
  });

  test('PVE not answering at all: a connection error in German, not the browser`s "Failed to fetch"', async () => {
    const page = await germanHealth(pve.csrfToken('root@pam'));
    const apply = fixOf(page, 'dev.gid_wrong_group');
    await apply.locator('[data-apply="button"]').click();
    const dialog = apply.locator('dialog[open]');
    await dialog.locator('[data-action="confirm"]').waitFor();
    // the connection to pveproxy drops (what the browser reports for a restarting pveproxy)
    await page.route('**/api2/json/**', (route) => route.abort('connectionreset'));
    await dialog.locator('[data-action="confirm"]').click();
    const failed = dialog.locator('[data-state="failed"]');
    await failed.waitFor();
    const text = (await failed.textContent()) ?? '';
    assert.match(text, /^PVE hat nicht geantwortet \(Verbindungsfehler\)/);
    assert.doesNotMatch(text, /fetch/i);
    await page.close();
  });
});
