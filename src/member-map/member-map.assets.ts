import { basePathUrl } from '../core/base-path.js';
import { LazyModule } from '../core/lazy.js';
import type * as MapModule from './member-map.map.js';

/*
 * The map's drawing code and outlines, fetched once per page: no Lit, so that
 * member-map.early.ts can ask for them before the element's code has run.
 */

/** The map's drawing code (member-map.map.ts), a chunk of its own. */
export type MapCode = typeof MapModule;

const mapCode = new LazyModule<MapCode>(() => import('./member-map.map.js'));

/** Imports the drawing code once per page (a failure may be retried). */
export const loadMapCode = (): Promise<MapCode> => mapCode.load();

/** Starts loading the drawing code; a failure is left to whoever needs it. */
export const prefetchMapCode = (): void => mapCode.prefetch();

/** One country outline: its ISO alpha-2 id (null for a few territories) and SVG path in projected km. */
export interface CountryOutline {
  id: string | null;
  d: string;
}

/** The file name of the outlines projected at build time (scripts/build-geometry.mjs). */
const geometryFile = 'europe.paths.json';

/**
 * The default URL of the outlines: under the base path when the page set one
 * (bundlers that do not copy assets, see core/base-path), else next to this
 * module. The literal `new URL('./…', import.meta.url)` is what Vite and
 * webpack follow to copy the file into a build.
 */
export const defaultGeometryUrl = (): string =>
  basePathUrl(geometryFile) ?? new URL('./europe.paths.json', import.meta.url).href;

const cache = new Map<string, Promise<CountryOutline[]>>();

/**
 * Fetches outlines once per URL (failures are not cached): the build's path
 * data as is, or any TopoJSON with a `countries` object, projected on arrival
 * by code loaded only then.
 */
export function loadGeometry(url: string): Promise<CountryOutline[]> {
  let pending = cache.get(url);
  if (!pending) {
    // In an async function: a page's `fetch` that throws at once becomes a rejection, like any failure.
    pending = (async () => {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const json = (await response.json()) as { type?: string; countries?: [string | null, string][] };
      if (json.type === 'CountryPaths' && Array.isArray(json.countries))
        return json.countries.map(([id, d]) => ({ id, d }));
      if (json.type === 'Topology') {
        const [topo, map] = await Promise.all([import('./topo-outlines.js'), loadMapCode()]);
        return topo.outlinesOf(json, map.pathOfRings);
      }
      throw new Error('neither country paths nor TopoJSON');
    })();
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}
