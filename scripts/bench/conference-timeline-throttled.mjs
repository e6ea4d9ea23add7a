// <city-conference-timeline> with the CPU slowed 4× (a mid-range phone), for
// one or more builds — this one's dist/ by default, or the folders given
// (each a copy of a dist/, e.g. a build of an older commit), so that before
// and after are measured in the same minute:
// - the longest task, the number of long tasks (≥ 50 ms) and the elements in
//   the widget's shadow root once 10,000 conferences have rendered (median of
//   RUNS runs by longest task, as peers.bench.mjs does);
// - time from navigation to usable content (every conference of the demo's
//   sample data on screen), alternating with TimelineJS 3 on the same data.
//   npm run build && node scripts/bench/conference-timeline-throttled.mjs [dist-folder…]
// USABLE=0 skips the TimelineJS comparison.
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { findBrowser } from '../browser.mjs';
import { benchBrowserArgs, median, serveProject } from './lib.mjs';
import { manyConferences, sampleConferences, timelineJsData } from './peers/data.mjs';
import { launchBare } from './peers/bare-browser.mjs';
import { longTasksWhileRendering, timeToUsable } from './peers/throttled.mjs';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const folders = args.length ? args.map((folder) => resolve(folder)) : [resolve(root, 'dist')];
for (const folder of folders) {
  if (!existsSync(resolve(folder, 'conference-timeline.js'))) throw new Error(`${folder}/conference-timeline.js is missing`);
}
const runs = Number(process.env.RUNS ?? 3);
const count = sampleConferences.conferences.length;
const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;

const server = await serveProject();
const bare = await launchBare();
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: benchBrowserArgs,
});
// Each folder is linked under node_modules/.cache/ (served, never committed), with a page beside it.
const scratch = resolve(root, 'node_modules/.cache/bench-timeline');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const base = (index) => `/node_modules/.cache/bench-timeline/${index}`;
for (const [index, folder] of folders.entries()) {
  symlinkSync(folder, resolve(scratch, String(index)));
  writeFileSync(
    resolve(scratch, `${index}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${base(index)}/conference-timeline.js"></script></head>
    <body><city-conference-timeline src="/demo/data/conferences.json" now="2026-01-01"></city-conference-timeline></body></html>`,
  );
}

try {
  for (const [index, folder] of folders.entries()) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      results.push(
        await longTasksWhileRendering(bare, server.baseUrl, {
          script: `${base(index)}/conference-timeline.js`,
          tag: 'city-conference-timeline',
          data: { 'conferences-10000': manyConferences(10000) },
        }),
      );
    }
    results.sort((a, b) => a.longest - b.longest);
    const middle = results[Math.floor(results.length / 2)];
    console.log(
      `${folder}: 10,000 conferences: longest task ${middle.longest ? ms(middle.longest) : 'none ≥ 50 ms'}, ` +
        `${middle.count} long tasks, ${middle.nodes.toLocaleString('en')} elements (median of ${runs}; all: ${results
          .map((result) => `${Math.round(result.longest)}/${result.count}/${result.nodes}`)
          .join(', ')})`,
    );
  }
  if (process.env.USABLE !== '0') {
    const usableRuns = Number(process.env.USABLE_RUNS ?? 7);
    const ours = `() => document.querySelector('city-conference-timeline')?.shadowRoot?.querySelectorAll('[part~="conference"]').length >= ${count}`;
    const peer = `() => document.querySelectorAll('.tl-timemarker').length >= ${count} && Boolean(document.querySelector('.tl-slide-content'))`;
    const data = { timelinejs: timelineJsData(sampleConferences) };
    const times = folders.map(() => []);
    const peerTimes = [];
    for (let run = 0; run < usableRuns; run++) {
      for (const index of folders.keys()) {
        times[index].push((await timeToUsable(browser, server.baseUrl, `${base(index)}.html`, ours, data)).ms);
      }
      peerTimes.push(
        (await timeToUsable(browser, server.baseUrl, '/scripts/bench/peers/pages/timeline-timelinejs.html', peer, data)).ms,
      );
    }
    for (const [index, folder] of folders.entries()) {
      const value = median(times[index]);
      console.log(`${folder}: usable ${ms(value)} (${(value / median(peerTimes)).toFixed(2)}× TimelineJS)`);
    }
    console.log(`TimelineJS 3: usable ${ms(median(peerTimes))} (medians of ${usableRuns} alternating runs)`);
  }
} finally {
  await browser.close();
  await bare.close();
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
}
