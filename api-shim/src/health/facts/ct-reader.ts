// SPDX-License-Identifier: AGPL-3.0-or-later
// Reading files of a running container without ever trusting it (DESIGN.md decision 10).
//
// Everything under a container's root is the container's to shape: a path can be a symlink
// (absolute, or climbing with ".."), a FIFO, a file on a stalled FUSE mount, a million-line file,
// and it can change between two looks (a `renameat2(RENAME_EXCHANGE)` of /etc with a symlink).
// Resolving such paths from the host, link by link, always leaves a window. So the reads are done
// by a child process that first confines itself to the container's own view, and only then
// looks at paths:
//   1. chroot(/proc/<initpid>/root): the container's root directory, seen through its mount
//      namespace's mounts; every absolute link and every ".." now resolves inside the container,
//      whatever is swapped when, because the kernel resolves each lookup against that root;
//   2. the identity the container's user namespace gives its root: for an unprivileged container
//      the mapped uid/gid (e.g. 100000), which drops every capability, so the reader can open
//      only what the container's own root could; a privileged container's root is host root;
//   3. opens with O_NOFOLLOW|O_NONBLOCK, reads only regular files, at most `cap` bytes each;
//   4. the parent (this process) never blocks: it waits for the child's stdout with a deadline,
//      keeps at most the sum of the caps, and kills the child when the deadline passes. A read
//      that hangs costs the files not read yet in this batch, nothing else.
// The child is Debian's perl (perl-base is Essential, so on every PVE host): Node cannot chroot
// or setuid in a forked child of its own. Perl loads everything it needs before the chroot and
// execs nothing afterwards, so no binary or library of the container ever runs.
//
// A non-root caller (the CLI reading a host snapshot as a user) cannot chroot; its reader then
// opens paths below the root prefix directly, with the same caps and deadline: it has no
// privilege a planted link could abuse.
import { spawn } from 'node:child_process';
import type { HostRoot } from '../../host/host-root.ts';

export type CtReadKind =
  /** a regular file, up to `cap` bytes */
  | 'file'
  /** names in a directory, up to `cap` names */
  | 'dir'
  /** only the `Package:` and `Status:` lines of a dpkg status file, reading at most `cap` bytes */
  | 'dpkg'
  /** a directory tree (3 levels below it), `cap` entries at most, each lstat()ed: one line per
   * entry, "<path below>\t<type>\t<major>\t<minor>\t<uid>\t<gid>\t<mode>\t<link target>"
   * (host ids: the reader is not inside the container's user namespace) */
  | 'nodes';

export interface CtReadRequest {
  kind: CtReadKind;
  /** absolute path inside the container */
  path: string;
  cap: number;
}

export type CtReadProblem =
  | 'missing'
  | 'denied'
  | 'not-regular'
  | 'not-directory'
  | 'symlink'
  | 'error'
  /** the deadline passed before this read finished (slow file, FUSE stall, FIFO) */
  | 'timeout';

export interface CtReadResult {
  path: string;
  kind: CtReadKind;
  /** the bytes (file), the filtered lines (dpkg) or newline-separated names (dir) */
  text?: string;
  /** more than `cap` was there; `text` holds the first `cap` */
  truncated: boolean;
  problem?: CtReadProblem;
}

export interface CtReaderOptions {
  /** whole batch deadline, ms (default 3000) */
  timeoutMs?: number;
  /** perl binary (default /usr/bin/perl) */
  perl?: string;
}

/** Caps on what one batch may return to this process, whatever the requests say. */
const MAX_FILE_CAP = 4 * 1024 * 1024;
const MAX_DPKG_INPUT = 64 * 1024 * 1024;
const MAX_DIR_NAMES = 65536;

