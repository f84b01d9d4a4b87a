#!/usr/bin/env node
// SPDX-License-Identifier: AGPL-3.0-or-later
// `npm run repo -- --key KEY [options]`: a signed apt repository for pve-gpu-tab.
//
//   --key KEY         signing key: a key id / fingerprint in the GnuPG home, or a file holding
//                     an exported secret key (imported into a throwaway GnuPG home) — required
//   --gnupghome DIR   GnuPG home holding KEY (default: $GNUPGHOME or ~/.gnupg)
//   --deb FILE        a .deb to publish (repeatable; default: build one from dist/ now)
//   --out DIR         output directory (default: build/apt-repo; its contents are replaced)
//   --suite LIST      comma-separated suites (default: bookworm,trixie = PVE 8 and PVE 9)
//   --url URL         where the directory will be served, for the .sources files
//                     (default: file://<out>)
//
// Output, ready to copy to any static web server:
//   dists/<suite>/{InRelease,Release,Release.gpg,main/binary-{amd64,arm64}/Packages{,.gz}}
//   pool/main/p/pve-gpu-tab/*.deb
//   pve-gpu-tab-archive-keyring.gpg (+ .asc)  → /etc/apt/keyrings/ on the PVE host (admin keyrings)
//   pve-gpu-tab-<suite>.sources                → /etc/apt/sources.list.d/pve-gpu-tab.sources
//   SHA256SUMS, SHA256SUMS.asc
// Needs apt-utils (apt-ftparchive) and gnupg; no network.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildDeb } from '../build-deb.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const KEYRING_NAME = 'pve-gpu-tab-archive-keyring.gpg';
// An admin-installed key goes to /etc/apt/keyrings (apt's sources.list(5), Signed-By); /usr/share/keyrings
// is for keyrings that packages ship.
export const KEYRING_PATH = `/etc/apt/keyrings/${KEYRING_NAME}`;
const ARCHES = ['amd64', 'arm64'];
const COMPONENT = 'main';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: opts.encoding ?? 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error) {
    const pkg = { 'apt-ftparchive': 'apt-utils', gpg: 'gnupg', gpgv: 'gpgv' }[cmd] ?? cmd;
    throw new Error(`${cmd}: ${r.error.message} (install the Debian package ${pkg})`);
  }
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** Resolves --key to a fingerprint in a GnuPG home we may use. */
function signingKey(key, gnupghome, scratch) {
  let home = gnupghome;
  if (existsSync(key) && statSync(key).isFile()) {
    home = path.join(scratch, 'gnupg');
    mkdirSync(home, { mode: 0o700 });
    run('gpg', ['--batch', '--homedir', home, '--import', key]);
    key = run('gpg', ['--batch', '--homedir', home, '--list-secret-keys', '--with-colons']).match(
      /^fpr:+([0-9A-F]{40,64}):/m,
    )?.[1];
    if (!key) throw new Error(`--key file holds no secret key`);
  }
  const homeArgs = home ? ['--homedir', home] : [];
  const listing = spawnSync('gpg', [...homeArgs, '--batch', '--list-secret-keys', '--with-colons', key], {
    encoding: 'utf8',
  });
  if (listing.error) throw new Error(`gpg: ${listing.error.message} (install the Debian package gnupg)`);
  const fpr = listing.status === 0 ? listing.stdout.match(/^fpr:+([0-9A-F]{40,64}):/m)?.[1] : undefined;
  if (!fpr) throw new Error(`no secret key '${key}' in ${home ?? '~/.gnupg'} (--key, --gnupghome)`);
  return { fpr, homeArgs };
}

