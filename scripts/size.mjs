#!/usr/bin/env node
// Prints the gzip size of every script-tag file in dist/ and fails when one is
// over its budget. An entry's figure is what a page loads for it: the file
// plus any chunk it imports at once (dist/npm/ is for bundlers and is left to
// the consumers' check, npm run test:consumers). Budgets are in KB of gzip
// (1 KB = 1024 bytes).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chunkClosure } from './dist-chunks.mjs';

const distUrl = new URL('../dist/', import.meta.url);
const dist = distUrl.pathname;
const budgets = [
  // 24.2: counts written as the page's region writes them ("12'345" on a de-CH page, core/i18n/numbers.ts,
  // 0.15 KB); #16's limit for the kit is 27 KB. 24.4: the region of the widget's own lang, a badge that
  // tells only of its own membership's problems, placeholder tags in any case, the timeline's warning
  // about a bound that is no number, a signup that says at once it has no action (0.1 KB in all). 24.6:
  // a web page answered for the data (a sign-in page after a redirect) named as such, and a server that
  // does not answer in time told from a lost connection (0.2 KB; the editor's issue lists, 0.1 KB, left
  // for a chunk of their own, core/data/issue-list.ts).
  {
    match: /^city-network-widgets\.js$/,
    kb: 24.6,
    what: 'all elements + Lit, what loads at once; lazy chunks beside it',
  },
  // Each element file holds Lit and the core it needs (one file, one request):
  // for a page with one element. A page with several loads the kit.
  { match: /^member-map\.js$/, kb: 15, what: 'element + Lit; list, checker and map code lazy' },
  // 9.75: with the collation tables (core/i18n/collate.ts, 0.85 KB), which spare the list the
  // page's first Intl.Collator, one call of 50–100 ms on a slow phone, and the rows rendered in
  // blocks (0.2 KB), so that a step of a long list renders its own block again, not the country's.
  // 10.1: core/paced.js (0.3 KB) came in from a chunk of its own, which cost a round trip after it.
  // 10.2: V8's compile hint first in the file (0.05 KB, scripts/build.mjs), the problems of skipped
  // cities before the others, and the list hidden when nothing matches (its display kept it shown).
  // 10.25: a skipped city's every problem named, not only the first (an editor fixes them in one go).
  // 10.35: a warning for `selected` or `highlight` naming no city (a CMS editor's typo was silent).
  // 10.65: the plural rules inside (0.3 KB), as in the timeline's parts (no chunk of their own).
  // 10.8: "Listed so far: 40 of 10,000" and "Show more cities" under a list longer than 300 (0.1 KB):
  // otherwise a screen reader's browse mode and find-in-page did not know that more cities follow.
  // 11.05: a long list's templates prepared in two background tasks before its first render (0.2 KB),
  // and the list's and the map's steps taking turns, a frame each (0.07 KB): at 10,000 members on a
  // slow phone the first render was a task of 30–45 ms, and a frame rendered both steps' nodes.
  // 11.1: the faces of a long list's first rows read while it is checked (0.06 KB): the "Show more
  // cities" button's was a lookup of 8–14 ms in the frame of the first rows (38–57 ms at 4× CPU).
  {
    match: /^member-map\.parts-[\w-]+\.js$/,
    kb: 11.1,
    what: 'checker, list, panel and styles, asked for with the data',
  },
  { match: /\.geo\.json$|europe.*\.json$/, kb: 16, what: 'map geometry, loaded lazily' },
  { match: /^member-map\.map-[\w-]+\.js$/, kb: 4, what: 'map renderer, loaded lazily' },
  { match: /^conference-timeline\.js$/, kb: 14.5, what: 'element + Lit; the list view comes with the data' },
  // 5.25: a long list is sorted a year at a time and grouped while it is checked (no long task at 10,000).
  // 5.3: its steps are timed by their frame's rendering too, and a long list starts with half a step
  // (at 10,000, a long task in 4 of 8 runs before, 0 of 8 after). 5.35: its first 100 entries come
  // without scrolling, so that a list of a usual length is whole for screen readers and find-in-page.
  // 5.5: counts as the page's region writes them (core/i18n/numbers.ts, 0.15 KB, for the count of matches).
  // 5.6: the search keys folded while the page is idle (at 10,000, the first search was a 290-340 ms task).
  // 5.7: V8's compile hint first in the file (scripts/build.mjs, 0.06 KB here): its functions compiled in
  // the background as it loads, not on the main thread at their first call (65 ms of it at 10,000, 4× CPU).
  // 5.9: exact dates in Albanian, which Chromium has no data for (core/i18n/long-date.ts, 0.22 KB: the
  // months' names and the span's rule); it wrote an Albanian page's dates in English. 5.95: the plural rules
  // come here, no longer with the element, since the editor's issue lists left it (core/data/issue-list.ts:
  // conference-timeline.js lost 0.4 KB). 6.05: a skipped conference's every problem named, and a
  // warning for a `now` that is no date (with the date code here, not in the element's file). 6.35: the
  // plural rules inside (0.3 KB): shared with the issue lists' chunk, they were a chunk of their own,
  // which the browser asked for only once this one had come (a round trip more before the list).
  {
    match: /^conference-timeline\.parts-[\w-]+\.js$/,
    kb: 6.35,
    what: 'checker, list view and styles, asked for with the data',
  },
  {
    match: /^(newsletter-signup|delegation-form)\.js$/,
    kb: 13.4,
    what: 'form + Lit: fields, drafts; rules and sending come lazily (#16: half of GOV.UK Frontend)',
  },
  // 10.8: the checkers' shared reader carries the lists' search folding (0.1 KB, see core/data/validate.ts).
  // 11: a lost answer's key outlives a reload of the page (sessionStorage), so the resend names it in
  // `replaces` or repeats it (0.1 KB, core/controllers/submission.ts). 11.1: a server's reason in its
  // `error` key or a short plain-text answer, its field errors in the form's order, and a list that
  // stays a list where the page gave arrays a toJSON (Prototype.js). 11.25: what a person can do when
  // the address refuses the form (403, 404, 405: tell the editors, or write to the office) or finds it
  // too long (413: shorten it and try again), not only the code (0.15 KB, mostly the English texts).
  // 11.55: the request's dates in Albanian (core/i18n/long-date.ts, 0.3 KB with the page's region);
  // Chromium has no Albanian dates, and the form's messages and confirmation wrote them in English.
  // 11.65: a web page answered for the form's config (a sign-in page after a redirect) named as such, not
  // as the parser's "Unexpected token '<'" (0.1 KB, core/data/source.ts).
  // 11.7: a busy server's (429, 503) Retry-After waited out before the config is asked for again (core/data/source.ts).
  {
    match: /^(delegation-form|newsletter-signup)\.lazy-[\w-]+\.js$/,
    kb: 11.7,
    what: "the form's rules, sending code and checker: on first focus or idle (the kit's share shared-config)",
  },
  // 6.25: as the forms' lazy chunks (a lost answer's key outlives a reload; refusals explained).
  { match: /^shared-config-[\w-]+\.js$/, kb: 6.25, what: "the kit's forms' sending, retry, answers, errors" },
  { match: /^network-badge\.data-[\w-]+\.js$/, kb: 1.2, what: "the badge's checker, asked for with the data" },
  // 2.2: with the lists' search folding (0.15 KB), which comes in this chunk, asked for beside the lists' parts.
  {
    match: /^(shared-)?validate-[\w-]+\.js$/,
    kb: 2.2,
    what: "the checkers' shared reader (with the region codes they know without Intl), asked for with each checker",
  },
  {
    match: /^(shared-)?retry-[\w-]+\.js$/,
    kb: 1,
    what: 'the retry policy, loaded for a retry (or with the sending code)',
  },
  { match: /^json-body-[\w-]+\.js$/, kb: 2, what: 'sliced JSON reader, only for bodies that may be large' },
  { match: /^upgrade-[\w-]+\.js$/, kb: 2, what: 'placeholder upgrade, only with placeholder links' },
  {
    match: /^locales[/\\]regions[/\\]/,
    kb: 3,
    what: "a language's country names, beside a timeline's or member list's data",
  },
  { match: /^runtime-msg-[\w-]+\.js$/, kb: 1, what: 'finding a translation: loads with a language other than English' },
  { match: /^loader\.js$/, kb: 2, what: 'placeholder loader; loads the kit on a page with a widget' },
  { match: /^[a-z-]+\.js$/, kb: 16, what: 'one element + Lit' },
];

