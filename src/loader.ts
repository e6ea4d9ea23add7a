/**
 * The small site script for pages with placeholder links
 * (`<a href="https://site/data.json#city-conference-timeline&search">`):
 * upgrades each into its element and, once a page has one (or an element
 * written directly), loads the kit, `city-network-widgets.js`, beside it: every
 * element with one Lit. Not an element's own file: each bundles its own Lit,
 * and a second Lit on the page (a kind of element added later) cannot start
 * under a Trusted Types policy. A site template may use this as its one script:
 * a page without widgets loads nothing more. Built as `dist/loader.js`.
 */
import { placeholderTags } from './core/placeholder/attributes.js';
import { watchPlaceholders } from './core/placeholder/upgrade.js';

let requested = false;

const load = (): void => {
  if (requested) return;
  requested = true;
  // Literal import: the build resolves it to dist/city-network-widgets.js. A failed import leaves
  // each placeholder's link (the element's fallback content) showing: say why.
  import('./index.js').catch((error: unknown) =>
    console.error('city-network-widgets: could not load the widgets', error),
  );
};

const written = placeholderTags.join();
const loadWritten = (root: Element | Document): void => {
  if ((root instanceof Element && root.matches(written)) || root.querySelector(written)) load();
};

// Imported where a server renders the page (Next.js, Astro), there is no page to watch (or a
// stand-in document without queries, as Lit's server rendering has).
if (typeof document !== 'undefined' && 'querySelector' in document) {
  watchPlaceholders(document, load);
  loadWritten(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadWritten(node);
    if (requested) observer.disconnect();
  });
  if (!requested) observer.observe(document, { childList: true, subtree: true });
}
