#!/usr/bin/env node
// Checks JSON data files against the published schemas before a partner city
// publishes them:
//   npm run validate-data -- memberships my-memberships.json
//   npm run validate-data                  (checks every file in demo/data/)
// The schema is picked from the first argument, or from the file name.
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const schemaFolder = new URL('../schemas/', import.meta.url).pathname;
const ajv = new Ajv2020({ allErrors: true, strict: false });
for (const name of readdirSync(schemaFolder).filter((file) => file.endsWith('.schema.json'))) {
  const schema = JSON.parse(readFileSync(join(schemaFolder, name), 'utf8'));
  ajv.addSchema(schema, name);
}
const formats = readdirSync(schemaFolder)
  .filter((file) => file.endsWith('.schema.json'))
  .map((file) => file.replace('.schema.json', ''));

let [format, ...files] = process.argv.slice(2);
if (format && !formats.includes(format)) {
  files.unshift(format);
  format = undefined;
}
if (!format && files.length === 0) {
  const demo = new URL('../demo/data/', import.meta.url).pathname;
  files = readdirSync(demo).filter((file) => file.endsWith('.json')).map((file) => join(demo, file));
}

let failures = 0;
for (const file of files) {
  // The longest matching name wins: memberships.json is not members data.
  const chosen =
    format ??
    formats
      .filter((candidate) => basename(file).startsWith(candidate))
      .sort((a, b) => b.length - a.length)[0];
  if (!chosen) {
    console.log(`? ${file}: no schema matches the file name; name the format first (${formats.join(', ')})`);
    failures++;
    continue;
  }
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`✗ ${file}: not valid JSON: ${error.message}`);
    failures++;
    continue;
  }
  const validate = ajv.getSchema(`${chosen}.schema.json`);
  if (validate(data)) {
    console.log(`✓ ${file} is valid ${chosen} data`);
  } else {
    failures++;
    console.log(`✗ ${file} (${chosen}):`);
    for (const error of validate.errors) console.log(`  ${error.instancePath || '(root)'}: ${error.message}`);
  }
}
process.exit(failures ? 1 : 0);
