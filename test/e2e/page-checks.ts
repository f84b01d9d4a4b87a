// SPDX-License-Identifier: AGPL-3.0-or-later
// Checks the browser tests run on a page: axe-core (npm axe-core, injected into the page),
// horizontal overflow of the GPU tab, and the focused element across shadow roots.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core on one element (its shadow trees included), WCAG 2.1 A/AA and best practices;
 * returns the serious and critical violations.
 */
export async function axeSerious(page: Page, selector: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } })
      .axe;
    interface AxeResults {
      violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[] }> }>;
    }
    const r = await axe.run(
      { include: [[sel]] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    );
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
      }));
  }, selector);
}

/**
 * Everything inside the tab element (through its shadow roots) that reaches past the right
 * edge of the Ext card hosting it, or scrolls sideways: a description per offender.
 */
export async function horizontalOverflow(page: Page, selector: string): Promise<string[]> {
  // No named functions inside: tsx's keep-names helper does not exist in the page.
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    if (!host) return [`${sel} not found`];
    const card = host.closest('.x-panel-body') ?? host.parentElement ?? host;
    const limit = Math.min(card.getBoundingClientRect().right, window.innerWidth) + 1;
    const out: string[] = [];
    if (card.scrollWidth > card.clientWidth + 1)
      out.push(`the card scrolls sideways (${card.scrollWidth} > ${card.clientWidth})`);
    const roots: Array<Element | ShadowRoot> = [host.shadowRoot ?? host];
    while (roots.length > 0) {
      const root = roots.pop() as Element | ShadowRoot;
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
        const label = `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`;
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > limit)
          out.push(`${label} ends at ${Math.round(r.right)} > ${Math.round(limit)}`);
        const ox = getComputedStyle(el).overflowX;
        if ((ox === 'auto' || ox === 'scroll') && el.scrollWidth > el.clientWidth + 1)
          out.push(`${label} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return out.slice(0, 10);
  }, selector);
}

/** The focused element, looked up through shadow roots: tag, role, text, attributes. */
export async function focused(page: Page): Promise<{
  tag: string;
  role: string | null;
  text: string;
  view: string | null;
  sort: string | null;
  outline: string;
  inTab: boolean;
}> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let inTab = false;
    while (el?.shadowRoot?.activeElement) {
      if (el.tagName.toLowerCase().startsWith('pvegpu-')) inTab = true;
      el = el.shadowRoot.activeElement;
    }
    if (!el) return { tag: '', role: null, text: '', view: null, sort: null, outline: '', inTab };
    const cs = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      view: el.getAttribute('data-view'),
      sort: el.closest('th')?.getAttribute('data-sort') ?? null,
      outline: `${cs.outlineStyle} ${cs.outlineWidth}`,
      inTab,
    };
  });
}

/**
 * Every piece of text a user can meet in the element, its shadow trees included: text nodes and
 * the attributes a screen reader or a tooltip reads (title, aria-label, aria-description,
 * placeholder, alt), each with where it sits. <style> and code (<code>, <pre>: paths, config
 * lines, commands) are left out.
 */
export async function userTexts(
  page: Page,
  selector: string,
): Promise<Array<{ where: string; text: string }>> {
  // A string, not a function: tsx's keep-names helper does not exist in the page.
  return page.evaluate(`(() => {
    const out = [];
    const ATTRS = ['title', 'aria-label', 'aria-description', 'placeholder', 'alt'];
    const walk = (node, where) => {
      if (node.nodeType === 3) {
        const text = (node.textContent || '').replace(/\\s+/g, ' ').trim();
        if (text) out.push({ where, text });
        return;
      }
      if (node.nodeType === 1) {
        const tag = node.tagName.toLowerCase();
        if (tag === 'style' || tag === 'code' || tag === 'pre') return;
        for (const a of ATTRS) {
          const v = node.getAttribute(a);
          if (v) out.push({ where: where + ' ' + tag + '[' + a + ']', text: v });
        }
        where = where + ' ' + tag + (node.classList.length ? '.' + node.classList[0] : '');
        if (node.shadowRoot) walk(node.shadowRoot, where);
      } else if (node.nodeType !== 11) return;
      for (const c of Array.from(node.childNodes)) walk(c, where);
    };
    const host = document.querySelector(${JSON.stringify(selector)});
    if (host) walk(host, '');
    return out;
  })()`);
}