export function buildRepo({ key, gnupghome, debs, out, suites, url }) {
  if (!key) throw new Error('--key is required: the repository is always signed');
  out = path.resolve(out ?? path.join(root, 'build/apt-repo'));
  suites = suites?.length ? suites : ['bookworm', 'trixie'];
  for (const s of suites) if (!/^[a-z][a-z0-9-]*$/.test(s)) throw new Error(`bad suite name '${s}'`);
  url = url ?? `file://${out}`;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'pve-gpu-tab-repo-'));
  try {
    const { fpr, homeArgs } = signingKey(key, gnupghome ?? process.env.GNUPGHOME, scratch);
    const gpg = (args, opts) => run('gpg', [...homeArgs, '--batch', '--yes', ...args], opts);
    if (!debs?.length) debs = [buildDeb({ out: path.join(scratch, 'deb') })];

    rmSync(out, { recursive: true, force: true });
    const pool = path.join(out, 'pool', COMPONENT, 'p', 'pve-gpu-tab');
    mkdirSync(pool, { recursive: true });
    for (const deb of debs) {
      if (!existsSync(deb)) throw new Error(`no such .deb: ${deb}`);
      copyFileSync(deb, path.join(pool, path.basename(deb)));
    }
    // One index for every suite: the package is Architecture: all and runs on PVE 8 and 9.
    const packages = run('apt-ftparchive', ['packages', 'pool'], { cwd: out });
    if (!packages.includes('Package: pve-gpu-tab')) throw new Error('apt-ftparchive found no package');
    for (const suite of suites) {
      const dist = path.join(out, 'dists', suite);
      for (const arch of ARCHES) {
        const dir = path.join(dist, COMPONENT, `binary-${arch}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, 'Packages'), packages);
        writeFileSync(path.join(dir, 'Packages.gz'), gzipSync(packages, { level: 9 }));
      }
      const release = run(
        'apt-ftparchive',
        [
          // apt ignores MD5 and SHA1 in Release files; only publish the hashes it checks.
          '-o',
          'APT::FTPArchive::MD5=false',
          '-o',
          'APT::FTPArchive::SHA1=false',
          '-o',
          'APT::FTPArchive::Release::Origin=pve-gpu-tab',
          '-o',
          'APT::FTPArchive::Release::Label=pve-gpu-tab',
          '-o',
          `APT::FTPArchive::Release::Suite=${suite}`,
          '-o',
          `APT::FTPArchive::Release::Codename=${suite}`,
          '-o',
          `APT::FTPArchive::Release::Architectures=${ARCHES.join(' ')}`,
          '-o',
          `APT::FTPArchive::Release::Components=${COMPONENT}`,
          '-o',
          'APT::FTPArchive::Release::Description=GPU tab for the Proxmox VE web UI',
          'release',
          '.',
        ],
        { cwd: dist },
      );
      writeFileSync(path.join(dist, 'Release'), release);
      gpg([
        '--local-user',
        fpr,
        '--digest-algo',
        'SHA512',
        '--clearsign',
        '-o',
        path.join(dist, 'InRelease'),
        path.join(dist, 'Release'),
      ]);
      gpg([
        '--local-user',
        fpr,
        '--digest-algo',
        'SHA512',
        '--detach-sign',
        '--armor',
        '-o',
        path.join(dist, 'Release.gpg'),
        path.join(dist, 'Release'),
      ]);
    }

    // The keyring users install (binary, as apt's Signed-By wants), plus an armored copy.
    const keyring = path.join(out, KEYRING_NAME);
    writeFileSync(keyring, gpg(['--export', fpr], { encoding: 'buffer' }));
    writeFileSync(keyring.replace(/\.gpg$/, '.asc'), gpg(['--armor', '--export', fpr]));
    // Self-check with apt's own verifier, against exactly the keyring we publish.
    for (const suite of suites) {
      run('gpgv', ['--keyring', keyring, path.join(out, 'dists', suite, 'InRelease')]);
    }

    for (const suite of suites) {
      writeFileSync(
        path.join(out, `pve-gpu-tab-${suite}.sources`),
        [
          '# pve-gpu-tab: GPU tab for the Proxmox VE web UI',
          '# Save as /etc/apt/sources.list.d/pve-gpu-tab.sources',
          'Types: deb',
          `URIs: ${url}`,
          `Suites: ${suite}`,
          `Components: ${COMPONENT}`,
          `Signed-By: ${KEYRING_PATH}`,
          '',
        ].join('\n'),
      );
    }

    const sums = [
      ...debs.map((d) => path.join('pool', COMPONENT, 'p', 'pve-gpu-tab', path.basename(d))),
      KEYRING_NAME,
    ]
      .map(
        (rel) =>
          `${createHash('sha256')
            .update(readFileSync(path.join(out, rel)))
            .digest('hex')}  ${rel}\n`,
      )
      .join('');
    writeFileSync(path.join(out, 'SHA256SUMS'), sums);
    gpg([
      '--local-user',
      fpr,
      '--detach-sign',
      '--armor',
      '-o',
      path.join(out, 'SHA256SUMS.asc'),
      path.join(out, 'SHA256SUMS'),
    ]);
    return { out, fingerprint: fpr, suites, url };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { values } = parseArgs({
      options: {
        key: { type: 'string' },
        gnupghome: { type: 'string' },
        deb: { type: 'string', multiple: true },
        out: { type: 'string' },
        suite: { type: 'string' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      const text = readFileSync(fileURLToPath(import.meta.url), 'utf8');
      process.stdout.write(
        `${text
          .split('\n')
          .slice(2, 22)
          .map((l) => l.replace(/^\/\/ ?/, ''))
          .join('\n')}\n`,
      );
      process.exit(0);
    }
    const r = buildRepo({
      key: values.key,
      gnupghome: values.gnupghome,
      debs: values.deb?.map((d) => path.resolve(d)),
      out: values.out,
      suites: values.suite?.split(',').filter(Boolean),
      url: values.url,
    });
    process.stdout.write(
      `apt repository in ${r.out} (suites ${r.suites.join(', ')}), signed by ${r.fingerprint}\n` +
        `publish that directory at ${r.url}; users follow docs/install.md\n`,
    );
  } catch (err) {
    process.stderr.write(`repo: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
