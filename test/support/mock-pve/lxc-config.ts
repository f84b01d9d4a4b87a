// SPDX-License-Identifier: AGPL-3.0-or-later
// The part of PVE's API the health panel's Apply uses, as the browser reaches it on the PVE
// page (/api2/json/…, the PVEAuthCookie ticket, a CSRFPreventionToken header on writes):
//   GET  /nodes/{node}/lxc/{vmid}/config      options (pending merged unless current=1) + digest
//   GET  /nodes/{node}/lxc/{vmid}/pending     [{key, value, pending, delete}]
//   PUT  /nodes/{node}/lxc/{vmid}/config      set / delete=… / digest, returns null
//   POST /nodes/{node}/lxc/{vmid}/status/reboot   returns a UPID (task type vzreboot)
//   GET  /nodes/{node}/tasks/{upid}/status    {status: running|stopped, exitstatus}
//   GET  /access/permissions?path=…           the caller's own privileges
// Each behaviour is written from the upstream code it reproduces, cited where it happens.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AccessModel, permissionsOn } from './acl.ts';
import type { TicketAuthority } from './tickets.ts';

export interface MockCt {
  vmid: string;
  /** options of the main section in file order; raw lxc.* lines apart */
  options: Map<string, string>;
  lxc: Array<[string, string]>;
  /** [pve:pending] section: values and `delete:` keys */
  pending: Map<string, string>;
  pendingDelete: string[];
  running: boolean;
}

export interface MockTask {
  upid: string;
  node: string;
  type: string;
  id: string;
  user: string;
  starttime: number;
  /** ms since epoch when the task ends */
  endsAt: number;
  exitstatus: string;
  onEnd?: () => void;
}

/** One request the API answered, for tests to read what the browser really sent. */
export interface LxcApiCall {
  method: string;
  path: string;
  user?: string;
  params: Record<string, string>;
  csrf?: string;
  status: number;
}

/** pve-container Config.pm `$confdesc` keys the mock knows, plus the numbered ones. */
const KNOWN =
  /^(arch|cores|cpulimit|cpuunits|memory|swap|hostname|description|ostype|rootfs|nameserver|searchdomain|features|hookscript|tags|onboot|startup|unprivileged|protection|(dev|mp|net|unused)\d+)$/;

/**
 * LXC_FASTPLUG_OPTIONS (pve-container src/PVE/LXC/Config.pm): applied at once on a running CT.
 * devN / mpN that are new are hot-plugged too (vmconfig_hotplug_pending: "don't try to hotplug
 * over existing dev"); every other change of a running CT stays pending until it restarts.
 */
const FASTPLUG = new Set(['description', 'onboot', 'startup', 'protection', 'tags', 'hookscript']);

/** `VM.Config.*` list of update_vm's permission check (pve-container src/PVE/API2/LXC/Config.pm). */
const VM_CONFIG_PERMS = [
  'VM.Config.Disk',
  'VM.Config.CPU',
  'VM.Config.Memory',
  'VM.Config.Network',
  'VM.Config.Options',
];

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** pve-common Exception.pm raise_perm_exc: 403 "Permission check failed (…)". */
const permExc = (what: string) => new ApiError(403, `Permission check failed (${what})`);
/** raise_param_exc: 400 "Parameter verification failed." with per-parameter errors. */
const paramExc = (errors: Record<string, string>) =>
  new ApiError(400, 'Parameter verification failed.', errors);
/** A plain Perl `die` in an API handler: pve-manager PVE/HTTPServer.pm rest_handler answers 500 with it. */
const died = (message: string) => new ApiError(500, message);

