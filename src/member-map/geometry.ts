import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { basePathUrl } from '../core/base-path.js';

/** One country outline: its ISO alpha-2 id (absent for a few territories) and geometry. */
export type CountryShape = GeoJSON.Feature<GeoJSON.Geometry | null, GeoJSON.GeoJsonProperties>;

/**
 * The file name of the pre-cut geometry (scripts/build-geometry.mjs). Kept in a
 * variable so that the bundler does not inline it as a data: URL: the element
 * resolves it against its own module URL at run time, which is dist/ in the
 * build (scripts/build.mjs copies the file there) and src/member-map/ in tests.
 */
const geometryFile = 'europe.topo.json';

/** The default URL of the geometry: next to the module that holds this code. */
export function defaultGeometryUrl(): string {
  return basePathUrl(geometryFile) ?? new URL('./europe.topo.json', import.meta.url).href;
}

const cache = new Map<string, Promise<CountryShape[]>>();

/** Fetches the TopoJSON once per URL (failures are not cached) and returns its countries. */
export function loadGeometry(url: string): Promise<CountryShape[]> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return countriesOf((await response.json()) as Topology);
    });
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}

/** The country features of a topology made by scripts/build-geometry.mjs. */
export function countriesOf(topology: Topology): CountryShape[] {
  const countries = topology?.objects?.countries as GeometryCollection | undefined;
  if (!countries || countries.type !== 'GeometryCollection') throw new Error('no "countries" object in the TopoJSON');
  return feature(topology, countries).features;
}
