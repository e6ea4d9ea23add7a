#!/usr/bin/env node
// The package's command line:
//   city-network-widgets receiver [erase --email a@b.c | hash-password | copy-to URL]  → dist-server/cli.js
//   city-network-widgets validate …                                      → ./validate.mjs
// Each part is imported only when asked for, so one missing part does not break the other.
import { existsSync, readFileSync } from 'node:fs';

const usage = `Usage:
  city-network-widgets receiver [erase --email ADDRESS | hash-password | copy-to DATABASE_URL]
  city-network-widgets validate …`;

/**
 * The receiver's server packages are optional peer dependencies: a site that only shows the
 * widgets does not install a database driver and a web server. Says what to install.
 */
function missingServerPackages(error) {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const packages = Object.entries(manifest.peerDependencies ?? {}).map(([name, range]) => `${name}@"${range}"`);
  console.error(
    `The receiver needs its server packages, which a site that only shows the widgets does not install (${error.message.split('\n')[0]}).\n` +
      `Install them beside city-network-widgets:\n  npm install ${packages.join(' ')}`,
  );
  return 1;
}

async function run(args) {
  const [command, ...rest] = args;
  if (command === 'receiver') {
    const cli = new URL('../dist-server/cli.js', import.meta.url);
    if (!existsSync(cli)) {
      console.error('The receiver is not built yet: run "npm run build" (or "npm run build:server") first.');
      return 1;
    }
    try {
      return (await import(cli.href)).main(rest);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      return missingServerPackages(error);
    }
  }
  if (command === 'validate') {
    const validator = new URL('./validate.mjs', import.meta.url);
    if (!existsSync(validator)) {
      console.error('The validate command is not part of this copy of city-network-widgets (bin/validate.mjs is missing).');
      return 1;
    }
    return (await import(validator.href)).main(rest);
  }
  console.error(command === undefined || command === '--help' ? usage : `Unknown command "${command}".\n${usage}`);
  return command === '--help' ? 0 : 2;
}

const code = await run(process.argv.slice(2));
// The receiver keeps running (its server holds the event loop); other commands end with their code.
if (code !== 0 || process.argv[2] !== 'receiver' || process.argv.length > 3) process.exitCode = code;
