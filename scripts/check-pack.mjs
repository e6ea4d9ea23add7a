#!/usr/bin/env node
// Before `npm pack` and `npm publish` (the prepack script): every file package.json
// names (exports, types, the custom-elements manifest, bin) must be built. `node
// scripts/build.mjs` alone (as the bench scripts run it) rebuilds dist/ without the
// TypeScript declarations and the packaged manifest, and a package packed then had
// no types while its exports promised them.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

/** Every file path a value of package.json names ("./dist/npm/index.d.ts"); patterns with * are left out. */
function targets(value) {
  if (typeof value === 'string') return value.includes('*') ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(targets);
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

const named = [manifest.exports, manifest.types, manifest.main, manifest.module, manifest.customElements, manifest.bin];
const missing = [...new Set(named.flatMap(targets))].filter((path) => !existsSync(resolve(root, path)));
if (missing.length) {
  console.error(
    `npm pack: package.json names files that are not built:\n  ${missing.join('\n  ')}\n` +
      'Run the whole build first: npm run build (node scripts/build.mjs alone leaves out the types).',
  );
  process.exit(1);
}
console.log(`package files present (${named.flatMap(targets).length} named in package.json)`);
