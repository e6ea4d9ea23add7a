import { documentedAttributes, placeholderTags } from './attributes.js';
import { allowedOrigins } from './origins.js';
import { parsePlaceholder, urlProblem } from './parse.js';

/** More widgets than any real page has; beyond it, placeholders stay links. */
export const maxUpgrades = 100;
// Work per task before yielding, so that a page full of links stays
// responsive. By time, not by count: each task that changes a huge page
// costs a relayout, so fewer, fuller tasks block the page less.
const sliceMs = 8;
// Also in watch.ts, which must not import this module (it loads it lazily).
const selector = 'a[href*="#city-" i]';
// Editing areas keep their links (the editor is still editing them), and the
// editors' own chrome shows links too: CKEditor 5's link balloon (`.ck`),
// TinyMCE's dialogs (`.tox`).
const editing = '[contenteditable], .ck, .tox';

const warned = new Set<string>();
function warn(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`city-network-widgets: ${message}`);
}

/**
 * Marks a document as watched, seen by every copy of this module: dist/loader.js
 * bundles one and the kit loads another, and both watching one page told of
 * each broken placeholder twice.
 */
const watchedKey = Symbol.for('city-network-widgets.placeholders');

/**
 * Turns every placeholder link in `doc` into its element, now and whenever
 * one is added later, keeping the link inside as fallback content.
 * `load(tag)` is called before an element is created (the loader imports
 * the element's file there). Calling it again for the same document, from this
 * copy of the code or another, does nothing.
 */
export function watchPlaceholders(doc: Document, load?: (tag: string) => void): void {
  const marks = doc as unknown as Record<symbol, true>;
  if (marks[watchedKey]) return;
  marks[watchedKey] = true;
  let queue: Element[] = [];
  let next = 0;
  let scheduled = false;
  let origins: string[] = [];
  // Upgraded elements still on the page: a preview that replaces its widget
  // on every keystroke does not run into the limit.
  let upgraded: Element[] = [];

  const upgrade = (link: Element): void => {
    const parent = link.parentElement;
    if (!parent || placeholderTags.includes(parent.localName) || link.closest(editing)) return;
    const placeholder = parsePlaceholder((link as HTMLAnchorElement).href);
    if (typeof placeholder !== 'object') {
      if (placeholder) warn(placeholder);
      return;
    }
    const { tag, attributes, ignored } = placeholder;
    for (const name of ignored) {
      warn(
        `<${tag}> has no attribute "${name.slice(0, 100)}" (ignored); it has: ${documentedAttributes(tag)?.join(', ')}.`,
      );
    }
    const problem = urlProblem(placeholder, doc.baseURI, origins);
    if (problem) {
      warn(problem);
      return;
    }
    if (upgraded.length >= maxUpgrades) upgraded = upgraded.filter((element) => element.isConnected);
    if (upgraded.length >= maxUpgrades) {
      warn(`more than ${maxUpgrades} placeholders on this page; the rest stay links.`);
      next = queue.length;
      return;
    }
    load?.(tag);
    const element = doc.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    link.replaceWith(element);
    element.append(link);
    upgraded.push(element);
  };

  const run = (): void => {
    scheduled = false;
    origins = allowedOrigins(doc);
    const start = performance.now();
    while (next < queue.length && performance.now() - start < sliceMs) upgrade(queue[next++]);
    if (next < queue.length) schedule();
    else [queue, next] = [[], 0];
  };
  const schedule = (): void => {
    if (!scheduled) setTimeout(run);
    scheduled = true;
  };
  const collect = (root: Element | Document): void => {
    if (root instanceof Element && root.matches(selector)) queue.push(root);
    for (const link of root.querySelectorAll(selector)) queue.push(link);
  };

  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === 1) collect(node as Element);
    }
    if (next < queue.length) schedule();
  }).observe(doc, { childList: true, subtree: true });
  collect(doc);
  run();
}
