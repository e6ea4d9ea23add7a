// The small projects that use the packed package the way a web team would:
// each imports the member map and the conference timeline, and is built by
// the bundler's own API from the temporary folder's node_modules.
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bundler versions of the temporary projects, from the npm registry. */
export const bundlers = { vite: '^8.3.8', webpack: '^5.102.0', esbuild: '^0.27.7' };

const page = (script) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>consumer</title></head>
  <body>
    <city-member-map src="./data/members.json"></city-member-map>
    <city-conference-timeline src="./data/conferences.json"></city-conference-timeline>
    ${script}
  </body>
</html>
`;

const imports = "import 'city-network-widgets/member-map';\nimport 'city-network-widgets/conference-timeline';\n";

const load = (folder, name) => import(pathToFileURL(createRequire(join(folder, 'package.json')).resolve(name)).href);

/** Copies the sample data next to a build's page. */
export function copyData(out, dataFolder) {
  mkdirSync(join(out, 'data'), { recursive: true });
  for (const file of ['members.json', 'conferences.json']) copyFileSync(join(dataFolder, file), join(out, 'data', file));
}

/** Each project: writes its sources in `dir`, builds them into `out` (the folder served). */
export const projects = [
  {
    name: 'vite',
    async build(folder, dir, out) {
      writeFileSync(join(dir, 'main.js'), imports);
      writeFileSync(join(dir, 'index.html'), page('<script type="module" src="./main.js"></script>'));
      const { build } = await load(folder, 'vite');
      await build({ root: dir, base: './', logLevel: 'warn', configFile: false, build: { outDir: out, emptyOutDir: true } });
    },
  },
  {
    name: 'webpack',
    async build(folder, dir, out) {
      writeFileSync(join(dir, 'main.js'), imports);
      const { default: webpack } = await load(folder, 'webpack');
      const stats = await new Promise((resolve, reject) =>
        webpack(
          { mode: 'production', context: dir, entry: './main.js', output: { path: out, filename: 'main.js', clean: true } },
          (error, result) => (error ? reject(error) : resolve(result)),
        ),
      );
      if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
      writeFileSync(join(out, 'index.html'), page('<script src="./main.js"></script>'));
    },
  },
  {
    // esbuild leaves `new URL('./europe.paths.json', import.meta.url)` alone, so
    // this project follows the README: copy the assets, call setBasePath first.
    name: 'esbuild',
    async build(folder, dir, out) {
      writeFileSync(join(dir, 'base-path.js'), "import { setBasePath } from 'city-network-widgets/base-path';\nsetBasePath('./assets/');\n");
      writeFileSync(join(dir, 'main.js'), `import './base-path.js';\n${imports}`);
      const { build } = await load(folder, 'esbuild');
      await build({ entryPoints: [join(dir, 'main.js')], bundle: true, splitting: true, format: 'esm', minify: true, outdir: out, logLevel: 'warning' });
      mkdirSync(join(out, 'assets'), { recursive: true });
      cpSync(join(folder, 'node_modules/city-network-widgets/dist/npm/member-map/europe.paths.json'), join(out, 'assets/europe.paths.json'));
      writeFileSync(join(out, 'index.html'), page('<script type="module" src="./main.js"></script>'));
    },
  },
  {
    // No bundler: the script-tag files straight from the package. A page with several kinds of
    // element loads the kit (each element's own file holds its own Lit), with a version query as
    // WordPress adds one.
    name: 'script tag',
    async build(folder, _dir, out) {
      cpSync(join(folder, 'node_modules/city-network-widgets/dist'), join(out, 'widgets'), {
        recursive: true,
        filter: (source) => !/[/\\](npm|node)$/.test(source) && !source.endsWith('.map'),
      });
      writeFileSync(join(out, 'index.html'), page('<script type="module" src="./widgets/city-network-widgets.js?ver=6.4"></script>'));
    },
  },
];
