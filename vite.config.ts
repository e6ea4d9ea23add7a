import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { minifyTemplateLiterals } from './scripts/minify-css.mjs';

/**
 * The demo dev server and the script-tag build. `scripts/build.mjs` builds the
 * per-element files together (they share Lit and core through chunks) and the
 * all-in-one file on its own, each loadable from a plain `<script type="module">`.
 */
export const elementEntries = {
  'network-badge': 'src/network-badge/network-badge.ts',
  'conference-timeline': 'src/conference-timeline/conference-timeline.ts',
  'member-map': 'src/member-map/member-map.ts',
  'delegation-form': 'src/delegation-form/delegation-form.ts',
  'newsletter-signup': 'src/newsletter-signup/newsletter-signup.ts',
} as const;

export const bundleEntry = { 'city-network-widgets': 'src/index.ts' } as const;

/** The placeholder loader: tiny, it imports the element files beside it in dist/. */
export const loaderEntry = { loader: 'src/loader.ts' } as const;

/** The loader's `import('./index.js')` must stay an import of the kit, `dist/city-network-widgets.js`, not a copy of it. */
function loaderImportsTheKit(): Plugin {
  return {
    name: 'loader-imports-the-kit',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return importer?.endsWith('/src/loader.ts') && source === './index.js'
        ? { id: './city-network-widgets.js', external: true }
        : null;
    },
  };
}

/**
 * Lit's css`` and html`` literals reach the bundle as written: minify the CSS
 * with a real CSS minifier and collapse the templates' indentation
 * (scripts/minify-css.mjs, shared with the npm build).
 */
function minifyLitLiterals(): Plugin {
  return {
    name: 'minify-lit-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      return minifyTemplateLiterals(code, id);
    },
  };
}

export default defineConfig({
  plugins: [minifyLitLiterals(), loaderImportsTheKit()],
  // msg() and str only: see src/core/i18n/runtime.ts.
  resolve: {
    alias: [{ find: /^@lit\/localize$/, replacement: resolve(import.meta.dirname, 'src/core/i18n/runtime.ts') }],
  },
  root: '.',
  publicDir: false,
  server: { open: false },
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: resolve(import.meta.dirname, bundleEntry['city-network-widgets']),
      formats: ['es'],
      fileName: () => 'city-network-widgets.js',
    },
  },
});
