/**
 * The small site script for pages with placeholder links
 * (`<a href="https://site/data.json#city-conference-timeline&search">`):
 * upgrades each into its element and imports only the element files the
 * page's placeholders name. Built as `dist/loader.js`, beside the element files.
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

watchPlaceholders(document, (tag) => {
  if (requested.has(tag)) return;
  requested.add(tag);
  // A failed import leaves the placeholder's link showing: say why.
  elementFiles[tag]?.().catch((error: unknown) =>
    console.error(`city-network-widgets: could not load <${tag}>`, error),
  );
});