export function parseMockCt(vmid: string, text: string, running: boolean): MockCt {
  const ct: MockCt = { vmid, options: new Map(), lxc: [], pending: new Map(), pendingDelete: [], running };
  let section: 'main' | 'pending' | 'snapshot' = 'main';
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const header = /^\[(.+)\]\s*$/.exec(line);
    if (header) {
      section = header[1] === 'pve:pending' ? 'pending' : 'snapshot';
      continue;
    }
    if (section === 'snapshot') continue;
    const lxc = /^(lxc\.[a-z0-9_.-]+)(?::|\s*=)(.*)$/.exec(line);
    if (lxc && section === 'main') ct.lxc.push([lxc[1], lxc[2].trim()]);
    const opt = /^([a-z][a-z_]*\d*):\s*(.*)$/.exec(line);
    if (!opt || lxc) continue;
    if (section === 'pending' && opt[1] === 'delete')
      ct.pendingDelete.push(...opt[2].split(/[,;\s]+/).filter(Boolean));
    else (section === 'main' ? ct.options : ct.pending).set(opt[1], opt[2].trim());
  }
  return ct;
}

/** The file as pve-container's write_pct_config writes it (options, lxc lines, [pve:pending]). */
export function writeMockCt(ct: MockCt): string {
  const out = [...ct.options].map(([k, v]) => `${k}: ${v}`);
  for (const [k, v] of ct.lxc) out.push(`${k}: ${v}`);
  if (ct.pending.size || ct.pendingDelete.length) {
    out.push('', '[pve:pending]');
    for (const [k, v] of ct.pending) out.push(`${k}: ${v}`);
    if (ct.pendingDelete.length) out.push(`delete: ${ct.pendingDelete.join(',')}`);
  }
  return `${out.join('\n')}\n`;
}

export class MockLxcConfigApi {
  readonly cts = new Map<string, MockCt>();
  readonly tasks = new Map<string, MockTask>();
  readonly calls: LxcApiCall[] = [];
  /** Device nodes that exist on the mock host (pve-container Tools.pm get_device_mode_and_rdev stats them). */
  readonly hostDevices = new Set<string>();
  /** How long a reboot task runs, ms. */
  taskMs = 300;
  private readonly csrfSecret = randomBytes(32);
  private pidSeq = 0x1000;

  constructor(
    readonly node: string,
    readonly model: AccessModel,
    readonly tickets: TicketAuthority,
  ) {}

  addCt(vmid: string, configText: string, running = true): MockCt {
    const ct = parseMockCt(vmid, configText, running);
    this.cts.set(vmid, ct);
    return ct;
  }

  /**
   * What pveproxy gives the browser at login (pve-common Ticket.pm assemble_csrf_prevention_token):
   * "<8 hex digits of unix time>:<base64 HMAC-SHA256 of "time:userid">".
   */
  csrfToken(userid: string, atSeconds = Math.floor(Date.now() / 1000)): string {
    const ts = atSeconds.toString(16).toUpperCase().padStart(8, '0');
    const sig = createHmac('sha256', this.csrfSecret)
      .update(`${ts}:${userid}`)
      .digest('base64')
      .replace(/=+$/, '');
    return `${ts}:${sig}`;
  }

  private csrfValid(userid: string, token: string | undefined): boolean {
    // verify_csrf_prevention_token (pve-common Ticket.pm): same HMAC, age between -300 and 7200 s
    // (pve-access-control AccessControl.pm passes those bounds).
    const m = /^([A-Z0-9]{8}):(\S+)$/.exec(token ?? '');
    if (!m) return false;
    const age = Date.now() / 1000 - Number.parseInt(m[1], 16);
    return this.csrfToken(userid, Number.parseInt(m[1], 16)) === token && age > -300 && age < 7200;
  }

  /** SHA1 of the file as written: pve-container parse_pct_config sets digest = sha1_hex($raw). */
  digest(vmid: string): string {
    const ct = this.cts.get(vmid);
    return ct ? createHash('sha1').update(writeMockCt(ct)).digest('hex') : '';
  }

  /** An edit made by someone else (another browser, `pct set`, a text editor): the digest changes. */
  editByOther(vmid: string, key: string, value: string): void {
    this.cts.get(vmid)?.options.set(key, value);
  }

  private caller(req: IncomingMessage): string | undefined {
    // pve-http-server AnyEvent.pm: the PVEAuthCookie cookie first, then the Authorization header.
    const cookie = /(?:^|;\s*)PVEAuthCookie=([^;]+)/.exec(req.headers.cookie ?? '');
    const fromAuth = /^PVEAuthCookie=(.+)$/.exec(req.headers.authorization ?? '');
    const ticket = cookie
      ? decodeURIComponent(cookie[1])
      : fromAuth
        ? decodeURIComponent(fromAuth[1])
        : undefined;
    if (!ticket) return undefined;
    const v = this.tickets.verify(ticket);
    if ('error' in v) return undefined;
    const user = this.model.users[v.userid];
    return user && user.enabled !== false ? v.userid : undefined;
  }