// Output: one record per request, in order: "R <index> <status> <truncated> <bytes>\n<bytes>\n".
// Status is "ok" or a CtReadProblem. stdout is unbuffered so finished records reach the parent
// even when a later read hangs.
const READER = String.raw`
use strict;
use warnings;
use Fcntl qw(O_RDONLY O_NONBLOCK O_NOFOLLOW O_DIRECTORY);
use Errno qw(ENOENT ENOTDIR EACCES EPERM ELOOP);
$| = 1;
binmode STDOUT;
my ($mode, $root, $uid, $gid, @ops) = @ARGV;
sub out { my ($i, $st, $tr, $data) = @_; $data = '' unless defined $data;
  print STDOUT "R $i $st $tr " . length($data) . "\n" . $data . "\n"; }
sub why { return 'missing' if $!{ENOENT} || $!{ENOTDIR}; return 'denied' if $!{EACCES} || $!{EPERM};
  return 'symlink' if $!{ELOOP}; return 'error'; }
my $prefix = '';
if ($mode eq 'chroot') {
  chdir($root) or die "chdir $root: $!\n";
  chroot('.') or die "chroot $root: $!\n";
  chdir('/') or die "chdir /: $!\n";
  if ($uid != 0 || $gid != 0) {
    $) = "$gid $gid"; $( = $gid;
    ($<, $>) = ($uid, $uid);
    my $rgid = (split(' ', $())[0];
    die "cannot become $uid:$gid\n" if $< != $uid || $> != $uid || $rgid != $gid;
  }
} else { $prefix = $root; $prefix =~ s{/+$}{}; }
my $i = -1;
for my $op (@ops) {
  $i++;
  my ($kind, $cap, $path) = split(/:/, $op, 3);
  my $p = $prefix . $path;
  if ($kind eq 'nodes') {
    my @st = lstat($p);
    if (!@st) { out($i, why(), 0); next; }
    if (-l _) { out($i, 'symlink', 0); next; }
    if (!-d _) { out($i, 'not-directory', 0); next; }
    my ($n, $tr, $data, @queue) = (0, 0, '', ['', 0]);
    WALK: while (@queue) {
      my ($rel, $depth) = @{shift @queue};
      my $dh; next unless opendir($dh, $p . $rel);
      my @names = sort grep { $_ ne '.' && $_ ne '..' && !/[\n\t]/ } readdir($dh);
      closedir($dh);
      for my $e (@names) {
        if ($n >= $cap) { $tr = 1; last WALK; }
        my $r = "$rel/$e";
        my @s = lstat($p . $r); next unless @s;
        my ($m, $u, $g, $rdev) = @s[2, 4, 5, 6];
        my $t = -l _ ? 'symlink' : -d _ ? 'dir' : -c _ ? 'char' : -b _ ? 'block' : -f _ ? 'file' : 'other';
        my $to = '';
        if ($t eq 'symlink') { $to = readlink($p . $r); $to = '' if !defined($to) || $to =~ /[\n\t]/; }
        # Linux dev_t (glibc gnu_dev_major/gnu_dev_minor)
        my $maj = (($rdev >> 8) & 0xfff) | (($rdev >> 32) & ~0xfff);
        my $min = ($rdev & 0xff) | (($rdev >> 12) & ~0xff);
        $data .= join("\t", $r, $t, $maj, $min, $u, $g, sprintf('%04o', $m & 07777), $to) . "\n";
        $n++;
        push @queue, [$r, $depth + 1] if $t eq 'dir' && $depth < 3;
      }
    }
    out($i, 'ok', $tr, $data);
    next;
  }
  if ($kind eq 'dir') {
    my @st = lstat($p);
    if (!@st) { out($i, why(), 0); next; }
    if (-l _) { out($i, 'symlink', 0); next; }
    if (!-d _) { out($i, 'not-directory', 0); next; }
    my $dh; if (!opendir($dh, $p)) { out($i, why(), 0); next; }
    my ($n, $tr, $data) = (0, 0, '');
    while (defined(my $e = readdir($dh))) {
      next if $e eq '.' || $e eq '..' || $e =~ /\n/;
      if ($n >= $cap) { $tr = 1; last; }
      $data .= "$e\n"; $n++;
    }
    closedir($dh);
    out($i, 'ok', $tr, $data);
    next;
  }
  my $fh;
  if (!sysopen($fh, $p, O_RDONLY | O_NONBLOCK | O_NOFOLLOW)) { out($i, why(), 0); next; }
  if (!-f $fh) { out($i, 'not-regular', 0); close($fh); next; }
  if ($kind eq 'file') {
    my $data = '';
    while (length($data) <= $cap) {
      my $r = sysread($fh, $data, 65536, length($data));
      last if !defined($r) || $r == 0;
    }
    my $tr = length($data) > $cap ? 1 : 0;
    out($i, 'ok', $tr, substr($data, 0, $cap));
  } else {
    my ($in, $buf, $carry, $data, $tr) = (0, '', '', '', 0);
    while (1) {
      my $r = sysread($fh, $buf, 65536);
      last if !defined($r) || $r == 0;
      $in += $r;
      my @lines = split(/\n/, $carry . $buf, -1);
      $carry = pop(@lines);
      $carry = '' if length($carry) > 4096;
      for (@lines) { $data .= "$_\n" if $_ eq '' || /^(?:Package|Status):/; }
      if ($in >= $cap) { $tr = 1; last; }
    }
    $data .= "$carry\n" if $carry =~ /^(?:Package|Status):/;
    out($i, 'ok', $tr, $data);
  }
  close($fh);
}
`;

