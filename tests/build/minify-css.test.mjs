// The CSS minifier of both builds (scripts/minify-css.mjs) must keep what a
// regular expression would break: spaces inside strings, and the source map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyTemplateLiterals } from '../../scripts/minify-css.mjs';

test("content: ', ' keeps its space", () => {
  const minified = minifyCss(`
    li + li::before {
      content: ', ';   /* a list separator */
    }
  `);
  assert.match(minified, /content:\s*(", "|', ')/);
  assert.doesNotMatch(minified, /a list separator/);
});

test('white space, comments and last semicolons go', () => {
  // Lightning CSS may reorder declarations that do not overlap.
  assert.equal(minifyCss(':host {\n  margin: 0 auto;\n  /* why */\n  color: red;\n}\n'), ':host{color:red;margin:0 auto}');
});

test('custom properties lose the spaces around their values and fallbacks', () => {
  assert.equal(
    minifyCss(':host { --_text: var(--city-color-text, light-dark(#1b1f24, #e8ebef)); }'),
    ':host{--_text:var(--city-color-text,light-dark(#1b1f24,#e8ebef))}',
  );
});

test('a longhand after its shorthand stays after it', () => {
  assert.equal(
    minifyCss('.error { border: 0.125em solid red; border-inline-start-width: 0.375em; }'),
    '.error{border:.125em solid red;border-inline-start-width:.375em}',
  );
});

test('only css`` literals of a module change, and a source map comes back', () => {
  const module = "const label = ' a , b ';\nexport const styles = css`\n  :host { color : red ; }\n`;\n";
  const result = minifyTemplateLiterals(module, 'x.styles.ts');
  assert.ok(result);
  assert.equal(result.code, "const label = ' a , b ';\nexport const styles = css`:host{color:red}`;\n");
  assert.deepEqual(result.map.sources, ['x.styles.ts']);
});

test('a literal with an interpolation is left as written', () => {
  const module = 'export const styles = css`:host { color: ${unsafeCSS(x)}; }`;';
  assert.equal(minifyTemplateLiterals(module, 'x.ts'), null);
});

test('non-ASCII text stays as written, never as a CSS escape that a template literal would misread', () => {
  assert.equal(minifyCss("li::before { content: ' · '; }"), 'li:before{content:" · "}');
  assert.equal(minifyCss("li::before { content: '\\\\2022'; }"), "li::before { content: '\\\\2022'; }");
});

test('html`` literals: a white-space run with a line break becomes one space; <pre> and other strings stay', () => {
  const module = [
    'const view = html`<p\n    class="a"\n  >\n    ${text}\n  </p>`;',
    'const kept = html`<pre>\n  a</pre>`;',
    'const plain = `line\n  two`;',
  ].join('\n');
  const result = minifyTemplateLiterals(module, 'x.ts');
  assert.ok(result);
  assert.equal(
    result.code,
    [
      'const view = html`<p class="a" > ${text} </p>`;',
      'const kept = html`<pre>\n  a</pre>`;',
      'const plain = `line\n  two`;',
    ].join('\n'),
  );
});
