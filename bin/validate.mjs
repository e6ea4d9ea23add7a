// `npx city-network-widgets validate <file>… [--type <type>] [--json]`
// Checks data files with the widgets' own checkers, so every problem reads
// as the widget would show it, printed as `file:line:column  json.path  sentence`.
// Exit code 0 when every file is valid, 1 on any problem, 2 on a usage error.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JsonSyntaxError, locate, parseWithPositions } from './json-locate.mjs';

const packageRoot = new URL('../', import.meta.url);
const usage = `Usage: city-network-widgets validate <file>… [--type <type>] [--json]

Checks data files for the widgets. The type is taken from --type, else from
the file's "$schema", else guessed from its content.
  --type <type>  one of: TYPES
  --json         print the problems as JSON`;

/**
 * The checkers, by data type (`members` → checkMembers). From a clone they are
 * bundled from src/ on the spot, so they are never older than the source; the
 * package ships them prebuilt in dist/node/checkers.mjs.
 */
async function loadCheckers() {
  let modules;
  if (existsSync(new URL('src/', packageRoot)) && existsSync(new URL('scripts/build-checkers.mjs', packageRoot))) {
    const { bundleCheckers } = await import(new URL('scripts/build-checkers.mjs', packageRoot).href);
    modules = await import(`data:text/javascript;base64,${Buffer.from(await bundleCheckers()).toString('base64')}`);
  } else {
    modules = await import(new URL('dist/node/checkers.mjs', packageRoot).href);
  }
  const checkers = new Map();
  for (const module of Object.values(modules)) {
    for (const [name, check] of Object.entries(module)) {
      // checkConferences, not checkConferencesInSlices (the same check, paced for the browser).
      if (/^check[A-Z][a-z]*$/.test(name) && typeof check === 'function') checkers.set(name.slice(5).toLowerCase(), check);
    }
  }
  return checkers;
}

/** The published schemas of the data types that have a checker. */
function loadSchemas(types) {
  const folder = new URL('schemas/', packageRoot);
  return new Map(
    readdirSync(folder)
      .filter((file) => file.endsWith('.schema.json') && types.has(file.replace('.schema.json', '')))
      .map((file) => [file.replace('.schema.json', ''), JSON.parse(readFileSync(new URL(file, folder), 'utf8'))]),
  );
}

/** The type from "$schema" (…/members.schema.json), else the schema whose required keys the data has (most keys wins). */
export function guessType(value, schemas) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const named = typeof value.$schema === 'string' && /([\w-]+)\.schema\.json$/.exec(value.$schema)?.[1];
  if (named && schemas.has(named)) return named;
  const keys = Object.keys(value);
  let best;
  let bestScore = 0;
  for (const [type, schema] of schemas) {
    const required = schema.required ?? [];
    if (!required.every((key) => keys.includes(key))) continue;
    const score = keys.filter((key) => key in (schema.properties ?? {})).length + required.length;
    if (score > bestScore) [best, bestScore] = [type, score];
  }
  return best ?? partlyMatching(keys, schemas);
}

/** The one type whose required keys the data has most of (some, not all: a file missing one is still told apart). */
function partlyMatching(keys, schemas) {
  const scored = [...schemas]
    .map(([type, schema]) => [type, (schema.required ?? []).filter((key) => keys.includes(key)).length])
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1]);
  return scored.length && (scored.length === 1 || scored[0][1] > scored[1][1]) ? scored[0][0] : undefined;
}

function parseArguments(args, types) {
  const options = { files: [], json: false, type: undefined, help: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--type') options.type = args[++index];
    else if (arg.startsWith('--type=')) options.type = arg.slice('--type='.length);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.type !== undefined && !types.has(options.type)) throw new Error(`unknown type "${options.type}"; use one of: ${[...types].join(', ')}`);
  if (!options.help && options.files.length === 0) throw new Error('name at least one file');
  return options;
}

/** Checks one file; returns its problems (empty when valid) and the type used. */
export function checkFile(file, text, { checkers, schemas, type }) {
  const problem = (line, column, path, message) => ({ file, line, column, path, message });
  let parsed;
  try {
    parsed = parseWithPositions(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { problems: [problem(error.line, error.column, '(root)', `not valid JSON: ${error.message}`)] };
  }
  const chosen = type ?? guessType(parsed.value, schemas);
  if (!chosen) {
    return { problems: [problem(1, 1, '(root)', `cannot tell the data type; name it with --type (${[...checkers.keys()].join(', ')})`)] };
  }
  const { issues } = checkers.get(chosen)(parsed.value);
  // The format's required top-level keys, which a widget may do without (a members list with no network).
  const root = typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value) ? parsed.value : {};
  const missing = (schemas.get(chosen)?.required ?? []).filter(
    (key) => !(key in root) && !issues.some((issue) => issue.path === key || issue.path.startsWith(`${key}.`)),
  );
  return {
    type: chosen,
    problems: [
      ...missing.map((key) => problem(1, 1, '(root)', `"${key}" is missing; the ${chosen} format requires it`)),
      ...issues.map((issue) => {
        const { line, column } = locate(parsed.positions, issue.path);
        return problem(line, column, issue.path, issue.message);
      }),
    ],
  };
}

/** Runs the command; resolves to the exit code. */
export async function main(args, output = console) {
  const checkers = await loadCheckers();
  const types = new Set(checkers.keys());
  let options;
  try {
    options = parseArguments(args, types);
  } catch (error) {
    output.error(`validate: ${error.message}\n\n${usage.replace('TYPES', [...types].join(', '))}`);
    return 2;
  }
  if (options.help) {
    output.log(usage.replace('TYPES', [...types].join(', ')));
    return 0;
  }
  const schemas = loadSchemas(types);
  const results = [];
  for (const file of options.files) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      results.push({ file, problems: [{ file, line: 0, column: 0, path: '(root)', message: `cannot read the file (${error.code ?? error.message})` }] });
      continue;
    }
    results.push({ file, ...checkFile(file, text, { checkers, schemas, type: options.type }) });
  }
  if (options.json) {
    output.log(JSON.stringify(results.map(({ file, type, problems }) => ({ file, type, valid: problems.length === 0, problems })), null, 2));
  } else {
    for (const { file, type, problems } of results) {
      if (problems.length === 0) output.log(`${file}: valid ${type} data`);
      for (const { line, column, path, message } of problems) output.log(`${file}:${line}:${column}  ${path}  ${message}`);
    }
  }
  return results.some((result) => result.problems.length) ? 1 : 0;
}

const invokedDirectly = process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url;
if (invokedDirectly && basename(process.argv[1]) === 'validate.mjs') process.exitCode = await main(process.argv.slice(2));
