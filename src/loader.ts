/**
 * The small site script for pages with placeholder links
 * (`<a href="https://site/data.json#city-conference-timeline&search">`):
 * upgrades each into its element and imports what the page names, in its
 * placeholders or as elements written directly (a site template may use this
 * as its one script): the element's own file for one kind of element, the
 * kit (`city-network-widgets.js`, every element with one Lit) when the page
 * starts with several kinds. Built as `dist/loader.js`, beside those files.
 */
import { watchPlaceholders } from './core/placeholder/upgrade.js';

// Literal imports: the build resolves each to the element's own file in dist/.
const elementFiles: Record<string, () => Promise<unknown>> = {
  'city-network-badge': () => import('./network-badge/network-badge.js'),
  'city-conference-timeline': () => import('./conference-timeline/conference-timeline.js'),
  'city-member-map': () => import('./member-map/member-map.js'),
  'city-delegation-form': () => import('./delegation-form/delegation-form.js'),
  'city-newsletter-signup': () => import('./newsletter-signup/newsletter-signup.js'),
};

const requested = new Set<string>();
let batch: string[] = [];

/**
 * Loads what the tags found in one pass need. Each element file bundles Lit,
 * so two kinds or more at once come from the kit, which bundles it once (and
 * defines every element: nothing more is loaded after it).
 */
const flush = (): void => {
  const tags = [...new Set(batch)];
  batch = [];
  if (requested.has('kit')) return;
  const kit = tags.length > 1;
  for (const tag of kit ? ['kit', ...tags] : tags) requested.add(tag);
  // Literal import: the build resolves it to dist/city-network-widgets.js.
  (kit ? import('./index.js') : elementFiles[tags[0]]()).catch((error: unknown) =>
    // A failed import leaves the placeholder's link (the element's fallback content) showing: say why.
    console.error('city-network-widgets: could not load', tags, error),
  );
};

const load = (tag: string): void => {
  if (requested.has(tag)) return;
  if (!batch.length) queueMicrotask(flush);
  batch.push(tag);
};

watchPlaceholders(document, load);

const written = Object.keys(elementFiles).join();
const loadWritten = (root: Element | Document): void => {
  if (root instanceof Element && root.matches(written)) load(root.localName);
  for (const element of root.querySelectorAll(written)) load(element.localName);
};
loadWritten(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadWritten(node);
}).observe(document, { childList: true, subtree: true });
