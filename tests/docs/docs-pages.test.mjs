// One source for each element's API: the tables of docs/<element>.md name
// exactly the attributes, properties and events of custom-elements.json
// (generated from the elements' JSDoc by npm run analyze).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elements } from './manifest.mjs';

/** The rows of the Markdown tables in the section that starts with `heading`. */
function tableRows(markdown, heading) {
  const start = markdown.search(new RegExp(`^## ${heading}`, 'm'));
  if (start < 0) return [];
  const rest = markdown.slice(start + 3);
  const section = rest.slice(0, rest.search(/^## /m) >= 0 ? rest.search(/^## /m) : undefined);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

/** The `code` names in one table cell: "`member-role` (or `role`)" gives both. */
const namesIn = (cell = '') => [...cell.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((match) => match[1]);
const sorted = (names) => [...new Set(names)].sort();

test('the manifest has every element', () => {
  assert.equal(elements.length, 5, elements.map((element) => element.tag).join(', '));
});

for (const element of elements) {
  const file = `docs/${element.tag.replace(/^city-/, '')}.md`;
  const markdown = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const rows = tableRows(markdown, 'Attributes and properties');

  test(`${file}: attributes as in the manifest`, () => {
    assert.deepEqual(sorted(rows.flatMap((row) => namesIn(row[0]))), element.attributes);
  });

  test(`${file}: properties as in the manifest`, () => {
    const documented = sorted(rows.flatMap((row) => namesIn(row[1])));
    // A property shown in a row without an attribute (data), or beside its attribute.
    assert.deepEqual(documented, element.properties);
  });

  test(`${file}: events as in the manifest`, () => {
    assert.deepEqual(sorted(tableRows(markdown, 'Events').flatMap((row) => namesIn(row[0]))), element.events);
  });
}

for (const element of elements) {
  const file = `docs/${element.tag.replace(/^city-/, '')}.md`;
  test(`${file}: names every part and CSS custom property of the manifest`, () => {
    const named = new Set(namesIn(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')));
    assert.deepEqual(
      [...element.parts, ...element.cssProperties].filter((name) => !named.has(name)),
      [],
    );
  });
}
