import { waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type * as AxeCore from 'axe-core';
import { wcag22 } from '../helpers.js';

/**
 * What the accessibility matrix shares: the host page a widget is placed on
 * (its background, text colour, language and a heading before it), the
 * reader's system colour scheme, and axe with the WCAG 2.2 AA tags.
 */
export type Theme = 'light' | 'dark' | 'auto';
export type Scheme = 'light' | 'dark';
export type Background = 'white' | 'black';
export type Locale = 'cs' | 'en' | 'de';

export const themes: Theme[] = ['light', 'dark', 'auto'];
export const schemes: Scheme[] = ['light', 'dark'];
export const backgrounds: Background[] = ['white', 'black'];
export const locales: Locale[] = ['cs', 'en', 'de'];

/** A host page's own colours: a light page with dark text, a dark page with light text. */
const pageColours: Record<Background, string> = {
  white: 'background: #ffffff; color: #1a1a1a;',
  black: 'background: #000000; color: #f2f2f2;',
};

export interface HostOptions {
  background?: Background;
  lang?: Locale;
  /** Markup placed before the widget, e.g. the page's `<h1>`. */
  before?: string;
  /** CSS width of the section, e.g. `320px`. */
  width?: string;
}

const sections: HTMLElement[] = [];
afterEach(() => sections.splice(0).forEach((section) => section.remove()));

/**
 * A section of a host page, removed after the test: the page's background and
 * text colour, its `lang`, and whatever comes before the widget.
 */
export function hostSection({ background = 'white', lang = 'en', before = '', width }: HostOptions = {}): HTMLElement {
  const section = document.createElement('section');
  section.setAttribute('lang', lang);
  section.setAttribute('style', `${pageColours[background]} padding: 16px;${width ? ` width: ${width};` : ''}`);
  section.innerHTML = before;
  document.body.append(section);
  sections.push(section);
  return section;
}

let currentScheme: Scheme | undefined;

/** The reader's system setting (`prefers-color-scheme`), emulated for the whole page. */
export async function useScheme(scheme: Scheme): Promise<void> {
  if (scheme === currentScheme) return;
  await emulateMedia({ colorScheme: scheme });
  currentScheme = scheme;
}

after(async () => {
  await emulateMedia({ colorScheme: 'light' });
  currentScheme = undefined;
});

export interface Finding {
  rule: string;
  target: string;
}

/** axe-core registers itself on the window when its browser build is imported. */
async function axe(): Promise<typeof AxeCore> {
  const holder = window as unknown as { axe?: typeof AxeCore };
  if (!holder.axe) await import('axe-core/axe.min.js');
  return holder.axe!;
}

/**
 * axe over `context` with the WCAG 2.2 AA tags (target-size runs only when
 * wcag22aa is asked for), plus any rule named in `extraRules` (heading-order
 * is tagged best-practice, so it runs only when named).
 */
export async function axeFindings(context: Element, extraRules: string[] = []): Promise<Finding[]> {
  const rules = Object.fromEntries(extraRules.map((rule) => [rule, { enabled: true }]));
  const results = await (
    await axe()
  ).run(context, {
    runOnly: { type: 'tag', values: wcag22.runOnly },
    rules,
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      // A node inside a shadow root is targeted as [host selector, inner selector].
      target: node.target.map((part) => [part].flat().join(' >> ')).join(' | '),
    })),
  );
}

/** One line per rule: the rule, how many nodes, and the first few targets. */
export function describeFindings(findings: Finding[]): string {
  const byRule = new Map<string, string[]>();
  for (const { rule, target } of findings) byRule.set(rule, [...(byRule.get(rule) ?? []), target]);
  return [...byRule.entries()]
    .map(([rule, targets]) => `${rule} ×${targets.length}: ${[...new Set(targets)].slice(0, 3).join(', ')}`)
    .join('; ');
}

/** Waits until the widget has rendered something other than its loading state. */
export async function settled(element: Element, what = 'rendered'): Promise<void> {
  await waitUntil(
    () => {
      const root = element.shadowRoot;
      if (!root?.childElementCount || root.querySelector('[part~="loading"]')) return false;
      // The map draws its SVG after the list; axe must see both.
      return !root.querySelector('[part~="map"]') || Boolean(root.querySelector('svg'));
    },
    `<${element.localName}> never ${what}`,
    { timeout: 6000 },
  );
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}
