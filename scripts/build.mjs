#!/usr/bin/env node
// Two builds from one source:
//  - dist/ — files for <script type="module">, no build step on the page:
//    dist/city-network-widgets.js (every element, Lit included) and one file
//    per element (dist/network-badge.js …). The per-element files are built
//    together, so Lit and core sit in a shared chunk that a page with three
//    script tags loads once. Locales, the map renderer and the geometry load
//    lazily from beside them.
//  - dist/npm/ — the package's entry points for bundlers: one ES module per
//    source file, importing lit, @lit/localize and topojson-client
//    from the consumer's node_modules (one Lit however many elements), with
//    the geometry beside the module that references it by a literal
//    `new URL('./europe.paths.json', import.meta.url)`. tsc writes the .d.ts
//    files beside them (npm run build).
// Plus dist/node/checkers.mjs, the data checkers for the validate command.
//   node scripts/build.mjs                  everything
//   node scripts/build.mjs member-map       only the named script-tag files
import { build } from 'vite';
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { minifyTemplateLiterals } from './minify-css.mjs';
import { bundleCheckers } from './build-checkers.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
// Every `export const …Entry/…Entries = { name: 'src/…' }` table of vite.config.ts.
// Node 20 cannot import .ts: read the tables from the file's text.
const entryTables = Object.fromEntries(
  [...readFileSync(resolve(root, 'vite.config.ts'), 'utf8').matchAll(/export const (\w+(?:Entry|Entries)) = \{([\s\S]*?)\}/g)].map(([, name, body]) => [
    name,
    // Keys quoted ('network-badge') or not (loader: prettier drops the quotes it does not need).
    Object.fromEntries([...body.matchAll(/(?:'([^']+)'|(\w+)):\s*'([^']+)'/g)].map((m) => [m[1] ?? m[2], m[3]])),
  ]),
);
// A table read as empty (its syntax changed) must stop the build, not drop its files silently.
for (const [name, table] of Object.entries(entryTables)) {
  if (Object.keys(table).length === 0) throw new Error(`vite.config.ts: no entry read from ${name}`);
}
const { elementEntries, ...separateEntries } = entryTables;

const present = (table) => Object.fromEntries(Object.entries(table).filter(([, file]) => existsSync(resolve(root, file))));
const wanted = process.argv.slice(2);
// A language tag (cs, pt-BR, sr-Latn), not a module whose name merely looks like one (add-styles).
const isLocale = (name) => /^[a-z]{2,3}(-[A-Z]{2}|-[A-Z][a-z]{3})?$/.test(name);

/**
 * Vite's library mode inlines every asset as a data: URL; `?no-inline` keeps
 * an asset referenced by `new URL('./….json', import.meta.url)` a file of its
 * own, fetched only when needed (the geometry only when a map is shown).
 */
function keepJsonAssetsAsFiles() {
  const reference = /new URL\((['"])(\.\/[^'"?]+\.json)\1,\s*import\.meta\.url\)/g;
  return {
    name: 'keep-json-assets-as-files',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('import.meta.url')) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(reference)) {
        const end = match.index + match[0].indexOf(match[2]) + match[2].length;
        output.appendLeft(end, '?no-inline');
      }
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: 'boundary', source: id }) } : null;
    },
  };
}

/**
 * How the per-element files share code: one chunk of what every element needs
 * (Lit, the base element, languages, tokens) and one of the JSON loading that
 * the data elements load at once and the forms only lazily (with a JSON
 * configuration, or to send). Left to itself the bundler cuts the loading
 * code into a chunk per set of importers, and each extra file costs gzip.
 * The data elements' own states (status, the base class) stay out of the
 * loading group, so a form that sends does not also load them, and so do the
 * checkers' readers (`validate`), which load lazily with each checker. Modules
 * neither group names are chunked as usual.
 */
const sharedChunkGroups = [
  {
    name: 'core',
    priority: 2,
    test: /node_modules\/(@lit\/reactive-element|lit-element|@lit\/localize)\/|node_modules\/lit-html\/(lit-html|is-server)\.js|node_modules\/lit\/(index|decorators)|lit\/decorators\/|src\/core\/(element|define|safe-url|lazy|i18n\/(runtime|text|localize)|styles\/(tokens|add-styles)|data\/light-dom)|src\/locales\/locale-codes/,
  },
  { name: 'data', priority: 1, test: /src\/core\/(data\/(?!status|data-element|validate|json-)|controllers\/json-source|net\/|i18n\/lists)/ },
];

