// SPDX-License-Identifier: AGPL-3.0-or-later
// Serves the PVE-like shell (plugin/shell/static-files.ts) on loopback for browser tests.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentType, shellFiles } from '../../plugin/shell/static-files.ts';

export interface ShellServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Answers the shell's files (true), or leaves the request alone (false): the route a server
 * adds to serve the shell from its own origin (the shell server here, a real shim in
 * test/e2e/datacenter.test.ts).
 */
export function shellRoute(repoRoot: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const files = shellFiles(repoRoot);
  return (req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) return false;
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'Content-Type': contentType(file), 'Cache-Control': 'no-store' }).end(body),
      () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`missing ${file} (run npm run build)`),
    );
    return true;
  };
}

/**
 * `api` answers PVE API paths on the page's own origin (/api2/json/…), where the PVE UI and the
 * panel's Apply call them (test/support/mock-pve/lxc-config.ts); true when it took the request.
 */
export async function startShellServer(
  repoRoot: string,
  opts: { api?: (req: IncomingMessage, res: ServerResponse) => boolean } = {},
): Promise<ShellServer> {
  const shell = shellRoute(repoRoot);
  const server = createServer((req, res) => {
    if (opts.api?.(req, res) || shell(req, res)) return;
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
