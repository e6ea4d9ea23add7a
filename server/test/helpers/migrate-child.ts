// A second process for the start-up race: says "ready", reads a start time on
// stdin, then opens (and so migrates) each database named on the command line at
// that moment plus `gapMs` per database, as its twin does, so two processes
// migrate one new database at once. Prints one line per database: "ok" or the error.
import { createInterface } from 'node:readline';
import { openDatabase } from '../../db/database.js';

const [gapMs, ...urls] = process.argv.slice(2);
console.log('ready');
const lines = createInterface({ input: process.stdin });
const startAt = Number(await new Promise<string>((resolve) => lines.once('line', resolve)));
lines.close();
for (const [index, url] of urls.entries()) {
  const moment = startAt + index * Number(gapMs);
  while (Date.now() < moment) {
    // Spin rather than sleep: a timer fires a few milliseconds late, and the race is that narrow.
  }
  try {
    const database = await openDatabase(url);
    await database.close();
    console.log(`ok ${index}`);
  } catch (error) {
    console.log(`error ${index} ${error instanceof Error ? error.message : String(error)}`);
    console.error(error);
  }
}
