#!/usr/bin/env node
// Two builds from one source:
//  - dist/ — files for <script type="module">, no build step on the page:
//    dist/city-network-widgets.js (every element, Lit included) and one file
//    per element (dist/network-badge.js …). Each is built on its own and holds
//    Lit and the core it needs: a page with one element loads one file (one
//    request, one compressed stream: split into shared chunks, the same code
//    cost 1.3–1.7 KB more gzip and a round trip more). A page with several
//    elements uses city-network-widgets.js (or dist/loader.js, which picks it).
//    Locales, the map renderer, the geometry and other lazy parts load from
//    beside them.
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
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
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
const allEntries = Object.assign({}, ...Object.values(entryTables));

const present = (table) => Object.fromEntries(Object.entries(table).filter(([, file]) => existsSync(resolve(root, file))));
const wanted = process.argv.slice(2);
// A language tag (cs, pt-BR, sr-Latn), not a module whose name merely looks like one (add-styles).
const isLocale = (name) => /^[a-z]{2,3}(-[A-Z]{2}|-[A-Z][a-z]{3})?$/.test(name);

/**
 * One version mark for every locale chunk instead of a hash each: a file
 * lists all twelve, and twelve random hashes cost ~90 bytes of its gzip, one
 * repeated almost nothing. It changes with the texts, this script and the
 * locked dependencies (what a locale chunk is made of), so a cached chunk is
 * never taken for a new one.
 */
const localesMark = (() => {
  const hash = createHash('sha256');
  const folder = resolve(root, 'src/locales');
  for (const name of readdirSync(folder, { recursive: true }).sort()) {
    const file = resolve(folder, name);
    if (statSync(file).isFile()) hash.update(name).update(readFileSync(file));
  }
  for (const file of [import.meta.filename, resolve(root, 'package-lock.json')]) hash.update(readFileSync(file));
  return hash.digest('base64url').slice(0, 8);
})();

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

/** The `{ local as exported, … }` list of an import or export statement, as pairs. */
const specifierPairs = (list) =>
  list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [first, second = first] = item.split(/\s+as\s+/);
      return [first, second];
    });

/**
 * A site may load a script-tag file with a query (WordPress adds `?ver=…` to
 * every script). The page's module URL then differs from the one the lazy
 * chunks import (`./member-map.js`), and the browser would load and run the
 * file a second time: a second Lit, which a Trusted Types policy refuses to
 * start, and a second languages' runtime nobody set up (a German form showed
 * English errors). So no chunk imports its entry: the entry hands the bindings
 * its chunks share to them through a registry keyed by the file's name, read
 * when a chunk runs (always after the entry has run: chunks load lazily). A
 * binding assigned after its declaration is handed over as a getter, so it
 * stays live. The first copy of a file on the page keeps the registry.
 */
function entryBindingsThroughRegistry() {
  // The version in the key: a cached older copy of a file (other internal names) keeps its own.
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const key = (fileName) => `globalThis[Symbol.for(${JSON.stringify(`city-network-widgets@${version}/${fileName}`)})]`;
  return {
    name: 'entry-bindings-through-registry',
    renderChunk(code, chunk, _options, { chunks }) {
      const output = new MagicString(code);
      if (chunk.isEntry) {
        const statement = /export \{([^}]*)\};\s*$/.exec(code);
        if (!statement) return null;
        const own = new Set(this.getModuleInfo(chunk.facadeModuleId)?.exports ?? []);
        const pairs = specifierPairs(statement[1]);
        const shared = pairs.filter(([, exported]) => !own.has(exported));
        if (shared.length === 0) return null;
        const reassigned = (local) => {
          const name = local.replace(/\$/g, '\\$');
          const writes = code.match(new RegExp(`(?<![\\w$.])${name}\\s*(?:[-+*/%&|^]|\\*\\*|<<|>>>?|&&|\\|\\||\\?\\?)?=(?!=)|(?:\\+\\+|--)${name}(?![\\w$])|(?<![\\w$.])${name}(?:\\+\\+|--)`, 'g'));
          return new RegExp(`\\blet ${name}\\b`).test(code) || (writes?.length ?? 0) > 1;
        };
        const entries = shared.map(([local, exported]) =>
          reassigned(local) ? `get ${exported}() { return ${local}; }` : `${exported}: ${local}`,
        );
        const kept = pairs.filter(([, exported]) => own.has(exported));
        output.overwrite(
          statement.index,
          code.length,
          // ??=: a second copy of the file (under another address) leaves the first one's bindings,
          // as defineElement leaves the first one's elements: the parts then run with that copy's languages.
          `${key(chunk.fileName)} ??= { ${entries.join(', ')} };\n` +
            (kept.length ? `export { ${kept.map(([l, e]) => (l === e ? l : `${l} as ${e}`)).join(', ')} };\n` : ''),
        );
      } else {
        const entry = Object.values(chunks).find((other) => other.isEntry)?.fileName;
        for (const match of code.matchAll(/^import \{([^}]*)\} from "\.\/([^"]+)";\n/gm)) {
          if (match[2] !== entry) continue;
          const bindings = specifierPairs(match[1]).map(([imported, local]) => `${imported}: ${local}`);
          output.overwrite(match.index, match.index + match[0].length, `const { ${bindings.join(', ')} } = ${key(entry)};\n`);
        }
      }
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: 'boundary' }) } : null;
    },
  };
}

