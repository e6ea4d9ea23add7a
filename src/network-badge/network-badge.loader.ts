import { LazyModule } from '../core/lazy.js';

/** The badge's data checker: a page whose badges are written in attributes never loads it. */
export const membershipsChecker = new LazyModule(
  () => import('./network-badge.data.js'),
  () => import('../core/data/validate.js'),
);
