import { waitUntil } from '@open-wc/testing';
import type { LazyModule } from '../src/core/lazy.js';

/** The text a reader sees inside a widget's shadow root (CSS-aware, like a person reading). */
export function visibleText(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  return (
    Array.from(root.children)
      // Not `instanceof HTMLElement`: the element may live in an iframe (another realm).
      .filter((child): child is HTMLElement => 'innerText' in child && child.localName !== 'style')
      .map((child) => child.innerText)
      .join('\n')
      .replace(/[ \t]+/g, ' ')
      .trim()
  );
}

/** A shadow-root query that fails the test when the element is missing. */
export function shadowQuery<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${element.localName}> has no ${selector} in its shadow root`);
  return found;
}

/** Waits until the widget's visible text includes `text`; on timeout, says what it shows then. */
export async function waitForText(element: Element, text: string, timeout = 4000): Promise<void> {
  try {
    await waitUntil(() => visibleText(element).includes(text), '', { timeout });
  } catch {
    throw new Error(`<${element.localName}> never showed "${text}"; it shows: "${visibleText(element).slice(0, 300)}"`);
  }
}

/** Collects console.warn calls while a test runs. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** A unique key so middleware endpoints with memory (flaky, records) start fresh per test. */
export const uniqueKey = (): string => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** The axe rule tags for WCAG 2.2 AA (axe runs target-size only when asked by tag). */
export const wcag22 = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

/**
 * axe over the element with WCAG 2.2 AA rules (target-size included), after
 * chai-a11y-axe's default run. Fails with each violation's rule and target.
 */
export async function expectAccessible(element: Element): Promise<void> {
  const { expect } = await import('@open-wc/testing');
  await expect(element).to.be.accessible();
  const axe = (window as unknown as { axe: { run: (el: Element, options: object) => Promise<AxeResult> } }).axe;
  const results = await axe.run(element, { runOnly: { type: 'tag', values: wcag22.runOnly } });
  const report = results.violations
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
    .join('\n');
  expect(report, 'WCAG 2.2 AA violations').to.equal('');
}

/**
 * Runs `test` with `lazy` loading its code `as` the test says: `'failing'` rejects as a lost
 * connection would (naming `url`), a function stands in for the import. `test` gets `restore`,
 * which brings the real import back (a retry then loads it); the module is put back after.
 */
export async function withLazyModule<M>(
  lazy: LazyModule<M>,
  as: { failingAt: string } | ((real: () => Promise<M>) => Promise<M>),
  test: (restore: () => void) => Promise<void>,
): Promise<void> {
  const { importModule, module } = lazy;
  lazy.module = lazy.pending = undefined;
  lazy.importModule =
    typeof as === 'function'
      ? () => as(importModule)
      : () => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${as.failingAt}`));
  const restore = () => (lazy.importModule = importModule);
  try {
    await test(restore);
  } finally {
    restore();
    lazy.module ??= module;
  }
}

type IntlService = 'Collator' | 'DisplayNames' | 'NumberFormat' | 'PluralRules';

/**
 * The locale of each `Intl[service]` made while `run` runs: a page's first
 * one of each is a long call on a slow phone, which the widgets avoid.
 */
export async function intlMade(service: IntlService, run: () => unknown): Promise<string[]> {
  const intl = Intl as unknown as Record<IntlService, new (...args: unknown[]) => object>;
  const Original = intl[service];
  const made: string[] = [];
  intl[service] = class extends Original {
    constructor(...args: unknown[]) {
      super(...args);
      made.push(String([args[0]].flat()[0]));
    }
  };
  try {
    await run();
  } finally {
    intl[service] = Original;
  }
  return made;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Lets a list that grows in steps (each one frame and one task, then more as
 * its end is seen near the viewport) grow for as long as it does: settled
 * when five frames add no row. Resolves to the number of rows.
 */
export async function settledCount(
  rows: () => readonly Element[],
  element: { updateComplete: Promise<unknown> },
): Promise<number> {
  await waitUntil(() => rows().length > 0, 'the list never showed', { timeout: 20000 });
  for (let last = -1; rows().length !== last;) {
    last = rows().length;
    for (let frame = 0; frame < 5; frame++) await nextFrame();
    await element.updateComplete;
  }
  return rows().length;
}

/** Scrolls the last of `rows` into view until there are at least `count`. */
export async function scrollUntilCount(rows: () => readonly Element[], count: number): Promise<void> {
  await waitUntil(
    () => {
      rows().at(-1)!.scrollIntoView({ block: 'end' });
      return rows().length >= count;
    },
    `the list did not grow to ${count} rows`,
    { timeout: 20000, interval: 20 },
  );
}

/**
 * The pieces of a widget's shadow tree that reach past its right edge by more
 * than `tolerance` pixels (for sub-pixel rounding), each with how far. Left
 * out: visually hidden text and the forms' trap (clipped to a pixel on
 * purpose), and what is hidden from assistive technology (the map's drawing,
 * whose box clips it).
 */
export function piecesPastTheEdge(element: Element, tolerance = 1): string[] {
  const right = element.getBoundingClientRect().right;
  return Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('*'))
    .filter((node) => !node.closest('.visually-hidden, [aria-hidden="true"], .trap'))
    .filter((node) => node.getClientRects().length > 0 && node.getBoundingClientRect().right > right + tolerance)
    .map((node) => `${node.outerHTML.slice(0, 100)} (${Math.round(node.getBoundingClientRect().right - right)}px)`);
}

/** Works `ms` by the clock, as a task that takes that long on a slow phone. */
export function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** Counts frames from now on: the number of the frame each call came after. */
export function frameCounter(): { now: () => number; stop: () => void } {
  let frames = 0;
  let running = true;
  const count = () => {
    frames++;
    if (running) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  return { now: () => frames, stop: () => (running = false) };
}

/** The fonts text is measured in on a canvas from now on (as `font` reads back), until `restore`. */
export function measuredFonts(): { fonts: string[]; restore: () => void } {
  const fonts: string[] = [];
  const measureText = CanvasRenderingContext2D.prototype.measureText;
  CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
    fonts.push(this.font);
    return measureText.call(this, text);
  };
  return { fonts, restore: () => (CanvasRenderingContext2D.prototype.measureText = measureText) };
}
