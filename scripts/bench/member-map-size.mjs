#!/usr/bin/env node
// Where the bytes of dist/member-map.js go: bundles the element entry (and its
// lazy map chunk) with esbuild, minified, and prints each input's share of the
// output from the metafile, grouped by package or source folder. Gzip per
// group is estimated by compressing that group's minified output alone, so
// the column adds up to a little more than the real file.
//   node scripts/bench/member-map-size.mjs [entry.ts]
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const entry = process.argv[2] ?? 'src/member-map/member-map.ts';
const result = await build({
  entryPoints: [resolve(root, entry)],
  bundle: true,
  format: 'esm',
  splitting: true,
  outdir: '/tmp/member-map-size',
  minify: true,
  write: false,
  metafile: true,
  target: 'es2021',
  loader: { '.json': 'file' },
  tsconfig: resolve(root, 'tsconfig.json'),
  logLevel: 'error',
});

const group = (input) => {
  const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const src = input.match(/src\/(.+)\/[^/]+$/);
  return src ? `src/${src[1]}/${input.split('/').pop()}` : input;
};
for (const file of result.outputFiles.filter((f) => f.path.endsWith('.js'))) {
  const name = file.path.split('/').pop();
  const meta = result.metafile.outputs[`../../tmp/member-map-size/${name}`] ?? Object.entries(result.metafile.outputs).find(([key]) => key.endsWith(name))?.[1];
  const total = gzipSync(file.contents, { level: 9 }).length;
  console.log(`\n${name}: ${(file.contents.length / 1024).toFixed(1)} KB, ${(total / 1024).toFixed(1)} KB gzip`);
  const sizes = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(meta?.inputs ?? {})) {
    sizes.set(group(input), (sizes.get(group(input)) ?? 0) + bytesInOutput);
  }
  const rows = [...sizes].sort((a, b) => b[1] - a[1]);
  const all = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
  for (const [name, bytes] of rows) {
    const estimate = (bytes / all) * total;
    console.log(`  ${name.padEnd(48)} ${(bytes / 1024).toFixed(1).padStart(6)} KB  ~${(estimate / 1024).toFixed(1)} KB gzip`);
  }
}
