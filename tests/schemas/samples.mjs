// Data for the schema/checker agreement test: every sample file, and hostile
// variants made from them by changing one value at a time.
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

/** Every JSON sample of the data formats: demo data and test fixtures. */
export function sampleFiles() {
  return ['demo/data/', 'tests/fixtures/'].flatMap((folder) =>
    readdirSync(new URL(folder, root))
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => ({ name: `${folder}${file}`, value: JSON.parse(readFileSync(new URL(`${folder}${file}`, root), 'utf8')) })),
  );
}

/** Every leaf of a JSON value with its path (`members[0].city.cs`) and a setter. */
function* leaves(value, path = '', set = undefined) {
  if (Array.isArray(value)) {
    // The first two items are enough to reach every field shape.
    for (const [index, item] of value.slice(0, 2).entries()) yield* leaves(item, `${path}[${index}]`, (next) => (value[index] = next));
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) yield* leaves(value[key], path ? `${path}.${key}` : key, (next) => (value[key] = next));
  } else if (set) {
    yield { path, value, set };
  }
}

const urlLike = /(url|href|logo|link|website|privacy)$/i;

/** What an editor or an attacker might put in a field instead of its value. */
function replacementsFor(path, value) {
  const replacements = [
    ['null', null],
    ['an object', { nested: true }],
    ['a list', [value]],
  ];
  if (typeof value === 'string') {
    replacements.push(['empty text', ''], ['only spaces', '   '], ['a number', 42], ['20,000 characters', 'x'.repeat(20000)]);
    if (urlLike.test(path)) {
      replacements.push(['javascript: URL', 'javascript:alert(1)'], ['data: URL', 'data:text/html,<script>alert(1)</script>'], ['spaced javascript: URL', ' JavaScript:alert(1)']);
    }
  }
  if (typeof value === 'number') {
    replacements.push(['text', String(value)], ['negative', -value - 1], ['huge', 1e12], ['a fraction', value + 0.5]);
  }
  if (typeof value === 'boolean') replacements.push(['text "true"', 'true']);
  return replacements;
}

/** Hostile variants of a sample: one value changed, or one property removed. */
export function* hostileVariants(sample) {
  const paths = [...leaves(structuredClone(sample.value))].map((leaf) => leaf.path);
  for (const path of paths) {
    const original = [...leaves(structuredClone(sample.value))].find((leaf) => leaf.path === path).value;
    for (const [what, replacement] of replacementsFor(path, original)) {
      const copy = structuredClone(sample.value);
      [...leaves(copy)].find((leaf) => leaf.path === path).set(replacement);
      yield { name: `${sample.name} with ${path} = ${what}`, value: copy };
    }
  }
  for (const key of Object.keys(sample.value)) {
    const copy = structuredClone(sample.value);
    delete copy[key];
    yield { name: `${sample.name} without ${key}`, value: copy };
  }
  yield { name: `${sample.name} as a list`, value: [sample.value] };
  yield { name: `${sample.name} with an unknown property`, value: { ...sample.value, unknownProperty: 1 } };
}
