// Gzip weights (level 9, as npm run size measures) of our built files and of
// the peers' distributed JS + CSS, read from node_modules in the same run.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chunkClosure } from '../../dist-chunks.mjs';

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
 * Our entry files with their shared chunks; `undefined` where a file is not in dist/. The member map
 * also counts what its map view loads lazily (renderer chunk and geometry).
 */
export function ourWeights() {
  // A script-tag file with every chunk it imports statically (Lit and core live in shared
  // chunks): what a page that loads only this element pays, as npm run size counts. With
  // `lazy`, plus what it loads later (not languages): the timeline's list view comes with its
  // data, a form's sending code on the first focus or when the page is idle.
  const weigh = (name, lazy = false) =>
    distFiles(new RegExp(`^${name}\\.js$`)).length
      ? sum([...chunkClosure(new URL('dist/', root), `${name}.js`, { lazy })].map((file) => `dist/${file}`))
      : undefined;
  const one = (name) => weigh(name);
  const withLazy = (name) => weigh(name, true);
  const map = one('member-map');
  return {
    kit: one('city-network-widgets'),
    kitWithLazy: withLazy('city-network-widgets'),
    timeline: one('conference-timeline'),
    timelineWithList: withLazy('conference-timeline'),
    delegationWithSending: withLazy('delegation-form'),
    newsletterWithSending: withLazy('newsletter-signup'),
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
