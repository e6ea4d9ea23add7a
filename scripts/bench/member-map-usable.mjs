// Time from navigation to a usable <city-member-map> (first city in the list;
// outlines and every marker drawn) with the CPU slowed 4× (a mid-range phone),
// for one or more builds: this one's dist/ by default, or the folders given
// (each holding member-map.js and what it loads), e.g. a build of an older commit.
//   node scripts/build.mjs member-map && node scripts/bench/member-map-usable.mjs [dist-folder…]
/* global document -- in page.evaluate */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { median, withPage } from './lib.mjs';

const root = resolve(import.meta.dirname, '../..');
const folders = process.argv.slice(2).length ? process.argv.slice(2).map((folder) => resolve(folder)) : [resolve(root, 'dist')];
const runs = Number(process.env.RUNS ?? 5);
for (const folder of folders) {
  if (!existsSync(resolve(folder, 'member-map.js'))) throw new Error(`${folder}/member-map.js is missing`);
}

await withPage(async (page, baseUrl) => {
  const cdp = await page.context().newCDPSession(page);
  await page.route(`${baseUrl}/usable.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><body style="width:1000px">
        <script type="module" src="/bench-dist/member-map.js"></script>
        <city-member-map src="/tests/fixtures/members.json"></city-member-map></body></html>`,
    }),
  );
  // Serves the current folder under /bench-dist/ and the page beside it.
  let folder = folders[0];
  await page.route('**/bench-dist/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/bench-dist\//, '');
    const file = resolve(folder, path);
    if (!existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ path: file, contentType: file.endsWith('.json') ? 'application/json' : 'text/javascript' });
  });
  const results = new Map(folders.map((entry) => [entry, []]));
  // The folders take turns, run by run: a busy machine slows them alike.
  for (let run = 0; run < runs + 1; run++) {
    for (const entry of folders) {
      folder = entry;
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${baseUrl}/usable.html`);
      const times = await page.evaluate(async () => {
        const element = document.querySelector('city-member-map');
        let list;
        for (;;) {
          const root = element.shadowRoot;
          if (list === undefined && root?.querySelector('button[part~="city"]')) list = performance.now();
          const markers = [...(root?.querySelectorAll('.markers path:not([data-id])') ?? [])].reduce(
            (sum, set) => sum + set.getAttribute('d').split('M').length - 1,
            0,
          );
          // The older build drew one node per marker.
          const count = markers || (root?.querySelectorAll('.markers path[data-id]').length ?? 0);
          if (list !== undefined && count === 17 && (root?.querySelectorAll('.countries path').length ?? 0) > 0)
            return { list, map: performance.now() };
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      if (run > 0) results.get(entry).push(times); // the first round warms the browser up
    }
  }
  for (const [entry, times] of results)
    console.log(
      `${entry}: list usable ${median(times.map((r) => r.list)).toFixed(0)} ms, ` +
        `map with outlines and 17 markers ${median(times.map((r) => r.map)).toFixed(0)} ms ` +
        `after navigation (CPU 4×, no cache, median of ${runs}; map ${times.map((r) => r.map.toFixed(0)).join(', ')})`,
    );
});