/** One library build of script-tag files; entries built together share chunks. */
async function buildScriptTagFiles(entries) {
  await build({
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [keepJsonAssetsAsFiles()],
    // Asset URLs relative to the script, wherever the files are copied to.
    base: './',
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      lib: {
        entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, resolve(root, file)])),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        // A file built alone (the all-in-one, the loader) keeps what it shares
        // with its lazy chunks in itself, instead of in a shared chunk that
        // every page would load anyway. Files built together stay strict, so
        // no element's file ever exports code for another's.
        preserveEntrySignatures: Object.keys(entries).length === 1 ? 'allow-extension' : 'strict',
        output: {
          // Lazy chunks (locales, the map renderer) under their own names;
          // chunks the per-element files share start with "shared-".
          chunkFileNames: (chunk) =>
            isLocale(chunk.name) ? 'locales/[name]-[hash].js' : chunk.isDynamicEntry ? '[name]-[hash].js' : 'shared-[name]-[hash].js',
          assetFileNames: '[name][extname]',
          minify: true,
          // The all-in-one file keeps everything it needs at once in itself.
          codeSplitting: Object.keys(entries).length > 1 ? { groups: sharedChunkGroups } : true,
        },
      },
    },
  });
  for (const name of Object.keys(entries)) console.log(`built dist/${name}.js`);
}

const sourceFiles = (folder) =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => resolve(entry.parentPath, entry.name))
    .sort();

/** dist/npm: every source module compiled on its own, bare imports left for the consumer's bundler. */
async function buildNpmModules() {
  const out = resolve(dist, 'npm');
  const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } };
  for (const file of sourceFiles(resolve(root, 'src'))) {
    const source = readFileSync(file, 'utf8');
    const css = minifyTemplateLiterals(source, file);
    const { code } = await transform(css?.code ?? source, { loader: 'ts', format: 'esm', target: 'es2021', tsconfigRaw, sourcefile: file });
    const target = resolve(out, relative(resolve(root, 'src'), file).replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, code);
  }
  // Assets referenced by `new URL('./…', import.meta.url)` go beside their module.
  for (const file of readdirSync(resolve(root, 'src'), { recursive: true }).filter((name) => /\.(topo|paths)\.json$/.test(name))) {
    copyFileSync(resolve(root, 'src', file), resolve(out, file));
  }
  console.log('built dist/npm/ (ES modules for bundlers)');
}

if (wanted.length) {
  const all = Object.assign({}, ...Object.values(entryTables));
  const named = Object.fromEntries(wanted.map((name) => [name, all[name]]));
  for (const name of wanted) {
    // Lazy chunks carry a hash: drop the previous build's of this entry.
    for (const stale of readdirSync(dist, { recursive: false }).filter((entry) => entry.startsWith(`${name}.map-`))) rmSync(resolve(dist, stale));
  }
  mkdirSync(dist, { recursive: true });
  for (const name of wanted.filter((entry) => !(entry in elementEntries))) await buildScriptTagFiles({ [name]: named[name] });
  const together = Object.fromEntries(Object.entries(named).filter(([name]) => name in elementEntries));
  if (Object.keys(together).length) await buildScriptTagFiles(together);
} else {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  // The all-in-one file (and any other entry outside elementEntries, such as
  // a loader) each on its own, so that it imports no chunk of the per-element files.
  for (const [name, file] of Object.entries(present(Object.assign({}, ...Object.values(separateEntries))))) {
    await buildScriptTagFiles({ [name]: file });
  }
  await buildScriptTagFiles(present(elementEntries));
  await buildNpmModules();
  await bundleCheckers(resolve(dist, 'node/checkers.mjs'));
  console.log('built dist/node/checkers.mjs (data checkers for the validate command)');
  // Every entry of every table is a script-tag file in dist/ (the README's snippets name them).
  const missing = Object.keys(Object.assign({}, ...Object.values(entryTables))).filter(
    (name) => !existsSync(resolve(dist, `${name}.js`)),
  );
  if (missing.length) throw new Error(`build: no dist/ file for ${missing.join(', ')}`);
}
