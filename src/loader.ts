/**
 * The small site script for pages with placeholder links
 * (`<a href="https://site/data.json#city-conference-timeline&search">`):
 * upgrades each into its element and imports only the element files the
 * page names, in its placeholders or as elements written directly (a site
 * template may use this as its one script). Built as `dist/loader.js`,
 * beside the element files.
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

const load = (tag: string): void => {
  if (requested.has(tag)) return;
  requested.add(tag);
  // A failed import leaves the placeholder's link (the element's fallback content) showing: say why.
  elementFiles[tag]?.().catch((error: unknown) =>
    console.error(`city-network-widgets: could not load <${tag}>`, error),
  );
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