  private privs(user: string, path: string): Record<string, number> {
    return permissionsOn(this.model, { userid: user }, path);
  }

  private need(user: string, path: string, privs: string[], any = false): void {
    const have = this.privs(user, path);
    const ok = any ? privs.some((p) => have[p] !== undefined) : privs.every((p) => have[p] !== undefined);
    // pve-access-control RPCEnvironment.pm check / check_any: "$path, $priv" and "$path, p1|p2|…"
    if (!ok) throw permExc(`${path}, ${privs.join(any ? '|' : ', ')}`);
  }

  /** Answers the request when it is one of the routes above; false leaves it to the caller. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'https://pve');
    const route = /^\/api2\/json(\/.*)$/.exec(url.pathname)?.[1];
    if (!route) return false;
    const known =
      /^\/nodes\/[^/]+\/(lxc\/\d+\/(config|pending|status\/reboot)|tasks\/[^/]+\/status)$/.test(route) ||
      route === '/access/permissions';
    if (!known) return false;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const params: Record<string, string> = Object.fromEntries(url.searchParams);
      const body = Buffer.concat(chunks).toString('utf8');
      if (body) {
        // pve-http-server takes form-encoded bodies (what Ext.Ajax and the panel send) and JSON
        if ((req.headers['content-type'] ?? '').includes('json')) Object.assign(params, JSON.parse(body));
        else Object.assign(params, Object.fromEntries(new URLSearchParams(body)));
      }
      const csrf = req.headers.csrfpreventiontoken as string | undefined;
      const user = this.caller(req);
      const reply = (status: number, payload: Record<string, unknown>, statusText: string) => {
        this.calls.push({ method, path: route, user, params, csrf, status });
        // pve-http-server Formatter/Standard.pm: json answers {data}, errors add message (+ errors)
        res.writeHead(status, statusText.replace(/[^\t\x20-\x7e]/g, ' '), {
          'Content-Type': 'application/json;charset=UTF-8',
        });
        res.end(JSON.stringify(payload));
      };
      try {
        // pve-http-server AnyEvent.pm: no valid ticket → 401 "No ticket" before any handler runs
        if (!user) throw new ApiError(401, 'No ticket');
        // pve-manager PVE/HTTPServer.pm auth_handler: every non-GET with a ticket needs the token
        if (method !== 'GET' && !this.csrfValid(user, csrf))
          throw new ApiError(401, 'Permission denied - invalid csrf token');
        const data = this.route(method, route, params, user);
        reply(200, { data }, 'OK');
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        reply(
          err.status,
          { data: null, message: `${err.message}\n`, ...(err.errors ? { errors: err.errors } : {}) },
          err.message,
        );
      }
    });
    return true;
  }

  private route(method: string, route: string, params: Record<string, string>, user: string): unknown {
    if (route === '/access/permissions' && method === 'GET') {
      const path = params.path ?? '/';
      return { [path]: this.privs(user, path) };
    }
    const task = /^\/nodes\/([^/]+)\/tasks\/([^/]+)\/status$/.exec(route);
    if (task && method === 'GET') return this.taskStatus(user, decodeURIComponent(task[2]));
    const m = /^\/nodes\/([^/]+)\/lxc\/(\d+)\/(config|pending|status\/reboot)$/.exec(route);
    if (!m) throw new ApiError(501, `Method '${method} ${route}' not implemented`);
    const [, node, vmid, what] = m;
    const ct = this.cts.get(vmid);
    // PVE proxies to the node the CT lives on; a CT this node does not have does not exist
    if (!ct || node !== this.node)
      throw died(`Configuration file 'nodes/${node}/lxc/${vmid}.conf' does not exist`);
    if (what === 'config' && method === 'GET') return this.getConfig(user, ct, params.current === '1');
    if (what === 'pending' && method === 'GET') return this.getPending(user, ct);
    if (what === 'config' && method === 'PUT') return this.putConfig(user, ct, params);
    if (what === 'status/reboot' && method === 'POST') return this.reboot(user, ct);
    throw new ApiError(501, `Method '${method} ${route}' not implemented`);
  }

  /** pve-container API2/LXC/Config.pm vm_config: VM.Audit; load_current_config merges pending unless current. */
  private getConfig(user: string, ct: MockCt, current: boolean): Record<string, unknown> {
    this.need(user, `/vms/${ct.vmid}`, ['VM.Audit']);
    const conf: Record<string, unknown> = Object.fromEntries(ct.options);
    if (!current) {
      for (const [k, v] of ct.pending) conf[k] = v;
      for (const k of ct.pendingDelete) delete conf[k];
    }
    if (ct.lxc.length) conf.lxc = ct.lxc.map(([k, v]) => [k, v]);
    conf.digest = this.digest(ct.vmid);
    return conf;
  }

