#!/usr/bin/env node
// npm run bench: runs every benchmark in scripts/bench/*.bench.mjs (each
// prints its own figures) against the built dist/ files.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

if (!existsSync(new URL('../dist/city-network-widgets.js', import.meta.url))) {
  console.error('dist/ is missing: run npm run build first.');
  process.exit(1);
}
const folder = new URL('./bench/', import.meta.url);
for (const name of readdirSync(folder).filter((file) => file.endsWith('.bench.mjs')).sort()) {
  console.log(`\n== ${name.replace('.bench.mjs', '')}`);
  execFileSync(process.execPath, [new URL(name, folder).pathname], { stdio: 'inherit' });
}
