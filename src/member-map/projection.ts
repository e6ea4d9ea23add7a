import { geoConicConformal, geoPath } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
// Only types from the rest of the element: this module goes into the lazily
// loaded map chunk, which must not share code with the entry (see member-map.map.ts).
interface Located {
  lat?: number;
  lon?: number;
}

/** Smallest extent shown, in degrees, so one city (or a few close ones) is not zoomed to a point. */
const minSpan = { lon: 4, lat: 2.5 };
/** Share of the members' extent added around it. */
const padding = 0.12;

export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The longitude/latitude box around the placed members, padded and at least `minSpan` wide. */
export function membersExtent(members: readonly Located[]): Extent | undefined {
  const placed = members.filter(
    (member): member is Required<Located> => member.lat !== undefined && member.lon !== undefined,
  );
  if (placed.length === 0) return undefined;
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const { lat, lon } of placed) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const grow = (low: number, high: number, min: number): [number, number] => {
    const span = Math.max(high - low, min);
    const middle = (low + high) / 2;
    const half = (span * (1 + 2 * padding)) / 2;
    return [middle - half, middle + half];
  };
  [west, east] = grow(west, east, minSpan.lon);
  [south, north] = grow(south, north, minSpan.lat);
  return { west, south: Math.max(south, -85), east, north: Math.min(north, 85) };
}

/**
 * A conic conformal projection (Lambert) centred on the extent, with standard
 * parallels at one sixth and five sixths of its height, fitted into
 * width × height less `margin` on every side.
 */
export function fitProjection(extent: Extent, width: number, height: number, margin: number): GeoProjection {
  const { west, south, east, north } = extent;
  const span = north - south;
  let parallels: [number, number] = [south + span / 6, north - span / 6];
  // Parallels symmetric about the equator make the cone a cylinder: nudge them.
  if (Math.abs(parallels[0] + parallels[1]) < 1e-6) parallels = [parallels[0] + 1, parallels[1] + 1];
  const outline: [number, number][] = [];
  for (let step = 0; step <= 4; step++) {
    const lon = west + ((east - west) * step) / 4;
    const lat = south + (span * step) / 4;
    outline.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  const inner = (size: number) => Math.max(size - 2 * margin, 1);
  return geoConicConformal()
    .parallels(parallels)
    .rotate([-(west + east) / 2, 0])
    .fitExtent(
      [
        [margin, margin],
        [margin + inner(width), margin + inner(height)],
      ],
      { type: 'MultiPoint', coordinates: outline },
    );
}

/** The SVG path of a GeoJSON object under a projection. */
export function pathOf(projection: GeoProjection): (object: GeoJSON.GeoJsonObject) => string {
  const path = geoPath(projection);
  return (object) => path(object as GeoJSON.Feature) ?? '';
}

/** An SVG path of a circle (`founding` false) or a diamond of radius r at x, y. */
export function markerPath(x: number, y: number, r: number, founding: boolean): string {
  const f = (value: number) => Math.round(value * 10) / 10;
  if (founding) {
    const d = r * 1.35;
    return `M${f(x)} ${f(y - d)}L${f(x + d)} ${f(y)}L${f(x)} ${f(y + d)}L${f(x - d)} ${f(y)}Z`;
  }
  // The chord must be exactly twice the rounded radius, or the arcs bulge.
  const rr = f(r);
  return `M${f(x - rr)} ${f(y)}a${rr} ${rr} 0 1 0 ${f(2 * rr)} 0a${rr} ${rr} 0 1 0 ${f(-2 * rr)} 0Z`;
}