  /** pve-container API2/LXC.pm vm_pending → GuestHelpers config_with_pending_array. */
  private getPending(user: string, ct: MockCt): Array<Record<string, unknown>> {
    this.need(user, `/vms/${ct.vmid}`, ['VM.Audit']);
    const keys = new Set([...ct.options.keys(), ...ct.pending.keys(), ...ct.pendingDelete]);
    return [...keys].map((key) => ({
      key,
      ...(ct.options.has(key) ? { value: ct.options.get(key) } : {}),
      ...(ct.pending.has(key) ? { pending: ct.pending.get(key) } : {}),
      ...(ct.pendingDelete.includes(key) ? { delete: 1 } : {}),
    }));
  }

  /** pve-container API2/LXC/Config.pm update_vm, in its order of checks. */
  private putConfig(user: string, ct: MockCt, params: Record<string, string>): null {
    // permissions => ['perm', '/vms/{vmid}', $vm_config_perm_list, any => 1]
    this.need(user, `/vms/${ct.vmid}`, VM_CONFIG_PERMS, true);
    const { digest, delete: deleteStr, revert, node: _n, vmid: _v, ...set } = params;
    if (revert !== undefined) throw new ApiError(501, 'revert is not part of the mock');
    const del = (deleteStr ?? '').split(/[,;\s]+/).filter(Boolean);
    if (Object.keys(set).length === 0 && del.length === 0) throw died('no options specified');
    for (const k of Object.keys(set))
      if (!KNOWN.test(k))
        throw paramExc({
          [k]: 'property is not defined in schema and the schema does not allow additional properties',
        });
    // pve-common Tools.pm assert_if_modified
    if (digest && digest !== this.digest(ct.vmid))
      throw died('detected modified configuration - file changed by other user? Try again.');
    // PVE::LXC::check_ct_modify_config_perm, for the deleted keys and then the set ones
    if (user !== 'root@pam') {
      const check = (opt: string, isDelete: boolean) => {
        if (/^dev\d+$/.test(opt))
          throw permExc('configuring device passthrough is only allowed for root@pam');
        if (opt === 'rootfs' || /^mp\d+$/.test(opt)) {
          this.need(user, `/vms/${ct.vmid}`, ['VM.Config.Disk']);
          // parse_volume: a host path (bind mount) or device is not type 'volume'
          if (!isDelete && set[opt].split(',')[0].startsWith('/'))
            throw permExc('mount point type bind is only allowed for root@pam');
          return;
        }
        if (opt === 'hookscript') throw permExc('changing the hookscript is only allowed for root@pam');
        this.need(user, `/vms/${ct.vmid}`, ['VM.Config.Options']);
      };
      for (const k of del) check(k, true);
      for (const k of Object.keys(set)) check(k, false);
    }
    for (const k of del) {
      if (!KNOWN.test(k)) throw paramExc({ delete: `unknown option '${k}'` });
      if (set[k] !== undefined)
        throw paramExc({ delete: `you can't use '-${k}' and -delete ${k}' at the same time` });
    }
    // update_pct_config: read-only options, then each devN's path must be a device on the host
    for (const k of [...del, ...Object.keys(set)]) {
      if (k === 'unprivileged')
        throw died(`unable to ${set[k] === undefined ? 'delete' : 'modify'} read-only option: '${k}'`);
    }
    for (const [k, v] of Object.entries(set)) {
      if (!/^dev\d+$/.test(k)) continue;
      const path = /(?:^|,)(?:path=)?(\/[^,]*)/.exec(v)?.[1];
      if (!path) throw died(`Path is not defined for passthrough device ${k}`);
      if (!this.hostDevices.has(path)) throw died(`Device ${path} does not exist`);
    }
    // write to pending, then hotplug (running) or apply (stopped)
    for (const k of del) {
      if (!ct.options.has(k) && !ct.pending.has(k)) continue; // "cannot delete … not set" is only a warning
      ct.pending.delete(k);
      if (!ct.pendingDelete.includes(k)) ct.pendingDelete.push(k);
    }
    for (const [k, v] of Object.entries(set)) {
      ct.pending.set(k, v);
      ct.pendingDelete = ct.pendingDelete.filter((x) => x !== k);
    }
    this.applyPending(ct, !ct.running);
    return null;
  }

