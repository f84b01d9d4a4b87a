// SPDX-License-Identifier: AGPL-3.0-or-later
// The command line of a subcommand, the same way for each: node's parseArgs (strict), --help
// printing the command's help on stdout, and a usage error printed as
// "pve-gpu-tab <command>: <what>", a blank line and the help, on stderr.
import { type ParseArgsConfig, parseArgs } from 'node:util';

/**
 * The parsed arguments, or the exit status when the command is already done: 0 after --help,
 * `usageStatus` after a usage error.
 */
export function commandArgs<T extends ParseArgsConfig & { options: { help: { type: 'boolean' } } }>(
  command: string,
  help: string,
  config: T,
  usageStatus = 2,
): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (err) {
    process.stderr.write(
      `pve-gpu-tab ${command}: ${err instanceof Error ? err.message : String(err)}\n\n${help}`,
    );
    return usageStatus;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    return 0;
  }
  return parsed;
}
