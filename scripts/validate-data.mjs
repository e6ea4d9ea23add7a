#!/usr/bin/env node
// Checks data files with the same code as `npx city-network-widgets validate`
// (bin/validate.mjs): the widgets' own checkers, problems with line and column.
//   npm run validate-data                          every file in demo/data/
//   npm run validate-data -- my-members.json       type from "$schema" or the content
//   npm run validate-data -- members my-file.json  type named first (or --type members)
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { main } from '../bin/validate.mjs';

let args = process.argv.slice(2);
if (args.length === 0) {
  const demo = new URL('../demo/data/', import.meta.url).pathname;
  args = readdirSync(demo)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => relative(process.cwd(), join(demo, file)));
} else if (!args[0].startsWith('-') && !existsSync(args[0]) && args.length > 1) {
  args = ['--type', ...args];
}
process.exitCode = await main(args);
