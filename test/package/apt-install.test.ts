// SPDX-License-Identifier: AGPL-3.0-or-later
// The whole life of the package on a Debian chroot per PVE base (bookworm = PVE 8, trixie =
// PVE 9): build the .deb, lintian, a signed apt repository, `apt install pve-gpu-tab` next to a
// stand-in pve-manager, the template block and the assets pveproxy would serve, the dpkg
// trigger on a pve-manager upgrade, remove (template byte-identical) and purge (nothing left).
// The services running under systemd: systemd-boot.test.ts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Chroot, must, sh } from './support/chroot.ts';
import { requirePackageTestTools } from './support/preflight.ts';
import { buildStubPveManager, STUB_TEMPLATES } from './support/stub-pve-manager.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SUITES = (process.env.PVE_GPU_TAB_TEST_SUITES ?? 'bookworm,trixie').split(',').filter(Boolean);
const TEMPLATE = '/usr/share/pve-manager/index.html.tpl';
const BEGIN = '<!-- BEGIN pve-gpu-tab';
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

const work = mkdtempSync(path.join(os.tmpdir(), 'pve-gpu-tab-pkgtest-'));
after(() => rmSync(work, { recursive: true, force: true }));

let deb = '';
let version = '';
let gnupghome = '';

before(() => {
  requirePackageTestTools();
  // The .deb is built from dist/: build it first, as docs/install.md says.
  must('npm', ['run', '--silent', 'build'], { cwd: root });
  deb = must('node', [path.join(root, 'packaging/build-deb.mjs'), '--out', path.join(work, 'deb')], {
    cwd: root,
  }).trim();
  version = must('dpkg-deb', ['-f', deb, 'Version']).trim();
  // A throwaway signing key, as a release manager's would be.
  gnupghome = path.join(work, 'gnupg');
  mkdirSync(gnupghome, { mode: 0o700 });
  must('gpg', [
    '--homedir',
    gnupghome,
    '--batch',
    '--passphrase',
    '',
    '--quick-gen-key',
    'pve-gpu-tab test archive key <archive@pve-gpu-tab.test>',
    'ed25519',
    'sign',
    '1d',
  ]);
});

