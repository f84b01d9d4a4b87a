// SPDX-License-Identifier: AGPL-3.0-or-later
// A running "container" for tests of reads a container can stall: a process in its own mount
// namespace whose root is a tmpfs only that namespace sees (as LXC's init is after its
// pivot_root), with /etc/group, /etc/passwd and, at /stall, a FUSE mount whose daemon never
// answers (nobody reads the /dev/fuse fd, not even FUSE_INIT), so any lookup below it waits
// forever. Needs root, util-linux's unshare and /dev/fuse: a missing one fails with what to do.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A running "container": own mount namespace, root = a tmpfs only it sees, /stall = FUSE that never answers. */
const CONTAINER = `set -e
exec 3<>/dev/fuse
mount -t tmpfs pve-gpu-tab-ct "$1"
mkdir -p "$1/etc" "$1/stall"
echo 'render:x:993:ct' > "$1/etc/group"
echo 'root:x:0:0::/root:/bin/sh' > "$1/etc/passwd"
mount -i -t fuse -o fd=3,rootmode=40000,user_id=0,group_id=0 stall "$1/stall"
exec perl -e 'chroot($ARGV[0]) or die "chroot: $!"; chdir("/"); $| = 1; print "ready\\n"; sleep 600' "$1"`;

export function startContainer(): Promise<{ child: ChildProcess; pid: number; cleanup(): void }> {
  assert.equal(process.getuid?.(), 0, 'this test mounts file systems: run the unit tests as root');
  assert.ok(existsSync('/dev/fuse'), 'no /dev/fuse: load the fuse module (modprobe fuse)');
  assert.ok(spawnSync('unshare', ['--version']).status === 0, 'unshare missing: apt-get install util-linux');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ct-root-'));
  const child = spawn('unshare', ['-m', '--propagation', 'private', 'sh', '-c', CONTAINER, 'sh', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const cleanup = () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`container not ready: ${out}`)), 10_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      if (/ready/.test(out)) {
        clearTimeout(timer);
        resolve({ child, pid: child.pid as number, cleanup });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`container exited (${code}): ${out}`)));
  });
}
