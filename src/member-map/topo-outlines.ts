import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryOutline } from './member-map.assets.js';
import type { pathOfRings } from './projection.js';

/*
 * Outlines from a TopoJSON file given in geometry-src, projected in the
 * browser with the map's projection (passed in from the map's chunk, so that
 * no code is shared between chunks). Loaded only for such a file: the default
 * outlines come projected from the build (scripts/build-geometry.mjs).
 */
export function outlinesOf(topology: object, paths: typeof pathOfRings): CountryOutline[] {
  const countries = (topology as Topology).objects?.countries as GeometryCollection | undefined;
  if (countries?.type !== 'GeometryCollection') throw new Error('no "countries" object in the TopoJSON');
  return feature(topology as Topology, countries).features.map(({ id, geometry }) => ({
    id: id === undefined ? null : String(id),
    d:
      geometry?.type === 'Polygon'
        ? paths(geometry.coordinates)
        : geometry?.type === 'MultiPolygon'
          ? paths(geometry.coordinates.flat())
          : '',
  }));
}
