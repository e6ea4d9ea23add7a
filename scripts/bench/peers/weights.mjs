// Gzip weights (level 9, as npm run size measures) of our built files and of
// the peers' distributed JS + CSS, read from node_modules in the same run.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../../../', import.meta.url);
const gzip = (relative) => gzipSync(readFileSync(new URL(relative, root)), { level: 9 }).length;
const sum = (files) => files.reduce((total, file) => total + gzip(file), 0);
const distFiles = (pattern) =>
  existsSync(new URL('dist/', root))
    ? readdirSync(new URL('dist/', root))
        .filter((name) => pattern.test(name))
        .map((name) => `dist/${name}`)
    : [];

const version = (name) => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8')).version;

/** The peers, each as what a page must load to use it: its JS and its CSS. */
export function peerWeights() {
  const timelinejs = 'node_modules/@knight-lab/timelinejs/dist/';
  const govuk = 'node_modules/govuk-frontend/dist/govuk/';
  return {
    timelinejs: {
      label: `TimelineJS ${version('@knight-lab/timelinejs')}`,
      bytes: sum([`${timelinejs}js/timeline.js`, `${timelinejs}css/timeline.css`]),
    },
    leaflet: {
      label: `Leaflet ${version('leaflet')}`,
      bytes: sum(['node_modules/leaflet/dist/leaflet.js', 'node_modules/leaflet/dist/leaflet.css']),
    },
    govuk: {
      label: `GOV.UK Frontend ${version('govuk-frontend')}`,
      bytes: sum([`${govuk}govuk-frontend.min.js`, `${govuk}govuk-frontend.min.css`]),
    },
  };
}

/**
 * Our entry files; `undefined` where a file is not in dist/. The member map
 * also counts what its map view loads lazily (renderer chunk and geometry).
 */
export function ourWeights() {
  const one = (name) => {
    const files = distFiles(new RegExp(`^${name}\\.js$`));
    return files.length ? sum(files) : undefined;
  };
  const map = one('member-map');
  return {
    kit: one('city-network-widgets'),
    timeline: one('conference-timeline'),
    map,
    mapWithView:
      map === undefined
        ? undefined
        : map + sum([...distFiles(/^member-map\.map-[\w-]+\.js$/), ...distFiles(/^europe.*\.json$/)]),
    delegation: one('delegation-form'),
    newsletter: one('newsletter-signup'),
    badge: one('network-badge'),
  };
}
