// Minifies the CSS inside Lit's css`` literals with Lightning CSS (Vite's own
// CSS tool), a real CSS parser: strings such as `content: ', '` and `url()`
// values keep their spaces, which a regular expression cannot promise, and
// custom properties lose the spaces esbuild's minifier kept in them (some
// 20–50 bytes of gzip in each element file). No `targets`: nothing is lowered
// or prefixed. A stylesheet it cannot parse fails the build. Used by the Vite
// build (vite.config.ts) and by the npm build (scripts/build.mjs); returns a
// source map so the bundles' maps stay right.
import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import { collapseHtmlWhitespace } from './minify-html.mjs';

const cssLiteral = /\bcss`([^`]*)`/g;

/**
 * Minifies one stylesheet's text, written back as template-literal source. A
 * literal with an interpolation (`${…}`) or a backslash (its raw source and its
 * value differ) is left as written.
 */
export function minifyCss(body) {
  if (body.includes('${') || body.includes('\\')) return body;
  const css = transform({ filename: 'widget.css', code: Buffer.from(body), minify: true }).code.toString().trim();
  return css.replace(/[\\`]|\$\{/g, (special) => `\\${special}`);
}

/**
 * Rewrites every css`` literal of a module, and the white space of its
 * html``/svg`` literals (scripts/minify-html.mjs); null when nothing changed.
 */
export function minifyTemplateLiterals(code, id) {
  const output = new MagicString(code);
  if (/\b(html|svg)`/.test(code)) collapseHtmlWhitespace(code, output, id);
  for (const match of code.matchAll(cssLiteral)) {
    const start = match.index + match[0].indexOf('`') + 1;
    const minified = minifyCss(match[1]);
    if (minified !== match[1]) output.update(start, start + match[1].length, minified);
  }
  if (!output.hasChanged()) return null;
  return { code: output.toString(), map: output.generateMap({ hires: 'boundary', source: id, includeContent: true }) };
}
