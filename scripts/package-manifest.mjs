// The custom-elements manifest as the package ships it (dist/npm/custom-elements.json):
// custom-elements.json (from `npm run analyze`, which Storybook reads) names the
// TypeScript sources, which the package does not ship. Here every module path
// names the ES module a bundler imports (src/x/y.ts → dist/npm/x/y.js), each
// element's entry module says which tag it defines (`custom-element-definition`),
// and the styles' CSS text, no help to an editor or a docs tool, is left out.
//   node scripts/package-manifest.mjs   (part of npm run build, after analyze)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
const shipped = (path) => path.replace(/^\/?src\/(.*)\.ts$/, 'dist/npm/$1.js');

/** A copy of `value` with module paths rewritten and CSS defaults dropped. */
function rewrite(value, key) {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, key));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [name, item] of Object.entries(value)) {
      if (name === 'default' && typeof item === 'string' && item.startsWith('css`')) continue;
      out[name] = rewrite(item, name);
    }
    return out;
  }
  return (key === 'path' || key === 'module') && typeof value === 'string' ? shipped(value) : value;
}

const result = rewrite(manifest);
// The element classes by tag, and the entry module of each (src/<name>/<name>.ts calls defineElement).
for (const module of result.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const folder = module.path.split('/').at(-2);
    const entry = result.modules.find((candidate) => candidate.path === `dist/npm/${folder}/${folder}.js`);
    if (!entry) continue;
    entry.exports ??= [];
    if (entry.exports.some((item) => item.kind === 'custom-element-definition' && item.name === declaration.tagName)) continue;
    entry.exports.push({
      kind: 'custom-element-definition',
      name: declaration.tagName,
      declaration: { name: declaration.name, module: module.path },
    });
  }
}
const missing = result.modules.map((module) => module.path).filter((path) => !existsSync(resolve(root, path)));
if (missing.length) throw new Error(`package manifest: no built module for ${missing.join(', ')}`);
writeFileSync(resolve(root, 'dist/npm/custom-elements.json'), `${JSON.stringify(result)}\n`);
console.log(`built dist/npm/custom-elements.json (${result.modules.length} modules, paths of dist/npm/)`);
