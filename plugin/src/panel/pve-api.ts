// SPDX-License-Identifier: AGPL-3.0-or-later
// PVE's own API, called from the PVE page exactly as PVE's UI calls it: same origin
// (/api2/json/…), the login cookie PVEAuthCookie sent by the browser, and on every write the
// CSRFPreventionToken header (proxmox-widget-toolkit src/Utils.js adds it in Ext.Ajax's
// beforerequest; pveproxy refuses a write without it, pve-manager PVE/HTTPServer.pm). Who is
// logged in and the token come from what index.html.tpl writes into the page: Proxmox.UserName
// and Proxmox.CSRFPreventionToken. The shim has no part in this: it never writes a config.

/** The logged-in user, as the PVE page knows it. */
export interface PveIdentity {
  user: string;
  csrfToken: string;
}

declare global {
  interface Window {
    Proxmox?: { UserName?: string; CSRFPreventionToken?: string; defaultLang?: string };
  }
}

/** Proxmox.UserName / Proxmox.CSRFPreventionToken of this page; undefined outside a logged-in PVE page. */
export function pageIdentity(): PveIdentity | undefined {
  const p = typeof window !== 'undefined' ? window.Proxmox : undefined;
  if (!p || typeof p.UserName !== 'string' || !p.UserName || typeof p.CSRFPreventionToken !== 'string')
    return undefined;
  return { user: p.UserName, csrfToken: p.CSRFPreventionToken };
}

/** A refused call: PVE's HTTP status, its message (status line / body) and per-parameter errors. */
export class PveApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }

  /** pve-common Tools.pm assert_if_modified: the digest sent is not the file's any more. */
  get configModified(): boolean {
    return /detected modified configuration|file changed by other user/.test(this.message);
  }
}

export type CtConfig = Record<string, unknown> & { digest?: string };

export interface PendingItem {
  key: string;
  value?: string;
  pending?: string;
  delete?: number;
}

export interface TaskStatus {
  status: 'running' | 'stopped';
  exitstatus?: string;
  upid: string;
}

export class PveApi {
  constructor(
    private readonly identity: PveIdentity,
    private readonly base = '/api2/json',
  ) {}

  get user(): string {
    return this.identity.user;
  }

  private async call<T>(method: string, path: string, params?: Record<string, string>): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    let body: string | undefined;
    if (method !== 'GET') {
      headers.CSRFPreventionToken = this.identity.csrfToken;
      // form-encoded like Ext.Ajax's params, which pveproxy parses for PUT and POST
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(params ?? {}).toString();
    }
    let res: Response;
    try {
      res = await fetch(this.base + path, { method, headers, body, credentials: 'same-origin' });
    } catch (err) {
      // status 0: no answer at all (the browser's own words, e.g. "Failed to fetch", stay English)
      throw new PveApiError(0, String((err as Error).message ?? err));
    }
    let payload: { data?: unknown; message?: string; errors?: Record<string, string> } = {};
    try {
      payload = await res.json();
    } catch {}
    if (!res.ok) {
      // pve-http-server Formatter/Standard.pm: the message is in the body and the status line
      const message = (payload.message ?? res.statusText ?? `HTTP ${res.status}`).trim();
      throw new PveApiError(res.status, message || `HTTP ${res.status}`, payload.errors);
    }
    return payload.data as T;
  }

  private ct(node: string, vmid: string): string {
    return `/nodes/${encodeURIComponent(node)}/lxc/${encodeURIComponent(vmid)}`;
  }

  /** The config with pending values merged (what PVE's edit windows load) and its digest. */
  config(node: string, vmid: string): Promise<CtConfig> {
    return this.call('GET', `${this.ct(node, vmid)}/config`);
  }

  /** PUT …/config: set keys, delete=k1,k2 and the digest the change was computed against. */
  updateConfig(
    node: string,
    vmid: string,
    change: { set: Record<string, string>; delete: string[] },
    digest: string,
  ): Promise<null> {
    const params: Record<string, string> = { ...change.set, digest };
    if (change.delete.length) params.delete = change.delete.join(',');
    return this.call('PUT', `${this.ct(node, vmid)}/config`, params);
  }

  pending(node: string, vmid: string): Promise<PendingItem[]> {
    return this.call('GET', `${this.ct(node, vmid)}/pending`);
  }

  /** POST …/status/reboot: the task's UPID (vzreboot); pending changes apply as it starts. */
  reboot(node: string, vmid: string): Promise<string> {
    return this.call('POST', `${this.ct(node, vmid)}/status/reboot`);
  }

  taskStatus(node: string, upid: string): Promise<TaskStatus> {
    return this.call('GET', `/nodes/${encodeURIComponent(node)}/tasks/${encodeURIComponent(upid)}/status`);
  }

  /** The user's own privileges on a path (GET /access/permissions?path=…). */
  async privileges(path: string): Promise<Record<string, number>> {
    const all = await this.call<Record<string, Record<string, number>>>(
      'GET',
      `/access/permissions?path=${encodeURIComponent(path)}`,
    );
    return all?.[path] ?? {};
  }
}
