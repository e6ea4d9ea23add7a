// The manifest comes out the same on every machine: the analyzer reads files
// in the order the file system lists them, so read them sorted, and sort the
// modules again at the end (npm run analyze, and before Storybook).
import { readFileSync } from 'node:fs';

export default {
  // package.json's customElements names the manifest the package ships (dist/npm/, written by
  // scripts/package-manifest.mjs), not this one.
  packagejson: false,
  overrideModuleCreation({ ts, globs }) {
    return [...globs].sort().map((glob) => ts.createSourceFile(glob, readFileSync(glob, 'utf8'), ts.ScriptTarget.ES2015, true));
  },
  plugins: [
    {
      name: 'stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
