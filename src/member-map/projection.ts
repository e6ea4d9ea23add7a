/*
 * The map's one projection: Lambert conformal conic for Europe (the parameters
 * of EPSG:3034 on a sphere), in kilometres, y pointing down as in SVG. The
 * outlines are projected with it at build time (scripts/build-geometry.mjs
 * imports this file), so the browser only projects the members' coordinates.
 * No imports: the build script loads this module on its own.
 */
const rad = Math.PI / 180;
const radius = 6371;
const [lat0, lon0, lat1, lat2] = [52 * rad, 10 * rad, 35 * rad, 65 * rad];
const t = (lat: number) => Math.tan(Math.PI / 4 + lat / 2);
const n = Math.log(Math.cos(lat1) / Math.cos(lat2)) / Math.log(t(lat2) / t(lat1));
const f = (Math.cos(lat1) * t(lat1) ** n) / n;
const rho0 = (radius * f) / t(lat0) ** n;

/** A point [x, y] in kilometres from the projection's centre (10° E, 52° N), y down. */
export function project(lon: number, lat: number): [number, number] {
  const rho = (radius * f) / t(lat * rad) ** n;
  const angle = n * (lon * rad - lon0);
  return [rho * Math.sin(angle), rho * Math.cos(angle) - rho0];
}

/** Where placed things lie, in projected kilometres. */
export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** `bounds` grown to take in a point (a new box for the first point). */
export function extendBounds(bounds: Bounds | undefined, x: number, y: number): Bounds {
  if (!bounds) return { x0: x, y0: y, x1: x, y1: y };
  if (x < bounds.x0) bounds.x0 = x;
  else if (x > bounds.x1) bounds.x1 = x;
  if (y < bounds.y0) bounds.y0 = y;
  else if (y > bounds.y1) bounds.y1 = y;
  return bounds;
}

/**
 * Smallest extent shown, in km, so one city (or a few close ones) is not zoomed to a point:
 * about a region's width. Larger, it kept a regional network's cities in the middle fifth of
 * a narrow map (320 px at 200 % text), piled on each other.
 */
const minSpan = 120;
/** Share of the members' extent added around it: some land around the outermost cities. */
const padding = 0.08;

/**
 * The scale and offset that fit `bounds` (padded, at least `minSpan` wide) into
 * width × height pixels less `margin` on every side, centred: pixel = km × k + [dx, dy].
 */
export function fit(
  bounds: Bounds,
  width: number,
  height: number,
  margin: number,
): { k: number; dx: number; dy: number } {
  const span = (low: number, high: number) => Math.max(high - low, minSpan) * (1 + 2 * padding);
  const k = Math.min(
    Math.max(width - 2 * margin, 1) / span(bounds.x0, bounds.x1),
    Math.max(height - 2 * margin, 1) / span(bounds.y0, bounds.y1),
  );
  return {
    k,
    dx: width / 2 - ((bounds.x0 + bounds.x1) / 2) * k,
    dy: height / 2 - ((bounds.y0 + bounds.y1) / 2) * k,
  };
}

/**
 * SVG path data of polygons given as rings of [lon, lat]: whole kilometres,
 * relative steps after each ring's start (short numbers that compress well).
 */
export function pathOfRings(rings: readonly (readonly (readonly number[])[])[]): string {
  let d = '';
  for (const ring of rings) {
    let last: [number, number] | undefined;
    let start = '';
    let steps = '';
    for (const [lon, lat] of ring) {
      const [x, y] = project(lon, lat).map(Math.round) as [number, number];
      if (!last) start = `M${x} ${y}`;
      else if (x !== last[0] || y !== last[1]) steps += ` ${x - last[0]} ${y - last[1]}`;
      last = [x, y];
    }
    // A ring that rounds to a point or a line draws nothing: leave it out.
    if (steps.split(' ').length > 4) d += `${start}l${steps.slice(1)}z`;
  }
  return d.replace(/ -/g, '-');
}

const round = (value: number) => Math.round(value * 10) / 10;
const shapes = new Map<string, string>();

/**
 * An SVG path of a circle (`founding` false) or a diamond of radius r at x, y:
 * a start point and the shape's relative steps (the same for every marker of a size).
 */
export function markerPath(x: number, y: number, r: number, founding: boolean): string {
  const key = `${r}${founding}`;
  let shape = shapes.get(key);
  if (shape === undefined) {
    const d = round(r * 1.35);
    // A circle's chord must be exactly twice the rounded radius, or the arcs bulge.
    const rr = round(r);
    shape = founding
      ? `l${d} ${d}l${-d} ${d}l${-d} ${-d}z`
      : `a${rr} ${rr} 0 1 0 ${2 * rr} 0a${rr} ${rr} 0 1 0 ${-2 * rr} 0z`;
    shapes.set(key, shape);
  }
  return founding
    ? `M${round(x)} ${round(y - round(r * 1.35))}${shape}`
    : `M${round(x - round(r))} ${round(y)}${shape}`;
}

/** The side of the squares that markers are drawn by, in pixels (about a tile the browser paints). */
const square = 256;

/**
 * Points (in pixels of a map `width` wide) a square at a time, rows of squares
 * in turn, every other one from the right: consecutive points lie close
 * together. Markers are drawn in steps of consecutive points, and the browser
 * paints a tile again with every marker path over it: paths spread over the
 * whole map had each tile go through every marker drawn so far (10,000
 * members, CPU 4×: 4.3 s of painting on a 2-core machine's raster threads,
 * 2.0 s this way; that time slowed the page's own tasks as much).
 */
export function squareBySquare<T extends { x: number; y: number }>(points: readonly T[], width: number): T[] {
  // A counting sort by square, stable within each: no array per square, no flat(). It runs once per
  // layout, so its first run (not yet optimised) is what counts: 2.4 ms instead of 10 at full speed.
  const columns = Math.ceil(width / square);
  const squareOf = new Uint32Array(points.length);
  let squares = 0;
  points.forEach((point, index) => {
    const row = Math.max(0, Math.floor(point.y / square));
    const column = Math.min(columns - 1, Math.max(0, Math.floor(point.x / square)));
    const at = row * columns + (row % 2 ? columns - 1 - column : column);
    squareOf[index] = at;
    squares = Math.max(squares, at + 1);
  });
  // Where each square's points begin in the result.
  const starts = new Uint32Array(squares + 1);
  for (const at of squareOf) starts[at + 1] += 1;
  for (let at = 0; at < squares; at++) starts[at + 1] += starts[at];
  const ordered = new Array<T>(points.length);
  points.forEach((point, index) => (ordered[starts[squareOf[index]]++] = point));
  return ordered;
}