describe('the .deb', () => {
  test('has the expected name, metadata and files', () => {
    assert.match(path.basename(deb), /^pve-gpu-tab_[0-9][^_]*_all\.deb$/);
    const pkgVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    assert.equal(version.replace(/-[^-]+$/, ''), pkgVersion, 'debian/changelog and package.json agree');
    const control = must('dpkg-deb', ['-f', deb]);
    assert.match(control, /^Architecture: all$/m);
    assert.match(control, /^Depends: .*nodejs \(>= 18\)/m);
    assert.match(control, /^Depends: .*pve-manager \(>= 8\.0\)/m);
    const files = must('dpkg-deb', ['-c', deb]);
    for (const f of [
      './usr/share/pve-gpu-tab/pve-gpu-tab.mjs',
      './usr/bin/pve-gpu-tab -> ../share/pve-gpu-tab/pve-gpu-tab.mjs',
      './usr/share/pve-gpu-tab/www/index-snippet.html',
      './usr/lib/pve-gpu-tab/pve-gpu-tab-ui',
      './usr/lib/systemd/system/pve-gpu-tab.service',
      './usr/lib/systemd/system/pve-gpu-tab-collector.service',
      './etc/pve-gpu-tab/pve-gpu-tab.conf',
      './usr/share/man/man1/pve-gpu-tab.1.gz',
      './usr/share/doc/pve-gpu-tab/copyright',
      './usr/share/doc/pve-gpu-tab/install.md',
      './usr/share/doc/pve-gpu-tab/firewall.md',
      // uncompressed: the units' Documentation= names it
      './usr/share/doc/pve-gpu-tab/security.md',
    ]) {
      assert.ok(files.includes(f), `${f} in the .deb`);
    }
    // Every plugin file of the build, flat in /pve2/js/ (pveproxy serves no new subdirectories).
    for (const f of readdirSync(path.join(root, 'dist/plugin')).filter((n) => /\.(js|css)$/.test(n))) {
      assert.ok(files.includes(`./usr/share/pve-manager/js/${f}`), `${f} installed for /pve2/js/`);
    }
    const triggers = must('dpkg-deb', ['--info', deb, 'triggers']);
    assert.match(triggers, /^interest-noawait \/usr\/share\/pve-manager\/index\.html\.tpl$/m);
    assert.match(must('dpkg-deb', ['--info', deb, 'conffiles']), /^\/etc\/pve-gpu-tab\/pve-gpu-tab\.conf$/m);
  });

  test('lintian: no errors and no warnings (overrides are justified in debian/)', () => {
    // Bookworm's lintian (2.116) still asks for an init.d script beside every systemd unit; newer
    // lintian (trixie's, next test) dropped that check, and an override of it is an error there
    // (alien-tag). Proxmox VE boots only with systemd, so the tag is suppressed here, not overridden.
    const r = sh('lintian', [
      '--fail-on',
      'error,warning',
      '--suppress-tags',
      'package-supports-alternative-init-but-no-init.d-script',
      deb,
    ]);
    assert.equal(r.code, 0, `lintian:\n${r.stdout}${r.stderr}`);
    assert.doesNotMatch(r.stdout, /^[EW]: /m);
    const overrides = readFileSync(path.join(root, 'debian/pve-gpu-tab.lintian-overrides'), 'utf8');
    for (const line of overrides.split('\n').filter((l) => l.startsWith('pve-gpu-tab:'))) {
      const i = overrides.indexOf(line);
      assert.match(overrides.slice(0, i).trimEnd().split('\n').at(-1) ?? '', /^#/, `justified: ${line}`);
    }
  });

  test('lintian of Debian trixie (PVE 9) too: units in /usr/lib, no errors, no warnings', () => {
    // Trixie's lintian knows usrmerge: a unit in /lib/systemd/system is an error there.
    const lint = Chroot.create('trixie', [], ['lintian']);
    try {
      lint.write('/root/pve-gpu-tab.deb', readFileSync(deb));
      const r = lint.run(['lintian', '--fail-on', 'error,warning', '/root/pve-gpu-tab.deb']);
      process.stdout.write(`# trixie ${lint.must(['lintian', '--version']).trim()}: exit ${r.code}\n`);
      assert.equal(r.code, 0, `lintian (trixie):\n${r.stdout}${r.stderr}`);
      assert.doesNotMatch(r.stdout, /^[EW]: /m);
    } finally {
      lint.destroy();
    }
  });

  test('debian/copyright names the license of everything bundled', () => {
    const copyright = readFileSync(path.join(root, 'debian/copyright'), 'utf8');
    assert.match(
      copyright,
      /^Format: https:\/\/www\.debian\.org\/doc\/packaging-manuals\/copyright-format\/1\.0\//,
    );
    const named = new Set([...copyright.matchAll(/^License: (\S+)/gm)].map((m) => m[1]));
    const spdxToDep5: Record<string, string> = {
      'AGPL-3.0-or-later': 'AGPL-3+',
      'BSD-3-Clause': 'BSD-3-clause',
      'GPL-3.0': 'GPL-3',
      'GPL-3.0-only': 'GPL-3',
      MIT: 'Expat',
    };
    const bundles = [
      path.join(root, 'dist/api-shim/package/pve-gpu-tab.mjs'),
      ...readdirSync(path.join(root, 'dist/plugin')).map((n) => path.join(root, 'dist/plugin', n)),
    ];
    // Every npm package esbuild pulled in (its `// node_modules/<pkg>/…` markers in the shim;
    // Lit's version registries in the minified plugin) needs a Files paragraph.
    const packagesIn = (text: string) => {
      const found = new Set(
        [...text.matchAll(/\/\/ node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//g)].map((m) => m[1]),
      );
      if (/litElementVersions|litHtmlVersions|reactiveElementVersions/.test(text)) found.add('lit');
      return found;
    };
    let bundled = 0;
    for (const file of bundles) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/SPDX-License-Identifier:\s*([A-Za-z0-9.+-]+)/g)) {
        const dep5 = spdxToDep5[m[1]];
        assert.ok(dep5, `${path.basename(file)} bundles code under ${m[1]}, unknown to the test's map`);
        assert.ok(
          named.has(dep5),
          `${path.basename(file)} bundles ${m[1]}: debian/copyright must name ${dep5}`,
        );
      }
      for (const pkg of packagesIn(text)) {
        bundled++;
        assert.match(
          copyright,
          new RegExp(`^(Files:| ).*node_modules/${pkg.replace(/[.@/]/g, '\\$&')}/\\*`, 'm'),
          `${path.basename(file)} bundles ${pkg}: debian/copyright needs its Files paragraph`,
        );
      }
    }
    assert.ok(bundled > 0, 'the bundles were recognised (markers found)');
  });
});

