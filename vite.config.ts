import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';

/**
 * The demo dev server and the library build. `scripts/build.mjs` runs one
 * library build per entry so that every dist file is self-contained (Lit
 * included) and works from a plain `<script type="module">`.
 */
export const elementEntries = {
  'network-badge': 'src/network-badge/network-badge.ts',
  'conference-timeline': 'src/conference-timeline/conference-timeline.ts',
  'member-map': 'src/member-map/member-map.ts',
  'delegation-form': 'src/delegation-form/delegation-form.ts',
  'newsletter-signup': 'src/newsletter-signup/newsletter-signup.ts',
} as const;

export const bundleEntry = { 'city-network-widgets': 'src/index.ts' } as const;

/**
 * Lit's css`` literals reach the bundle as written; squeeze comments and
 * white space out of them (they hold no interpolations in this project).
 */
function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      return code.replace(/css`([^`]*)`/g, (_whole, body: string) => {
        const minified = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
    },
  };
}

export default defineConfig({
  plugins: [minifyLitCss()],
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
