/**
 * city-network-widgets: every element, registered. This is the entry of the
 * self-contained `dist/city-network-widgets.js` for a plain `<script type="module">`.
 */
export * from './network-badge/network-badge.js';
export * from './conference-timeline/conference-timeline.js';
export * from './member-map/member-map.js';
export * from './delegation-form/delegation-form.js';
export * from './newsletter-signup/newsletter-signup.js';
export { setBasePath, getBasePath } from './core/base-path.js';

// Placeholder links (`<a href="…#city-…">`) become their elements, now and
// later; the code that upgrades them loads with the first one.
import { watchPlaceholdersLazily } from './core/placeholder/watch.js';
if (typeof document !== 'undefined' && 'querySelector' in document) watchPlaceholdersLazily(document);
