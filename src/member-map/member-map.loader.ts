import type * as PartsModule from './member-map.parts.js';

export type Parts = typeof PartsModule;

/**
 * The parts that turn data into the list and the map's panel (checker,
 * grouping, views, their styles): loaded once, as the first map connects,
 * alongside its data's request; tried again after a failure. `importParts`
 * is a property so that a test can make the chunk fail as a lost connection would.
 */
export const partsLoader = {
  /** The parts, once loaded: a model exists only after they are. */
  parts: undefined as Parts | undefined,
  pending: undefined as Promise<Parts> | undefined,
  importParts: (): Promise<Parts> => import('./member-map.parts.js'),
  load(): Promise<Parts> {
    return (this.pending ??= this.importParts().then(
      (module) => (this.parts = module),
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    ));
  },
};