for (const suite of SUITES) {
  describe(`apt install on Debian ${suite}`, () => {
    let ch: Chroot;
    let stub1 = '';
    let stub2 = '';
    let baselineFiles: string[] = [];
    let baselineAccounts = '';

    before(() => {
      requirePackageTestTools();
      ch = Chroot.create(suite);
      // pve-manager 8 layout first; the "upgrade" brings the PVE 9 template.
      stub1 = buildStubPveManager('8.4.1', 8, path.join(work, `stub-${suite}`));
      stub2 = buildStubPveManager('9.1.2', 9, path.join(work, `stub-${suite}`));
    });
    after(() => {
      ch?.destroy();
    });

    const renderIndex = (): string => {
      // Render index.html.tpl exactly like pveproxy's get_index: Template Toolkit, ABSOLUTE => 1.
      ch.write(
        '/root/render-index.pl',
        [
          'use strict; use Template;',
          'my $t = Template->new({ ABSOLUTE => 1 });',
          "my %v = (nodename => 'pve1', version => '9.1.2', wtversion => '5.2.7', lang => 'en', theme => 'auto',",
          "  username => 'root\\@pam', token => 'x', console => undef, debug => 0, langfile => 0);",
          'my $out = "";',
          '$t->process(\'/usr/share/pve-manager/index.html.tpl\', \\%v, \\$out) or die $t->error() . "\\n";',
          'print $out;',
        ].join('\n'),
      );
      return ch.must(['perl', '/root/render-index.pl']);
    };

    /** Every /pve2/js/ URL of the rendered page maps to an existing file, like pveproxy's dirs. */
    const servedAssets = (html: string) =>
      [...html.matchAll(/(?:src|href)="\/pve2\/js\/([A-Za-z0-9._-]+)(\?[^"]*)?"/g)].map((m) => ({
        file: `/usr/share/pve-manager/js/${m[1]}`,
        query: m[2] ?? '',
      }));

    test('stub pve-manager (PVE 8 template) installs; the package repository is signed', () => {
      ch.write('/root/stub1.deb', readFileSync(stub1));
      ch.must(['dpkg', '-i', '/root/stub1.deb']);
      assert.equal(sha256(ch.read(TEMPLATE)), sha256(readFileSync(STUB_TEMPLATES[8], 'utf8')));
      baselineFiles = listFiles(ch);
      baselineAccounts = accounts(ch);

      must(
        'node',
        [
          path.join(root, 'packaging/apt-repo/build-repo.mjs'),
          '--key',
          'archive@pve-gpu-tab.test',
          '--gnupghome',
          gnupghome,
          '--deb',
          deb,
          '--out',
          ch.path('/srv/repo'),
          '--url',
          'file:///srv/repo',
        ],
        { cwd: root },
      );
      chmodSync(ch.path('/srv/repo'), 0o755);
      // What docs/install.md tells users to do: keyring to /etc/apt/keyrings, deb822 .sources.
      ch.write(
        '/etc/apt/keyrings/pve-gpu-tab-archive-keyring.gpg',
        readFileSync(ch.path('/srv/repo/pve-gpu-tab-archive-keyring.gpg')),
      );
      const sources = ch.read(`/srv/repo/pve-gpu-tab-${suite}.sources`);
      assert.match(sources, /^Signed-By: \/etc\/apt\/keyrings\/pve-gpu-tab-archive-keyring\.gpg$/m);
      assert.match(sources, new RegExp(`^Suites: ${suite}$`, 'm'));
      ch.write('/etc/apt/sources.list.d/pve-gpu-tab.sources', sources);
      const update = ch.must(['apt-get', 'update']);
      assert.doesNotMatch(update, /^(W|E): /m, update);
    });

    test('apt refuses the repository when it is not signed by the key in Signed-By', () => {
      const other = path.join(work, `other-${suite}`);
      mkdirSync(other, { mode: 0o700 });
      must('gpg', [
        '--homedir',
        other,
        '--batch',
        '--passphrase',
        '',
        '--quick-gen-key',
        'intruder <x@pve-gpu-tab.test>',
        'ed25519',
        'sign',
        '1d',
      ]);
      must('gpg', [
        '--homedir',
        other,
        '--batch',
        '--yes',
        '--output',
        ch.path('/root/other-keyring.gpg'),
        '--export',
      ]);
      ch.write(
        '/root/other.sources',
        ch
          .read('/etc/apt/sources.list.d/pve-gpu-tab.sources')
          .replace(/^Signed-By: .*$/m, 'Signed-By: /root/other-keyring.gpg'),
      );
      mkdirSync(ch.path('/root/lists-other/partial'), { recursive: true });
      const r = ch.run([
        'apt-get',
        'update',
        '-o',
        'Dir::Etc::SourceList=/dev/null',
        '-o',
        'Dir::Etc::SourceParts=/nonexistent',
        '-o',
        'Dir::State::Lists=/root/lists-other',
        '-o',
        'Dir::Etc::SourceList=/root/other.sources',
      ]);
      assert.notEqual(r.code, 0, `apt-get update must fail:\n${r.stdout}${r.stderr}`);
      assert.match(r.stdout + r.stderr, /NO_PUBKEY|not signed|signatures couldn't be verified/);
    });

    test('apt install pve-gpu-tab: block in the template, assets where pveproxy serves them', () => {
      const out = ch.must(['apt-get', 'install', '-y', '--no-install-recommends', 'pve-gpu-tab']);
      assert.doesNotMatch(out, /not loaded into the PVE web UI/);
      assert.match(dpkgStatus(ch), new RegExp(`^install ok installed ${version.replace(/[.+]/g, '\\$&')}$`));
      const tpl = ch.read(TEMPLATE);
      assert.equal(tpl.split(BEGIN).length, 2, 'exactly one block');
      assert.equal(
        tpl.replace(/^[ \t]*<!-- BEGIN pve-gpu-tab[\s\S]*?<!-- END pve-gpu-tab -->\n/m, ''),
        readFileSync(STUB_TEMPLATES[8], 'utf8'),
      );
      assert.equal(ch.must(['/usr/lib/pve-gpu-tab/pve-gpu-tab-ui', 'status']).trim(), 'applied');

      const html = renderIndex();
      assert.match(
        html,
        new RegExp(
          `<script type="text/javascript" src="/pve2/js/pve-gpu-tab\\.js\\?ver=${version.replace(/[.+]/g, '\\$&')}"></script>`,
        ),
      );
      assert.match(html, /<!-- pve-gpu-tab: default browser config -->/);
      assert.ok(html.indexOf('pve-gpu-tab.js') > html.indexOf('pvemanagerlib.js'), 'after pvemanagerlib.js');
      assert.ok(html.indexOf('pve-gpu-tab.js') < html.indexOf('</head>'));
      const assets = servedAssets(html).filter((a) => a.file.includes('pve-gpu-tab'));
      assert.ok(assets.length >= 1);
      for (const a of assets) {
        assert.ok(ch.exists(a.file), `${a.file} exists (served as /pve2/js/)`);
        assert.equal(a.query, `?ver=${version}`);
      }
      // Byte for byte what the .deb carries (dist/ itself may be rebuilt meanwhile in a shared tree).
      const unpacked = path.join(work, `unpacked-${suite}`);
      must('dpkg-deb', ['-x', deb, unpacked]);
      for (const f of readdirSync(path.join(unpacked, 'usr/share/pve-manager/js'))) {
        assert.equal(
          sha256(readFileSync(ch.path(`/usr/share/pve-manager/js/${f}`))),
          sha256(readFileSync(path.join(unpacked, 'usr/share/pve-manager/js', f))),
          `${f} as packaged`,
        );
      }
      const bundle = '/usr/share/pve-gpu-tab/pve-gpu-tab.mjs';
      assert.equal(sha256(readFileSync(ch.path(bundle))), sha256(readFileSync(path.join(unpacked, bundle))));
      assert.match(ch.read(bundle), /^#!\/usr\/bin\/node\n/, 'Debian nodejs, no PATH lookup');
      // Service account for the systemd unit; the CLI runs on Debian's nodejs.
      assert.match(
        ch.must(['getent', 'passwd', 'pve-gpu-tab']),
        /^pve-gpu-tab:x:\d+:\d+:[^:]*:\/nonexistent:\/usr\/sbin\/nologin$/m,
      );
      assert.match(ch.must(['pve-gpu-tab', '--version']), /^\d+\.\d+\.\d+/);
      // The demo needs a built checkout: the installed command does not offer it.
      const help = ch.must(['pve-gpu-tab', '--help']);
      assert.match(help, /^ {2}serve /m);
      assert.match(help, /^ {2}collector /m);
      assert.doesNotMatch(help, /demo/);
      assert.match(ch.must(['node', '--version']), suite === 'bookworm' ? /^v18\./ : /^v20\./);
      // dh_installsystemd's enable step ran for both units (systemd-boot.test.ts starts them).
      for (const unit of ['pve-gpu-tab.service', 'pve-gpu-tab-collector.service']) {
        assert.ok(
          ch.exists(`/var/lib/systemd/deb-systemd-helper-enabled/${unit}.dsh-also`),
          `${unit} enabled`,
        );
        assert.ok(ch.exists(`/usr/lib/systemd/system/${unit}`));
      }
    });

    test('the snippet can never break the page: missing snippet or config still renders', () => {
      const snippet = ch.read('/usr/share/pve-gpu-tab/www/index-snippet.html');
      rmSync(ch.path('/usr/share/pve-gpu-tab/www/index-snippet.html'));
      try {
        const html = renderIndex();
        assert.match(html, /<!-- pve-gpu-tab: snippet missing -->/);
        assert.match(html, /pvemanagerlib\.js/);
        assert.match(html, /<\/html>/);
      } finally {
        ch.write('/usr/share/pve-gpu-tab/www/index-snippet.html', snippet);
      }
    });

    test('a non-default port reaches the browser through the generated config', () => {
      // Only written into the page's config: nothing listens on it in this chroot (the service
      // runs in systemd-boot.test.ts, in a tree with its own network namespace).
      const conf = ch.read('/etc/pve-gpu-tab/pve-gpu-tab.conf');
      ch.write(
        '/etc/pve-gpu-tab/pve-gpu-tab.conf',
        `${conf}port: 9443\npublic_base_url: https://pve1.example.com:9443\n`,
      );
      try {
        // What the unit's ExecStartPre runs on `systemctl restart pve-gpu-tab`.
        ch.must(['/usr/lib/pve-gpu-tab/pve-gpu-tab-ui', 'ui-config']);
        const html = renderIndex();
        const cfg = html.indexOf(
          'window.PveGpuTabConfig = { port: 9443, baseUrl: "https://pve1.example.com:9443" };',
        );
        assert.ok(cfg > 0, 'config in the page');
        assert.ok(cfg < html.indexOf('/pve2/js/pve-gpu-tab.js'), 'config before the boot script');
      } finally {
        ch.write('/etc/pve-gpu-tab/pve-gpu-tab.conf', conf);
      }
      ch.must(['/usr/lib/pve-gpu-tab/pve-gpu-tab-ui', 'ui-config']);
      assert.equal(
        ch.exists('/var/lib/pve-gpu-tab-ui/ui-config.html'),
        false,
        'defaults again: no config file',
      );
      // Leave one behind for the purge test.
      ch.write('/etc/pve-gpu-tab/pve-gpu-tab.conf', `${conf}port: 9443\n`);
      ch.must(['/usr/lib/pve-gpu-tab/pve-gpu-tab-ui', 'ui-config']);
      assert.ok(ch.exists('/var/lib/pve-gpu-tab-ui/ui-config.html'));
    });

    test('pve-manager upgrade (PVE 9 template): the dpkg trigger puts the block back', () => {
      ch.write('/root/stub2.deb', readFileSync(stub2));
      const out = ch.must(['dpkg', '-i', '/root/stub2.deb']);
      assert.match(out, /Processing triggers for pve-gpu-tab/);
      const tpl = ch.read(TEMPLATE);
      assert.match(tpl, /NodeArch/, 'the new (PVE 9) template is in place');
      assert.equal(tpl.split(BEGIN).length, 2, 'block re-applied exactly once');
      assert.equal(dpkgStatus(ch).replace(/ \S+$/, ''), 'install ok installed');
      assert.equal(ch.must(['dpkg', '--audit']).trim(), '');
      assert.match(renderIndex(), /src="\/pve2\/js\/pve-gpu-tab\.js\?ver=/);
      // A reinstall of the same pve-manager fires the trigger too and stays idempotent.
      ch.must(['dpkg', '-i', '/root/stub2.deb']);
      assert.equal(ch.read(TEMPLATE).split(BEGIN).length, 2);
    });

    test('apt remove: the template is byte-identical to pve-manager’s', () => {
      // State the running service would have made (StateDirectory=pve-gpu-tab).
      ch.must(['install', '-d', '-o', 'pve-gpu-tab', '-g', 'pve-gpu-tab', '/var/lib/pve-gpu-tab']);
      ch.write('/var/lib/pve-gpu-tab/history.bin', 'x');
      ch.must(['apt-get', 'remove', '-y', 'pve-gpu-tab']);
      assert.equal(ch.read(TEMPLATE), readFileSync(STUB_TEMPLATES[9], 'utf8'));
      assert.equal(dpkgStatus(ch).replace(/ \S+$/, ''), 'deinstall ok config-files');
      for (const f of readdirSync(path.join(root, 'dist/plugin'))) {
        assert.equal(ch.exists(`/usr/share/pve-manager/js/${f}`), false, `${f} removed`);
      }
      assert.ok(ch.exists('/etc/pve-gpu-tab/pve-gpu-tab.conf'), 'conffile kept until purge');
      assert.match(renderIndex(), /pvemanagerlib\.js/);
    });

    test('apt purge: nothing of the package is left', () => {
      ch.must(['apt-get', 'purge', '-y', 'pve-gpu-tab']);
      assert.equal(ch.run(['dpkg-query', '-W', 'pve-gpu-tab']).code, 1, 'dpkg forgot the package');
      for (const p of [
        '/usr/share/pve-gpu-tab',
        '/usr/lib/pve-gpu-tab',
        '/usr/bin/pve-gpu-tab',
        '/etc/pve-gpu-tab',
      ]) {
        const r = ch.run(['dpkg', '-S', p]);
        assert.notEqual(r.code, 0, `dpkg -S ${p}: ${r.stdout}`);
      }
      assert.equal(ch.read(TEMPLATE), readFileSync(STUB_TEMPLATES[9], 'utf8'));
      assert.equal(accounts(ch), baselineAccounts, 'no service user or group left');
      const left = listFiles(ch).filter((f) => !baselineFiles.includes(f));
      // pve-manager's own upgrade replaced its files; anything else new is ours and must not be.
      assert.deepEqual(
        left.filter((f) => /pve-gpu-tab/.test(f)),
        [],
      );
      assert.deepEqual(left, []);
    });

    test('a template of unknown shape: install refuses to edit it, says why, still configures', () => {
      // A future pve-manager whose template has no stand-alone </head> line.
      const odd = buildStubPveManager('9.9.0', 9, path.join(work, `stub-${suite}`), (t) =>
        t.replace(/\n\s*<\/head>/, '</head>'),
      );
      ch.write('/root/stub-odd.deb', readFileSync(odd));
      ch.must(['dpkg', '-i', '/root/stub-odd.deb']);
      const before = ch.read(TEMPLATE);
      const out = ch.must(['apt-get', 'install', '-y', '--no-install-recommends', 'pve-gpu-tab']);
      assert.match(
        out,
        /refusing to edit \/usr\/share\/pve-manager\/index\.html\.tpl: anchor '<\/head>' is not on a line of its own/,
      );
      assert.match(out, /the GPU tab is not loaded into the PVE web UI/);
      assert.equal(ch.read(TEMPLATE), before, 'template untouched');
      assert.match(dpkgStatus(ch), /^install ok installed /);
      assert.match(ch.run(['/usr/lib/pve-gpu-tab/pve-gpu-tab-ui', 'status']).stdout, /^refused: /);
      ch.must(['apt-get', 'purge', '-y', 'pve-gpu-tab']);
      assert.equal(ch.read(TEMPLATE), before);
    });
  });
}

