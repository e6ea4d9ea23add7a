// Bundles the widgets' own data checkers (the `check…` functions of
// src/*/*.data.ts) into one Node module, so the validate command prints the
// sentences a widget shows. scripts/build.mjs writes it to
// dist/node/checkers.mjs for the package; bin/validate.mjs builds it in memory
// when it runs from a clone, so it never reads a stale build.
import { build } from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The data modules: one `*.data.ts` per element folder. */
export function dataModules() {
  const src = resolve(root, 'src');
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(resolve(src, entry.name)).map((file) => `src/${entry.name}/${file}`))
    .filter((file) => file.endsWith('.data.ts') && existsSync(resolve(root, file)))
    .sort();
}

/** The bundle's source text (ES module for Node), or writes it to `outfile`. */
export async function bundleCheckers(outfile) {
  const contents = dataModules()
    .map((file, index) => `export * as module${index} from './${file}';`)
    .join('\n');
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'checkers-entry.js', loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    write: Boolean(outfile),
    ...(outfile ? { outfile } : {}),
  });
  return outfile ? undefined : result.outputFiles[0].text;
}
