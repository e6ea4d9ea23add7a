import { LazyModule } from '../core/lazy.js';
import type * as PartsModule from './member-map.parts.js';

export type Parts = typeof PartsModule;

/**
 * The parts that turn data into the list and the map's panel (checker,
 * grouping, views, their styles): loaded as the first map connects, alongside
 * its data's request (a model exists only after they are).
 */
export const partsLoader = new LazyModule<Parts>(
  () => import('./member-map.parts.js'),
  () => import('../core/data/validate.js'),
);