/**
 * Rolldown's helper that makes a module's namespace object (for a module both in a file and
 * imported lazily from it) walks `for (var name in all)`, inherited names included: on a page that
 * gave Object.prototype an enumerable property (`Object.prototype.x = 1`, as old scripts do), the
 * namespace got a getter `x` that is no function, and every widget failed ("could not be loaded").
 * It walks the object's own names. The build fails if the helper changes shape, so the mend
 * cannot silently stop applying (tests/demo/demo-loader.test.mjs loads such a page).
 */
function ownNamesInNamespaces() {
  const walk = /for \(var (\w+) in (\w+)\)(\s*\{?\s*)__defProp\(/g;
  return {
    name: 'own-names-in-namespaces',
    renderChunk(code, chunk) {
      const mended = code.replace(walk, (_all, name, object, gap) => `for (var ${name} of Object.keys(${object}))${gap}__defProp(`);
      if (mended !== code) return { code: mended, map: null };
      // The helper's body without the walk it had: it changed shape, and the mend would silently stop.
      if (code.includes('__defProp(target, name, {')) throw new Error(`build: rolldown's namespace helper changed shape in ${chunk.fileName}`);
      return null;
    },
  };
}

/**
 * First in every script-tag file with Lit: a second of these files on a page
 * (two element files, one beside the kit, or one file under two version
 * queries) brings a second Lit, which a Trusted Types policy refuses to start
 * (the browser then names only its policy). Runs before Lit does, so the
 * console says what happened and what to load instead.
 */
const secondCopyWarning =
  '((f)=>{f.size&&console.warn(`city-network-widgets: ${import.meta.url} is a second of its files here ' +
  '(${[...f]}); load city-network-widgets.js alone.`);f.add(import.meta.url)})' +
  '(globalThis[Symbol.for("city-network-widgets/files")]??=new Set);\n';

/**
 * First in each file whose code runs as a widget shows (not in the forms'
 * sending code, nor in the retry policy, which wait for a reader's action):
 * V8's explicit compile hint (Chrome 136 on) compiles every function of the
 * file while it streams in, on a background thread. Without it each function
 * was compiled on the main thread at its first call: at 10,000 members on a
 * slow phone (4× CPU), some 400 compilations and 130–185 ms spread over the
 * tasks of the first render; with it, 46 and about 19 ms. Other browsers read
 * a comment. It costs some 35 bytes of gzip a file.
 */
const compileHint = '//# allFunctionsCalledOnLoad';
const compiledOnLoad = (chunk) => !/\.lazy$|^(shared-)?retry$/.test(chunk.name);

/** One library build of one script-tag file and its lazy chunks. */
async function buildScriptTagFile(name, file) {
  await build({
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [keepJsonAssetsAsFiles(), entryBindingsThroughRegistry(), ownNamesInNamespaces()],
    // Asset URLs relative to the script, wherever the files are copied to.
    base: './',
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      lib: {
        entry: { [name]: resolve(root, file) },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        // The file keeps what it shares with its lazy chunks in itself,
        // instead of in a shared chunk that every page would load anyway.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Lazy chunks (locales, the map renderer) under their own names.
          chunkFileNames: (chunk) =>
            chunk.facadeModuleId?.includes('/src/locales/regions/')
              ? `locales/regions/[name]-${localesMark}.js`
              : isLocale(chunk.name)
                ? `locales/[name]-${localesMark}.js`
                : chunk.isDynamicEntry
                  ? '[name]-[hash].js'
                  : 'shared-[name]-[hash].js',
          assetFileNames: '[name][extname]',
          minify: true,
          // Pure annotations (some 25 a file) help a later bundler drop unused code; a
          // script-tag file meets no later bundler. (Licence comments are dropped anyway.)
          comments: false,
          banner: (chunk) => (chunk.isEntry && name !== 'loader' ? secondCopyWarning : ''),
          // After minification, which drops comments.
          postBanner: (chunk) => (compiledOnLoad(chunk) ? compileHint : ''),
        },
      },
    },
  });
  console.log(`built dist/${name}.js`);
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
  for (const name of wanted) {
    // Lazy chunks carry a hash: drop the previous build's of this entry.
    for (const stale of readdirSync(dist, { recursive: false }).filter((entry) => entry.startsWith(`${name}.map-`))) rmSync(resolve(dist, stale));
  }
  mkdirSync(dist, { recursive: true });
  for (const name of wanted) await buildScriptTagFile(name, allEntries[name]);
} else {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  for (const [name, file] of Object.entries(present(allEntries))) await buildScriptTagFile(name, file);
  await buildNpmModules();
  await bundleCheckers(resolve(dist, 'node/checkers.mjs'));
  console.log('built dist/node/checkers.mjs (data checkers for the validate command)');
  // Every entry of every table is a script-tag file in dist/ (the README's snippets name them).
  const missing = Object.keys(allEntries).filter(
    (name) => !existsSync(resolve(dist, `${name}.js`)),
  );
  if (missing.length) throw new Error(`build: no dist/ file for ${missing.join(', ')}`);
}