/** The uid and gid the container's user namespace maps its root to (0 for a privileged CT). */
export async function containerRootIds(host: HostRoot, pid: number): Promise<{ uid: number; gid: number }> {
  const outside = async (file: string) => {
    const text = await host.readText(`/proc/${pid}/${file}`, 4096).catch(() => undefined);
    for (const line of (text ?? '').split('\n')) {
      const [inside, out, count] = line.trim().split(/\s+/).map(Number);
      if (inside === 0 && count > 0 && Number.isSafeInteger(out)) return out;
    }
    // No map (a snapshot without one) or root unmapped: the overflow id, which owns nothing.
    return 65534;
  };
  const [uid, gid] = await Promise.all([outside('uid_map'), outside('gid_map')]);
  return { uid, gid };
}

/** Reads `requests` inside the container whose init is `pid`; never throws, never hangs. */
export async function readInContainer(
  host: HostRoot,
  pid: number,
  requests: CtReadRequest[],
  opts: CtReaderOptions = {},
): Promise<CtReadResult[]> {
  const results: CtReadResult[] = requests.map((r) => ({ path: r.path, kind: r.kind, truncated: false }));
  const ops: string[] = [];
  for (const r of requests) {
    if (!r.path.startsWith('/') || r.path.includes('\0')) throw new Error(`not an absolute path: ${r.path}`);
    const limit =
      r.kind === 'dir' || r.kind === 'nodes'
        ? MAX_DIR_NAMES
        : r.kind === 'dpkg'
          ? MAX_DPKG_INPUT
          : MAX_FILE_CAP;
    ops.push(`${r.kind}:${Math.max(0, Math.min(Math.floor(r.cap), limit))}:${r.path}`);
  }
  if (!ops.length) return results;
  const { uid, gid } = await containerRootIds(host, pid);
  const root = host.resolve(`/proc/${pid}/root`);
  const chroot = process.getuid?.() === 0;
  // The most this child may send: every cap plus record headers (dir names: 256 bytes each).
  const maxOut = requests.reduce(
    (sum, r) =>
      sum +
      64 +
      (r.kind === 'dir'
        ? Math.min(r.cap, MAX_DIR_NAMES) * 256
        : r.kind === 'nodes'
          ? Math.min(r.cap, MAX_DIR_NAMES) * 1024
          : Math.min(r.cap, MAX_FILE_CAP)),
    0,
  );
  const timeoutMs = opts.timeoutMs ?? 3000;

  const stdout = await new Promise<{ data: Buffer; failed?: string }>((resolve) => {
    const child = spawn(
      opts.perl ?? '/usr/bin/perl',
      ['-e', READER, chroot ? 'chroot' : 'plain', root, String(uid), String(gid), ...ops],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' } },
    );
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failed: string | undefined;
    const finish = () => {
      clearTimeout(timer);
      resolve({ data: Buffer.concat(chunks), failed });
    };
    const timer = setTimeout(() => {
      failed = 'timeout';
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      size += d.length;
      if (size > maxOut) {
        failed = 'output over its limit';
        child.kill('SIGKILL');
        return;
      }
      chunks.push(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 1024) stderr += d.toString('utf8');
    });
    child.on('error', (err) => {
      failed = `cannot run the reader: ${err.message}`;
    });
    child.on('close', (code) => {
      if (!failed && code !== 0) failed = stderr.trim() || `reader exited ${code}`;
      finish();
    });
  });

  let at = 0;
  const data = stdout.data;
  while (at < data.length) {
    const nl = data.indexOf(10, at);
    if (nl === -1) break;
    const m = /^R (\d+) ([a-z-]+) ([01]) (\d+)$/.exec(data.subarray(at, nl).toString('latin1'));
    if (!m) break;
    const [i, status, truncated, len] = [Number(m[1]), m[2], m[3] === '1', Number(m[4])];
    if (nl + 1 + len + 1 > data.length || !results[i]) break; // cut off mid-record
    const body = data.subarray(nl + 1, nl + 1 + len).toString('utf8');
    results[i] =
      status === 'ok'
        ? { ...results[i], text: body, truncated }
        : { ...results[i], problem: status as CtReadProblem };
    at = nl + 1 + len + 1;
  }
  for (const r of results) {
    if (r.text === undefined && r.problem === undefined)
      r.problem = stdout.failed === 'timeout' ? 'timeout' : 'error';
  }
  // snapshots replay what the container showed (host/read-recorder.ts)
  requests.forEach((request, i) => {
    host.recorder?.record({
      op: 'ct',
      path: `/proc/${pid}/root${request.path}`,
      pid,
      request,
      result: results[i],
    });
  });
  return results;
}
