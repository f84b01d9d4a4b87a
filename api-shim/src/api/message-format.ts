// SPDX-License-Identifier: AGPL-3.0-or-later
// The two forms a health message template may use (the contract the plugin's catalogues share):
//   {name}                                   a parameter, inserted as is
//   {count, plural, one {…} other {…}}       a branch chosen by Intl.PluralRules for `count`;
//                                            the branches may hold {name} placeholders again
// Nothing else of ICU MessageFormat: a template that needs more gets its own id instead.

import type { Msg } from './types.ts';

export type MsgParams = NonNullable<Msg['params']>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'param'; name: string }
  | { kind: 'plural'; name: string; branches: Map<string, Part[]> };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses a template; throws on anything outside the two forms (the unit test runs it on all). */
export function parseTemplate(template: string): Part[] {
  let i = 0;
  const parseUntil = (closing: boolean): Part[] => {
    const parts: Part[] = [];
    let text = '';
    while (i < template.length) {
      const c = template[i];
      if (c === '}') {
        if (!closing) throw new Error(`unbalanced } at ${i} in: ${template}`);
        break;
      }
      if (c !== '{') {
        text += c;
        i++;
        continue;
      }
      if (text) parts.push({ kind: 'text', text });
      text = '';
      const end = template.indexOf('}', i);
      const inner = template.slice(i + 1, end < 0 ? undefined : end);
      const comma = inner.indexOf(',');
      if (comma < 0) {
        if (!NAME.test(inner)) throw new Error(`bad placeholder {${inner}} in: ${template}`);
        parts.push({ kind: 'param', name: inner });
        i = end + 1;
        continue;
      }
      const name = inner.slice(0, comma).trim();
      const head = /^\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*,\s*plural\s*,/.exec(template.slice(i));
      if (!head || head[1] !== name) throw new Error(`bad form {${inner}…} in: ${template}`);
      i += head[0].length;
      const branches = new Map<string, Part[]>();
      for (;;) {
        while (template[i] === ' ') i++;
        if (template[i] === '}') {
          i++;
          break;
        }
        const sel = /^(zero|one|two|few|many|other)\s*\{/.exec(template.slice(i));
        if (!sel) throw new Error(`bad plural branch at ${i} in: ${template}`);
        i += sel[0].length;
        branches.set(sel[1], parseUntil(true));
        if (template[i] !== '}') throw new Error(`unclosed plural branch in: ${template}`);
        i++;
      }
      if (!branches.has('other')) throw new Error(`plural without other in: ${template}`);
      parts.push({ kind: 'plural', name, branches });
    }
    if (text) parts.push({ kind: 'text', text });
    return parts;
  };
  const parts = parseUntil(false);
  if (i !== template.length) throw new Error(`trailing text at ${i} in: ${template}`);
  return parts;
}

/** Every parameter name a template reads. */
export function templateParams(template: string): Set<string> {
  const names = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      if (p.kind === 'param') names.add(p.name);
      if (p.kind === 'plural') {
        names.add(p.name);
        for (const b of p.branches.values()) walk(b);
      }
    }
  };
  walk(parseTemplate(template));
  return names;
}

export function formatTemplate(template: string, params: MsgParams = {}, locale = 'en'): string {
  const rules = new Intl.PluralRules(locale);
  const out = (parts: Part[]): string =>
    parts
      .map((p) => {
        if (p.kind === 'text') return p.text;
        const v = params[p.name];
        if (p.kind === 'param') return v === undefined ? `{${p.name}}` : String(v);
        const n = Number(v);
        const branch = p.branches.get(rules.select(n)) ?? (p.branches.get('other') as Part[]);
        return out(branch);
      })
      .join('');
  return out(parseTemplate(template));
}

/** Renders a message with the given catalogue; an unknown id renders as the id itself. */
export function formatMsg(catalogue: Record<string, string>, m: Msg, locale = 'en'): string {
  const t = Object.hasOwn(catalogue, m.id) ? catalogue[m.id] : undefined;
  return t === undefined ? m.id : formatTemplate(t, m.params, locale);
}
