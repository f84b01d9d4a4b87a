// SPDX-License-Identifier: AGPL-3.0-or-later
// `pve-gpu-tab <command>`: one bundled file holds the daemon and the CLI.
import { VERSION } from './version.ts';

interface Command {
  summary: string;
  run: (args: string[]) => Promise<number>;
}

const commands: Record<string, Command> = {
  serve: {
    summary: 'run the api-shim server (HTTPS)',
    run: async (a) => (await import('./cli/serve.ts')).run(a),
  },
  collector: {
    summary: 'run the local collector the server asks over a unix socket (no network)',
    run: async (a) => (await import('./cli/collector.ts')).run(a),
  },
  top: {
    summary: 'live per-container GPU usage in the terminal',
    run: async (a) => (await import('./cli/top.ts')).run(a),
  },
  snapshot: {
    summary: 'write a redacted tarball of the host files the collectors and checks read',
    run: async (a) => (await import('./cli/snapshot.ts')).run(a),
  },
  health: {
    summary: "check a container's GPU passthrough and idmap",
    run: async (a) => (await import('./cli/health.ts')).run(a),
  },
};

// The packaged bundle (api-shim/build.mjs) defines this as "1", which drops the demo from it: the
// demo page needs a built checkout, so the installed command neither lists nor carries it.
if (process.env.PVE_GPU_TAB_PACKAGED !== '1') {
  commands.demo = {
    summary: 'run the shim on a built-in simulated host and serve the demo page (from a checkout)',
    run: async (a) => (await import('./cli/demo.ts')).run(a),
  };
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `pve-gpu-tab ${VERSION}\n\nUsage: pve-gpu-tab <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nEvery command takes --root DIR to read a host snapshot instead of /.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`pve-gpu-tab: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`pve-gpu-tab: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
