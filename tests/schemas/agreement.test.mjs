// One set of rules: every sample file and a set of hostile variants go through
// both the published JSON Schemas (schemas/*.schema.json) and the checkers the
// widgets run (src/*/*.data.ts); the test fails wherever one accepts what the
// other rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { bundleCheckers } from '../../scripts/build-checkers.mjs';
import { guessType } from '../../bin/validate.mjs';
import { hostileVariants, sampleFiles } from './samples.mjs';

const schemaFolder = new URL('../../schemas/', import.meta.url);
const modules = await import(`data:text/javascript;base64,${Buffer.from(await bundleCheckers()).toString('base64')}`);
const checkers = new Map(
  Object.values(modules).flatMap((module) =>
    Object.entries(module)
      // `checkXInSlices` is the same check as `checkX`, run in slices so a long list never blocks the page.
      .filter(([name, check]) => /^check[A-Z]\w*$/.test(name) && !name.endsWith('InSlices') && typeof check === 'function')
      .map(([name, check]) => [name.slice(5).toLowerCase(), check]),
  ),
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemas = new Map();
for (const file of readdirSync(schemaFolder).filter((name) => name.endsWith('.schema.json'))) {
  const schema = JSON.parse(readFileSync(new URL(file, schemaFolder), 'utf8'));
  ajv.addSchema(schema, file);
  const type = file.replace('.schema.json', '');
  if (checkers.has(type)) schemas.set(type, schema);
}

/** What each side says about one document. */
function verdicts(type, value) {
  const validate = ajv.getSchema(`${type}.schema.json`);
  const schemaValid = validate(value);
  const { issues } = checkers.get(type)(value);
  return {
    schemaValid,
    checkerValid: issues.length === 0,
    why: schemaValid
      ? `the checker says ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`
      : `the schema says ${validate.errors.map((error) => `${error.instancePath || '(root)'} ${error.message}`).join('; ')}`,
  };
}

/**
 * Disagreements where the checker (src/, owned by the element's helper) is the
 * side to change; each must be fixed there and then removed from this list.
 * Anything not listed fails the test.
 */
const knownCheckerGaps = [
  [/members\.json with members\[\d+\]\.id = a number/, 'checkMembers accepts a number as an id; the schema says text'],
  [/members\.json without network$/, 'checkMembers accepts a file without "network"; the schema requires it'],
  [/conferences\.json with network\.id = /, 'checkConferences never reads network.id; the schema says non-empty text'],
];

const samples = sampleFiles()
  .map((sample) => ({ ...sample, type: guessType(sample.value, schemas) }))
  .filter((sample) => sample.type);

test('every data format with a checker has a schema, and the samples cover each', () => {
  assert.deepEqual([...schemas.keys()].sort(), [...checkers.keys()].sort());
  assert.deepEqual([...new Set(samples.map((sample) => sample.type))].sort(), [...checkers.keys()].sort());
});

test('the sample files are valid for both', () => {
  for (const sample of samples) {
    const { schemaValid, checkerValid, why } = verdicts(sample.type, sample.value);
    assert.ok(schemaValid && checkerValid, `${sample.name} (${sample.type}): ${why}`);
  }
});

test('schema and checker agree on every hostile variant', () => {
  const disagreements = [];
  let count = 0;
  for (const sample of samples) {
    for (const variant of hostileVariants(sample)) {
      count++;
      const { schemaValid, checkerValid, why } = verdicts(sample.type, variant.value);
      if (schemaValid === checkerValid) continue;
      const gap = knownCheckerGaps.find(([pattern]) => pattern.test(variant.name));
      if (gap) gap.seen = true;
      else disagreements.push(`${variant.name}: ${why}`);
    }
  }
  assert.ok(count > 500, `only ${count} variants`);
  for (const gap of knownCheckerGaps) {
    console.log(`${gap.seen ? 'known checker gap' : 'fixed, remove from knownCheckerGaps'}: ${gap[1]}`);
  }
  // The whole list: an assertion diff would cut it short.
  if (disagreements.length) console.error(disagreements.map((line) => `  ${line}`).join('\n'));
  assert.equal(disagreements.length, 0, `${disagreements.length} of ${count} variants disagree (listed above)`);
});