/** Files outside apt/dpkg bookkeeping, logs and our test inputs. */
function listFiles(ch: Chroot): string[] {
  const skip = [
    '/proc',
    '/run',
    '/tmp',
    '/root',
    '/srv',
    '/var/lib/dpkg',
    '/var/lib/apt',
    '/var/cache',
    '/var/log',
  ];
  skip.push('/var/backups', '/etc/apt', '/usr/share/keyrings');
  const prune = skip.flatMap((p, i) => (i ? ['-o', '-path', p] : ['-path', p]));
  const out = ch.must(['find', '/', '-xdev', '(', ...prune, ')', '-prune', '-o', '-print']);
  return (
    out
      .split('\n')
      .filter(Boolean)
      // adduser/deluser keep a backup copy of the account files.
      .filter((f) => !/^\/etc\/(passwd|group|shadow|gshadow)-$/.test(f))
      .sort()
  );
}

/** `<Status> <Version>` of pve-gpu-tab, from dpkg's database. */
function dpkgStatus(ch: Chroot): string {
  const info = ch.must(['dpkg', '-s', 'pve-gpu-tab']);
  return `${/^Status: (.*)$/m.exec(info)?.[1]} ${/^Version: (.*)$/m.exec(info)?.[1]}`;
}

function accounts(ch: Chroot): string {
  return ['/etc/passwd', '/etc/group', '/etc/shadow', '/etc/gshadow'].map((f) => ch.read(f)).join('\n---\n');
}
