// SPDX-License-Identifier: AGPL-3.0-or-later
// The one message grammar of the plugin's catalogues and the health message templates
// (api-shim/src/api/health-messages.ts), kept to exactly two forms:
//   {name}                                  a parameter, inserted as plain text
//   {count, plural, one {…} other {…}}      a branch per CLDR plural category of `count`,
//                                           chosen with Intl.PluralRules; branches may hold {name}
// Anything else in braces is left as written, so a stray brace in a config line never throws.

export type MessageParams = Record<string, string | number>;

/** A plural form: variable, branches by category, and the template's text span it replaces. */
interface PluralForm {
  name: string;
  branches: Record<string, string>;
  start: number;
  end: number;
}

const PLURAL_HEAD = /\{\s*([A-Za-z_][\w]*)\s*,\s*plural\s*,/g;
const BRANCH = /^\s*(zero|one|two|few|many|other)\s*\{/;
const PLACEHOLDER = /\{([A-Za-z_][\w]*)\}/g;

/** Index just past the brace matching the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function pluralForms(template: string): PluralForm[] {
  const out: PluralForm[] = [];
  PLURAL_HEAD.lastIndex = 0;
  for (let m = PLURAL_HEAD.exec(template); m; m = PLURAL_HEAD.exec(template)) {
    const end = closing(template, m.index);
    if (end < 0) break;
    const branches: Record<string, string> = {};
    let rest = template.slice(m.index + m[0].length, end - 1);
    for (let b = BRANCH.exec(rest); b; b = BRANCH.exec(rest)) {
      const open = b[0].length - 1;
      const stop = closing(rest, open);
      if (stop < 0) break;
      branches[b[1]] = rest.slice(open + 1, stop - 1);
      rest = rest.slice(stop);
    }
    out.push({ name: m[1], branches, start: m.index, end });
    PLURAL_HEAD.lastIndex = end;
  }
  return out;
}

function fill(text: string, params: MessageParams): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

const rulesCache = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let r = rulesCache.get(locale);
  if (!r) {
    try {
      r = new Intl.PluralRules(locale);
    } catch {
      r = new Intl.PluralRules('en');
    }
    rulesCache.set(locale, r);
  }
  return r;
}

/** Renders a template: plural forms first (by locale), then the {name} placeholders. */
export function formatMessage(template: string, params: MessageParams = {}, locale = 'en'): string {
  let out = '';
  let pos = 0;
  for (const p of pluralForms(template)) {
    const n = Number(params[p.name]);
    const cat = Number.isFinite(n) ? pluralRules(locale).select(n) : 'other';
    out += template.slice(pos, p.start) + (p.branches[cat] ?? p.branches.other ?? '');
    pos = p.end;
  }
  return fill(out + template.slice(pos), params);
}

/** The parameter names a template uses (plural variables included), for the catalogue tests. */
export function placeholdersOf(template: string): Set<string> {
  const names = new Set<string>();
  let flat = '';
  let pos = 0;
  for (const p of pluralForms(template)) {
    names.add(p.name);
    flat += `${template.slice(pos, p.start)} ${Object.values(p.branches).join(' ')} `;
    pos = p.end;
  }
  flat += template.slice(pos);
  for (const m of flat.matchAll(PLACEHOLDER)) names.add(m[1]);
  return names;
}

/** Plural categories used per plural variable, for the catalogue tests. */
export function pluralCategoriesOf(template: string): Array<{ name: string; categories: string[] }> {
  return pluralForms(template).map((p) => ({ name: p.name, categories: Object.keys(p.branches) }));
}
