// Long tasks while a reader searches a list of 10,000 (CPU 4×): the widget renders unthrottled,
// then two keystrokes go into its search box ("9", then "99", 3 s apart) and every task of 50 ms
// or more the Long Tasks API reports is printed. Figures, not a test.
//   npm run build && node scripts/bench/search-long-tasks.mjs [map|timeline] [runs]
/* global window -- in page.evaluate */
import { chromium } from 'playwright-core';
import { findBrowser } from '../browser.mjs';
import { benchBrowserArgs, benchData, serveProject } from './lib.mjs';
import { manyConferences, manyMembers } from './peers/data.mjs';

const what = process.argv[2] ?? 'map';
const runs = Number(process.argv[3] ?? 3);
const cases = {
  map: { tag: 'city-member-map', file: 'member-map.js', data: () => manyMembers(10000), attributes: '' },
  timeline: {
    tag: 'city-conference-timeline',
    file: 'conference-timeline.js',
    data: () => manyConferences(10000),
    attributes: ' search',
  },
};
const { tag, file, data, attributes } = cases[what];
benchData.set('search-10000', JSON.stringify(data()));
const server = await serveProject();
const browser = await chromium.launch({ executablePath: findBrowser(), args: benchBrowserArgs });
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.route('**/search-page.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><body><script type="module" src="/dist/${file}"></script>
          <${tag}${attributes} src="/bench-data/search-10000.json"></${tag}></body></html>`,
      }),
    );
    await page.goto(`${server.baseUrl}/search-page.html`);
    const input = page.locator(`${tag} input[type="search"]`).first();
    await input.waitFor({ timeout: 30000 });
    await page.waitForTimeout(4000); // the list's and the map's steps are done
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
    });
    await input.focus();
    for (const key of ['9', '9']) {
      await page.keyboard.type(key);
      await page.waitForTimeout(3000);
    }
    const longTasks = await page.evaluate(() => window.longTasks);
    console.log(`${what}, run ${run + 1}: long tasks while typing "9", "99": ${longTasks.join(', ') || 'none'} (ms)`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
