import { askEarly, fetchDataEarly } from '../core/data/early.js';
import { membershipsChecker } from './network-badge.loader.js';

// Imported first by network-badge.ts, before Lit (see core/data/early.ts): the
// badges in the page that read a file have it and its checker asked for at once.
askEarly('city-network-badge', (badge) => {
  if (!badge.hasAttribute('src') && badge.hasAttribute('name')) return;
  membershipsChecker.prefetch();
  fetchDataEarly(badge);
});