  /**
   * vmconfig_apply_pending (stopped CT, or at start) moves every pending change into the config;
   * vmconfig_hotplug_pending (running CT) only the fast-plug options and new devN/mpN.
   */
  private applyPending(ct: MockCt, all: boolean): void {
    for (const k of [...ct.pendingDelete]) {
      if (!all && !FASTPLUG.has(k)) continue;
      ct.options.delete(k);
      ct.pendingDelete = ct.pendingDelete.filter((x) => x !== k);
    }
    for (const [k, v] of [...ct.pending]) {
      const hotplug = FASTPLUG.has(k) || (/^(dev|mp)\d+$/.test(k) && !ct.options.has(k));
      if (!all && !hotplug) continue;
      ct.options.set(k, v);
      ct.pending.delete(k);
    }
  }

  /** pve-container API2/LXC/Status.pm vm_reboot: VM.PowerMgmt, running CT, fork_worker('vzreboot'). */
  private reboot(user: string, ct: MockCt): string {
    this.need(user, `/vms/${ct.vmid}`, ['VM.PowerMgmt']);
    if (!ct.running) throw died(`VM ${ct.vmid} not running`);
    const hex = (n: number, w = 8) => n.toString(16).toUpperCase().padStart(w, '0');
    const now = Math.floor(Date.now() / 1000);
    const pid = this.pidSeq++;
    // pve-common Tools.pm upid_encode: UPID:node:pid:pstart:starttime:type:id:user:
    const upid = `UPID:${this.node}:${hex(pid)}:${hex(pid * 7)}:${hex(now)}:vzreboot:${ct.vmid}:${user}:`;
    this.tasks.set(upid, {
      upid,
      node: this.node,
      type: 'vzreboot',
      id: ct.vmid,
      user,
      starttime: now,
      endsAt: Date.now() + this.taskMs,
      exitstatus: 'OK',
      // LXC.pm vm_start: "apply pending changes while starting"
      onEnd: () => this.applyPending(ct, true),
    });
    return upid;
  }

  /** Ends a task now: a test that must first see it running holds it with a long taskMs. */
  finishTask(upid: string): void {
    const t = this.tasks.get(upid);
    if (t) t.endsAt = Date.now();
  }

  /** pve-manager API2/Tasks.pm read_task_status: the owner, or Sys.Audit on the node. */
  private taskStatus(user: string, upid: string): Record<string, unknown> {
    const t = this.tasks.get(upid);
    if (!t) throw paramExc({ upid: 'no such task' });
    if (t.user !== user) this.need(user, `/nodes/${t.node}`, ['Sys.Audit']);
    const running = Date.now() < t.endsAt;
    if (!running && t.onEnd) {
      t.onEnd();
      t.onEnd = undefined;
    }
    return {
      upid,
      node: t.node,
      type: t.type,
      id: t.id,
      user: t.user,
      starttime: t.starttime,
      status: running ? 'running' : 'stopped',
      ...(running ? {} : { exitstatus: t.exitstatus }),
    };
  }
}
