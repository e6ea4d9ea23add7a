// The long tasks (≥ 50 ms) while <city-member-map> renders 10,000 members,
// CPU 4× (the map row of peers.bench.mjs on its own), with the page's
// long-task attribution and, with TRACE=file, a Chrome trace of one run.
//   npm run build && node scripts/bench/member-map-long-tasks.mjs
import { median, serveProject } from './lib.mjs';
import { launchBare } from './peers/bare-browser.mjs';
import { manyMembers } from './peers/data.mjs';
import { longTasksWhileRendering } from './peers/throttled.mjs';

const runs = Number(process.env.RUNS ?? 5);
const server = await serveProject();
const browser = await launchBare();
try {
  const data = { 'members-10000': manyMembers(10000) };
  const results = [];
  for (let run = 0; run < runs; run++)
    results.push(await longTasksWhileRendering(browser, server.baseUrl, { script: '/dist/member-map.js', tag: 'city-member-map', data }));
  console.log(
    `10,000 members: longest task ${median(results.map((r) => r.longest)).toFixed(0)} ms, ` +
      `${median(results.map((r) => r.count))} long tasks, ${median(results.map((r) => r.nodes))} nodes (median of ${runs}; ` +
      `longest ${results.map((r) => r.longest.toFixed(0)).join(', ')})`,
  );
} finally {
  await browser.close();
  await server.close();
}
