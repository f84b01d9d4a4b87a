// SPDX-License-Identifier: AGPL-3.0-or-later
// One metric family of the Prometheus text exposition format (version 0.0.4): HELP and TYPE once,
// then its samples; label values escaped as the format says (backslash, newline, double quote).
// An unknown value (undefined, NaN) is no sample at all rather than a made-up number.

function esc(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function labels(l: Record<string, string>): string {
  return `{${Object.entries(l)
    .map(([k, v]) => `${k}="${esc(v)}"`)
    .join(',')}}`;
}

export class Family {
  readonly lines: string[] = [];
  constructor(
    readonly name: string,
    readonly type: 'gauge' | 'counter',
    readonly help: string,
  ) {}
  add(l: Record<string, string>, value: number | undefined): void {
    if (value === undefined || !Number.isFinite(value)) return;
    this.lines.push(`${this.name}${labels(l)} ${value}`);
  }
  render(): string {
    return `# HELP ${this.name} ${this.help}\n# TYPE ${this.name} ${this.type}\n${this.lines.join('\n')}${this.lines.length ? '\n' : ''}`;
  }
}
