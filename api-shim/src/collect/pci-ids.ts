// SPDX-License-Identifier: AGPL-3.0-or-later
// Readable GPU names from pci.ids (Debian: pciutils/hwdata ship it). Only the wanted ids are
// kept: the file is ~1.3 MB and the daemon needs a handful of names.

export const PCI_IDS_PATHS = ['/usr/share/misc/pci.ids', '/usr/share/hwdata/pci.ids', '/usr/share/pci.ids'];

/** vendor:device → "Vendor Device" for the requested pairs (lower-case hex). */
export function lookupPciNames(text: string, wanted: ReadonlyArray<[string, string]>): Map<string, string> {
  const out = new Map<string, string>();
  const vendors = new Set(wanted.map(([v]) => v));
  const pairs = new Set(wanted.map(([v, d]) => `${v}:${d}`));
  let vendor: string | undefined;
  let vendorName = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    if (line.startsWith('C ')) break; // device classes follow the vendor list
    if (line[0] !== '\t') {
      const m = /^([0-9a-f]{4})\s+(.*)$/.exec(line);
      vendor = m && vendors.has(m[1]) ? m[1] : undefined;
      vendorName = m ? shortVendor(m[2]) : '';
      continue;
    }
    if (!vendor || line[1] === '\t') continue;
    const m = /^\t([0-9a-f]{4})\s+(.*)$/.exec(line);
    if (m && pairs.has(`${vendor}:${m[1]}`)) out.set(`${vendor}:${m[1]}`, `${vendorName} ${m[2]}`.trim());
  }
  return out;
}

function shortVendor(name: string): string {
  if (/^Intel/i.test(name)) return 'Intel';
  if (/Advanced Micro Devices|^AMD/i.test(name)) return 'AMD';
  if (/^NVIDIA/i.test(name)) return 'NVIDIA';
  return name.replace(/\s*\[.*\]$/, '');
}
