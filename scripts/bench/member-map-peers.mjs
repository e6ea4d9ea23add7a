// The member map against Leaflet on the peers bench's pages only (the map row
// of peers.bench.mjs), alternating runs, so a change can be checked in a
// minute: time from navigation to the map with outlines and 17 markers, CPU 4×,
// cold cache. Extra dist folders (e.g. a copy of an older build) are served
// in place of dist/ and measured in the same alternation.
//   npm run build && node scripts/bench/member-map-peers.mjs [dist-folder…]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../browser.mjs';
import { benchBrowserArgs, median, serveProject } from './lib.mjs';
import { openThrottled } from './peers/throttled.mjs';

const root = resolve(import.meta.dirname, '../..');
const runs = Number(process.env.RUNS ?? 7);
const folders = [resolve(root, 'dist'), ...process.argv.slice(2).map((folder) => resolve(folder))];
const pages = '/scripts/bench/peers/pages/';
const ours = `() => {
  const root = document.querySelector('city-member-map')?.shadowRoot;
  const markers = root?.querySelectorAll('svg [part~="marker"]').length ?? 0;
  return Boolean(root?.querySelector('svg [part~="country"], svg [part~="countries"]')) &&
    (markers >= 17 || Boolean(root?.querySelector('svg .markers path[part~="marker"]')));
}`;
const leaflet = `() => document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive').length >= 17`;

/** Time to usable on `path`, with /dist/ answered from `folder`. */
async function usable(browser, baseUrl, path, test, folder) {
  const { page, close } = await openThrottled(browser, baseUrl, undefined);
  try {
    if (folder) {
      await page.route('**/dist/**', (route) => {
        const file = resolve(folder, new URL(route.request().url()).pathname.replace(/^\/dist\//, ''));
        if (!existsSync(file)) return route.fulfill({ status: 404 });
        return route.fulfill({ path: file, contentType: file.endsWith('.json') ? 'application/json' : 'text/javascript' });
      });
    }
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(`(${test})() && performance.now()`, null, { polling: 'raf', timeout: 60000 });
    return await handle.jsonValue();
  } finally {
    await close();
  }
}

const server = await serveProject();
const browser = await chromium.launch({ executablePath: findBrowser(), args: benchBrowserArgs });
try {
  const times = { leaflet: [], ...Object.fromEntries(folders.map((folder) => [folder, []])) };
  for (let run = 0; run < runs + 1; run++) {
    const leafletMs = await usable(browser, server.baseUrl, `${pages}map-leaflet.html`, leaflet);
    if (run > 0) times.leaflet.push(leafletMs);
    for (const folder of folders) {
      const ms = await usable(browser, server.baseUrl, `${pages}map-ours.html`, ours, folder);
      if (run > 0) times[folder].push(ms); // the first round warms the browser up
    }
  }
  for (const [what, values] of Object.entries(times))
    console.log(`${what}: ${median(values).toFixed(0)} ms (median of ${runs}; ${values.map((v) => v.toFixed(0)).join(', ')})`);
} finally {
  await browser.close();
  await server.close();
}
