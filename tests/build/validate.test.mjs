// The validate command (bin/validate.mjs): problems as `file:line:column  path  sentence`,
// the widget's own sentences, syntax errors located, exit codes 0 / 1 / 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../bin/validate.mjs';

const folder = mkdtempSync(join(tmpdir(), 'cnw-validate-'));
test.after(() => rmSync(folder, { recursive: true, force: true }));

async function run(...args) {
  const lines = [];
  const output = { log: (line) => lines.push(line), error: (line) => lines.push(line) };
  const code = await main(args, output);
  return { code, text: lines.join('\n') };
}
const write = (name, text) => {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
};

test('a valid file: exit 0 and its type, guessed from the content', async () => {
  const { code, text } = await run('demo/data/members.json');
  assert.equal(code, 0);
  assert.equal(text, 'demo/data/members.json: valid members data');
});

test('--help lists the data formats, and only them', async () => {
  const { text } = await run('--help');
  assert.match(text, /--type <type> {2}one of: conferences, delegation, members, memberships, newsletter$/m);
});

test('a file missing a required key is still recognized, and the key is named', async () => {
  const members = JSON.parse(readFileSync('demo/data/members.json', 'utf8'));
  delete members.network;
  const file = write('no-network.json', JSON.stringify(members, null, 2));
  const { code, text } = await run(file);
  assert.equal(code, 1);
  assert.match(text, new RegExp(`^${file}:1:1  \\(root\\)  "network" is missing; the members format requires it$`, 'm'));
  assert.equal((await run('--type', 'members', file)).code, 1);
});

test("problems carry line, column, JSON path and the widget's sentence", async () => {
  const entry = '    { "id": "x", "network": { "name": "X", "url": "javascript:alert(1)" }, "since": 1990 }';
  const file = write('memberships.json', `{\n  "member": "Brno",\n  "memberships": [\n${entry}\n  ]\n}\n`);
  const { code, text } = await run(file);
  assert.equal(code, 1);
  const column = entry.indexOf('"javascript') + 1;
  assert.match(text, new RegExp(`^${file}:4:${column}  memberships\\[0\\]\\.network\\.url  unsafe URL dropped \\(allowed: http`, 'm'));
});

test('a JSON syntax error says where', async () => {
  const file = write('broken.json', '{\n  "members": [\n    1,\n  ]\n}\n');
  const { code, text } = await run(file);
  assert.equal(code, 1);
  assert.equal(text, `${file}:4:3  (root)  not valid JSON: a comma before "]" (trailing commas are not JSON)`);
});

test('the type comes from $schema, or --type; --json prints a report', async () => {
  const file = write('thing.json', '{ "$schema": "https://example.org/schemas/newsletter.schema.json" }');
  const { text } = await run('--json', file);
  assert.equal(JSON.parse(text)[0].type, 'newsletter');
  const named = await run('--type', 'members', 'demo/data/conferences.json');
  assert.equal(named.code, 1);
  assert.match(named.text, /demo\/data\/conferences\.json:1:1 {2}members {2}expected a list/);
});

test('usage errors exit 2', async () => {
  assert.equal((await run()).code, 2);
  assert.equal((await run('--type', 'nonsense', 'x.json')).code, 2);
});
