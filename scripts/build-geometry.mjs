#!/usr/bin/env node
// Cuts the map geometry of <city-member-map> out of Natural Earth (the
// `world-atlas` package): the countries of Europe and its neighbours, clipped
// to a box around Europe, simplified, with ISO 3166-1 alpha-2 ids and no names
// (the widget names countries with Intl.DisplayNames), and projected here, at
// build time, into SVG path data with the map's fixed projection
// (src/member-map/projection.ts): the browser draws them without d3-geo.
// The output, src/member-map/europe.paths.json, is committed; the library build
// copies it next to dist/member-map.js, which fetches it only to draw the map.
//   node scripts/build-geometry.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, filter, filterWeight } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const output = new URL('../src/member-map/europe.paths.json', import.meta.url);

// The projection is the element's own module, compiled on the fly: one source for both.
const cache = new URL('../node_modules/.cache/build-geometry/', import.meta.url);
mkdirSync(cache, { recursive: true });
const projectionSource = readFileSync(new URL('../src/member-map/projection.ts', import.meta.url), 'utf8');
writeFileSync(
  new URL('projection.mjs', cache),
  ts.transpileModule(projectionSource, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2021 } }).outputText,
);
const { pathOfRings } = await import(new URL('projection.mjs', cache).href);

/** The box the widget accepts member coordinates in (see member-map.data.ts). */
export const box = { west: -32, south: 27, east: 70, north: 82 };

// ISO 3166-1 numeric → alpha-2 for Europe and the countries around it.
const alpha2 = {
  '008': 'AL', '020': 'AD', '040': 'AT', '051': 'AM', '031': 'AZ', '112': 'BY', '056': 'BE', '070': 'BA',
  '100': 'BG', '191': 'HR', '196': 'CY', '203': 'CZ', '208': 'DK', '233': 'EE', '234': 'FO', '246': 'FI',
  '248': 'AX', '250': 'FR', '268': 'GE', '276': 'DE', '292': 'GI', '300': 'GR', '304': 'GL', '348': 'HU',
  '352': 'IS', '372': 'IE', '380': 'IT', '428': 'LV', '438': 'LI', '440': 'LT', '442': 'LU', '470': 'MT',
  '498': 'MD', '492': 'MC', '499': 'ME', '528': 'NL', '807': 'MK', '578': 'NO', '616': 'PL', '620': 'PT',
  '642': 'RO', '643': 'RU', '674': 'SM', '688': 'RS', '703': 'SK', '705': 'SI', '724': 'ES', '752': 'SE',
  '756': 'CH', '804': 'UA', '826': 'GB', '336': 'VA', '792': 'TR', '831': 'GG', '832': 'JE', '833': 'IM',
  '504': 'MA', '012': 'DZ', '788': 'TN', '434': 'LY', '818': 'EG', '760': 'SY', '422': 'LB', '376': 'IL',
  '275': 'PS', '400': 'JO', '368': 'IQ', '364': 'IR', '398': 'KZ', '795': 'TM', '860': 'UZ', '682': 'SA',
  '478': 'MR', '732': 'EH', '744': 'SJ',
};
const byName = { Kosovo: 'XK', 'N. Cyprus': 'CY-N' };

/** Sutherland–Hodgman: one ring clipped to the box (in longitude/latitude). */
function clipRing(ring) {
  const edges = [
    [(p) => p[0] >= box.west, (a, b) => cut(a, b, 0, box.west)],
    [(p) => p[0] <= box.east, (a, b) => cut(a, b, 0, box.east)],
    [(p) => p[1] >= box.south, (a, b) => cut(a, b, 1, box.south)],
    [(p) => p[1] <= box.north, (a, b) => cut(a, b, 1, box.north)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, intersect] of edges) {
    const next = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current)) {
        if (!inside(previous)) next.push(intersect(previous, current));
        next.push(current);
      } else if (inside(previous)) {
        next.push(intersect(previous, current));
      }
    }
    points = next;
    if (points.length === 0) return undefined;
  }
  return points.length >= 3 ? [...points, points[0]] : undefined;
}

function cut(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  const point = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  point[axis] = value;
  return point;
}

const polygons = (geometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];

const features = [];
for (const country of feature(world, world.objects.countries).features) {
  const id = alpha2[country.id] ?? byName[country.properties.name];
  const clipped = polygons(country.geometry)
    .map((rings) => {
      const outer = clipRing(rings[0]);
      return outer ? [outer, ...rings.slice(1).map(clipRing).filter(Boolean)] : undefined;
    })
    .filter(Boolean);
  if (clipped.length === 0) continue;
  features.push({ type: 'Feature', ...(id ? { id } : {}), properties: {}, geometry: { type: 'MultiPolygon', coordinates: clipped } });
}

const keep = Number(process.env.KEEP ?? 0.25);
let topo = topology({ countries: { type: 'FeatureCollection', features } });
topo = presimplify(topo);
// quantile(topo, p) is the weight that keeps about the share p of the points.
topo = simplify(topo, quantile(topo, keep));
topo = filter(topo, filterWeight(topo, Number(process.env.MIN_AREA ?? 0)));

// A small country (Malta, Jersey) that simplification reduced to nothing keeps its full outline.
const countries = feature(topo, topo.objects.countries)
  .features.map((country, index) => [
    country.id ?? null,
    pathOfRings(polygons(country.geometry).flat()) || pathOfRings(polygons(features[index].geometry).flat()),
  ])
  .filter(([, d]) => d !== '');
const json = JSON.stringify({ type: 'CountryPaths', projection: 'src/member-map/projection.ts', countries });
writeFileSync(output, json);
console.log(
  `wrote ${output.pathname}: ${countries.length} countries, ${(json.length / 1024).toFixed(1)} KB, ` +
    `${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
);
