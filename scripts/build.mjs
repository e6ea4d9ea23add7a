#!/usr/bin/env node
// Library build: one self-contained ES module per element (dist/network-badge.js …)
// and dist/city-network-widgets.js with every element. Each file bundles Lit and
// its locales, so a CMS editor can paste one <script type="module"> with no build step.
//   node scripts/build.mjs                  every entry
//   node scripts/build.mjs member-map       only the named entries
import { build } from 'vite';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { elementEntries, bundleEntry, loaderEntry } = await import('../vite.config.ts').catch(async () => {
  // Node 20 cannot import .ts: read the entry table from the file instead.
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(resolve(root, 'vite.config.ts'), 'utf8');
  const table = (name) =>
    Object.fromEntries(
      [...source.match(new RegExp(`${name} = \\{([\\s\\S]*?)\\}`))[1].matchAll(/'([^']+)':\s*'([^']+)'/g)].map((m) => [m[1], m[2]]),
    );
  return { elementEntries: table('elementEntries'), bundleEntry: table('bundleEntry'), loaderEntry: table('loaderEntry') };
});

const all = { ...bundleEntry, ...elementEntries, ...loaderEntry };
const wanted = process.argv.slice(2);
const entries = Object.entries(all).filter(([name, file]) => (wanted.length ? wanted.includes(name) : existsSync(resolve(root, file))));
if (wanted.length === 0) rmSync(resolve(root, 'dist'), { recursive: true, force: true });
mkdirSync(resolve(root, 'dist'), { recursive: true });

for (const [name, file] of entries) {
  // Lazy chunks of an element carry a hash: drop the previous build's, or
  // dist/ (and npm run size) would keep every old one.
  for (const stale of readdirSync(resolve(root, 'dist')).filter((entry) => entry.startsWith(`${name}.map-`))) {
    rmSync(resolve(root, 'dist', stale));
  }
  await build({
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      lib: { entry: resolve(root, file), formats: ['es'], fileName: () => `${name}.js` },
      // Every entry bundles Lit and what it renders at once. What only some
      // pages need loads lazily from beside it: locale chunks (cs, de-AT…) in
      // locales/, the member map's renderer next to the entry.
      rolldownOptions: {
        output: {
          chunkFileNames: (chunk) =>
            /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(chunk.name) ? 'locales/[name]-[hash].js' : '[name]-[hash].js',
          minify: true,
        },
      },
    },
  });
  console.log(`built dist/${name}.js`);
}

// The member map's geometry is fetched at run time from next to the script
// (never inlined by the bundler, so view="list" costs no geometry bytes).
const geometry = resolve(root, 'src/member-map/europe.paths.json');
if (entries.some(([name]) => name === 'member-map' || name in bundleEntry) && existsSync(geometry)) {
  copyFileSync(geometry, resolve(root, 'dist/europe.paths.json'));
  console.log('copied dist/europe.paths.json');
}
