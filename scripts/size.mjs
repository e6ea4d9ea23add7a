#!/usr/bin/env node
// Prints the gzip size of every dist file and fails when one is over its budget.
// Budgets are in KB of gzip (1 KB = 1024 bytes).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const budgets = [
  { match: /^city-network-widgets\.js$/, kb: 40, what: 'all elements + Lit; lazy chunks beside it' },
  { match: /^member-map\.js$/, kb: 20, what: 'list, search, filter + Lit; map code and geometry lazy' },
  { match: /\.geo\.json$|europe.*\.json$/, kb: 30, what: 'map geometry, loaded lazily' },
  { match: /^member-map\.map-[\w-]+\.js$/, kb: 10, what: 'map renderer (d3-geo), loaded lazily' },
  { match: /^conference-timeline\.js$/, kb: 16, what: 'element + Lit (filters, search, dates)' },
  { match: /^(delegation-form|newsletter-signup)\.js$/, kb: 19, what: 'form + Lit (validation, sending, drafts)' },
  { match: /^loader\.js$/, kb: 2, what: 'placeholder loader; imports only the element files a page names' },
  { match: /^[a-z-]+\.js$/, kb: 15, what: 'one element + Lit' },
];

let files;
try {
  files = readdirSync(dist, { recursive: true }).filter((name) => /\.(js|json)$/.test(name) && statSync(join(dist, name)).isFile());
} catch {
  console.error('dist/ is missing: run npm run build first.');
  process.exit(1);
}

let failed = 0;
const rows = files.sort().map((name) => {
  const bytes = readFileSync(join(dist, name));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const budget = budgets.find((entry) => entry.match.test(name.split('/').pop()));
  const over = budget && gzip > budget.kb * 1024;
  if (over) failed++;
  return [
    name,
    `${(bytes.length / 1024).toFixed(1)} KB`,
    `${(gzip / 1024).toFixed(1)} KB gzip`,
    budget ? `budget ${budget.kb} KB (${budget.what})` : 'no budget',
    over ? 'OVER BUDGET' : budget ? 'ok' : '',
  ];
});
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
// The member map in three steps: the list alone (view="list"), plus the map
// renderer, plus the geometry — what a page pays for each view.
const gzipOf = (pattern) =>
  files.filter((name) => pattern.test(name)).reduce((sum, name) => sum + gzipSync(readFileSync(join(dist, name)), { level: 9 }).length, 0);
const listOnly = gzipOf(/^member-map\.js$/);
if (listOnly) {
  const renderer = gzipOf(/^member-map\.map-[\w-]+\.js$/);
  const geometry = gzipOf(/^europe.*\.json$/);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB gzip`;
  console.log(
    `member-map: list only ${kb(listOnly)}; with the map renderer ${kb(listOnly + renderer)}; ` +
      `with renderer and geometry ${kb(listOnly + renderer + geometry)}`,
  );
}
if (failed) {
  console.error(`${failed} file(s) over budget.`);
  process.exit(1);
}
console.log('All files within budget.');
