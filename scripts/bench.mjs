#!/usr/bin/env node
// npm run bench: runs every benchmark in scripts/bench/*.bench.mjs (each
// prints its own figures) against the built dist/ files. peers.bench.mjs also
// writes its comparison table into the README's Performance section. One
// benchmark failing does not stop the others; the command then exits with 1.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

if (!existsSync(new URL('../dist/city-network-widgets.js', import.meta.url))) {
  console.error('dist/ is missing: run npm run build first.');
  process.exit(1);
}
const folder = new URL('./bench/', import.meta.url);
const failed = [];
for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.bench.mjs'))
  .sort()) {
  console.log(`\n== ${name.replace('.bench.mjs', '')}`);
  try {
    execFileSync(process.execPath, [new URL(name, folder).pathname], { stdio: 'inherit' });
  } catch {
    failed.push(name);
  }
}
if (failed.length) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
