// SPDX-License-Identifier: AGPL-3.0-or-later
// lxc.mount.entry values are fstab lines: "source target fstype options [freq [passno]]",
// with LXC's extra options optional, create=dir|file and relative (lxc.container.conf(5)).

export interface MountEntry {
  source: string;
  target: string;
  fstype: string;
  options: string[];
  optional: boolean;
  create?: 'dir' | 'file';
  bind: boolean;
  /** whatever follows the options, e.g. ["0,", "0"] from a copy-pasted guide */
  tail: string[];
  errors: string[];
}

/** fstab escapes spaces as \040 */
function unescapeOctal(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(Number.parseInt(o, 8)));
}

export function parseMountEntry(value: string): MountEntry {
  const fields = value.trim().split(/\s+/).filter(Boolean);
  const [source = '', target = '', fstype = '', opts = ''] = fields;
  const options = opts.split(',').filter(Boolean);
  const createOpt = options.find((o) => o.startsWith('create='));
  const create = createOpt === 'create=dir' ? 'dir' : createOpt === 'create=file' ? 'file' : undefined;
  const errors: string[] = [];
  if (fields.length < 4) errors.push('needs at least "source target fstype options"');
  return {
    source: unescapeOctal(source),
    target: unescapeOctal(target),
    fstype,
    options,
    optional: options.includes('optional'),
    create,
    bind: options.includes('bind') || options.includes('rbind'),
    tail: fields.slice(4),
    errors,
  };
}
