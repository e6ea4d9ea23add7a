// The stories offer a control for every attribute in custom-elements.json and
// bind no attribute the element does not have. (Storybook builds the argTypes
// tables and the docs pages from the same manifest: .storybook/preview.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elements } from './manifest.mjs';

/** Attributes bound in the story file's templates of `tag`: `name=${…}` and `?name=${…}`. */
function boundAttributes(source, tag) {
  const openings = source.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
  return new Set(openings.flatMap((opening) => [...opening.matchAll(/\s\??([a-z][a-z-]*)=\$\{/g)].map((match) => match[1])));
}

/** Attributes that stories may leave without a control, and why. */
const withoutControl = {
  // Accepted only to be moved to member-role (it would otherwise become an ARIA role).
  role: 'an alias of member-role',
};

for (const element of elements) {
  const file = `stories/${element.tag.replace(/^city-/, '')}.stories.ts`;
  const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const bound = boundAttributes(source, element.tag);

  test(`${file}: a control for every attribute of <${element.tag}>`, () => {
    assert.deepEqual(
      element.attributes.filter((name) => !bound.has(name) && !withoutControl[name]),
      [],
    );
  });

  test(`${file}: binds only attributes <${element.tag}> has`, () => {
    assert.deepEqual(
      [...bound].filter((name) => !element.attributes.includes(name)),
      [],
    );
  });
}
