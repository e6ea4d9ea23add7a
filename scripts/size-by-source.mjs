#!/usr/bin/env node
// Where the bytes of a built file go: each source module's share, read from
// the file's source map. "gzip" is what leaving the module out would save
// from the gzip of the whole file (its marginal cost: text repeated elsewhere
// compresses to little), which is what a page pays for it.
//   npm run size:why                       dist/city-network-widgets.js
//   npm run size:why -- dist/member-map.js [rows]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const file = process.argv[2] ?? 'dist/city-network-widgets.js';
const rows = Number(process.argv[3] ?? 40);
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));

const lineStarts = [0];
for (const line of code.split('\n')) lineStarts.push(lineStarts.at(-1) + line.length + 1);
const mappings = [];
map.eachMapping((mapping) => mappings.push(mapping));
const offset = (mapping) => lineStarts[mapping.generatedLine - 1] + mapping.generatedColumn;
mappings.sort((a, b) => offset(a) - offset(b));

/** A module's name: a package for dependencies, the path under src/ for ours. */
const moduleOf = (source) =>
  !source
    ? '(bundler runtime)'
    : source.includes('node_modules/')
      ? source.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
      : source.replace(/.*\/src\//, 'src/');

const owner = new Array(code.length).fill('(bundler runtime)');
mappings.forEach((mapping, index) => {
  const end = index + 1 < mappings.length ? offset(mappings[index + 1]) : code.length;
  owner.fill(moduleOf(mapping.source), offset(mapping), end);
});

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const total = gzip(code);
const results = [...new Set(owner)].map((name) => {
  let without = '';
  let bytes = 0;
  for (let i = 0; i < code.length; i++) {
    if (owner[i] === name) bytes++;
    else without += code[i];
  }
  return { name, bytes, gzip: total - gzip(without) };
});
results.sort((a, b) => b.gzip - a.gzip);
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
console.log(`${file}: ${kb(code.length)} minified, ${kb(total)} gzip (level 9); each module's marginal gzip cost:`);
for (const { name, bytes, gzip: cost } of results.slice(0, rows)) {
  console.log(`${kb(cost).padStart(9)}  ${kb(bytes).padStart(9)} min  ${name}`);
}
if (results.length > rows) console.log(`… and ${results.length - rows} smaller modules`);
