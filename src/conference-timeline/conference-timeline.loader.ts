import { LazyModule } from '../core/lazy.js';
import type * as PartsModule from './conference-timeline.parts.js';

export type Parts = typeof PartsModule;

/**
 * The parts that make the list (checker, view, list styles): loaded as the
 * first timeline connects, alongside its data's request (a model exists only
 * after they are).
 */
export const partsLoader = new LazyModule<Parts>(
  () => import('./conference-timeline.parts.js'),
  () => import('../core/data/validate.js'),
);
