// Which files of dist/ a script-tag file brings with it: the chunks it imports
// statically, transitively (what loading it costs), and with `lazy` also the
// ones it may import later, except languages and the sliced JSON reader, which
// loads only for a data file of 32 KB or more. Shared by npm run size and the
// peers bench, so both count a file the same way.
import { readFileSync } from 'node:fs';

const staticImport = /(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g;
const dynamicImport = /import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g;

/** `name` and the files it brings, as paths relative to `dist` (a URL ending in `/`). */
export function chunkClosure(dist, name, { lazy = false } = {}, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  if (!name.endsWith('.js')) return seen;
  const code = readFileSync(new URL(name, dist), 'utf8');
  const imports = [...code.matchAll(staticImport), ...(lazy ? code.matchAll(dynamicImport) : [])];
  for (const [, path] of imports) if (!/^(locales\/|json-body-)/.test(path)) chunkClosure(dist, path, { lazy }, seen);
  return seen;
}