let files;
try {
  files = readdirSync(dist, { recursive: true }).filter(
    (name) => /\.(js|json)$/.test(name) && !/^(npm|node)[/\\]/.test(name) && statSync(join(dist, name)).isFile(),
  );
} catch {
  console.error('dist/ is missing: run npm run build first.');
  process.exit(1);
}

const gzipSize = (name) => gzipSync(readFileSync(join(dist, name)), { level: 9 }).length;
const staticClosure = (name) => chunkClosure(distUrl, name);
const pageCost = (name) => [...staticClosure(name)].reduce((sum, file) => sum + gzipSize(file), 0);

// The entry files: every `'name': 'src/…'` of vite.config.ts's entry tables.
const viteConfig = readFileSync(new URL('../vite.config.ts', import.meta.url), 'utf8');
const entryFiles = new Set([...viteConfig.matchAll(/'([a-z-]+)':\s*'src\//g)].map(([, name]) => `${name}.js`));

let failed = 0;
const rows = files.sort().map((name) => {
  const bytes = readFileSync(join(dist, name));
  // A chunk counts alone (a lazy one comes after its entry, which has the rest); an entry with what it imports.
  const shared = !entryFiles.has(name);
  const gzip = shared ? gzipSize(name) : pageCost(name);
  const budget = budgets.find((entry) => entry.match.test(name) || entry.match.test(name.split('/').pop()));
  const over = budget && gzip > budget.kb * 1024;
  if (over) failed++;
  return [
    name,
    `${(bytes.length / 1024).toFixed(1)} KB`,
    `${(gzip / 1024).toFixed(1)} KB gzip${shared ? '' : staticClosure(name).size > 1 ? ' with shared chunks' : ''}`,
    budget ? `budget ${budget.kb} KB (${budget.what})` : 'no budget',
    over ? 'OVER BUDGET' : budget ? 'ok' : '',
  ];
});
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows)
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );
// The member map in three steps: the list alone (view="list"), plus the map
// renderer, plus the geometry — what a page pays for each view.
const gzipOf = (pattern) =>
  files
    .filter((name) => pattern.test(name))
    .reduce((sum, name) => sum + gzipSync(readFileSync(join(dist, name)), { level: 9 }).length, 0);
const listOnly = files.includes('member-map.js') ? pageCost('member-map.js') : 0;
if (listOnly) {
  const renderer = gzipOf(/^member-map\.map-[\w-]+\.js$/);
  const geometry = gzipOf(/^europe.*\.json$/);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB gzip`;
  console.log(
    `member-map: list only ${kb(listOnly)}; with the map renderer ${kb(listOnly + renderer)}; ` +
      `with renderer and geometry ${kb(listOnly + renderer + geometry)}`,
  );
}
// A page with several elements: the kit holds all five with one Lit; separate
// element files would each bring their own.
const threeTags = ['network-badge.js', 'conference-timeline.js', 'member-map.js'];
if (['city-network-widgets.js', ...threeTags].every((name) => files.includes(name))) {
  const separate = threeTags.reduce((sum, name) => sum + pageCost(name), 0);
  console.log(
    `a page with three elements: city-network-widgets.js ${(pageCost('city-network-widgets.js') / 1024).toFixed(1)} KB gzip ` +
      `(all five); three element files (${threeTags.join(', ')}) would be ${(separate / 1024).toFixed(1)} KB`,
  );
}
// The all-in-one file loads what a page needs only later (sending code, the
// timeline's list view, the map renderer) from lazy chunks: its figure above
// is what every page pays at once; this is what a page with all five
// elements in English pays once each has loaded everything it can.
if (files.includes('city-network-widgets.js')) {
  const all = [...chunkClosure(distUrl, 'city-network-widgets.js', { lazy: true })];
  const total = all.reduce((sum, file) => sum + gzipSize(file), 0) + gzipOf(/^europe.*\.json$/);
  console.log(
    `city-network-widgets.js with every lazy part a page with all five elements loads (English, map outlines included): ` +
      `${(total / 1024).toFixed(1)} KB gzip in ${all.length + 1} files`,
  );
}
if (failed) {
  console.error(`${failed} file(s) over budget.`);
  process.exit(1);
}
console.log('All files within budget.');
