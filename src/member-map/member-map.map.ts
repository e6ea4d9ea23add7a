import type { GeoProjection } from 'd3-geo';
import type { CountryShape } from './geometry.js';
import { fitProjection, markerPath, membersExtent, pathOf } from './projection.js';

/*
 * The map's arithmetic: d3-geo and topojson-client. <city-member-map> imports
 * this module only when it shows the map, so the list (and view="list") costs
 * neither this code nor the geometry. It imports nothing the element imports
 * (no Lit, no core): the bundler then keeps it one self-contained chunk instead
 * of moving shared code out of the entry file.
 */
export { defaultGeometryUrl, loadGeometry } from './geometry.js';
export type { CountryShape } from './geometry.js';
export { markerPath };

interface Located {
  lat?: number;
  lon?: number;
}

/** Where things go on a map of a given size. */
export interface MapLayout {
  /** Pixel position of a member, or undefined when it has no coordinates. */
  point(member: Located): [number, number] | undefined;
  /** SVG paths of the country outlines (cached per geometry). */
  outlines(shapes: CountryShape[]): { id?: string; d: string }[];
}

const layouts = new WeakMap<readonly Located[], { key: string; layout?: MapLayout }>();

/** The layout for a list of members in a box of width × height pixels (cached per list and size). */
export function mapLayout(
  members: readonly Located[],
  width: number,
  height: number,
  em: number,
): MapLayout | undefined {
  const key = `${width}x${height}@${em}`;
  const cached = layouts.get(members);
  if (cached?.key === key) return cached.layout;
  const extent = membersExtent(members);
  const layout = extent ? createLayout(fitProjection(extent, width, height, em * 1.5)) : undefined;
  layouts.set(members, { key, layout });
  return layout;
}

function createLayout(projection: GeoProjection): MapLayout {
  let outlineCache: { shapes: CountryShape[]; paths: { id?: string; d: string }[] } | undefined;
  return {
    point: (member) => {
      if (member.lat === undefined || member.lon === undefined) return undefined;
      return projection([member.lon, member.lat]) ?? undefined;
    },
    outlines: (shapes) => {
      if (outlineCache?.shapes === shapes) return outlineCache.paths;
      const path = pathOf(projection);
      const paths = shapes.map((shape) => ({
        id: shape.id === undefined ? undefined : String(shape.id),
        d: path(shape),
      }));
      outlineCache = { shapes, paths };
      return paths;
    },
  };
}
